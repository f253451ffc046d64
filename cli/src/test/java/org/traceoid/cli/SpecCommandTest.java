package org.traceoid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.cnf.dimacs.DimacsReader;
import org.traceoid.cnf.testing.ExternalSolver;
import org.traceoid.cnf.testing.TestData;

/** {@code traceoid spec compile|solve} as a black box, on the README's example specs. */
class SpecCommandTest {
    static final Path EXAMPLES = TestData.root().getParent().resolve("examples");
    static final Path SCHEDULE = EXAMPLES.resolve("schedule.spec");
    static final Path INFEASIBLE = EXAMPLES.resolve("schedule-infeasible.spec");

    static SolveCommandTest.Run run(String... args) {
        return SolveCommandTest.run(args);
    }

    @Test
    void solvesTheReadmeExampleWithValuesByName() {
        SolveCommandTest.Run run = run("spec", "solve", SCHEDULE.toString());
        assertEquals(ExitCodes.SATISFIABLE, run.exitCode(), run.out() + run.err());
        List<String> lines = run.lines();
        int status = lines.indexOf("s SATISFIABLE");
        assertTrue(status > 0, run.out());
        assertTrue(lines.subList(0, status).stream().allMatch(line -> line.startsWith("c ")));
        assertTrue(lines.contains("release_on_friday = true"), run.out());
        assertTrue(lines.contains("release_day = 5"), run.out());
        assertTrue(lines.contains("carol = false"), run.out());
        assertTrue(lines.stream().anyMatch(line -> line.matches("hours_alice = \\d+")), run.out());
        assertEquals(8, lines.size() - status - 1, "one line per declared name");
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("c certified: model satisfies all ")
                && line.endsWith("; values satisfy all 9 assertions")), run.out());
        assertEquals("", run.err());
    }

    @Test
    void infeasibleSpecPrintsItsMinimalConflictByNameAndLine() {
        SolveCommandTest.Run run = run("spec", "solve", INFEASIBLE.toString());
        assertEquals(ExitCodes.UNSATISFIABLE, run.exitCode(), run.out() + run.err());
        List<String> lines = run.lines();
        int status = lines.indexOf("s UNSATISFIABLE");
        assertEquals(List.of("conflict: line 10", "conflict: line 16", "conflict: line 17", "conflict: bob_on_leave (line 18)"),
                lines.subList(status + 1, lines.size()));
        assertTrue(lines.contains("c core: 4 of 10 assertions, minimal (deletion-based)"), run.out());
        // The core's refutation, as solver-bridge certified it (or plainly said it could not).
        String certificate = lines.get(status - 1);
        assertTrue(certificate.startsWith("c certified: ") || certificate.contains("not certified"), certificate);
    }

    @Test
    void quietPrintsNoComments() {
        SolveCommandTest.Run run = run("spec", "solve", "-q", SCHEDULE.toString());
        assertEquals(ExitCodes.SATISFIABLE, run.exitCode());
        assertEquals("s SATISFIABLE", run.lines().get(0));
    }

    @Test
    void compileWritesDimacsWithNameComments(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("schedule.cnf");
        SolveCommandTest.Run run = run("spec", "compile", SCHEDULE.toString(), "-o", out.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        List<String> text = Files.readAllLines(out);
        assertTrue(text.contains("c var alice = 1"), text.toString());
        assertTrue(text.contains("c var release_day in 1..5 = 1 + bits 5 6 7 (least significant first)"), text.toString());
        assertTrue(text.contains("c assert one_on_call (line 9) = 23"), text.toString());
        assertTrue(text.contains("c assert line 10 = 24"), text.toString());
        Cnf cnf = DimacsReader.strict().read(out);
        assertTrue(cnf.clauseCount() > 9);
        if (ExternalSolver.CADICAL.isAvailable()) {
            assertEquals(SolveStatus.SATISFIABLE, ExternalSolver.CADICAL.solve(out));
        }
        Path unsat = dir.resolve("infeasible.cnf");
        assertEquals(ExitCodes.OK, run("spec", "compile", INFEASIBLE.toString(), "-o", unsat.toString()).exitCode());
        if (ExternalSolver.CADICAL.isAvailable()) {
            assertEquals(SolveStatus.UNSATISFIABLE, ExternalSolver.CADICAL.solve(unsat));
        }
    }

    @Test
    void compileWithoutOutputWritesToStandardOutput() {
        SolveCommandTest.Run run = run("spec", "compile", SCHEDULE.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.lines().stream().anyMatch(line -> line.startsWith("p cnf ")), run.out());
    }

    @Test
    void malformedSpecIsOneLineOnStandardErrorWithExitTwo(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.spec");
        Files.writeString(bad, "bool a;\nassert a & z;\n");
        for (String command : List.of("solve", "compile")) {
            SolveCommandTest.Run run = run("spec", command, bad.toString());
            assertEquals(ExitCodes.INPUT_ERROR, run.exitCode());
            assertEquals("traceoid: " + bad + ":2:12: undeclared name 'z', expected a declared bool or int",
                    run.err().strip());
            assertTrue(!run.err().contains("\tat "), "no stack trace");
        }
    }

    @Test
    void missingFileIsAnInputError() {
        SolveCommandTest.Run run = run("spec", "solve", "/nonexistent/x.spec");
        assertEquals(ExitCodes.INPUT_ERROR, run.exitCode());
        assertEquals("traceoid: /nonexistent/x.spec: no such file", run.err().strip());
    }

    @Test
    void usageErrorsExitOne() {
        assertEquals(ExitCodes.USAGE, run("spec").exitCode());
        assertEquals(ExitCodes.USAGE, run("spec", "solve").exitCode());
        assertEquals(ExitCodes.USAGE, run("spec", "solve", "--timeout", "-1", SCHEDULE.toString()).exitCode());
        assertEquals(ExitCodes.USAGE, run("spec", "frobnicate").exitCode());
    }

    @Test
    void helpListsExitCodes() {
        SolveCommandTest.Run run = run("spec", "solve", "--help");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("20   unsatisfiable"), run.out());
        assertTrue(run.out().contains(" 2   input error"), run.out());
    }
}
