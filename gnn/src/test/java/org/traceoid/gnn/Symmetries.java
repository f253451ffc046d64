package org.traceoid.gnn;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.traceoid.cnf.Cnf;
import org.traceoid.gnn.algebra.Mat;

/**
 * The symmetry checks of HOPF.md §4 as functions of any model {@code Cnf → GnnOutputs}: each
 * transforms the formula by an element of {@code B_n × S_m} (or reorders what the model must not
 * see) and returns the largest deviation from the output the symmetry predicts. A correct model
 * gives rounding noise; the mutants in {@link ReferenceNetwork} give order-1 deviations.
 */
final class Symmetries {
    private Symmetries() {
    }

    static int[][] clauses(Cnf cnf) {
        int[][] clauses = new int[cnf.clauseCount()][];
        for (int c = 0; c < clauses.length; c++) {
            clauses[c] = cnf.clause(c);
        }
        return clauses;
    }

    /**
     * Signed renaming {@code v ↦ sign[v]·perm[v]} (arrays indexed 1..n). Predicted: literal row of
     * {@code x_v} moves to the row of literal {@code sign[v]·perm[v]}; scores move with the variable;
     * phase logits move and change sign where {@code sign[v] = -1}; clause rows stay.
     */
    static double signedRenaming(Function<Cnf, GnnOutputs> model, Cnf cnf, int[] perm, int[] sign) {
        int n = cnf.variableCount();
        int[][] renamed = clauses(cnf);
        for (int[] clause : renamed) {
            for (int i = 0; i < clause.length; i++) {
                int v = Math.abs(clause[i]);
                clause[i] = Integer.signum(clause[i]) * sign[v] * perm[v];
            }
        }
        GnnOutputs before = model.apply(cnf);
        GnnOutputs after = model.apply(Cnf.of(n, renamed));
        double deviation = Math.max(Mat.maxAbsDifference(before.clauseEmbeddings(), after.clauseEmbeddings()),
                satDeviation(before, after));
        for (int v = 1; v <= n; v++) {
            int w = perm[v];
            boolean flipped = sign[v] < 0;
            deviation = Math.max(deviation, Math.abs(before.scores()[v - 1] - after.scores()[w - 1]));
            deviation = Math.max(deviation, Math.abs(sign[v] * before.phaseLogits()[v - 1] - after.phaseLogits()[w - 1]));
            double[] pos = before.literalEmbeddings()[v - 1];
            double[] neg = before.literalEmbeddings()[n + v - 1];
            deviation = Math.max(deviation, Mat.maxAbsDifference(flipped ? neg : pos, after.literalEmbeddings()[w - 1]));
            deviation = Math.max(deviation, Mat.maxAbsDifference(flipped ? pos : neg, after.literalEmbeddings()[n + w - 1]));
        }
        return deviation;
    }

    /** Polarity flip of one variable: its two literal rows swap, {@code s_v} unchanged, {@code z_v → −z_v}. */
    static double flip(Function<Cnf, GnnOutputs> model, Cnf cnf, int variable) {
        int n = cnf.variableCount();
        int[] perm = new int[n + 1];
        int[] sign = new int[n + 1];
        for (int v = 1; v <= n; v++) {
            perm[v] = v;
            sign[v] = v == variable ? -1 : 1;
        }
        return signedRenaming(model, cnf, perm, sign);
    }

    static double renaming(Function<Cnf, GnnOutputs> model, Cnf cnf, SplittableRandom random) {
        int n = cnf.variableCount();
        int[] perm = permutation(n, random);
        int[] sign = new int[n + 1];
        java.util.Arrays.fill(sign, 1);
        return signedRenaming(model, cnf, perm, sign);
    }

    /** 1-based random permutation of 1..n ({@code result[0]} unused). */
    static int[] permutation(int n, SplittableRandom random) {
        int[] perm = new int[n + 1];
        for (int v = 1; v <= n; v++) {
            perm[v] = v;
        }
        for (int i = n; i > 1; i--) {
            int j = 1 + random.nextInt(i);
            int t = perm[i]; perm[i] = perm[j]; perm[j] = t;
        }
        return perm;
    }

    /** Clause order: literal outputs unchanged, clause rows permuted. */
    static double clauseOrder(Function<Cnf, GnnOutputs> model, Cnf cnf, SplittableRandom random) {
        int[][] clauses = clauses(cnf);
        int m = clauses.length;
        int[] perm = permutation(m, random); // clause c-1 goes to position perm[c]-1
        int[][] shuffled = new int[m][];
        for (int c = 1; c <= m; c++) {
            shuffled[perm[c] - 1] = clauses[c - 1];
        }
        GnnOutputs before = model.apply(cnf);
        GnnOutputs after = model.apply(Cnf.of(cnf.variableCount(), shuffled));
        double deviation = Math.max(sameVariables(before, after), satDeviation(before, after));
        for (int c = 1; c <= m; c++) {
            deviation = Math.max(deviation, Mat.maxAbsDifference(before.clauseEmbeddings()[c - 1],
                    after.clauseEmbeddings()[perm[c] - 1]));
        }
        return deviation;
    }

    /** Literal order inside clauses, and repeated literals added: nothing changes. */
    static double literalOrderAndDuplicates(Function<Cnf, GnnOutputs> model, Cnf cnf, SplittableRandom random) {
        int[][] clauses = clauses(cnf);
        List<int[]> messy = new ArrayList<>();
        for (int[] clause : clauses) {
            List<Integer> literals = new ArrayList<>();
            for (int literal : clause) {
                literals.add(literal);
                if (random.nextInt(3) == 0) {
                    literals.add(literal);
                }
            }
            java.util.Collections.shuffle(literals, new java.util.Random(random.nextLong()));
            messy.add(literals.stream().mapToInt(Integer::intValue).toArray());
        }
        GnnOutputs before = model.apply(cnf);
        GnnOutputs after = model.apply(Cnf.of(cnf.variableCount(), messy.toArray(new int[0][])));
        return Math.max(sameVariables(before, after), Mat.maxAbsDifference(before.clauseEmbeddings(), after.clauseEmbeddings()));
    }

    /** The SAT logit is invariant under all of {@code B_n × S_m} (0 when the model has no SAT head). */
    private static double satDeviation(GnnOutputs a, GnnOutputs b) {
        return Double.isNaN(a.satLogit()) && Double.isNaN(b.satLogit()) ? 0 : Math.abs(a.satLogit() - b.satLogit());
    }

    private static double sameVariables(GnnOutputs a, GnnOutputs b) {
        return Math.max(Mat.maxAbsDifference(a.literalEmbeddings(), b.literalEmbeddings()),
                Math.max(Mat.maxAbsDifference(a.scores(), b.scores()), Mat.maxAbsDifference(a.phaseLogits(), b.phaseLogits())));
    }
}
