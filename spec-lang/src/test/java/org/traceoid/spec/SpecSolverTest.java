package org.traceoid.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
        // a forces x == 7, so y >= 10 contradicts small; a also contradicts none of the rest.
        assertEquals(List.of("line 6", "line 7", "line 8", "small"), answer.core().stream().map(Assertion::name).toList());
        assertTrue(answer.minimal());
        assertCoreIsMinimalUnsatisfiable(SpecParser.parse(INFEASIBLE, "t.spec"), answer.core());
    }

    @Test
    void rangeAloneCanBeTheConflict() throws SpecSyntaxException {
        SpecSolver.Answer answer = solve("int x in 0..5;\nassert fine: x >= 0;\nassert big: x > 5;\n");
        assertEquals(List.of("big"), answer.core().stream().map(Assertion::name).toList());
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
