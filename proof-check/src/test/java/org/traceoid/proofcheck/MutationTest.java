package org.traceoid.proofcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.dimacs.DimacsReader;
import org.traceoid.cnf.testing.ExternalSolver;

/**
 * Broken proofs must be rejected and never crash the checker. For 100 cadical proofs of random
 * UNSAT formulas: truncating the proof, dropping the empty clause and inserting a lemma that is
 * not implied must each give NOT VERIFIED or a clear format error; removing a needed lemma or
 * flipping one of its literals may by chance leave a valid proof, so there every VERIFIED
 * verdict is re-checked through our LRAT and the independent LRAT checker, and many must fail.
 */
class MutationTest {
    private static final int PROOFS = 100;

    @TempDir
    static Path dir;

    @BeforeAll
    static void cadicalIsInstalled() {
        assumeTrue(ExternalSolver.CADICAL.isAvailable(), "cadical not installed");
    }

    @Test
    void mutatedProofsAreRejected() throws Exception {
        List<ProofFixtures.Instance> instances = ProofFixtures.randomUnsat(dir, PROOFS, 5000);
        SplittableRandom random = new SplittableRandom(42);
        int mayPass = 0;
        int rejectedOfMayPass = 0;
        for (ProofFixtures.Instance instance : instances) {
            Cnf cnf = DimacsReader.strict().read(instance.cnf());
            Path proofFile = ProofFixtures.cadicalProof(instance, dir, false);
            byte[] bytes = Files.readAllBytes(proofFile);
            DratChecker checker = new DratChecker(CheckOptions.builder().recordLrat(true).build());
            CheckResult original = checker.check(cnf, proofFile);
            assertTrue(original.isVerified(), instance + ": " + original);
            ByteArrayOutputStream trimmedOut = new ByteArrayOutputStream();
            original.writeLemmas(trimmedOut);
            RecordedProof trimmed = new DratReader(CheckOptions.ProofFormat.TEXT)
                    .read(new ByteArrayInputStream(trimmedOut.toByteArray()), "trimmed");
            assertTrue(checker.check(cnf, trimmed).isVerified(), instance + ": trimmed proof");

            // truncate the file strictly before its last byte
            byte[] cut = Arrays.copyOf(bytes, random.nextInt(Math.max(1, bytes.length - 1)));
            assertRejected(cnf, cut, instance + " truncated at " + cut.length);

            // drop the empty clause (always the last step cadical writes)
            RecordedProof proof = checker.readProof(proofFile);
            int last = proof.stepCount() - 1;
            assertEquals(0, proof.stepLiterals(last).length);
            assertRejected(cnf, copy(proof, last, -1, null, false), instance + " without the empty clause");

            // insert x and then -x before the proof: at most one of them is implied, and together they
            // conflict at once (later, the proof may already have reached its conflict, and then
            // inserted steps are rightly never looked at)
            int variable = 1 + random.nextInt(cnf.variableCount());
            int at = 0;
            RecordedProof inserted = copy(proof, -1, at, new int[][] {{variable}, {-variable}}, false);
            assertRejected(cnf, inserted, instance + " with " + variable + " and " + -variable + " at " + at);

            // remove a needed lemma, flip a literal of a needed lemma
            int needed;
            do {
                needed = random.nextInt(trimmed.stepCount() - 1); // not the final empty clause
            } while (trimmed.isDeletion(needed));
            mayPass += 2;
            rejectedOfMayPass += rejectedOrSound(cnf, copy(trimmed, needed, -1, null, false),
                    instance + " without needed lemma " + needed) ? 1 : 0;
            int[] lemma = trimmed.stepLiterals(needed);
            if (lemma.length > 0) {
                int position = random.nextInt(lemma.length);
                rejectedOfMayPass += rejectedOrSound(cnf, copy(trimmed, needed, needed, new int[][] {flip(lemma, position)}, false),
                        instance + " with lemma " + needed + " literal " + position + " flipped") ? 1 : 0;
            } else {
                rejectedOfMayPass++;
            }
        }
        // About 60% are rejected (seed 42: 117 of 200); the rest are valid proofs still: later
        // lemmas of a random 3-SAT refutation are often RUP without the removed or flipped one.
        assertTrue(rejectedOfMayPass > mayPass * 4 / 10,
                "only " + rejectedOfMayPass + " of " + mayPass + " removals and flips rejected");
    }

    private static int[] flip(int[] lemma, int position) {
        int[] out = lemma.clone();
        out[position] = -out[position];
        return out;
    }

    /** A copy of {@code proof} without step {@code skip}, with {@code insert} before step {@code at}. */
    private static RecordedProof copy(RecordedProof proof, int skip, int at, int[][] insert, boolean unused) {
        RecordedProof out = new RecordedProof();
        for (int s = 0; s < proof.stepCount(); s++) {
            if (s == at) {
                for (int[] lemma : insert) {
                    out.lemmaAdded(lemma);
                }
            }
            if (s == skip) {
                continue;
            }
            if (proof.isDeletion(s)) {
                out.clauseDeleted(proof.stepLiterals(s));
            } else {
                out.lemmaAdded(proof.stepLiterals(s));
            }
        }
        return out;
    }

    private static void assertRejected(Cnf cnf, byte[] proofBytes, String what) {
        try {
            CheckResult result = new DratChecker(CheckOptions.defaults())
                    .check(cnf, new ByteArrayInputStream(proofBytes), "mutated.drat");
            assertEquals(CheckResult.Verdict.NOT_VERIFIED, result.verdict(), what);
        } catch (ProofFormatException e) {
            assertTrue(e.getMessage().startsWith("mutated.drat:"), what + ": " + e.getMessage());
        } catch (Exception e) {
            throw new AssertionError(what + " crashed the checker", e);
        }
    }

    private static void assertRejected(Cnf cnf, RecordedProof proof, String what) {
        CheckResult result = new DratChecker(CheckOptions.defaults()).check(cnf, proof);
        assertEquals(CheckResult.Verdict.NOT_VERIFIED, result.verdict(), what);
    }

    /** True if rejected; if accepted, the LRAT we produce must convince the independent checker. */
    private static boolean rejectedOrSound(Cnf cnf, RecordedProof proof, String what) throws Exception {
        CheckResult result = new DratChecker(CheckOptions.builder().recordLrat(true).build()).check(cnf, proof);
        if (!result.isVerified()) {
            assertTrue(result.failure() == CheckResult.Failure.LEMMA_FAILED
                    || result.failure() == CheckResult.Failure.NO_CONFLICT, what + ": " + result);
            return true;
        }
        ByteArrayOutputStream lrat = new ByteArrayOutputStream();
        result.writeLrat(lrat, false);
        CheckResult second = new LratChecker(CheckOptions.defaults())
                .check(cnf, new ByteArrayInputStream(lrat.toByteArray()), "second-opinion.lrat");
        assertTrue(second.isVerified(), what + ": accepted, but its LRAT is not: " + second);
        return false;
    }
}
