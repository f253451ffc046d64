package org.traceoid.solver.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.proof.ProofListener;
import org.traceoid.cnf.testing.RandomCnf;
import org.traceoid.proofcheck.RecordedProof;

/** The stop supplier and the tick budget end a run early, always with a sound result. */
class StopAndBudgetTest {
    // 5,000 variables at ratio 3.0: lots to eliminate, satisfiable, easy for Sat4j.
    private static final Cnf LARGE = RandomCnf.uniform(3, 5_000, 15_000, 7);

    @Test
    void aStopBeforeLoadingFinishesLeavesTheFormulaAndTheProofUntouched() {
        ProofSteps steps = new ProofSteps();
        PreprocessResult result = new Preprocessor(PreprocessOptions.defaults()).run(LARGE, steps, () -> true);
        assertSame(LARGE, result.simplified());
        assertTrue(steps.steps.isEmpty());
        assertTrue(result.statistics().interrupted());
        assertTrue(result.statistics().toString().endsWith("; interrupted"), result.statistics().toString());
    }

    @Test
    void aStopDuringEliminationEndsTheRunWithinAFewStepsAndTheResultCertifies() {
        // Stop once the proof has 1,000 steps; count how many follow.
        AtomicInteger steps = new AtomicInteger();
        RecordedProof proof = new RecordedProof();
        ProofListener counting = new ProofListener() {
            @Override
            public void lemmaAdded(int[] dimacsLiterals) {
                steps.incrementAndGet();
                proof.lemmaAdded(dimacsLiterals);
            }

            @Override
            public void clauseDeleted(int[] dimacsLiterals) {
                steps.incrementAndGet();
                proof.clauseDeleted(dimacsLiterals);
            }
        };
        AtomicInteger stepsAtStop = new AtomicInteger(-1);
        PreprocessResult result = new Preprocessor(PreprocessOptions.defaults()).run(LARGE, counting, () -> {
            if (steps.get() >= 1000) {
                stepsAtStop.compareAndSet(-1, steps.get());
                return true;
            }
            return false;
        });
        assertTrue(result.statistics().interrupted());
        assertTrue(stepsAtStop.get() >= 1000);
        // After the stop: at most the step in progress (one elimination, its propagation).
        assertTrue(steps.get() - stepsAtStop.get() < 200, (steps.get() - stepsAtStop.get()) + " steps after the stop");
        assertTrue(result.simplified().clauseCount() < LARGE.clauseCount());
        PreprocessCheck.certify(LARGE, result, proof);
    }

    @Test
    void aZeroBudgetStillPropagatesUnitsAndNothingElse() {
        Cnf cnf = Cnf.of(4, new int[] {1}, new int[] {-1, 2, 3}, new int[] {2, 3, 4}, new int[] {2, 3});
        PreprocessResult result = new Preprocessor(PreprocessOptions.builder().tickBudget(0).build())
                .run(cnf, new ProofSteps(), () -> false);
        assertEquals(Formulas.clauses(new int[] {2, 3}, new int[] {2, 3, 4}, new int[] {2, 3}),
                Formulas.clauses(result.simplified()));
        assertTrue(result.statistics().budgetExhausted());
        assertFalse(result.statistics().interrupted());
    }

    @Test
    void theBudgetBoundsTheWork() {
        for (long budget : new long[] {10_000, 100_000, 1_000_000}) {
            PreprocessResult result = new Preprocessor(PreprocessOptions.builder().tickBudget(budget).build())
                    .run(LARGE, new ProofSteps(), () -> false);
            assertTrue(result.statistics().budgetExhausted());
            // Loading and writing back cost about 3 ticks per literal whatever the budget; a phase may
            // overrun by the step in progress.
            long fixed = 3L * LARGE.literalCount() + 2L * LARGE.clauseCount();
            assertTrue(result.statistics().ticks() < fixed + budget + 50_000,
                    result.statistics().ticks() + " ticks for a budget of " + budget);
        }
    }
}
