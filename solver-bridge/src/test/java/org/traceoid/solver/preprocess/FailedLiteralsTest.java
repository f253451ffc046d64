package org.traceoid.solver.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.traceoid.solver.preprocess.Formulas.clauses;
import static org.traceoid.solver.preprocess.Formulas.only;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.proofcheck.RecordedProof;

/** Failed-literal probing on hand-made formulas. */
class FailedLiteralsTest {
    // 1 implies 2 and 3, which exclude each other: 1 fails.
    private static final Cnf ONE_FAILS = Cnf.of(5, new int[] {-1, 2}, new int[] {-1, 3}, new int[] {-2, -3},
            new int[] {1, 4, 5});

    @Test
    void aFailedLiteralBecomesTheOppositeUnit() {
        ProofSteps steps = new ProofSteps();
        RecordedProof proof = new RecordedProof();
        PreprocessResult result = Formulas.run(ONE_FAILS, only().failedLiterals(true).units(true).build(), steps, proof);
        assertEquals(clauses(new int[] {-2, -3}, new int[] {4, 5}), clauses(result.simplified()));
        assertEquals(1, result.statistics().of(Technique.FAILED_LITERALS).variablesRemoved());
        assertEquals("-1 0\n", steps.text().substring(0, 5), "the unit is the first step");
        assertEquals(SolveStatus.SATISFIABLE, PreprocessCheck.certify(ONE_FAILS, result, proof).status());
    }

    @Test
    void withoutUnitPropagationTheFailedLiteralStaysAsAUnitClause() {
        PreprocessResult result = new Preprocessor(only().failedLiterals(true).build())
                .run(ONE_FAILS, new ProofSteps(), () -> false);
        assertEquals(clauses(new int[] {-1, 2}, new int[] {-1, 3}, new int[] {-2, -3}, new int[] {1, 4, 5}, new int[] {-1}),
                clauses(result.simplified()));
    }

    @Test
    void bothPolaritiesFailingRefutes() {
        // 1 fails as above; -1 implies 4 and 5, which exclude each other.
        Cnf cnf = Cnf.of(5, new int[] {-1, 2}, new int[] {-1, 3}, new int[] {-2, -3}, new int[] {1, 4}, new int[] {1, 5},
                new int[] {-4, -5});
        RecordedProof proof = new RecordedProof();
        PreprocessResult result = new Preprocessor(only().failedLiterals(true).build()).run(cnf, proof, () -> false);
        assertEquals(Optional.of(SolveStatus.UNSATISFIABLE), result.decided());
        assertEquals(SolveStatus.UNSATISFIABLE, PreprocessCheck.certify(cnf, result, proof).status());
    }
}
