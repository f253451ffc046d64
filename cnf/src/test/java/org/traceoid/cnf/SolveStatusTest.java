package org.traceoid.cnf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Competition codes and the plain-value ranking handed out by the GNN. */
class SolveStatusTest {

    @Test
    void carriesTheCompetitionExitCodesAndStatusLines() {
        assertEquals(10, SolveStatus.SATISFIABLE.exitCode());
        assertEquals(20, SolveStatus.UNSATISFIABLE.exitCode());
        assertEquals(0, SolveStatus.UNKNOWN.exitCode());
        assertEquals("s SATISFIABLE", SolveStatus.SATISFIABLE.statusLine());
        assertEquals("s UNSATISFIABLE", SolveStatus.UNSATISFIABLE.statusLine());
        assertEquals("s UNKNOWN", SolveStatus.UNKNOWN.statusLine());
    }

    @Test
    void rankingOrdersByScoreThenVariableAndCopiesItsInput() {
        double[] scores = {0, 0.5, 0.9, 0.5, 0.1};
        VariableRanking ranking = new VariableRanking(scores, new double[] {0, 1, 0, 0.5, 0.25}, 123);
        scores[1] = 100;
        assertArrayEquals(new int[] {2, 1, 3}, ranking.topVariables(3));
        assertArrayEquals(new int[] {2, 1, 3, 4}, ranking.topVariables(10));
        assertEquals(4, ranking.variableCount());
        assertEquals(0.5, ranking.score(1));
        assertEquals(0.25, ranking.phaseTrueProbability(4));
        assertEquals(123, ranking.inferenceNanos());
    }

    @Test
    void rankingRejectsMismatchedArraysAndProbabilitiesOutsideZeroOne() {
        assertThrows(IllegalArgumentException.class, () -> new VariableRanking(new double[2], new double[3], 0));
        assertThrows(IllegalArgumentException.class, () -> new VariableRanking(new double[0], new double[0], 0));
        assertEquals("phase probability of variable 1 is not in [0,1]: NaN",
                assertThrows(IllegalArgumentException.class,
                        () -> new VariableRanking(new double[2], new double[] {0, Double.NaN}, 0)).getMessage());
    }
}
