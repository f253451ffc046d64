package org.traceoid.proofcheck;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link DratChecker} checks a proof. Immutable; build with {@link #builder()}, whose
 * defaults are the ones stated in {@link Builder} and nowhere else.
 *
 * @param proofFormat      how a proof file is read: detected from its first bytes as
 *                         drat-trim does, or forced to text or binary
 * @param strictDeletions  honour every deletion; by default deletions of unit clauses and
 *                         of reason clauses are ignored (and counted), as drat-trim does,
 *                         because solvers delete them while the unit stays implied
 * @param ratOnAllPivots   when RAT fails on the first literal, try every other literal as pivot
 *                         (drat-trim does; the DRAT format says the pivot is the first literal)
 * @param requireEmptyClause a refutation must add the empty clause; drat-trim only warns
 *                         when it is missing but propagation still conflicts
 * @param recordLrat       keep the hints of each checked lemma so that
 *                         {@link CheckResult#writeLrat} can write an LRAT proof (costs
 *                         memory proportional to the resolution steps, and some time)
 * @param timeLimit        wall-clock limit for one check; {@link Duration#ZERO} means none
 * @param progress         called every few thousand steps; {@link Progress#NONE} by default
 */
public record CheckOptions(ProofFormat proofFormat, boolean strictDeletions, boolean ratOnAllPivots,
                           boolean requireEmptyClause, boolean recordLrat, Duration timeLimit, Progress progress) {

    /** How proof files are read. */
    public enum ProofFormat {
        /** Binary if the first bytes contain a character text DRAT cannot (drat-trim's rule). */
        AUTO,
        TEXT,
        BINARY
    }

    /** Receives progress of a long check: the phase, and steps done out of a total. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (phase, done, total) -> { };

        void update(String phase, long done, long total);
    }

    public CheckOptions {
        Objects.requireNonNull(proofFormat, "proofFormat");
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(progress, "progress");
        if (timeLimit.isNegative()) {
            throw new IllegalArgumentException("time limit must not be negative: " + timeLimit);
        }
    }

    /** The defaults. */
    public static CheckOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        return new Builder().proofFormat(proofFormat).strictDeletions(strictDeletions).ratOnAllPivots(ratOnAllPivots)
                .requireEmptyClause(requireEmptyClause).recordLrat(recordLrat).timeLimit(timeLimit).progress(progress);
    }

    /** Builds {@link CheckOptions}; each field's initial value is its default. */
    public static final class Builder {
        private ProofFormat proofFormat = ProofFormat.AUTO;
        private boolean strictDeletions = false;
        private boolean ratOnAllPivots = false;
        private boolean requireEmptyClause = true;
        private boolean recordLrat = false;
        private Duration timeLimit = Duration.ZERO;
        private Progress progress = Progress.NONE;

        private Builder() {
        }

        public Builder proofFormat(ProofFormat value) {
            proofFormat = value;
            return this;
        }

        public Builder strictDeletions(boolean value) {
            strictDeletions = value;
            return this;
        }

        public Builder ratOnAllPivots(boolean value) {
            ratOnAllPivots = value;
            return this;
        }

        public Builder requireEmptyClause(boolean value) {
            requireEmptyClause = value;
            return this;
        }

        public Builder recordLrat(boolean value) {
            recordLrat = value;
            return this;
        }

        public Builder timeLimit(Duration value) {
            timeLimit = value;
            return this;
        }

        public Builder progress(Progress value) {
            progress = value;
            return this;
        }

        public CheckOptions build() {
            return new CheckOptions(proofFormat, strictDeletions, ratOnAllPivots, requireEmptyClause, recordLrat,
                    timeLimit, progress);
        }
    }
}
