package org.traceoid.proofcheck;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome of a proof check: the verdict, why it failed, statistics, and for a verified
 * DRAT proof its by-products (core, lemmas used, LRAT). Immutable once returned.
 */
public final class CheckResult {

    /** The verdict, carrying the exit code of {@code traceoid check}. */
    public enum Verdict {
        VERIFIED(0, "s VERIFIED"),
        NOT_VERIFIED(1, "s NOT VERIFIED");

        private final int exitCode;
        private final String line;

        Verdict(int exitCode, String line) {
            this.exitCode = exitCode;
            this.line = line;
        }

        public int exitCode() {
            return exitCode;
        }

        /** The verdict line, {@code s VERIFIED} or {@code s NOT VERIFIED}. */
        public String line() {
            return line;
        }
    }

    /** Why a check did not verify ({@link #NONE} when it did). */
    public enum Failure {
        NONE,
        /** A lemma the refutation needs is not implied (see {@link #failedStep()}). */
        LEMMA_FAILED,
        /** Propagation over formula and lemmas never conflicts. */
        NO_CONFLICT,
        /** The proof does not add the empty clause (with {@link CheckOptions#requireEmptyClause()}). */
        NO_EMPTY_CLAUSE,
        /** An LRAT proof refers to a clause that is unknown, deleted, or used out of order. */
        BAD_REFERENCE,
        TIME_LIMIT,
        CANCELLED
    }

    /**
     * Counts from a check.
     *
     * @param originalClauses   clauses of the formula
     * @param lemmas            lemmas (additions) in the proof
     * @param coreClauses       original clauses the refutation uses
     * @param coreLemmas        lemmas the refutation uses (each one checked)
     * @param checkedLemmas     lemmas checked (core lemmas, plus the one that failed)
     * @param ratLemmas         lemmas that needed RAT
     * @param ignoredDeletions  deletions of unit or reason clauses ignored (default policy)
     * @param missingDeletions  deletions of clauses that were not present (ignored)
     * @param ratCandidates     resolution candidates checked for RAT lemmas
     * @param elapsed           wall-clock time of the check, reading excluded
     */
    public record Statistics(int originalClauses, int lemmas, int coreClauses, int coreLemmas, int checkedLemmas,
                             int ratLemmas, int ignoredDeletions, int missingDeletions, int ratCandidates,
                             Duration elapsed) {
    }

    private final Failure failure;
    private final String message;
    private final long failedStep;
    private final int[] failedLemma;
    private final Statistics statistics;
    private final Certificate certificate;

    CheckResult(Failure failure, String message, long failedStep, int[] failedLemma, Statistics statistics,
                Certificate certificate) {
        this.failure = failure;
        this.message = message;
        this.failedStep = failedStep;
        this.failedLemma = failedLemma == null ? null : failedLemma.clone();
        this.statistics = statistics;
        this.certificate = certificate;
    }

    public Verdict verdict() {
        return failure == Failure.NONE ? Verdict.VERIFIED : Verdict.NOT_VERIFIED;
    }

    public boolean isVerified() {
        return failure == Failure.NONE;
    }

    public Failure failure() {
        return failure;
    }

    /** One line saying why the check failed; empty when verified. */
    public String message() {
        return message;
    }

    /**
     * For {@link Failure#LEMMA_FAILED}, the failing step's index in the proof as read, from 0,
     * counting additions and deletions (for an LRAT proof, the lemma's id); otherwise -1. Backward
     * checking finds the last needed lemma that fails, which is the first one a reader meets
     * when looking back from the conflict.
     */
    public long failedStep() {
        return failedStep;
    }

    /** The failing lemma's DIMACS literals as written in the proof, or an empty array. */
    public int[] failedLemma() {
        return failedLemma == null ? new int[0] : failedLemma.clone();
    }

    public Statistics statistics() {
        return statistics;
    }

    /** Comment lines (without {@code c }) describing the check, for tools to print. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        Statistics s = statistics;
        lines.add(s.coreClauses() + " of " + s.originalClauses() + " clauses in core");
        lines.add(s.coreLemmas() + " of " + s.lemmas() + " lemmas in core, " + s.ratLemmas() + " RAT");
        if (s.ignoredDeletions() > 0) {
            lines.add("WARNING: ignored " + s.ignoredDeletions()
                    + " deletions of unit or reason clauses (as drat-trim does; --strict-deletions honours them)");
        }
        if (s.missingDeletions() > 0) {
            lines.add("WARNING: ignored " + s.missingDeletions() + " deletions of clauses that are not present");
        }
        if (!isVerified()) {
            lines.add(message);
        }
        lines.add(String.format(java.util.Locale.ROOT, "check time: %.3f seconds", s.elapsed().toNanos() / 1e9));
        return lines;
    }

    /** Original clause indices (from 0) in the unsatisfiable core, ascending. Verified DRAT checks only. */
    public int[] coreClauseIndices() {
        return certificate().coreClauses();
    }

    /** Writes the core as DIMACS. Verified DRAT checks only. */
    public void writeCore(OutputStream out) throws IOException {
        certificate().writeCore(out);
    }

    /** Writes the lemmas used, in proof order, as DRAT text ending with the empty clause. */
    public void writeLemmas(OutputStream out) throws IOException {
        certificate().writeLemmas(out);
    }

    /**
     * Writes an LRAT proof of the refutation (needs {@link CheckOptions#recordLrat()}).
     *
     * @param binary binary LRAT instead of text
     */
    public void writeLrat(OutputStream out, boolean binary) throws IOException {
        certificate().writeLrat(out, binary);
    }

    /** Whether {@link #writeLrat} can be called. */
    public boolean hasLrat() {
        return certificate != null && certificate.hasHints();
    }

    private Certificate certificate() {
        if (certificate == null) {
            throw new IllegalStateException("no certificate: the check " + (isVerified() ? "was not a DRAT check" : "failed"));
        }
        return certificate;
    }

    @Override
    public String toString() {
        return verdict().line() + (isVerified() ? "" : " (" + message + ")");
    }
}
