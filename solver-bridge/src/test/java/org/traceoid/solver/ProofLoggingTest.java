package org.traceoid.solver;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.ISolver;
import org.sat4j.specs.TimeoutException;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.cnf.proof.ProofListener;
import org.traceoid.cnf.proof.ProofListeners;
import org.traceoid.cnf.proof.ProofStep;
import org.traceoid.proofcheck.CheckOptions;
import org.traceoid.proofcheck.CheckResult;
import org.traceoid.proofcheck.DratChecker;
import org.traceoid.proofcheck.RecordedProof;

/** Sat4j's proofs: the writer's exact bytes, the adapter's events, spilling, files, and a broken proof. */
class ProofLoggingTest {

    @AfterEach
    void restoreHooks() {
        SolveSession.proofTamperForTests = UnaryOperator.identity();
        SolveSession.proofMemoryLiteralsForTests = ProofSink.DEFAULT_MEMORY_LITERALS;
    }

    private static byte[] write(boolean binary) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DratProofWriter writer = new DratProofWriter(bytes, binary)) {
            writer.lemmaAdded(new int[] {1, -2});
            writer.clauseDeleted(new int[] {3});
            writer.lemmaAdded(new int[] {-100, 64});
            writer.lemmaAdded(new int[] {Integer.MAX_VALUE, -Integer.MAX_VALUE});
            writer.lemmaAdded(new int[0]);
            writer.proofFinished();
            assertEquals(binary ? 27 : 50, writer.bytesWritten());
        }
        return bytes.toByteArray();
    }

    @Test
    void textDratIsOneLinePerStep() throws IOException {
        assertEquals("1 -2 0\nd 3 0\n-100 64 0\n2147483647 -2147483647 0\n0\n",
                new String(write(false), StandardCharsets.US_ASCII));
    }

    @Test
    void binaryDratIsDratTrimsVariableLengthEncoding() throws IOException {
        // 2v for v, 2v+1 for -v, 7 bits per byte, least significant group first; 2^31-1 needs 5 bytes.
        byte[] expected = {
            'a', 2, 5, 0,
            'd', 6, 0,
            'a', (byte) 0xc9, 0x01, (byte) 0x80, 0x01, 0,
            'a', (byte) 0xfe, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f,
                 (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f, 0,
            'a', 0,
        };
        assertArrayEquals(expected, write(true));
    }

    @Test
    void writtenProofsReadBackAsTheSameSteps(@TempDir Path dir) throws IOException {
        Cnf cnf = SolveSessionTest.pigeonhole(6);
        for (boolean binary : new boolean[] {false, true}) {
            Path file = dir.resolve(binary ? "p.bdrat" : "p.drat");
            RecordedProof recorded = new RecordedProof();
            ISolver sat4j = Sat4jConfiguration.newSolver();
            Sat4jProofAdapter.prepare(sat4j);
            try (DratProofWriter writer = DratProofWriter.open(file, binary)) {
                sat4j.setSearchListener(new Sat4jProofAdapter(ProofListeners.fanOut(writer, recorded)));
                Sat4jLoader.load(cnf, sat4j);
                assertFalse(sat4j.isSatisfiable());
            } catch (ContradictionException | TimeoutException e) {
                throw new AssertionError(e);
            }
            RecordedProof read = new DratChecker(CheckOptions.defaults()).readProof(file);
            assertEquals(recorded.stepCount(), read.stepCount());
            for (int step = 0; step < read.stepCount(); step++) {
                assertEquals(recorded.isDeletion(step), read.isDeletion(step));
                assertArrayEquals(recorded.stepLiterals(step), read.stepLiterals(step));
            }
        }
    }

    @Test
    void adapterReportsLearnedClausesUnitsAndDeletionsInDimacsLiterals() {
        // about 7,500 conflicts: Sat4j reduces its learned clause database (some 2,500 deletions)
        Cnf cnf = org.traceoid.cnf.testing.RandomCnf.uniform(3, 200, 900, 1);
        List<ProofStep> steps = new ArrayList<>();
        ProofListener recorder = new ProofListener() {
            @Override
            public void lemmaAdded(int[] dimacsLiterals) {
                steps.add(ProofStep.add(dimacsLiterals));
            }

            @Override
            public void clauseDeleted(int[] dimacsLiterals) {
                steps.add(ProofStep.delete(dimacsLiterals));
            }
        };
        SolveSession.proofTamperForTests = sink -> ProofListeners.fanOut(sink, recorder);
        CertifiedResult result = Traceoid.solve(cnf, SolveOptions.defaults());
        assertEquals(SolveStatus.UNSATISFIABLE, result.status());
        assertTrue(result.certified());
        assertTrue(steps.stream().anyMatch(step -> step.kind() == ProofStep.Kind.DELETE), "no deletions logged");
        assertTrue(steps.stream().allMatch(step -> Stream.of(step.dimacsLiterals())
                .allMatch(literals -> java.util.Arrays.stream(literals)
                        .allMatch(literal -> literal != 0 && Math.abs(literal) <= cnf.variableCount()))));
        long lemmas = steps.stream().filter(step -> step.kind() == ProofStep.Kind.ADD).count();
        // one lemma per conflict, minus the final conflict at level 0, which learns nothing
        assertTrue(lemmas >= result.statistics().conflicts() - 1 && lemmas <= result.statistics().conflicts(),
                lemmas + " lemmas for " + result.statistics().conflicts() + " conflicts");
    }

    @Test
    void largeProofsMoveToATemporaryFileAndStillVerify() throws IOException {
        SolveSession.proofMemoryLiteralsForTests = 100;
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = countSpillFiles(tmp);
        CertifiedResult result = Traceoid.solve(SolveSessionTest.pigeonhole(7), SolveOptions.defaults());
        assertEquals(SolveStatus.UNSATISFIABLE, result.status());
        assertTrue(result.certified(), result.certificate());
        assertEquals(before, countSpillFiles(tmp), "the temporary proof file is deleted after a successful check");
    }

    private static long countSpillFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().startsWith("traceoid-proof-")).count();
        }
    }

    @Test
    void proofFileAsAskedForVerifiesWithOurChecker(@TempDir Path dir) throws IOException {
        Cnf cnf = SolveSessionTest.pigeonhole(6);
        for (SolveOptions.ProofFormat format : SolveOptions.ProofFormat.values()) {
            Path file = dir.resolve("hole6." + format);
            CertifiedResult result = Traceoid.solve(cnf, SolveOptions.builder().proofOutput(file).proofFormat(format).build());
            assertTrue(result.certified(), result.certificate());
            CheckResult check = new DratChecker(CheckOptions.defaults()).check(cnf, file);
            assertTrue(check.isVerified(), check.message());
            assertTrue(result.certificate().startsWith("DRAT proof verified (" + check.statistics().lemmas() + " lemmas, core "
                    + check.statistics().coreClauses() + " clauses) in "), result.certificate());
        }
    }

    @Test
    void brokenProofThrowsAndKeepsTheProof() throws IOException {
        SolveSession.proofTamperForTests = sink -> new ProofListener() { };
        for (long bound : new long[] {ProofSink.DEFAULT_MEMORY_LITERALS, 10}) {
            SolveSession.proofMemoryLiteralsForTests = bound;
            CertificationException failure = assertThrows(CertificationException.class,
                    () -> Traceoid.solve(SolveSessionTest.pigeonhole(5), SolveOptions.defaults()));
            assertTrue(failure.getMessage().startsWith("the DRAT proof of UNSAT did not verify: "), failure.getMessage());
            Path kept = failure.proofFile().orElseThrow();
            assertTrue(failure.getMessage().endsWith("; proof kept in " + kept), failure.getMessage());
            assertTrue(Files.exists(kept));
            Files.delete(kept);
        }
    }

    @Test
    void satisfiableAndUnknownAnswersLeaveNoTemporaryProof() throws IOException {
        SolveSession.proofMemoryLiteralsForTests = 10;
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long before = countSpillFiles(tmp);
        Traceoid.solve(SolveSessionTest.pigeonhole(11), SolveOptions.builder().conflictBudget(2000).build());
        Traceoid.solve(Cnf.of(3, new int[] {1, 2}, new int[] {-1, 3}), SolveOptions.defaults());
        assertEquals(before, countSpillFiles(tmp));
    }
}
