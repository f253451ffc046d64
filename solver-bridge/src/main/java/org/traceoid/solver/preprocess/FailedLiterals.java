package org.traceoid.solver.preprocess;

import java.util.Arrays;

/**
 * Failed-literal probing (Freeman 1995; Lingeling's and CaDiCaL's {@code probe}): a literal l
 * whose propagation conflicts is false at the root, so the unit ¬l is RUP and is added. Probed
 * are the literals with binary implications (¬l in a binary clause), roots of the binary
 * implication graph first (nothing implies them, so probing them covers most), most
 * implications first; a literal made true by a successful probe is not probed again this
 * round (its consequences are a subset). Bounded by the budget; the units found are propagated
 * through the store at the end.
 */
final class FailedLiterals {
    private final ClauseStore store;
    private final Budget budget;

    FailedLiterals(ClauseStore store, Budget budget) {
        this.store = store;
        this.budget = budget;
    }

    /** @return false if the formula was refuted */
    boolean run() {
        Technique previous = store.countFor(Technique.FAILED_LITERALS);
        try {
            long[] candidates = candidates();
            if (candidates.length == 0 || budget.exhausted()) {
                return true;
            }
            ProbePropagator propagator = new ProbePropagator(store, budget);
            IntList kept = store.keptUnits();
            for (int i = 0; i < kept.size(); i++) {
                if (!propagator.assignRoot(kept.get(i))) {
                    store.refute(); // the kept units propagate to a conflict: the empty clause is RUP
                    return false;
                }
            }
            boolean[] covered = new boolean[2 * (store.maxVariable + 1)];
            IntList implied = new IntList();
            for (int i = 0; i < candidates.length && !budget.exhausted() && !store.isUnsat(); i++) {
                int literal = (int) candidates[i];
                if (covered[literal] || propagator.value(literal) != 0) {
                    continue;
                }
                if (propagator.probe(literal, implied)) {
                    for (int k = 0; k < implied.size(); k++) {
                        covered[implied.get(k)] = true;
                    }
                    continue;
                }
                store.addUnit(literal ^ 1);
                if (!propagator.assignRoot(literal ^ 1)) {
                    store.refute();
                }
            }
            store.propagate();
            return !store.isUnsat();
        } finally {
            store.countFor(previous);
        }
    }

    /**
     * Literal indices worth probing, best first, packed as {@code key << 32 | literal}: roots
     * before the rest, then more binary implications first.
     */
    private long[] candidates() {
        ImplicationGraph graph = new ImplicationGraph(store, budget);
        int nodes = graph.nodes;
        long[] keys = new long[nodes];
        int n = 0;
        for (int literal = 2; literal < nodes; literal++) {
            int implications = graph.outDegree(literal);
            if (implications == 0 || store.state(literal >>> 1) != ClauseStore.ACTIVE) {
                continue;
            }
            boolean root = graph.outDegree(literal ^ 1) == 0; // in-degree of l: nothing implies it
            long rank = (root ? 0L : 1L << 30) + (Integer.MAX_VALUE >> 1) - Math.min(implications, 1 << 29);
            keys[n++] = rank << 32 | literal;
        }
        long[] sorted = Arrays.copyOf(keys, n);
        Arrays.sort(sorted);
        for (int i = 0; i < n; i++) {
            sorted[i] &= 0xffffffffL;
        }
        return sorted;
    }
}
