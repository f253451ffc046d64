package org.traceoid.solver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How to solve. Built with {@link #builder()}; the defaults are the initial values of
 * {@link Builder}'s fields and are stated there once: no time limit, no conflict budget,
 * certification on, no proof file, text DRAT.
 *
 * @param timeout        wall-clock limit of one solve call, loading included; empty for none.
 *                       Certification runs after it and is not limited by it
 * @param conflictBudget conflicts allowed in one solve call; empty for none
 * @param certify        check every answer before returning it: a model against the clauses,
 *                       an UNSAT answer by checking a DRAT proof of it. Off, answers come back
 *                       with {@code certified() == false} and no proof is recorded (unless a
 *                       proof file is asked for)
 * @param proofOutput    where to write Sat4j's DRAT proof; empty for none. With
 *                       certification on, the UNSAT check reads back this very file.
 *                       {@link IncrementalSolver} writes its whole run there as an IDRUP
 *                       proof instead (text only)
 * @param proofFormat    text or binary DRAT for {@code proofOutput}
 */
public record SolveOptions(Optional<Duration> timeout, OptionalLong conflictBudget, boolean certify,
                           Optional<Path> proofOutput, ProofFormat proofFormat) {

    /** DRAT as text lines or in drat-trim's binary encoding (about 3× smaller, faster to read). */
    public enum ProofFormat { TEXT, BINARY }

    public SolveOptions {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(conflictBudget, "conflictBudget");
        Objects.requireNonNull(proofOutput, "proofOutput");
        Objects.requireNonNull(proofFormat, "proofFormat");
        timeout.ifPresent(limit -> {
            if (limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + limit);
            }
        });
        if (conflictBudget.isPresent() && conflictBudget.getAsLong() < 0) {
            throw new IllegalArgumentException("conflict budget must not be negative: " + conflictBudget.getAsLong());
        }
    }

    /** The defaults (see {@link Builder}). */
    public static SolveOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        Builder builder = new Builder().certify(certify).proofOutput(proofOutput.orElse(null)).proofFormat(proofFormat);
        builder.timeout = timeout.orElse(null);
        builder.conflictBudget = conflictBudget.isPresent() ? conflictBudget.getAsLong() : null;
        return builder;
    }

    /** Builder for {@link SolveOptions}; each field's initial value is its default. */
    public static final class Builder {
        private Duration timeout = null;        // no time limit
        private Long conflictBudget = null;     // no conflict budget
        private boolean certify = true;         // every answer checked
        private Path proofOutput = null;        // no proof file
        private ProofFormat proofFormat = ProofFormat.TEXT;

        private Builder() {
        }

        /** Sets a wall-clock limit per solve call; {@code null} removes it. */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        /** Sets a conflict budget per solve call. */
        public Builder conflictBudget(long conflicts) {
            this.conflictBudget = conflicts;
            return this;
        }

        /** Removes the conflict budget. */
        public Builder noConflictBudget() {
            this.conflictBudget = null;
            return this;
        }

        /** Whether to certify answers (default true). */
        public Builder certify(boolean certify) {
            this.certify = certify;
            return this;
        }

        /** Writes the DRAT proof to {@code file}; {@code null} for no file. */
        public Builder proofOutput(Path file) {
            this.proofOutput = file;
            return this;
        }

        public Builder proofFormat(ProofFormat format) {
            this.proofFormat = format;
            return this;
        }

        public SolveOptions build() {
            return new SolveOptions(Optional.ofNullable(timeout),
                    conflictBudget == null ? OptionalLong.empty() : OptionalLong.of(conflictBudget),
                    certify, Optional.ofNullable(proofOutput), proofFormat);
        }
    }
}
