package org.traceoid.proofcheck;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.dimacs.DimacsReader;
import org.traceoid.cnf.proof.ProofListener;
import org.traceoid.cnf.proof.ProofListeners;
import org.traceoid.cnf.proof.ProofStep;
import org.traceoid.cnf.testing.TestData;

/** Verdicts, failure details, options and the in-memory (listener) path on small proofs. */
class DratCheckerTest {
    /** (1 2)(-1 2)(1 -2)(-1 -2): unsatisfiable, no units. */
    private static final Cnf XOR = Cnf.of(2, new int[] {1, 2}, new int[] {-1, 2}, new int[] {1, -2}, new int[] {-1, -2});

    private static CheckResult check(Cnf cnf, String proof, CheckOptions options) throws Exception {
        return new DratChecker(options).check(cnf,
                new ByteArrayInputStream(proof.getBytes(StandardCharsets.US_ASCII)), "p.drat");
    }

    @Test
    void rupProofVerifiesWithCoreAndLemmas() throws Exception {
        CheckResult result = check(XOR, "2 0\n0\n", CheckOptions.builder().recordLrat(true).build());
        assertEquals(CheckResult.Verdict.VERIFIED, result.verdict());
        assertArrayEquals(new int[] {0, 1, 2, 3}, result.coreClauseIndices());
        ByteArrayOutputStream lemmas = new ByteArrayOutputStream();
        result.writeLemmas(lemmas);
        assertEquals("2 0\nd 1 2 0\nd -1 2 0\n0\n", lemmas.toString(StandardCharsets.US_ASCII));
        ByteArrayOutputStream lrat = new ByteArrayOutputStream();
        result.writeLrat(lrat, false);
        assertEquals("5 2 0 1 2 0\n5 d 1 2 0\n6 0 5 3 4 0\n", lrat.toString(StandardCharsets.US_ASCII));
    }

    @Test
    void firstFailingLemmaIsReportedWithItsIndexAndLiterals() throws Exception {
        // 3 is RAT (no clause contains -3); -3 then is neither RUP nor RAT
        CheckResult result = check(XOR, "3 0\n-3 0\n0\n", CheckOptions.defaults());
        assertEquals(CheckResult.Verdict.NOT_VERIFIED, result.verdict());
        assertEquals(CheckResult.Failure.LEMMA_FAILED, result.failure());
        assertEquals(1, result.failedStep());
        assertArrayEquals(new int[] {-3}, result.failedLemma());
        assertEquals("lemma 2 is neither RUP nor RAT", result.message());
    }

    @Test
    void proofWithoutConflictOrEmptyClauseFails() throws Exception {
        assertEquals(CheckResult.Failure.NO_CONFLICT, check(XOR, "1 2 0\n", CheckOptions.defaults()).failure());
        assertEquals(CheckResult.Failure.NO_EMPTY_CLAUSE, check(XOR, "2 0\n", CheckOptions.defaults()).failure());
        assertTrue(check(XOR, "2 0\n", CheckOptions.builder().requireEmptyClause(false).build()).isVerified());
    }

    @Test
    void everyPivotOptionKeepsRatExamplesVerified() throws Exception {
        Path dir = TestData.proofs();
        CheckOptions allPivots = CheckOptions.builder().ratOnAllPivots(true).recordLrat(true).build();
        for (String name : new String[] {"example-4-vars", "example-Schur", "uuf-50-2"}) {
            Cnf cnf = DimacsReader.strict().read(dir.resolve(name + ".cnf"));
            CheckResult result = new DratChecker(allPivots).check(cnf, dir.resolve(name + ".drat"));
            assertTrue(result.isVerified(), name + ": " + result);
            assertTrue(result.statistics().ratLemmas() > 0, name);
        }
    }

    @Test
    void listenerEventsCheckLikeTheFile() throws Exception {
        Path dir = TestData.proofs();
        Cnf cnf = DimacsReader.strict().read(dir.resolve("example-4-vars.cnf"));
        RecordedProof fromFile = new DratChecker(CheckOptions.defaults()).readProof(dir.resolve("example-4-vars.drat"));
        RecordedProof streamed = new RecordedProof();
        ProofListener solverSide = ProofListeners.fanOut(streamed, new ProofListener() { });
        for (int s = 0; s < fromFile.stepCount(); s++) {
            ProofStep step = fromFile.isDeletion(s) ? ProofStep.delete(fromFile.stepLiterals(s))
                    : ProofStep.add(fromFile.stepLiterals(s));
            step.replayTo(solverSide);
        }
        solverSide.proofFinished();
        assertTrue(streamed.isFinished());
        assertEquals(fromFile.stepCount(), streamed.stepCount());
        assertTrue(new DratChecker(CheckOptions.defaults()).check(cnf, streamed).isVerified());
    }

    @Test
    void timeLimitAndInterruptStopTheCheck() throws Exception {
        Path dir = TestData.proofs();
        Cnf cnf = DimacsReader.strict().read(dir.resolve("R_4_4_18.cnf"));
        RecordedProof proof = new DratChecker(CheckOptions.defaults()).readProof(dir.resolve("R_4_4_18.drat.bz2"));
        CheckResult timedOut = new DratChecker(CheckOptions.builder().timeLimit(Duration.ofNanos(1)).build())
                .check(cnf, proof);
        assertEquals(CheckResult.Failure.TIME_LIMIT, timedOut.failure());
        assertEquals(CheckResult.Verdict.NOT_VERIFIED, timedOut.verdict());

        Thread.currentThread().interrupt();
        try {
            CheckResult cancelled = new DratChecker(CheckOptions.defaults()).check(cnf, proof);
            assertEquals(CheckResult.Failure.CANCELLED, cancelled.failure());
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void progressIsReported() throws Exception {
        Path dir = TestData.proofs();
        Cnf cnf = DimacsReader.strict().read(dir.resolve("uuf-100-1.cnf"));
        long[] calls = new long[1];
        CheckOptions options = CheckOptions.builder().progress((phase, done, total) -> calls[0]++).build();
        assertTrue(new DratChecker(options).check(cnf, dir.resolve("uuf-100-1.drat")).isVerified());
        assertTrue(calls[0] > 0);
    }

    @Test
    void optionsStateTheirDefaults() {
        CheckOptions defaults = CheckOptions.defaults();
        assertEquals(CheckOptions.ProofFormat.AUTO, defaults.proofFormat());
        assertEquals(false, defaults.strictDeletions());
        assertEquals(false, defaults.ratOnAllPivots());
        assertEquals(true, defaults.requireEmptyClause());
        assertEquals(Duration.ZERO, defaults.timeLimit());
        assertEquals(defaults, defaults.toBuilder().build());
    }
}
