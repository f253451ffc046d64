package org.traceoid.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.cnf.testing.HardFormulas;
import org.traceoid.encoding.Cardinality.Relation;

/** The IPASIR/PySAT-level API of {@link IncrementalSolver}, item by item; every answer checked as it comes. */
class IncrementalApiTest {

    @Test
    void appendAFormulaAndAddClausesFromAList() {
        try (IncrementalSolver solver = new IncrementalSolver()) {
            solver.append(Cnf.of(2, new int[] {1, 2}, new int[] {-1}));
            solver.addClauses(List.of(new int[] {-2, 3}));
            CertifiedResult result = solver.solve();
            assertEquals(SolveStatus.SATISFIABLE, result.status());
            assertEquals("model satisfies all 3 clauses", result.certificate());
            assertEquals(TruthValue.FALSE, solver.value(1));
            assertEquals(TruthValue.TRUE, solver.value(2));
            assertEquals(TruthValue.TRUE, solver.value(3));
            assertEquals(3, solver.clauseCount());
        }
    }

    @Test
    void valueIsThreeValued() {
        try (IncrementalSolver solver = new IncrementalSolver()) {
            solver.addClause(1, 2);
            solver.addClause(-1);
            solver.solve();
            assertEquals(TruthValue.FALSE, solver.value(1));
            assertEquals(TruthValue.TRUE, solver.value(-1));
            assertEquals(TruthValue.UNASSIGNED, solver.value(99), "never seen");
            assertEquals(TruthValue.UNASSIGNED, solver.value(-99));
            int later = solver.newVariable();
            assertEquals(TruthValue.UNASSIGNED, solver.value(later), "not in the model of the last call");
        }
    }

    @Test
    void failedAssumptionsOneByOne() {
        try (IncrementalSolver solver = new IncrementalSolver()) {
            solver.addClause(-1, -2);
            CertifiedResult result = solver.solve(1, 2, 3);
            assertEquals(SolveStatus.UNSATISFIABLE, result.status());
            assertTrue(result.certified(), result.certificate());
            assertTrue(solver.failed(1));
            assertTrue(solver.failed(2));
            assertFalse(solver.failed(3), "x3 plays no part");
        }
    }

    @Test
    void budgetsAreSetPerCall() {
        try (IncrementalSolver solver = new IncrementalSolver()) {
            HardFormulas.pigeonhole(9).writeTo(solver::addClause);
            CertifiedResult conflicts = solver.solve(Budget.unlimited().withConflicts(20));
            assertEquals(SolveStatus.UNKNOWN, conflicts.status());
            assertEquals("conflict budget of 20 exhausted", conflicts.certificate());
            assertTrue(conflicts.statistics().conflicts() >= 20 && conflicts.statistics().conflicts() < 40,
                    "conflicts " + conflicts.statistics().conflicts());

            CertifiedResult propagations = solver.solve(Budget.unlimited().withPropagations(5000));
            assertEquals(SolveStatus.UNKNOWN, propagations.status());
            assertEquals("propagation budget of 5000 exhausted", propagations.certificate());

            CertifiedResult time = solver.solve(Budget.unlimited().withTime(Duration.ofMillis(100)));
            assertEquals(SolveStatus.UNKNOWN, time.status());
            assertEquals("time limit reached", time.certificate());

            // unlimited again: an easy question is answered (and certified)
            CertifiedResult easy = solver.solve(Budget.unlimited(), 1, -1);
            assertEquals(SolveStatus.UNSATISFIABLE, easy.status());
            assertTrue(easy.certified());
        }
        assertEquals("a conflict budget must not be negative: -1",
                assertThrows(IllegalArgumentException.class, () -> Budget.unlimited().withConflicts(-1)).getMessage());
    }

    @Test
    void aPendingInterruptCanBeCleared() {
        try (IncrementalSolver solver = new IncrementalSolver()) {
            solver.addClause(1, 2);
            solver.interrupt();
            solver.clearInterrupt();
            assertEquals(SolveStatus.SATISFIABLE, solver.solve().status());
            solver.interrupt();
            CertifiedResult stopped = solver.solve();
            assertEquals(SolveStatus.UNKNOWN, stopped.status());
            assertEquals("interrupted", stopped.certificate());
            assertEquals(SolveStatus.SATISFIABLE, solver.solve().status(), "the interrupt was used up");
        }
    }

