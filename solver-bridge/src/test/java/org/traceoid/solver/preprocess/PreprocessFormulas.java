package org.traceoid.solver.preprocess;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.CnfBuilder;

/**
 * Seeded small formulas on which every preprocessing step has something to do: uniform random
 * 3-SAT or mixed-length clauses near the satisfiability threshold (so both answers are
 * common), with planted structure: cycles of binary implications (equivalent literals),
 * supersets of clauses (subsumption), clauses with one literal flipped (self-subsuming
 * strengthening), literals whose propagation conflicts (failed literals), units,
 * tautologies, duplicates, and unused variables above the highest one used. Clause order is
 * shuffled.
 */
final class PreprocessFormulas {
    private PreprocessFormulas() {
    }

    /** A formula over 6 to 50 variables. */
    static Cnf random(long seed) {
        return random(seed, 6, 50);
    }

    /** A formula over {@code minVariables .. maxVariables} variables (at least 6). */
    static Cnf random(long seed, int minVariables, int maxVariables) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = minVariables + random.nextInt(maxVariables - minVariables + 1);
        boolean mixed = random.nextBoolean();
        // 3-SAT around its threshold 4.26; mixed lengths (2..5) are satisfiable up to a lower ratio.
        double ratio = mixed ? 2.6 + random.nextDouble() * 1.0 : 3.9 + random.nextDouble() * 0.7;
        int m = (int) Math.round(ratio * n);
        List<int[]> clauses = new ArrayList<>();
        for (int c = 0; c < m; c++) {
            int length = mixed ? new int[] {2, 3, 3, 3, 4, 4, 5}[random.nextInt(7)] : 3;
            clauses.add(randomClause(random, n, Math.min(length, n)));
        }
        for (int e = random.nextInt(4); e > 0; e--) { // an implication cycle l1 -> l2 -> ... -> l1
            int k = 2 + random.nextInt(Math.min(3, n - 1));
            int[] cycle = randomClause(random, n, k);
            for (int i = 0; i < k; i++) {
                clauses.add(new int[] {-cycle[i], cycle[(i + 1) % k]});
            }
        }
        for (int s = random.nextInt(4); s > 0; s--) { // a superset of a clause
            int[] base = clauses.get(random.nextInt(clauses.size()));
            clauses.add(withExtraLiteral(random, n, base));
        }
        for (int s = random.nextInt(4); s > 0; s--) { // C \ {l} ∪ {¬l} (∪ one more): strengthened by C
            int[] base = clauses.get(random.nextInt(clauses.size())).clone();
            base[random.nextInt(base.length)] *= -1;
            clauses.add(random.nextBoolean() ? base : withExtraLiteral(random, n, base));
        }
        if (random.nextInt(3) == 0 && n >= 4) { // x fails: x -> a, x -> b, x ∧ a -> ¬b
            int[] v = randomClause(random, n, 3);
            clauses.add(new int[] {-v[0], v[1]});
            clauses.add(new int[] {-v[0], v[2]});
            clauses.add(new int[] {-v[0], -v[1], -v[2]});
        }
        if (random.nextInt(4) == 0) {
            clauses.add(randomClause(random, n, 1));
        }
        if (random.nextInt(6) == 0 && n >= 2) {
            int[] taut = randomClause(random, n, 2);
            clauses.add(new int[] {taut[0], -taut[0], taut[1]});
        }
        if (random.nextInt(6) == 0) {
            clauses.add(clauses.get(random.nextInt(clauses.size())).clone());
        }
        for (int i = clauses.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int[] t = clauses.get(i);
            clauses.set(i, clauses.get(j));
            clauses.set(j, t);
        }
        CnfBuilder builder = new CnfBuilder().declareVariables(n + random.nextInt(3));
        clauses.forEach(builder::addClause);
        return builder.build();
    }

    /** {@code k} literals of distinct variables from 1..n, random signs. */
    static int[] randomClause(SplittableRandom random, int n, int k) {
        int[] clause = new int[k];
        for (int i = 0; i < k; i++) {
            int variable;
            boolean fresh;
            do {
                variable = 1 + random.nextInt(n);
                fresh = true;
                for (int j = 0; j < i; j++) {
                    fresh &= Math.abs(clause[j]) != variable;
                }
            } while (!fresh);
            clause[i] = random.nextBoolean() ? variable : -variable;
        }
        return clause;
    }

    private static int[] withExtraLiteral(SplittableRandom random, int n, int[] base) {
        int[] longer = java.util.Arrays.copyOf(base, base.length + 1);
        longer[base.length] = (1 + random.nextInt(n)) * (random.nextBoolean() ? 1 : -1);
        return longer; // may repeat a literal or make a tautology: the builder and preprocessor cope
    }
}
