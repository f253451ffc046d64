package org.traceoid.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sat4j.minisat.core.ICDCL;
import org.sat4j.specs.ISolver;
import org.sat4j.specs.ISolverService;
import org.sat4j.specs.SearchListenerAdapter;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.VariableRanking;

/** HOPF.md §3's smoke test and the prior's arithmetic, on Sat4j directly. */
class GuidedVariableOrderTest {
    /** {1,2,3} {-1,4,5} {-2,-4}: no unit, so the first decision is the heap's top with its phase. */
    private static final Cnf HOPF = Cnf.of(5, new int[] {1, 2, 3}, new int[] {-1, 4, 5}, new int[] {-2, -4});

    /** Records decisions ({@code assuming} events) in DIMACS. */
    static final class Decisions extends SearchListenerAdapter<ISolverService> {
        private static final long serialVersionUID = 1L;
        final List<Integer> literals = new ArrayList<>();

        @Override
        public void assuming(int dimacsLiteral) {
            literals.add(dimacsLiteral);
        }
    }

    static VariableRanking ranking(double[] scores, double[] phases) {
        return new VariableRanking(scores, phases, 0);
    }

    private static List<Integer> decisions(Cnf cnf, VariableRanking ranking) throws Exception {
        ISolver sat4j = Sat4jConfiguration.newSolver();
        Sat4jLoader.load(cnf, sat4j);
        if (ranking != null) {
            ICDCL<?> cdcl = (ICDCL<?>) sat4j;
            Guidance guidance = Guidance.builder(c -> ranking).minVariables(0).build();
            cdcl.setOrder(new GuidedVariableOrder(cdcl.getOrder().getPhaseSelectionStrategy(), ranking, guidance, null));
        }
        Decisions decisions = new Decisions();
        sat4j.setSearchListener(decisions);
        assertTrue(sat4j.isSatisfiable());
        return decisions.literals;
    }

    @Test
    void topRankedVariableWithItsPredictedPhaseIsTheFirstDecision() throws Exception {
        double[] scores = {0, 0.1, 0.2, 0.3, 2.0, 0.4};
        double[] phases = {0.5, 0.5, 0.5, 0.5, 0.05, 0.5};
        assertEquals(-4, decisions(HOPF, ranking(scores, phases)).get(0));
    }

    @Test
    void aTruePhaseAndAnotherTopVariableAreFollowedToo() throws Exception {
        assertEquals(4, decisions(HOPF, ranking(new double[] {0, 0, 0, 0, 3, 0},
                new double[] {0.5, 0.5, 0.5, 0.5, 0.95, 0.5})).get(0));
        assertEquals(3, decisions(HOPF, ranking(new double[] {0, -1, 0, 5, 1, 0},
                new double[] {0.5, 0.5, 0.5, 0.9, 0.1, 0.5})).get(0));
    }

    @Test
    void withoutGuidanceSat4jDecidesSomethingElse() throws Exception {
        // The test above can fail: plain Sat4j does not start with -4 on this formula.
        assertNotEquals(-4, decisions(HOPF, null).get(0));
    }

    @Test
    void phaseBelowTheConfidenceGateIsLeftToSat4j() throws Exception {
        // p = 0.55 is below the default gate (|p - 1/2| >= 0.1): Sat4j's default phase (false) stays.
        assertEquals(-4, decisions(HOPF, ranking(new double[] {0, 0, 0, 0, 3, 0},
                new double[] {0.5, 0.5, 0.5, 0.5, 0.55, 0.5})).get(0));
    }

    @Test
    void refocusingRanksTheFormulaSimplifiedByTheRootAssignment() throws Exception {
        // Variable 1 is true at level 0 after loading the unit {1}; variable 7 at level 0 by propagation.
        Cnf cnf = Cnf.of(7, new int[] {1}, new int[] {-1, 2, 3}, new int[] {1, 4}, new int[] {5, 6},
                new int[] {-1, 7}, new int[] {-7, 5, 4});
        ISolver sat4j = Sat4jConfiguration.newSolver();
        Sat4jLoader.load(cnf, sat4j);
        Cnf residual = GuidedSearch.residual(cnf, ((org.sat4j.minisat.core.Solver<?>) sat4j).getVocabulary());
        assertEquals(Cnf.of(7, new int[] {2, 3}, new int[] {5, 6}, new int[] {5, 4}), residual);
    }

    @Test
    void priorIsNTimesTheSoftmax() {
        double[] prior = GuidedVariableOrder.prior(ranking(new double[] {0, 0, Math.log(3)},
                new double[] {0.5, 0.5, 0.5}), 2, 1.0);
        assertArrayEquals(new double[] {0, 0.5, 1.5}, prior, 1e-12);
        double[] huge = GuidedVariableOrder.prior(ranking(new double[] {0, 1e6, 0}, new double[] {0.5, 0.5, 0.5}), 2, 1.0);
        assertArrayEquals(new double[] {0, 2, 0}, huge, 1e-12);
    }
}
