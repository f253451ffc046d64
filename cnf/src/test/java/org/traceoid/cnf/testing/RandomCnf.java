package org.traceoid.cnf.testing;

import java.util.SplittableRandom;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.CnfBuilder;

/** Seeded uniform random k-SAT, the workhorse of differential tests. */
public final class RandomCnf {
    private RandomCnf() {
    }

    /**
     * {@code clauses} clauses of {@code k} distinct variables each over {@code variables}
     * variables, each literal negated with probability 1/2 (the uniform fixed-length model of
     * Mitchell, Selman and Levesque 1992; ratio 4.26 is the 3-SAT threshold).
     */
    public static Cnf uniform(int k, int variables, int clauses, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CnfBuilder builder = new CnfBuilder().declareVariables(variables);
        int[] clause = new int[k];
        for (int c = 0; c < clauses; c++) {
            for (int i = 0; i < k; i++) {
                int variable;
                boolean fresh;
                do {
                    variable = 1 + random.nextInt(variables);
                    fresh = true;
                    for (int j = 0; j < i; j++) {
                        fresh &= Math.abs(clause[j]) != variable;
                    }
                } while (!fresh);
                clause[i] = random.nextBoolean() ? variable : -variable;
            }
            builder.addClause(clause);
        }
        return builder.build();
    }

    /** Clauses of random width 1..maxWidth, repeats and tautologies allowed (for parser and set semantics tests). */
    public static Cnf messy(int variables, int clauses, int maxWidth, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CnfBuilder builder = new CnfBuilder().declareVariables(variables);
        for (int c = 0; c < clauses; c++) {
            int[] clause = new int[1 + random.nextInt(maxWidth)];
            for (int i = 0; i < clause.length; i++) {
                int variable = 1 + random.nextInt(variables);
                clause[i] = random.nextBoolean() ? variable : -variable;
            }
            builder.addClause(clause);
        }
        return builder.build();
    }
}
