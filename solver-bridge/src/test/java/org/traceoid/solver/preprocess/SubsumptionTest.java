package org.traceoid.solver.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.traceoid.solver.preprocess.Formulas.clauses;
import static org.traceoid.solver.preprocess.Formulas.only;

import org.junit.jupiter.api.Test;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.proofcheck.RecordedProof;

/** Subsumption and self-subsuming strengthening on hand-made formulas. */
class SubsumptionTest {

    @Test
    void supersetsAndDuplicatesGoAndFlippedLiteralsAreRemoved() {
        Cnf cnf = Cnf.of(4, new int[] {1, 2}, new int[] {1, 2, 3}, new int[] {-1, 2, 4}, new int[] {2, 1});
        ProofSteps steps = new ProofSteps();
        RecordedProof proof = new RecordedProof();
        PreprocessResult result = Formulas.run(cnf, only().subsumption(true).build(), steps, proof);
        assertEquals(clauses(new int[] {1, 2}, new int[] {2, 4}), clauses(result.simplified()));
        // (1 2) subsumes (1 2 3) and its duplicate (2 1), and strengthens (-1 2 4) to (2 4): add first, then delete.
        assertEquals("d 1 2 3 0\nd 2 1 0\n2 4 0\nd -1 2 4 0\n", steps.text());
        TechniqueStatistics statistics = result.statistics().of(Technique.SUBSUMPTION);
        assertEquals(2, statistics.clausesRemoved());
        assertEquals(1, statistics.literalsRemoved());
        assertEquals(SolveStatus.SATISFIABLE, PreprocessCheck.certify(cnf, result, proof).status());
    }

    @Test
    void strengtheningToAUnitPropagatesWhenUnitsAreOn() {
        // (1 2) and (1 -2) resolve to (1): (1 -2) is strengthened to the unit, which satisfies both.
        Cnf cnf = Cnf.of(3, new int[] {1, 2}, new int[] {1, -2}, new int[] {-1, 3, 2});
        PreprocessResult result = new Preprocessor(only().subsumption(true).units(true).build())
                .run(cnf, new ProofSteps(), () -> false);
        assertEquals(clauses(new int[] {3, 2}), clauses(result.simplified()));
        assertEquals(1, result.statistics().fixedVariables());
    }

    @Test
    void aStrengthenedClauseSubsumesInTurn() {
        // (1 -2) strengthens (1 2 3) to (1 3), which is queued again and then subsumes (1 3 4).
        Cnf cnf = Cnf.of(4, new int[] {1, 2, 3}, new int[] {1, -2}, new int[] {1, 3, 4});
        PreprocessResult result = new Preprocessor(only().subsumption(true).build()).run(cnf, new ProofSteps(), () -> false);
        assertEquals(clauses(new int[] {1, 3}, new int[] {1, -2}), clauses(result.simplified()));
    }
}
