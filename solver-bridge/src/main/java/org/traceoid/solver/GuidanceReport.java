package org.traceoid.solver;

import java.util.Objects;
import java.util.Optional;
import org.traceoid.cnf.VariableRanking;

/**
 * What guidance did in one solve: whether it was on (and if not, why), what it cost, and how
 * much of the search followed it.
 *
 * @param on               whether the guided order was installed
 * @param reason           for {@code on == false}: why not, e.g. {@code budget 0}; empty otherwise
 * @param ranking          the initial ranking, when one was computed in time
 * @param inferenceNanos   wall time of every ranking call, waiting for the engine included
 * @param rankings         number of rankings applied (1 + refocusings)
 * @param topK             how many variables count as the ranking's top
 * @param decisions        branching decisions under the guided order
 * @param decisionsOnTopK  of those, decisions on a top-k variable of the initial ranking
 */
public record GuidanceReport(boolean on, Optional<String> reason, Optional<VariableRanking> ranking,
                             long inferenceNanos, int rankings, int topK, long decisions, long decisionsOnTopK) {

    public GuidanceReport {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(ranking, "ranking");
        if (on == reason.isPresent()) {
            throw new IllegalArgumentException("a reason comes with guidance off and only with it");
        }
    }

    /** Guidance was not used, for {@code reason}. */
    static GuidanceReport off(String reason, Optional<VariableRanking> ranking, long inferenceNanos) {
        return new GuidanceReport(false, Optional.of(reason), ranking, inferenceNanos, 0, 0, 0, 0);
    }

    /** The {@code c guidance: ...} line's text after {@code guidance: }. */
    public String describe() {
        if (!on) {
            return "off (" + reason.orElseThrow() + ")";
        }
        return String.format(java.util.Locale.ROOT, "on (%d ranking%s, inference %.3f s)", rankings,
                rankings == 1 ? "" : "s", inferenceNanos / 1e9);
    }
}
