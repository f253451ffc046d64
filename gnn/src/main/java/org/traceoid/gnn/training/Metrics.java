package org.traceoid.gnn.training;

import java.util.Arrays;
import java.util.List;

/**
 * What a model gets right on labelled formulas, computed from plain arrays.
 *
 * @param coreInstances       UNSAT instances with a core that is neither empty nor all variables
 * @param coreAuc             mean over those of the ROC AUC of the branching score separating core
 *                            from non-core variables (Mann–Whitney, ties count ½); NaN if none
 * @param precisionAtK        mean over them of the share of core variables among the top {@code k} by score
 * @param coreBaseRate        mean share of core variables among all variables: what a random ranking's
 *                            precision@k would be
 * @param backboneLiterals    backbone literals of SAT instances
 * @param phaseAccuracy       share of those whose predicted phase ({@code z_v > 0} ↔ true) is right; NaN if none
 * @param satInstances        instances with a known status, when the network has a SAT head
 * @param satAccuracy         share of those classified right; NaN if none
 * @param k                   the {@code k} of precision@k
 */
public record Metrics(int coreInstances, double coreAuc, double precisionAtK, double coreBaseRate,
        int backboneLiterals, double phaseAccuracy, int satInstances, double satAccuracy, int k) {

    /** One formula's outputs: scores and phase logits of variables {@code 1..n} at index {@code v−1}. */
    public record Prediction(TrainingExample example, double[] scores, double[] phaseLogits, double satLogit) {
    }

    public static Metrics of(List<Prediction> predictions, int k) {
        double aucSum = 0;
        double precisionSum = 0;
        double baseSum = 0;
        int coreInstances = 0;
        int backbone = 0;
        int phaseRight = 0;
        int sat = 0;
        int satRight = 0;
        for (Prediction p : predictions) {
            TrainingExample e = p.example();
            int n = p.scores().length;
            if (e.hasCore() && e.coreVariables().length < n) {
                boolean[] inCore = new boolean[n];
                for (int v : e.coreVariables()) {
                    inCore[v - 1] = true;
                }
                aucSum += auc(p.scores(), inCore);
                precisionSum += precisionAt(p.scores(), inCore, Math.min(k, n));
                baseSum += (double) e.coreVariables().length / n;
                coreInstances++;
            }
            if (e.hasBackbone()) {
                for (int literal : e.backbone()) {
                    backbone++;
                    double z = p.phaseLogits()[Math.abs(literal) - 1];
                    phaseRight += (z > 0) == (literal > 0) ? 1 : 0;
                }
            }
            if (e.satisfiable() != null && !Double.isNaN(p.satLogit())) {
                sat++;
                satRight += (p.satLogit() > 0) == e.satisfiable() ? 1 : 0;
            }
        }
        return new Metrics(coreInstances, ratio(aucSum, coreInstances), ratio(precisionSum, coreInstances),
                ratio(baseSum, coreInstances), backbone, ratio(phaseRight, backbone), sat, ratio(satRight, sat), k);
    }

    private static double ratio(double sum, int count) {
        return count == 0 ? Double.NaN : sum / count;
    }

    /** ROC AUC by ranks, O(n log n). */
    static double auc(double[] scores, boolean[] positive) {
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double rankSumPositive = 0;
        long positives = 0;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && scores[order[j + 1]] == scores[order[i]]) {
                j++;
            }
            double midRank = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                if (positive[order[t]]) {
                    rankSumPositive += midRank;
                    positives++;
                }
            }
            i = j + 1;
        }
        long negatives = n - positives;
        return (rankSumPositive - positives * (positives + 1) / 2.0) / (positives * (double) negatives);
    }

    /** Share of positives among the {@code k} highest scores (ties broken by lower variable). */
    static double precisionAt(double[] scores, boolean[] positive, int k) {
        Integer[] order = new Integer[scores.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a]) : Integer.compare(a, b));
        int hits = 0;
        for (int i = 0; i < k; i++) {
            hits += positive[order[i]] ? 1 : 0;
        }
        return (double) hits / k;
    }
}
