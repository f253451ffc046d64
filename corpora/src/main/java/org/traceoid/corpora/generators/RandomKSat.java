package org.traceoid.corpora.generators;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.traceoid.cnf.ClauseSink;
import org.traceoid.cnf.SolveStatus;

/**
 * Uniform random k-SAT: {@code m} clauses, each of {@code k} distinct variables drawn uniformly
 * from {@code 1..n}, each negated with probability 1/2. The status is not known by construction
 * (for k = 3 the threshold is near m/n ≈ 4.26).
 */
public final class RandomKSat implements InstanceGenerator {
    private final int k;
    private final int variables;
    private final int clauses;

    public RandomKSat(int k, int variables, int clauses) {
        if (k < 1 || variables < k || clauses < 0) {
            throw new IllegalArgumentException("need 1 <= k <= n and m >= 0: k=" + k + " n=" + variables + " m=" + clauses);
        }
        this.k = k;
        this.variables = variables;
        this.clauses = clauses;
    }

    @Override
    public String family() {
        return "ksat";
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("k", k);
        p.put("n", variables);
        p.put("m", clauses);
        return p;
    }

    @Override
    public SolveStatus generate(long seed, ClauseSink sink) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] clause = new int[k];
        for (int c = 0; c < clauses; c++) {
            randomClause(random, variables, clause);
            sink.addClause(clause);
        }
        return SolveStatus.UNKNOWN;
    }

    /** Fills {@code clause} with distinct random variables of random signs (rejection: k ≪ n here). */
    static void randomClause(SplittableRandom random, int variables, int[] clause) {
        for (int i = 0; i < clause.length; i++) {
            int v;
            boolean fresh;
            do {
                v = 1 + random.nextInt(variables);
                fresh = true;
                for (int j = 0; j < i; j++) {
                    if (Math.abs(clause[j]) == v) {
                        fresh = false;
                        break;
                    }
                }
            } while (!fresh);
            clause[i] = random.nextBoolean() ? v : -v;
        }
    }
}
