package org.traceoid.corpora.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which answers are wrong: an answer whose certification failed, one that contradicts the
 * manifest's expected status, and one that contradicts another configuration on the same
 * instance. A certified SAT answer is a checked model, so it wins over any UNSAT answer, even a
 * "certified" one (that proof check must be broken); else a certified UNSAT answer wins over
 * unchecked SAT answers; when neither side is certified every answer in the conflict is
 * flagged, since the sweep cannot tell which is right. Wrong answers score as unsolved.
 */
public final class Verdicts {
    private Verdicts() {
    }

    /** The alarm for a run that is wrong on its own (no other run needed), or {@code null}. */
    static String immediateAlarm(RunResult run) {
        String reason = ownReason(run);
        return reason == null ? null : alarm(run, reason);
    }

    static String alarm(RunResult run, String reason) {
        return "WRONG ANSWER: configuration '" + run.config() + "' on " + run.instance() + " (GBD " + run.gbd() + "): "
                + reason;
    }

    private static String ownReason(RunResult run) {
        if (run.outcome() == Outcome.CERTIFICATION_FAILED) {
            return "certification failed" + (run.message().isEmpty() ? "" : ": " + run.message());
        }
        if (run.outcome().answered() && !"UNKNOWN".equals(run.expected()) && !run.expected().equals(run.outcome().name())) {
            return "answered " + run.outcome() + " but the manifest expects " + run.expected();
        }
        return null;
    }

    /** For every wrong run, why; runs not in the map are not wrong. */
    public static Map<RunResult.RunKey, String> wrongAnswers(List<RunResult> runs) {
        Map<RunResult.RunKey, String> wrong = new LinkedHashMap<>();
        Map<String, List<RunResult>> byInstance = new LinkedHashMap<>();
        for (RunResult run : runs) {
            String reason = ownReason(run);
            if (reason != null) {
                wrong.put(run.key(), reason);
            }
            if (run.outcome().answered()) {
                byInstance.computeIfAbsent(run.gbd(), g -> new ArrayList<>()).add(run);
            }
        }
        for (List<RunResult> answers : byInstance.values()) {
            List<RunResult> sat = answers.stream().filter(r -> r.outcome() == Outcome.SAT).toList();
            List<RunResult> unsat = answers.stream().filter(r -> r.outcome() == Outcome.UNSAT).toList();
            if (sat.isEmpty() || unsat.isEmpty()) {
                continue;
            }
            boolean checkedModel = sat.stream().anyMatch(RunResult::certified);
            boolean checkedProof = unsat.stream().anyMatch(RunResult::certified);
            List<RunResult> losers = new ArrayList<>();
            if (checkedModel) {
                losers.addAll(unsat);
            } else if (checkedProof) {
                losers.addAll(sat);
            } else {
                losers.addAll(answers);
            }
            for (RunResult loser : losers) {
                List<String> others = answers.stream().filter(r -> r.outcome() != loser.outcome())
                        .map(r -> r.config() + (r.certified() ? " (certified)" : "")).toList();
                wrong.putIfAbsent(loser.key(), "answered " + loser.outcome() + (loser.certified() ? " (certified)" : "")
                        + " but " + String.join(", ", others) + " answered "
                        + (loser.outcome() == Outcome.SAT ? Outcome.UNSAT : Outcome.SAT));
            }
        }
        return wrong;
    }
}
