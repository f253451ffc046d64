package org.traceoid.solver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.proof.ProofListener;
import org.traceoid.proofcheck.CheckOptions;
import org.traceoid.proofcheck.CheckResult;
import org.traceoid.proofcheck.DratChecker;
import org.traceoid.proofcheck.RecordedProof;

/**
 * Where one solve's proof goes, and how it is checked: the caller's proof file if one was
 * asked for (then the check reads back exactly that file), otherwise an in-memory
 * {@link RecordedProof} that moves to a temporary binary DRAT file once it passes
 * {@link #DEFAULT_MEMORY_LITERALS} literals. Spilling bounds what the proof costs while Sat4j
 * still holds its own clause database: the checker then reads the file only after the solver
 * has been released. (The checker itself holds the whole proof, about 4 bytes per literal;
 * that is the checker's cost, not added to the solver's.)
 *
 * <p>Also what a failed check leaves behind: {@link #keepForInspection()} names a file with
 * the proof exactly as it was checked.
 */
final class ProofSink implements ProofListener {
    /** 16 Mi literals, i.e. 64 MB of {@code int}s, before the in-memory proof moves to a file. */
    static final long DEFAULT_MEMORY_LITERALS = 16L << 20;

    private final Path userFile;
    private final SolveOptions.ProofFormat userFormat;
    private final DratProofWriter userWriter;
    private final boolean record;
    private final long memoryBound;
    private RecordedProof memory;
    private long memoryLiterals;
    private Path spillFile;
    private DratProofWriter spillWriter;
    private boolean finished;

    private ProofSink(Path userFile, SolveOptions.ProofFormat userFormat, boolean record, long memoryBound)
            throws IOException {
        this.userFile = userFile;
        this.userFormat = userFormat;
        this.userWriter = userFile == null ? null
                : DratProofWriter.open(userFile, userFormat == SolveOptions.ProofFormat.BINARY);
        this.record = record;
        this.memoryBound = memoryBound;
        this.memory = record ? new RecordedProof() : null;
    }

    /** A sink for {@code options}, or {@code null} when no proof is wanted (no certification, no file). */
    static ProofSink forOptions(SolveOptions options, long memoryBound) throws IOException {
        Path file = options.proofOutput().orElse(null);
        if (file == null && !options.certify()) {
            return null;
        }
        return new ProofSink(file, options.proofFormat(), options.certify() && file == null, memoryBound);
    }

    @Override
    public void lemmaAdded(int[] dimacsLiterals) {
        if (userWriter != null) {
            userWriter.lemmaAdded(dimacsLiterals);
        }
        if (record) {
            if (spillWriter != null) {
                spillWriter.lemmaAdded(dimacsLiterals);
            } else {
                memory.lemmaAdded(dimacsLiterals);
                grew(dimacsLiterals.length);
            }
        }
    }

    @Override
    public void clauseDeleted(int[] dimacsLiterals) {
        if (userWriter != null) {
            userWriter.clauseDeleted(dimacsLiterals);
        }
        if (record) {
            if (spillWriter != null) {
                spillWriter.clauseDeleted(dimacsLiterals);
            } else {
                memory.clauseDeleted(dimacsLiterals);
                grew(dimacsLiterals.length);
            }
        }
    }

    /** The answer is UNSAT without assumptions: adds the empty clause and closes the proof. */
    void refuted() {
        lemmaAdded(new int[0]);
        finish();
    }

