package org.traceoid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traceoid.cnf.Assignment;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.ModelCheck;
import org.traceoid.cnf.dimacs.DimacsReader;

/** {@code traceoid solve --guidance ...} as a black box: the fallback paths and {@code --explain}. */
class SolveGuidanceCommandTest {
    private static final Path UF20 = SolveCommandTest.UF20;
    private static final Path UUF50 = SolveCommandTest.UUF50;

    private static SolveCommandTest.Run run(String... args) {
        String[] withCommand = new String[args.length + 1];
        withCommand[0] = "solve";
        System.arraycopy(args, 0, withCommand, 1, args.length);
        return SolveCommandTest.run(withCommand);
    }

    private static String guidanceLine(SolveCommandTest.Run run) {
        List<String> lines = run.lines().stream().filter(line -> line.startsWith("c guidance: o")).toList();
        assertEquals(1, lines.size(), run.out());
        return lines.get(0);
    }

    private static void modelChecks(Path file, SolveCommandTest.Run run) throws IOException {
        Cnf cnf = DimacsReader.strict().read(file);
        int[] literals = SolveCommandTest.model(run);
        assertTrue(ModelCheck.check(cnf, Assignment.fromModel(cnf.variableCount(), literals)).satisfied());
    }

    @Test
    void missingModelFallsBackToPlainSat4j(@TempDir Path dir) throws IOException {
        Path absent = dir.resolve("no-such-model");
        SolveCommandTest.Run run = run("--guidance", "gnn", "--model", absent.toString(), UF20.toString());
        assertEquals(10, run.exitCode(), run.err());
        assertEquals("c guidance: off (no model at " + absent + " (no model.json))", guidanceLine(run));
        assertTrue(run.lines().contains("s SATISFIABLE"));
        modelChecks(UF20, run);
    }

    @Test
    void budgetZeroFallsBackToPlainSat4j() {
        SolveCommandTest.Run run = run("--guidance", "gnn", "--guidance-budget", "0", "--guidance-min-variables", "0",
                UUF50.toString());
        assertEquals(20, run.exitCode(), run.err());
        assertEquals("c guidance: off (guidance budget is 0)", guidanceLine(run));
        assertTrue(run.out().contains("c certified: DRAT proof verified ("), run.out());
    }

    @Test
    void formulaTooLargeForTheBudgetFallsBackToPlainSat4j() throws IOException {
        SolveCommandTest.Run run = run("--guidance", "gnn", "--guidance-budget", "0.0001", "--guidance-min-variables", "0",
                UF20.toString());
        assertEquals(10, run.exitCode(), run.err());
        assertEquals("c guidance: off (formula too large for the guidance budget: estimated 0.003 s for 273 literal"
                + " occurrences > 0.000 s)", guidanceLine(run));
        modelChecks(UF20, run);
    }

    @Test
    void smallFormulaSkipsInference() throws IOException {
        SolveCommandTest.Run run = run("--guidance", "gnn", UF20.toString());
        assertEquals(10, run.exitCode(), run.err());
        assertEquals("c guidance: off (small formula: 20 variables < 100, inference skipped)", guidanceLine(run));
        modelChecks(UF20, run);
    }

    @Test
    void explainAttributesAnUnsatRunToTheProofCore() {
        SolveCommandTest.Run run = run("--guidance", "gnn", "--guidance-min-variables", "0", "--explain", UUF50.toString());
        assertEquals(20, run.exitCode(), run.err());
        assertTrue(guidanceLine(run).startsWith("c guidance: on (1 ranking, inference "), run.out());
        assertTrue(run.out().contains("c guidance: gnn, traceoid default model v2"), run.out());
        assertTrue(run.out().contains("c explain: decisions on the GNN's top-5 variables: "), run.out());
        assertTrue(run.out().contains("c explain: top-5 ∩ proof-core variables: "), run.out());
        assertTrue(run.out().contains("c certified: DRAT proof verified ("), run.out());
    }

    @Test
    void explainComparesPredictedPhasesWithTheModel() throws IOException {
        SolveCommandTest.Run run = run("--guidance", "gnn", "--random-weights", "--seed", "3", "--guidance-min-variables",
                "0", "--guidance-retention", "refocus", "--explain", UF20.toString());
        assertTrue(run.out().contains("c guidance: gnn, seeded random weights (seed 3), a baseline, not guidance"), run.out());
        assertEquals(10, run.exitCode(), run.err());
        assertTrue(run.out().contains("c explain: predicted phases agree with the model on "), run.out());
        modelChecks(UF20, run);
    }

    @Test
    void guidanceOptionsAreChecked() {
        assertEquals(ExitCodes.USAGE, run("--guidance", "magic", UF20.toString()).exitCode());
        SolveCommandTest.Run withoutGnn = run("--model", "m", UF20.toString());
        assertEquals(ExitCodes.USAGE, withoutGnn.exitCode());
        assertTrue(withoutGnn.err().contains("--model, --random-weights and the --guidance-* options need --guidance gnn"), withoutGnn.err());
        assertEquals(ExitCodes.USAGE, run("--guidance", "gnn", "--guidance-retention", "forever", UF20.toString()).exitCode());
        assertEquals(ExitCodes.USAGE, run("--guidance", "gnn", "--guidance-budget", "-1", UF20.toString()).exitCode());
    }

    @Test
    void withoutGuidanceNothingChanges() {
        SolveCommandTest.Run run = run(UF20.toString());
        assertEquals(10, run.exitCode());
        assertTrue(run.lines().stream().noneMatch(line -> line.startsWith("c guidance")), run.out());
    }
}
