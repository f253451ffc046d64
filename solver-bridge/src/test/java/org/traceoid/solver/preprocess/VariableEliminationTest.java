package org.traceoid.solver.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.traceoid.solver.preprocess.Formulas.clauses;
import static org.traceoid.solver.preprocess.Formulas.only;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.traceoid.cnf.Assignment;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.proofcheck.RecordedProof;

/** Bounded variable elimination on hand-made formulas: which variables go, the resolvents, the limits. */
class VariableEliminationTest {

    @Test
    void aVariableIsReplacedByItsResolventsAddedBeforeItsClausesGo() {
        Cnf cnf = Cnf.of(3, new int[] {1, 2}, new int[] {-1, 3});
        ProofSteps steps = new ProofSteps();
        PreprocessResult result = Formulas.run(cnf, only().elimination(true).frozenVariables(2, 3).build(), steps,
                new RecordedProof());
        assertEquals(clauses(new int[] {2, 3}), clauses(result.simplified()));
        assertEquals("2 3 0\nd 1 2 0\nd -1 3 0\n", steps.text());
        assertEquals(1, result.statistics().eliminatedVariables());
        // The reconstruction sets 1 so that both removed clauses hold.
        Assignment model = result.reconstruction().extend(Assignment.fromModel(3, -2, 3));
        assertTrue(model.isTrue(1));
        model = result.reconstruction().extend(Assignment.fromModel(3, 2, -3));
        assertTrue(model.isTrue(-1));
    }

    @Test
    void tautologicalResolventsDoNotCount() {
        // 1's resolvents: (2 -2) tautology, (2 3), (4 -2), (4 3): 3 non-tautological for 4 clauses.
        Cnf cnf = Cnf.of(4, new int[] {1, 2}, new int[] {1, 4}, new int[] {-1, -2}, new int[] {-1, 3});
        PreprocessResult result = new Preprocessor(only().elimination(true).frozenVariables(2, 3, 4).build())
                .run(cnf, new ProofSteps(), () -> false);
        assertEquals(clauses(new int[] {2, 3}, new int[] {4, -2}, new int[] {4, 3}), clauses(result.simplified()));
    }

    @Test
    void moreResolventsThanClausesKeepTheVariable() {
        // 3 positive × 2 negative clauses: 6 resolvents for 5 clauses (MiniSat's grow = 0).
        Cnf cnf = Cnf.of(6, new int[] {1, 2}, new int[] {1, 3}, new int[] {1, 4}, new int[] {-1, 5}, new int[] {-1, 6});
        PreprocessResult result = new Preprocessor(only().elimination(true).frozenVariables(2, 3, 4, 5, 6).build())
                .run(cnf, new ProofSteps(), () -> false);
        assertEquals(cnf, result.simplified());
        assertEquals(0, result.statistics().eliminatedVariables());
    }

    @Test
    void resolventsLongerThanTheLimitKeepTheVariable() {
        Cnf cnf = Cnf.of(7, new int[] {1, 2, 3, 4}, new int[] {-1, 5, 6, 7});
        PreprocessOptions.Builder options = only().elimination(true).frozenVariables(2, 3, 4, 5, 6, 7);
        assertEquals(cnf, new Preprocessor(options.maxResolventLength(5).build()).run(cnf, new ProofSteps(), () -> false)
                .simplified());
        assertEquals(clauses(new int[] {2, 3, 4, 5, 6, 7}),
                clauses(new Preprocessor(options.maxResolventLength(6).build()).run(cnf, new ProofSteps(), () -> false)
                        .simplified()));
    }

    @Test
    void theOccurrenceLimitSparesOnlyVariablesWithBothLiterals() {
        Cnf both = Cnf.of(5, new int[] {1, 2}, new int[] {1, 3}, new int[] {-1, 4}, new int[] {-1, 5});
        PreprocessOptions limited = only().elimination(true).maxOccurrences(1).frozenVariables(2, 3, 4, 5).build();
        assertEquals(both, new Preprocessor(limited).run(both, new ProofSteps(), () -> false).simplified());
        Cnf pure = Cnf.of(3, new int[] {1, 2}, new int[] {1, 3});
        PreprocessResult result = new Preprocessor(limited).run(pure, new ProofSteps(), () -> false);
        assertEquals(Optional.of(SolveStatus.SATISFIABLE), result.decided(), "a pure literal always goes");
        assertTrue(result.reconstruction().extend(Assignment.fromModel(3, -2, -3)).isTrue(1));
    }

    @Test
    void frozenVariablesAreNeverEliminated() {
        Cnf cnf = Cnf.of(3, new int[] {1, 2}, new int[] {-1, 3});
        PreprocessResult result = new Preprocessor(only().elimination(true).frozenVariables(1, 2, 3).build())
                .run(cnf, new ProofSteps(), () -> false);
        assertEquals(cnf, result.simplified());
    }

    @Test
    void eliminatingEverythingDecidesSatAndTheModelIsRebuilt() {
        Cnf cnf = Cnf.of(4, new int[] {1, 2}, new int[] {-1, 3}, new int[] {-2, -3}, new int[] {3, 4}, new int[] {-4, 1});
        RecordedProof proof = new RecordedProof();
        PreprocessResult result = new Preprocessor(only().elimination(true).build()).run(cnf, proof, () -> false);
        assertEquals(Optional.of(SolveStatus.SATISFIABLE), result.decided());
        assertEquals(SolveStatus.SATISFIABLE, PreprocessCheck.certify(cnf, result, proof).status()); // units only left
        for (int v = 1; v <= 4; v++) {
            assertTrue(result.reconstruction().determines(v) || result.simplified().clauseCount() > 0);
        }
    }

    @Test
    void eliminationRefutesWhenResolventsContradict() {
        Cnf cnf = Cnf.of(2, new int[] {1, 2}, new int[] {-1, 2}, new int[] {1, -2}, new int[] {-1, -2});
        RecordedProof proof = new RecordedProof();
        PreprocessResult result = new Preprocessor(only().elimination(true).units(true).build()).run(cnf, proof, () -> false);
        assertEquals(Optional.of(SolveStatus.UNSATISFIABLE), result.decided());
        assertEquals(SolveStatus.UNSATISFIABLE, PreprocessCheck.certify(cnf, result, proof).status());
    }
}