    /** Flushes and closes the files; no events may follow. Idempotent. */
    void finish() {
        if (finished) {
            return;
        }
        finished = true;
        try {
            if (userWriter != null) {
                userWriter.close();
            }
            if (spillWriter != null) {
                spillWriter.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the proof: " + e.getMessage(), e);
        }
        if (memory != null) {
            memory.proofFinished();
        }
    }

    /** Whether the check will be able to run (certification was asked for). */
    boolean checkable() {
        return record || userFile != null;
    }

    /** Whether the proof moved from memory to a temporary file. */
    boolean spilled() {
        return spillFile != null;
    }

    /**
     * Checks the finished proof against {@code cnf} with our {@link DratChecker}.
     *
     * @return the certificate line, {@code DRAT proof verified (L lemmas, core C clauses) in T s};
     *         {@code null} if the check was cancelled by interrupting this thread (nothing is
     *         certified then, and nothing failed either)
     * @throws CertificationException if the proof does not verify; the proof is kept on disk
     */
    String certify(Cnf cnf) {
        finish();
        long start = System.nanoTime();
        CheckResult result;
        try {
            if (userFile != null) {
                result = checker(userFormat == SolveOptions.ProofFormat.BINARY
                        ? CheckOptions.ProofFormat.BINARY : CheckOptions.ProofFormat.TEXT).check(cnf, userFile);
            } else if (spillFile != null) {
                result = checker(CheckOptions.ProofFormat.BINARY).check(cnf, spillFile);
            } else {
                result = checker(CheckOptions.ProofFormat.AUTO).check(cnf, memory);
            }
        } catch (IOException | RuntimeException e) {
            Path kept = keepForInspection();
            throw new CertificationException("the DRAT proof could not be checked: " + e
                    + "; proof kept in " + kept, kept);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (result.failure() == CheckResult.Failure.CANCELLED) {
            discardTemporary();
            return null;
        }
        if (!result.isVerified()) {
            Path kept = keepForInspection();
            throw new CertificationException("the DRAT proof of UNSAT did not verify: " + result.message()
                    + "; proof kept in " + kept, kept);
        }
        discardTemporary();
        CheckResult.Statistics stats = result.statistics();
        return String.format(Locale.ROOT, "DRAT proof verified (%d lemmas, core %d clauses) in %.3f s",
                stats.lemmas(), stats.coreClauses(), seconds);
    }

    /** Deletes the temporary spill file, if any (the caller's proof file is the caller's). */
    void discardTemporary() {
        finish();
        if (spillFile != null) {
            try {
                Files.deleteIfExists(spillFile);
            } catch (IOException ignored) {
                // a temporary file we could not delete is left to the OS
            }
        }
        memory = null;
    }

    /** A file holding the proof as checked: the caller's file, the spill file, or a new temporary text file. */
    Path keepForInspection() {
        finish();
        if (userFile != null) {
            return userFile;
        }
        if (spillFile != null) {
            return spillFile;
        }
        try {
            Path file = Files.createTempFile("traceoid-failed-proof-", ".drat");
            try (DratProofWriter writer = DratProofWriter.open(file, false)) {
                for (int step = 0; step < memory.stepCount(); step++) {
                    if (memory.isDeletion(step)) {
                        writer.clauseDeleted(memory.stepLiterals(step));
                    } else {
                        writer.lemmaAdded(memory.stepLiterals(step));
                    }
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the failed proof: " + e.getMessage(), e);
        }
    }

    private static DratChecker checker(CheckOptions.ProofFormat format) {
        return new DratChecker(CheckOptions.builder().proofFormat(format).build());
    }

    private void grew(int length) {
        memoryLiterals += length + 1;
        if (memoryLiterals > memoryBound) {
            spill();
        }
    }

    /** Moves the recorded steps to a temporary binary DRAT file; later steps go straight there. */
    private void spill() {
        try {
            spillFile = Files.createTempFile("traceoid-proof-", ".drat");
            spillWriter = DratProofWriter.open(spillFile, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary proof file: " + e.getMessage(), e);
        }
        for (int step = 0; step < memory.stepCount(); step++) {
            if (memory.isDeletion(step)) {
                spillWriter.clauseDeleted(memory.stepLiterals(step));
            } else {
                spillWriter.lemmaAdded(memory.stepLiterals(step));
            }
        }
        memory = null;
    }
}
