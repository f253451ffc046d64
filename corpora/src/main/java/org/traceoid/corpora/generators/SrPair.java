package org.traceoid.corpora.generators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.traceoid.cnf.ClauseSink;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.solver.CertifiedResult;
import org.traceoid.solver.IncrementalSolver;

/**
 * SR(n), NeuroSAT's distribution (Selsam et al., arXiv 1802.03685, §4): draw clauses of width
 * {@code 1 + Bernoulli(0.3) + Geometric(0.4)} over distinct random variables with random signs and
 * add them until the formula becomes UNSAT; the UNSAT instance is that formula, the SAT one is the
 * same with one literal of the last clause negated. The two differ in one literal, so a classifier
 * cannot tell them apart by surface statistics. Each {@code seed} gives one pair; {@code satisfiable}
 * picks the side. Cost: one incremental, certified solver call per clause (about {@code 5n} calls).
 */
public final class SrPair implements InstanceGenerator {
    private final int variables;
    private final boolean satisfiable;

    public SrPair(int variables, boolean satisfiable) {
        if (variables < 2) {
            throw new IllegalArgumentException("SR(n) needs n >= 2: " + variables);
        }
        this.variables = variables;
        this.satisfiable = satisfiable;
    }

    @Override
    public String family() {
        return "sr";
    }

    @Override
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("n", variables);
        p.put("side", satisfiable ? "sat" : "unsat");
        return p;
    }

    @Override
    public SolveStatus generate(long seed, ClauseSink sink) {
        SplittableRandom random = new SplittableRandom(seed);
        List<int[]> clauses = new ArrayList<>();
        try (IncrementalSolver solver = new IncrementalSolver()) {
            while (true) {
                int width = Math.min(variables, 1 + (random.nextDouble() < 0.3 ? 1 : 0) + geometric(random, 0.4));
                int[] clause = new int[width];
                RandomKSat.randomClause(random, variables, clause);
                clauses.add(clause);
                solver.addClause(clause);
                CertifiedResult result = solver.solve();
                if (result.status() == SolveStatus.UNSATISFIABLE) {
                    break;
                }
                if (result.status() != SolveStatus.SATISFIABLE) {
                    throw new IllegalStateException("SR(" + variables + "): no answer from the solver: " + result.certificate());
                }
            }
        }
        int[] last = clauses.get(clauses.size() - 1);
        if (satisfiable) {
            // NeuroSAT: negating one literal of the last clause makes it SAT (the prefix was SAT,
            // and its models all falsify the last clause, so they satisfy the negated literal).
            last[0] = -last[0];
        }
        for (int[] clause : clauses) {
            sink.addClause(clause);
        }
        return satisfiable ? SolveStatus.SATISFIABLE : SolveStatus.UNSATISFIABLE;
    }

    /** Trials up to and including the first success (support 1, 2, ...; numpy's {@code geometric}, as NeuroSAT uses). */
    private static int geometric(SplittableRandom random, double p) {
        int trials = 1;
        while (random.nextDouble() >= p) {
            trials++;
        }
        return trials;
    }
}
