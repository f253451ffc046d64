package org.traceoid.corpora.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Limits on real process trees, with each mechanism this machine offers: the best one
 * ({@link ResourceControl#detect}) and {@code /proc} polling alone. Shell commands stand in for
 * solvers: a busy loop burns CPU, {@code tail /dev/zero} allocates without bound (it buffers a line
 * that never ends), background sleeps make a tree.
 */
class TreeRunnerTest {
    static Stream<Arguments> controls() {
        return Stream.of(Arguments.of("best"), Arguments.of("polling"));
    }

    static ResourceControl control(String which) {
        return which.equals("best") ? ResourceControl.detect(w -> { }) : ResourceControl.polling();
    }

    static TreeRunner.Measurement run(String which, RunLimits limits, Path dir, String script) throws Exception {
        try (ResourceControl control = control(which)) {
            return TreeRunner.run(List.of("/bin/sh", "-c", script), Map.of(), dir.resolve("out"), dir.resolve("err"),
                    dir.resolve("scratch"), limits, control, "test-" + System.nanoTime(), new HashSet<>());
        }
    }

    @ParameterizedTest
    @MethodSource("controls")
    void aCpuLimitCountsCpuNotWaiting(String which, @TempDir Path dir) throws Exception {
        // 2.5 s asleep, then a moment of work: past a 1 s limit in wall-clock time, far within it in CPU time
        TreeRunner.Measurement patient = run(which, new RunLimits(1, 200, RunLimits.Kind.CPU), dir,
                "sleep 2.5; i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done; echo done");
        assertEquals(TreeRunner.Ending.EXITED, patient.ending(), patient.toString());
        assertTrue(patient.wallSeconds() > 2.5 && patient.cpuSeconds() < 1, patient.toString());
        assertEquals("done\n", Files.readString(dir.resolve("out")));

        // two busy processes: the limit is on the CPU time of the whole tree
        TreeRunner.Measurement busy = run(which, new RunLimits(1, 200, RunLimits.Kind.CPU), dir,
                "(while :; do :; done) & while :; do :; done");
        assertEquals(TreeRunner.Ending.TIME_LIMIT, busy.ending(), busy.toString());
        assertTrue(busy.cpuSeconds() >= 1 && busy.cpuSeconds() < 1.5, "killed at the limit: " + busy);
    }

    @ParameterizedTest
    @MethodSource("controls")
    void theMemoryLimitIsOnResidentMemoryOfTheTree(String which, @TempDir Path dir) throws Exception {
        TreeRunner.Measurement hog = run(which, new RunLimits(30, 100, RunLimits.Kind.WALL), dir, "tail /dev/zero");
        assertEquals(TreeRunner.Ending.MEMORY_LIMIT, hog.ending(), hog.toString());
        assertTrue(hog.peakMb() >= 100, "peak resident memory recorded: " + hog);
        assertTrue(hog.wallSeconds() < 20, hog.toString());
        // two processes of 70 MB each, each under the limit, together over it: the limit is on their sum
        // (tail -c buffers 70 MB, then blocks writing into a sleep that never reads, holding them)
        String holder = "head -c 70000000 /dev/zero | tail -c 70000000 | sleep 20";
        TreeRunner.Measurement two = run(which, new RunLimits(30, 100, RunLimits.Kind.WALL), dir,
                holder + " & " + holder + " & wait");
        assertEquals(TreeRunner.Ending.MEMORY_LIMIT, two.ending(), two.toString());
        assertTrue(two.peakMb() >= 100 && two.wallSeconds() < 20, two.toString());
    }

    @ParameterizedTest
    @MethodSource("controls")
    void theWholeTreeDiesAtTheLimit(String which, @TempDir Path dir) throws Exception {
        String marker = "31415." + System.nanoTime() % 1000; // a sleep no one else runs
        TreeRunner.Measurement tree = run(which, new RunLimits(0.5, 200, RunLimits.Kind.WALL), dir,
                "sleep " + marker + " & (sleep " + marker + " &) ; sleep " + marker);
        assertEquals(TreeRunner.Ending.TIME_LIMIT, tree.ending(), tree.toString());
        Thread.sleep(200);
        assertEquals(List.of(), survivors(marker), "no process of the run survives it");
        assertTrue(tree.mechanism().length() > 10, tree.mechanism());
    }

    static List<String> survivors(String marker) throws IOException {
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            return procs.filter(p -> p.getFileName().toString().matches("\\d+")).map(p -> {
                try {
                    return new String(Files.readAllBytes(p.resolve("cmdline"))).replace('\0', ' ').strip();
                } catch (IOException gone) {
                    return "";
                }
            }).filter(cmd -> cmd.contains(marker)).toList();
        }
    }
}