    @Test
    void terminateCallbackIsPolledDuringSearch() {
        try (IncrementalSolver solver = new IncrementalSolver()) {
            HardFormulas.pigeonhole(10).writeTo(solver::addClause);
            AtomicInteger polls = new AtomicInteger();
            solver.setTerminate(() -> polls.incrementAndGet() > 50);
            CertifiedResult result = solver.solve();
            assertEquals(SolveStatus.UNKNOWN, result.status());
            assertEquals("interrupted", result.certificate());
            assertTrue(polls.get() > 50);
            solver.setTerminate(null);
            assertEquals(SolveStatus.UNSATISFIABLE, solver.solve(1, -1).status());
        }
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void phasesChooseAmongEqualModels(boolean phase) {
        try (IncrementalSolver solver = new IncrementalSolver()) {
            int n = 20;
            for (int v = 1; v < n; v += 2) {
                solver.addClause(v, v + 1, -v); // a tautology per pair: declares the variables, constrains nothing
            }
            for (int v = 1; v <= n; v++) {
                solver.setPhase(phase ? v : -v);
            }
            assertEquals(SolveStatus.SATISFIABLE, solver.solve().status());
            for (int v = 1; v <= n; v++) {
                assertEquals(TruthValue.of(phase), solver.value(v), "x" + v);
            }
            solver.clearPhase(1);
            solver.addClause(phase ? -2 : 2); // a phase is a preference: a clause overrides it
            assertEquals(SolveStatus.SATISFIABLE, solver.solve().status());
            assertEquals(TruthValue.of(!phase), solver.value(2));
            assertEquals(TruthValue.of(phase), solver.value(3));
        }
    }

    @Test
    void variablePoolNamesAndFreshVariablesNeverClash() {
        try (IncrementalSolver solver = new IncrementalSolver()) {
            solver.addClause(5, 6);
            VariablePool pool = solver.variables();
            int x = pool.id("x");
            assertEquals(7, x, "after the highest variable in use");
            assertEquals(x, pool.id("x"));
            assertEquals("x", pool.name(x).orElseThrow());
            assertEquals("x", pool.name(-x).orElseThrow());
            int anonymous = solver.newVariable();
            assertEquals(8, anonymous);
            assertTrue(pool.name(anonymous).isEmpty());
            solver.addClause(20);
            assertEquals(21, pool.id(List.of("state", 3)), "records and lists are names too");
            assertEquals(List.of("x", List.of("state", 3)), pool.names());
        }
        VariablePool standalone = new VariablePool(10);
        assertEquals(11, standalone.fresh());
        standalone.reserveUpTo(30);
        assertEquals(31, standalone.id('a'));
    }

    /** Each constraint literal is checked against arithmetic on every assignment of its inputs, by certified solves. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void cardinalityConstraintsAgreeWithCounting(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 1 + random.nextInt(5);
        int[] literals = new int[n];
        for (int i = 0; i < n; i++) {
            literals[i] = (1 + random.nextInt(n)) * (random.nextBoolean() ? 1 : -1); // repeats allowed: they count twice
        }
        try (IncrementalSolver solver = new IncrementalSolver()) {
            solver.variables().reserveUpTo(n); // the inputs' variables are ours, not the encoding's
            for (Relation relation : Relation.values()) {
                for (int bound = 0; bound <= n + 1; bound++) {
                    int constraint = solver.cardinality(relation, bound, literals);
                    for (int mask = 0; mask < 1 << n; mask++) {
                        int[] assumptions = new int[n + 1];
                        int count = 0;
                        for (int v = 1; v <= n; v++) {
                            assumptions[v - 1] = ((mask >> (v - 1)) & 1) != 0 ? v : -v;
                        }
                        for (int literal : literals) {
                            count += Arrays.stream(assumptions, 0, n).anyMatch(a -> a == literal) ? 1 : 0;
                        }
                        assumptions[n] = constraint;
                        boolean holds = switch (relation) {
                            case AT_MOST -> count <= bound;
                            case AT_LEAST -> count >= bound;
                            case EXACTLY -> count == bound;
                        };
                        CertifiedResult result = solver.solve(assumptions);
                        assertTrue(result.certified(), result.certificate());
                        assertEquals(holds ? SolveStatus.SATISFIABLE : SolveStatus.UNSATISFIABLE, result.status(),
                                relation + " " + bound + " of " + Arrays.toString(literals) + " under " + Arrays.toString(assumptions));
                    }
                }
            }
        }
    }

    @Test
    void addedCardinalityConstraintsHoldInEveryModel() {
        try (IncrementalSolver solver = new IncrementalSolver()) {
            int[] x = {1, 2, 3, 4, 5, 6};
            solver.addAtLeast(2, x);
            solver.addAtMost(3, x);
            solver.addExactly(1, 1, 2, 3);
            ModelEnumeration all = solver.enumerate(1000, x);
            assertTrue(all.complete(), all.certificate());
            // x1..x3: exactly one; x4..x6: one or two more (at least 2, at most 3 in all): 3 · (3 + 3) = 18
            assertEquals(18, all.models().size());
            for (int[] model : all.models()) {
                long trueCount = Arrays.stream(model).filter(l -> l > 0).count();
                assertTrue(trueCount >= 2 && trueCount <= 3, Arrays.toString(model));
            }
        }
    }

    @Test
    void enumerationFindsEveryModelOnceAndLeavesTheSolverAsItWas() {
        try (IncrementalSolver solver = new IncrementalSolver()) {
            solver.addClause(1, 2, 3);
            ModelEnumeration all = solver.enumerate(100, new int[0]);
            assertTrue(all.complete());
            assertTrue(all.certificate().startsWith("RUP verified incrementally"), all.certificate());
            Set<String> distinct = new HashSet<>();
            for (int[] model : all.models()) {
                assertEquals(3, model.length);
                assertTrue(model[0] > 0 || model[1] > 0 || model[2] > 0, Arrays.toString(model));
                distinct.add(Arrays.toString(model));
            }
            assertEquals(7, distinct.size());

            // reusable: the same enumeration again, and plain questions as before
            assertEquals(7, solver.enumerate(100, new int[] {1, 2, 3}).models().size());
            assertEquals(SolveStatus.SATISFIABLE, solver.solve(-1, -2).status());
            assertEquals(TruthValue.TRUE, solver.value(3));

            ModelEnumeration projected = solver.enumerate(100, new int[] {1, 2});
            assertEquals(4, projected.models().size(), "x3 may make up for x1 = x2 = false");
            ModelEnumeration limited = solver.enumerate(2, new int[] {1, 2, 3}, -1);
            assertEquals(2, limited.models().size());
            assertFalse(limited.complete());
            ModelEnumeration underAssumptions = solver.enumerate(100, new int[] {1, 2, 3}, -1);
            assertEquals(3, underAssumptions.models().size());
        }
    }

    @Test
    void statisticsCoverSearchAndCertification() {
        try (IncrementalSolver solver = new IncrementalSolver()) {
            HardFormulas.pigeonhole(6).writeTo(solver::addClause);
            CertifiedResult first = solver.solve();
            assertEquals(SolveStatus.UNSATISFIABLE, first.status());
            assertTrue(first.statistics().conflicts() > 0 && first.statistics().checkNanos() > 0);
            CertificationStatistics afterFirst = solver.certificationStatistics();
            assertTrue(afterFirst.lemmasChecked() > 0);
            assertEquals(1, afterFirst.queries());
            assertEquals(HardFormulas.pigeonhole(6).clauseCount(), afterFirst.inputClauses());

            // The answer is already known: the second call learns nothing and checks no lemma again.
            assertEquals(SolveStatus.UNSATISFIABLE, solver.solve().status());
            CertificationStatistics afterSecond = solver.certificationStatistics();
            assertEquals(afterFirst.lemmasChecked(), afterSecond.lemmasChecked());
            assertEquals(2, afterSecond.queries());
            assertEquals(2, solver.callCount());
            SolverStatistics totals = solver.statistics();
            assertEquals(first.statistics().conflicts(), totals.conflicts());
            assertTrue(totals.checkNanos() >= first.statistics().checkNanos());
        }
    }

    /**
     * The whole run as an IDRUP proof: read back and replayed through an independent reading of
     * the format ({@link IdrupReplay}), and, where Biere's {@code idrup-check} is installed, checked
     * by it too.
     */
    @Test
    void wholeRunProofIsIdrup(@TempDir Path dir) throws IOException {
        Path proof = dir.resolve("run.idrup");
        try (IncrementalSolver solver = new IncrementalSolver(SolveOptions.builder().proofOutput(proof).build())) {
            // pigeonhole(5), every clause guarded by an activation literal
            Cnf php = HardFormulas.pigeonhole(5);
            int guard = php.maxVariable() + 1;
            for (int c = 0; c < php.clauseCount(); c++) {
                int[] clause = Arrays.copyOf(php.clause(c), php.clauseLength(c) + 1);
                clause[clause.length - 1] = -guard;
                solver.addClause(clause);
            }
            assertEquals(SolveStatus.SATISFIABLE, solver.solve(-guard).status());
            assertEquals(SolveStatus.UNKNOWN, solver.solve(Budget.unlimited().withConflicts(5), guard).status());
            assertEquals(SolveStatus.UNSATISFIABLE, solver.solve(guard).status());
            assertArrayEquals(new int[] {guard}, solver.failedAssumptions());
            solver.addClause(guard);
            assertEquals(SolveStatus.UNSATISFIABLE, solver.solve().status());
        }
        List<String> lines = Files.readAllLines(proof);
        assertEquals("p idrup", lines.get(0));
        assertEquals(4, lines.stream().filter(l -> l.startsWith("q ")).count());
        assertEquals(List.of("s SATISFIABLE", "s UNKNOWN", "s UNSATISFIABLE", "s UNSATISFIABLE"),
                lines.stream().filter(l -> l.startsWith("s ")).toList());
        IdrupReplay.Result replay = IdrupReplay.check(proof);
        assertEquals(4, replay.queries());
        assertTrue(replay.lemmas() > 0);
        IdrupReplay.externalCheck(proof).ifPresent(output -> assertTrue(output.contains("s VERIFIED"), output));
    }

    @Test
    void proofFileOfSatisfiableAnswersHasTheirModels(@TempDir Path dir) throws IOException {
        Path proof = dir.resolve("sat.idrup");
        try (IncrementalSolver solver = new IncrementalSolver(SolveOptions.builder().proofOutput(proof).build())) {
            solver.addClause(1, 2);
            solver.addClause(-1, 3);
            solver.addClause(-4, -4, -4);   // a unit, repeated: written once (idrup-check needs that)
            solver.addClause(4, 5, -5);     // a tautology
            assertEquals(SolveStatus.SATISFIABLE, solver.solve(1).status());
            assertEquals(SolveStatus.UNSATISFIABLE, solver.solve(1, -3).status());
            int[] failed = solver.failedAssumptions();
            Arrays.sort(failed);
            assertArrayEquals(new int[] {-3, 1}, failed);
            assertEquals(SolveStatus.UNSATISFIABLE, solver.solve(4).status());
        }
        List<String> lines = Files.readAllLines(proof);
        assertTrue(lines.contains("i -4 0") && lines.contains("i 4 5 -5 0"), lines.toString());
        int m = lines.indexOf("s SATISFIABLE") + 1;
        assertTrue(lines.get(m).startsWith("m ") && lines.get(m).endsWith(" 0"), lines.toString());
        assertNotEquals(-1, lines.indexOf("s UNSATISFIABLE"));
        IdrupReplay.check(proof);
        IdrupReplay.externalCheck(proof).ifPresent(output -> assertTrue(output.contains("s VERIFIED"), output));
    }
}
