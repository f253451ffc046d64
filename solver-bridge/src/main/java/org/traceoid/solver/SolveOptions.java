package org.traceoid.solver;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to solve. Built with {@link #builder()}, whose defaults are stated here once:
 * no time limit.
 *
 * @param timeout wall-clock limit from the start of the solve call, loading included; empty
 *                for none
 */
public record SolveOptions(Optional<Duration> timeout) {

    public SolveOptions {
        Objects.requireNonNull(timeout, "timeout");
        timeout.ifPresent(limit -> {
            if (limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + limit);
            }
        });
    }

    /** No time limit. */
    public static SolveOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builder for {@link SolveOptions}. */
    public static final class Builder {
        private Duration timeout; // default: none

        private Builder() {
        }

        /** Sets a wall-clock limit; {@code null} removes it. */
        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public SolveOptions build() {
            return new SolveOptions(Optional.ofNullable(timeout));
        }
    }
}
