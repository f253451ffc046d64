package org.traceoid.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.traceoid.cnf.Assignment;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.cnf.VariableRanking;
import org.traceoid.solver.CertifiedResult;
import org.traceoid.solver.GuidanceReport;

/**
 * {@code solve --explain}: attribution of one guided run, as {@code c explain:} lines. Each
 * share comes with what a ranking without information would give (uniform choice), so that
 * a number can be read without knowing the formula.
 */
final class GuidanceExplanation {
    private GuidanceExplanation() {
    }

    static List<String> lines(Cnf cnf, GuidanceReport report, CertifiedResult result, Optional<int[]> coreClauses) {
        List<String> lines = new ArrayList<>();
        if (!report.on()) {
            lines.add("guidance off (" + report.reason().orElseThrow() + "): nothing to attribute");
            return lines;
        }
        VariableRanking ranking = report.ranking().orElseThrow();
        int n = cnf.variableCount();
        int k = report.topK();
        double uniform = (double) k / Math.max(1, n);
        lines.add(String.format(Locale.ROOT, "inference time %.3f s (%d ranking%s, engine start-up wait included)",
                report.inferenceNanos() / 1e9, report.rankings(), report.rankings() == 1 ? "" : "s"));
        lines.add(String.format(Locale.ROOT,
                "decisions on the GNN's top-%d variables: %d of %d (%s; uniform choice: %.1f%%)",
                k, report.decisionsOnTopK(), report.decisions(), percent(report.decisionsOnTopK(), report.decisions()),
                100 * uniform));
        int[] top = ranking.topVariables(k);
        if (result.status() == SolveStatus.UNSATISFIABLE && coreClauses.isPresent()) {
            boolean[] inCore = new boolean[n + 1];
            int coreVariables = 0;
            for (int c : coreClauses.get()) {
                for (int literal : cnf.clause(c)) {
                    int v = Math.abs(literal);
                    if (!inCore[v]) {
                        inCore[v] = true;
                        coreVariables++;
                    }
                }
            }
            int overlap = 0;
            for (int v : top) {
                if (inCore[v]) {
                    overlap++;
                }
            }
            lines.add(String.format(Locale.ROOT,
                    "top-%d ∩ proof-core variables: %d of %d (%s; the core has %d of %d variables, %.1f%%)",
                    k, overlap, top.length, percent(overlap, top.length), coreVariables, n,
                    100.0 * coreVariables / Math.max(1, n)));
        }
        if (result.status() == SolveStatus.SATISFIABLE) {
            Assignment model = result.model().orElseThrow();
            int agree = 0;
            int agreeTop = 0;
            for (int v = 1; v <= n; v++) {
                boolean predicted = ranking.phaseTrueProbability(v) >= 0.5;
                if (predicted == model.isTrue(v)) {
                    agree++;
                }
            }
            for (int v : top) {
                if ((ranking.phaseTrueProbability(v) >= 0.5) == model.isTrue(v)) {
                    agreeTop++;
                }
            }
            lines.add(String.format(Locale.ROOT,
                    "predicted phases agree with the model on %d of %d variables (%s), on the top-%d %d of %d (%s);"
                            + " coin flips: 50%%", agree, n, percent(agree, n), k, agreeTop, top.length,
                    percent(agreeTop, top.length)));
        }
        return lines;
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }
}
