package org.traceoid.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.cnf.testing.ExternalSolver;
import org.traceoid.solver.SolveOptions;
import org.traceoid.solver.Traceoid;

/** Answers by name and minimal cores, each checked independently (our evaluator, and cadical). */
class SpecSolverTest {
    static final String INFEASIBLE = """
            bool a, b, c;
            int x, y in 0..15;
            assert no_both: !(a & b);
            assert a -> (b | c);
            assert pick: exactly(1, a, b, c);
            assert x + 3 <= y;
            assert a <-> (x == 7);
            assert a;
            assert small: y < 9;
            """;

    static SpecSolver.Answer solve(String text) throws SpecSyntaxException {
        return SpecSolver.solve(SpecCompiler.compile(SpecParser.parse(text, "t.spec")), SolveOptions.defaults());
    }

    @Test
    void satisfiableSpecAnswersWithValuesThatSatisfyIt() throws SpecSyntaxException {
        SpecSolver.Answer answer = solve(SpecParserTest.ISSUE_EXAMPLE);
        assertEquals(SolveStatus.SATISFIABLE, answer.status());
        Map<String, Object> values = answer.values().orElseThrow();
        assertEquals(List.of("a", "b", "c", "x", "y"), List.copyOf(values.keySet()));
        assertTrue(new Evaluator(values).satisfies(SpecParser.parse(SpecParserTest.ISSUE_EXAMPLE, "t.spec")));
        assertTrue(answer.certified());
    }

    @Test
    void infeasibleSpecNamesItsConflict() throws SpecSyntaxException {
        SpecSolver.Answer answer = solve(INFEASIBLE);
        assertEquals(SolveStatus.UNSATISFIABLE, answer.status());
        // Two minimal conflicts: a forces x == 7, so y >= 10 contradicts small; and a needs b or c
        // (line 4) while pick allows only one of the three. Which one is found depends on the
        // solver's failed assumptions; either is a right answer.
        assertTrue(List.of(List.of("line 6", "line 7", "line 8", "small"), List.of("line 4", "pick", "line 8"))
                .contains(answer.core().stream().map(Assertion::name).toList()), answer.core().toString());
        assertTrue(answer.minimal());
        assertCoreIsMinimalUnsatisfiable(SpecParser.parse(INFEASIBLE, "t.spec"), answer.core());
    }

    @Test
    void rangeAloneCanBeTheConflict() throws SpecSyntaxException {
        SpecSolver.Answer answer = solve("int x in 0..5;\nassert fine: x >= 0;\nassert big: x > 5;\n");
        assertEquals(List.of("big"), answer.core().stream().map(Assertion::name).toList());
    }

    /**
     * A 42-assertion arithmetic spec (pipeline-infeasible.spec) whose only conflict is 14
     * assertions. The one-shot deletion loop took 43 solver calls (about 12 s from the command
     * line on a busy machine); on one incremental solver, core-guided with clause-set
     * refinement, it takes 16 (about 4 s): the first failed set is 15 assertions, dropping 27
     * side conditions at once, then one deletion answers UNSAT and 14 answer SAT (every
     * assertion of the core is needed). The time limit is generous: it only catches a return
     * to something much slower.
     */
    @Test
    void largerArithmeticSpecFindsItsCoreInFewCalls() throws IOException, SpecSyntaxException {
        String text;
        try (InputStream in = SpecSolverTest.class.getResourceAsStream("pipeline-infeasible.spec")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Spec spec = SpecParser.parse(text, "pipeline-infeasible.spec");
        assertEquals(42, spec.assertions().size());
        SpecSolver.Answer answer = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> SpecSolver.solve(SpecCompiler.compile(spec), SolveOptions.defaults()));
        assertEquals(SolveStatus.UNSATISFIABLE, answer.status());
        List<String> expected = Stream.concat(Stream.of("start", "slow_steps"),
                Stream.concat(IntStream.rangeClosed(1, 11).mapToObj(i -> "step" + i), Stream.of("due"))).toList();
        assertEquals(expected, answer.core().stream().map(Assertion::name).toList());
        assertTrue(answer.minimal());
        assertTrue(answer.certified(), answer.certificate());
        assertTrue(answer.certificate().contains("the clauses and 14 failed assumptions are unsatisfiable"),
                answer.certificate());
        // 16 today; at most half of the one-shot loop's 43 (one per assertion plus one).
        assertTrue(answer.solveCalls() <= 21, "solver calls: " + answer.solveCalls());
        // Minimal by independent word: too many names for brute force, so ours and cadical's.
        CompiledSpec compiled = SpecCompiler.compile(spec);
        assertEquals(SolveStatus.UNSATISFIABLE,
                Traceoid.solve(compiled.withActive(expected), SolveOptions.defaults()).status());
        if (ExternalSolver.CADICAL.isAvailable()) {
            assertEquals(SolveStatus.UNSATISFIABLE, ExternalSolver.CADICAL.solve(compiled.withActive(expected)));
        }
        for (String dropped : expected) {
            List<String> rest = new ArrayList<>(expected);
            rest.remove(dropped);
            assertEquals(SolveStatus.SATISFIABLE, Traceoid.solve(compiled.withActive(rest), SolveOptions.defaults()).status(),
                    "still UNSAT without " + dropped);
        }
    }

