package org.traceoid.gnn;

/**
 * Everything one forward pass produced, copied out of the engine as plain arrays (for tests,
 * diagnostics and training code; solvers use {@link VariableRanker#rank}). Literal rows follow
 * {@code IncidenceIndex}: positive literals {@code 1..n}, then negative ones; variable arrays are
 * indexed {@code 0..n-1} for variables {@code 1..n}.
 *
 * @param literalEmbeddings {@code 2n × d}
 * @param clauseEmbeddings {@code m × d}
 * @param scores branching scores {@code s_v}
 * @param phaseLogits phase logits {@code z_v}
 * @param satLogit the SAT logit, {@code NaN} without a SAT head
 */
public record GnnOutputs(double[][] literalEmbeddings, double[][] clauseEmbeddings, double[] scores,
        double[] phaseLogits, double satLogit) {
}
