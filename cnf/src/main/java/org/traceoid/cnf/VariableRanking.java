package org.traceoid.cnf;

import java.util.Arrays;

/**
 * What a ranker (the GNN) tells a solver, as plain values: a branching score and the
 * probability of {@code true} per variable, and how long computing them took. Arrays are
 * indexed by variable ({@code 1..variableCount}, index 0 unused) and copied on the way in.
 */
public final class VariableRanking {
    private final double[] scores;
    private final double[] phaseTrueProbabilities;
    private final long inferenceNanos;

    public VariableRanking(double[] scores, double[] phaseTrueProbabilities, long inferenceNanos) {
        if (scores.length != phaseTrueProbabilities.length || scores.length == 0) {
            throw new IllegalArgumentException("scores and phases must both have variableCount + 1 entries");
        }
        for (int v = 1; v < phaseTrueProbabilities.length; v++) {
            double p = phaseTrueProbabilities[v];
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("phase probability of variable " + v + " is not in [0,1]: " + p);
            }
        }
        this.scores = scores.clone();
        this.phaseTrueProbabilities = phaseTrueProbabilities.clone();
        this.inferenceNanos = inferenceNanos;
    }

    public int variableCount() {
        return scores.length - 1;
    }

    public double score(int variable) {
        return scores[variable];
    }

    public double phaseTrueProbability(int variable) {
        return phaseTrueProbabilities[variable];
    }

    public long inferenceNanos() {
        return inferenceNanos;
    }

    /** Variables ordered by decreasing score (ties by increasing variable), at most {@code k}. */
    public int[] topVariables(int k) {
        Integer[] order = new Integer[variableCount()];
        for (int v = 1; v <= variableCount(); v++) {
            order[v - 1] = v;
        }
        Arrays.sort(order, (a, b) -> {
            int byScore = Double.compare(scores[b], scores[a]);
            return byScore != 0 ? byScore : Integer.compare(a, b);
        });
        int[] top = new int[Math.min(k, order.length)];
        for (int i = 0; i < top.length; i++) {
            top[i] = order[i];
        }
        return top;
    }
}