    @Test
    void budgetedStepsLeaveAnUnsatisfiableCoreThatSaysWhetherItIsMinimal() throws SpecSyntaxException {
        // One conflict per call: any call may stop with UNKNOWN; whatever comes back is honest about it.
        Spec spec = SpecParser.parse(INFEASIBLE, "t.spec");
        SpecSolver.Answer answer = SpecSolver.solve(SpecCompiler.compile(spec),
                SolveOptions.builder().conflictBudget(1).build());
        if (answer.status() == SolveStatus.UNKNOWN) {
            assertFalse(answer.certified());
            return;
        }
        assertEquals(SolveStatus.UNSATISFIABLE, answer.status());
        if (answer.minimal()) {
            assertCoreIsMinimalUnsatisfiable(spec, answer.core());
        } else {
            List<String> names = answer.core().stream().map(Assertion::name).toList();
            assertTrue(Models.bruteForce(spec.restrictedTo(names)).isEmpty(), "a core that is not UNSAT: " + names);
        }
    }

    /**
     * For random specs that come out UNSAT: the core is UNSAT (ours and cadical's word), and
     * dropping any one of its assertions makes it satisfiable.
     */
    @Property(tries = 60, seed = "20261123")
    void reportedCoresAreMinimalUnsatisfiableSubsets(@ForAll long seed) throws SpecSyntaxException {
        String text = new RandomSpecs(seed).generate() + "assert late: a;\nassert !a;\n";
        Spec spec = SpecParser.parse(text, "random.spec");
        SpecSolver.Answer answer = SpecSolver.solve(SpecCompiler.compile(spec), SolveOptions.defaults());
        assertEquals(SolveStatus.UNSATISFIABLE, answer.status());
        assertCoreIsMinimalUnsatisfiable(spec, answer.core());
    }

    static void assertCoreIsMinimalUnsatisfiable(Spec spec, List<Assertion> core) {
        assertFalse(core.isEmpty());
        CompiledSpec compiled = SpecCompiler.compile(spec);
        List<String> names = core.stream().map(Assertion::name).toList();
        assertEquals(SolveStatus.UNSATISFIABLE, Traceoid.solve(compiled.withActive(names), SolveOptions.defaults()).status());
        assertTrue(Models.bruteForce(spec.restrictedTo(names)).isEmpty(), "the core's assertions have a common model");
        if (ExternalSolver.CADICAL.isAvailable()) {
            assertEquals(SolveStatus.UNSATISFIABLE, ExternalSolver.CADICAL.solve(compiled.withActive(names)));
        } else {
            assumeTrue(false, "cadical is not installed");
        }
        for (String dropped : names) {
            List<String> rest = new ArrayList<>(names);
            rest.remove(dropped);
            assertEquals(SolveStatus.SATISFIABLE, Traceoid.solve(compiled.withActive(rest), SolveOptions.defaults()).status(),
                    "still UNSAT without " + dropped);
            assertFalse(Models.bruteForce(spec.restrictedTo(rest)).isEmpty());
        }
    }
}
