package org.traceoid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traceoid.cnf.testing.TestData;

/** {@code traceoid alloy} as a black box, on examples/ring.als (one run, a check that holds, one that fails). */
class AlloyCommandTest {
    static final Path RING = TestData.root().getParent().resolve("examples/ring.als");

    @Test
    void everyCommandGetsAVerdictACertificateAndATime() {
        SolveCommandTest.Run run = SolveCommandTest.run("alloy", RING.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
        List<String> lines = run.lines();
        assertEquals("c alloy: " + RING + ", 3 commands, SAT solver: Traceoid (certified Sat4j)", lines.get(0));
        assertEquals("command 1 (Run show for 3): instance found", lines.get(1));
        assertTrue(lines.get(2).startsWith("c certified: model satisfies all "), lines.get(2));
        assertTrue(lines.get(3).matches("c time: \\d+\\.\\d{3} s"), lines.get(3));
        assertEquals("command 2 (Check succIsInjective for 5): no counterexample", lines.get(4));
        assertTrue(lines.get(5).startsWith("c certified: RUP verified incrementally ("), lines.get(5));
        assertEquals("command 3 (Check noSelfLoop for 3): counterexample found", lines.get(7));
        assertTrue(lines.get(8).startsWith("c certified: model satisfies all "), lines.get(8));
        assertEquals(10, lines.size(), run.out());
    }

    @Test
    void oneCommandAndAlloysOwnSat4jForComparison() {
        SolveCommandTest.Run run = SolveCommandTest.run("alloy", RING.toString(), "--command", "2", "--solver", "sat4j");
        assertEquals(ExitCodes.OK, run.exitCode(), run.out() + run.err());
        assertEquals(List.of("c alloy: " + RING + ", 3 commands, SAT solver: Alloy's own Sat4j (not certified)",
                "command 2 (Check succIsInjective for 5): no counterexample",
                "c not certified (Alloy's own Sat4j)"), run.lines().subList(0, 3));
    }

    @Test
    void aSyntaxErrorIsOneLineWithItsPosition(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.als");
        Files.writeString(broken, "sig A {}\nrun { some A } for\n");
        SolveCommandTest.Run run = SolveCommandTest.run("alloy", broken.toString());
        assertEquals(ExitCodes.INPUT_ERROR, run.exitCode(), run.out() + run.err());
        List<String> err = run.err().lines().toList();
        assertEquals(1, err.size(), run.err());
        assertTrue(err.get(0).startsWith(broken + ":3:1: "), err.get(0));
    }

    @Test
    void usageErrors() {
        SolveCommandTest.Run missing = SolveCommandTest.run("alloy", "no-such-model.als");
        assertEquals(ExitCodes.INPUT_ERROR, missing.exitCode());
        assertEquals("no-such-model.als: no such file", missing.err().strip());
        SolveCommandTest.Run badCommand = SolveCommandTest.run("alloy", RING.toString(), "--command", "4");
        assertEquals(ExitCodes.USAGE, badCommand.exitCode());
        assertEquals("traceoid alloy: no command 4 in " + RING + " (it has 3)", badCommand.err().strip());
    }
}
