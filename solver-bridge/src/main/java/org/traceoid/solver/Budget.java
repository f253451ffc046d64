package org.traceoid.solver;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Limits for one {@link IncrementalSolver#solve(Budget, int...)} call, as PySAT's
 * {@code conf_budget}/{@code prop_budget} with {@code solve_limited} and IPASIR's terminate
 * callback: past any of them the call answers UNKNOWN and the solver stays usable. Each limit
 * is checked at every conflict and every 256th decision (see {@code StopCondition}), so a
 * propagation budget may be overrun by the propagations of one decision.
 *
 * @param time         wall-clock limit of the search; empty for none (certification is not limited)
 * @param conflicts    conflicts allowed; empty for none
 * @param propagations unit propagations allowed; empty for none
 */
public record Budget(Optional<Duration> time, OptionalLong conflicts, OptionalLong propagations) {
    private static final Budget UNLIMITED = new Budget(Optional.empty(), OptionalLong.empty(), OptionalLong.empty());

    public Budget {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(conflicts, "conflicts");
        Objects.requireNonNull(propagations, "propagations");
        time.ifPresent(limit -> {
            if (limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("a time budget must be positive: " + limit);
            }
        });
        if (conflicts.isPresent() && conflicts.getAsLong() < 0) {
            throw new IllegalArgumentException("a conflict budget must not be negative: " + conflicts.getAsLong());
        }
        if (propagations.isPresent() && propagations.getAsLong() < 0) {
            throw new IllegalArgumentException("a propagation budget must not be negative: " + propagations.getAsLong());
        }
    }

    /** No limits. */
    public static Budget unlimited() {
        return UNLIMITED;
    }

    /** The budget of {@code options}: its timeout and conflict budget. */
    public static Budget of(SolveOptions options) {
        return new Budget(options.timeout(), options.conflictBudget(), OptionalLong.empty());
    }

    /** This budget with at most {@code conflicts} conflicts. */
    public Budget withConflicts(long conflicts) {
        return new Budget(time, OptionalLong.of(conflicts), propagations);
    }

    /** This budget with at most {@code propagations} unit propagations. */
    public Budget withPropagations(long propagations) {
        return new Budget(time, conflicts, OptionalLong.of(propagations));
    }

    /** This budget with a wall-clock limit. */
    public Budget withTime(Duration limit) {
        return new Budget(Optional.of(limit), conflicts, propagations);
    }
}
