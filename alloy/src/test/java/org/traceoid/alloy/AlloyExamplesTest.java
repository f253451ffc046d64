package org.traceoid.alloy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.traceoid.alloy.CommandOutcome.Verdict;
import org.traceoid.solver.SolveOptions;

/**
 * Every command of every model shipped inside Alloy's jar ({@code models/**} of
 * {@code org.alloytools.alloy.dist:6.2.0}, unpacked by the build), run with Alloy's own Sat4j
 * and with Traceoid: the verdicts must agree, every Traceoid SAT answer must be certified, and
 * where the model states {@code expect}, the verdict must be the expected one. The commands in
 * {@link #LEFT_OUT} take more than a few seconds with Alloy's own Sat4j or with Traceoid
 * (measured with bench/alloy.sh, docs/performance.md "Alloy") and are not run here; the test
 * checks that the list names only commands that exist, so it cannot go stale silently.
 * Modules without commands ({@code util/*}) are parsed, which checks they load.
 */
class AlloyExamplesTest {
    /** model (relative to models/) and 1-based command index -> why it is left out. */
    static final Map<String, String> LEFT_OUT = Map.ofEntries(
            Map.entry("book/appendixE/p306-hotel.als#3", "check for 6 but 12 Time: minutes with either solver"),
            Map.entry("book/chapter6/hotel4.als#1", "check for 5 but 3 Room, 3 Guest: over 10 s with either solver"),
            Map.entry("book/chapter6/hotel2.als#3", "check for 5 but 3 Room, 3 Guest: over 10 s with either solver"),
            Map.entry("book/chapter2/addressBook3d.als#5", "check lookupYields for 6: over 10 s with either solver"),
            Map.entry("book/appendixA/distribution.als#1", "check union for 4: over 10 s with Alloy's own Sat4j"),
            Map.entry("examples/algorithms/ringlead.als#3", "check OneLeader for 5: over 10 s with Traceoid"),
            Map.entry("examples/algorithms/ringlead.als#5", "check LeaderHighest: over 10 s with Traceoid"),
            Map.entry("book/chapter5/sets2.als#1", "check Closed for 4 Element, 16 Set: over 10 s with Traceoid"));

    /** A SAT call's time limit: far above what the commands run here need, so that only a hang fails. */
    private static final Duration LIMIT = Duration.ofSeconds(120);

    private static final AtomicInteger COMMANDS = new AtomicInteger();
    private static final AtomicInteger SAT_CALLS = new AtomicInteger();
    private static final AtomicInteger ALLOY_ERRORS = new AtomicInteger();
    private static final Set<String> SEEN = new TreeSet<>();

    static Path models() {
        return Path.of(System.getProperty("traceoid.alloy.models", "target/alloy-dist/models"));
    }

    @TestFactory
    List<DynamicTest> everyShippedCommandAgreesWithAlloysOwnSat4jAndIsCertified() throws IOException {
        Path root = models();
        assertTrue(Files.isDirectory(root), "Alloy's models not unpacked at " + root);
        List<Path> files = AlloyBenchmark.models(root);
        assertTrue(files.size() >= 90, "expected Alloy's shipped models (94), found " + files.size());
        List<DynamicTest> tests = new ArrayList<>();
        SolveOptions options = SolveOptions.builder().timeout(LIMIT).build();
        for (Path file : files) {
            String name = root.relativize(file).toString().replace('\\', '/');
            tests.add(DynamicTest.dynamicTest(name, () -> {
                AlloyModel model = AlloyModel.load(file, options);
                for (int c = 1; c <= model.commandCount(); c++) {
                    String key = name + "#" + c;
                    synchronized (SEEN) {
                        SEEN.add(key);
                    }
                    if (LEFT_OUT.containsKey(key)) {
                        continue;
                    }
                    String what = key + " (" + model.describe(c) + ")";
                    CommandOutcome reference;
                    try {
                        reference = model.run(c, AlloyBackend.SAT4J);
                    } catch (AlloyModelException alloyError) {
                        // Alloy cannot analyse the command (e.g. higher-order quantification): it must say so with either solver.
                        AlloyModelException ours = assertThrows(AlloyModelException.class,
                                () -> model.run(index(key), AlloyBackend.TRACEOID), what);
                        assertEquals(alloyError.getMessage(), ours.getMessage(), what);
                        ALLOY_ERRORS.incrementAndGet();
                        continue;
                    }
                    CommandOutcome ours = model.run(c, AlloyBackend.TRACEOID);
                    assertNotEquals(Verdict.UNKNOWN, reference.verdict(), what + ": Alloy's Sat4j ran out of time");
                    assertEquals(reference.verdict(), ours.verdict(), what);
                    assertTrue(ours.certified(), what + ": " + ours.certificate());
                    if (ours.expected() >= 0) {
                        assertEquals(ours.expected() == 1, ours.instanceFound(), what + ": expect " + ours.expected());
                    }
                    COMMANDS.incrementAndGet();
                    SAT_CALLS.addAndGet(ours.solverCalls());
                }
            }));
        }
        return tests;
    }

    private static int index(String key) {
        return Integer.parseInt(key.substring(key.lastIndexOf('#') + 1));
    }

    @AfterAll
    static void leftOutCommandsExistAndEnoughRan() {
        System.out.println("alloy: " + COMMANDS + " commands agreed with Alloy's own Sat4j, " + SAT_CALLS
                + " certified SAT calls, " + ALLOY_ERRORS + " commands Alloy cannot analyse (same error with both);"
                + " left out: " + LEFT_OUT.keySet());
        if (SEEN.isEmpty()) {
            return; // not run (for instance -Dtest= another class)
        }
        for (String key : LEFT_OUT.keySet()) {
            assertTrue(SEEN.contains(key), "LEFT_OUT names a command that does not exist: " + key);
        }
        assertTrue(COMMANDS.get() > 100, "commands run: " + COMMANDS);
    }
}
