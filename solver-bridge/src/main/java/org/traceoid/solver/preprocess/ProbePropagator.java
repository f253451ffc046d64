package org.traceoid.solver.preprocess;

import java.util.Arrays;

/**
 * Unit propagation with two watched literals over the store's live clauses (Moskewicz et al.,
 * Chaff, DAC 2001; the loop is MiniSat's {@code propagate}), for probing: a root level (the
 * store's kept units, then failed literals found so far) and one probe level above it. The
 * propagator works on its own copy of the store's arena, whose first two literals per clause are
 * the watches, so the store's clauses keep their literal order. Clauses must not be added or
 * removed while a propagator exists. Building it costs O(literals) time and memory; each
 * propagation is charged per watch visited and literal inspected.
 */
final class ProbePropagator {
    private final ClauseStore store;
    private final Budget budget;
    private final int[] arena;
    private final int[][] watches; // by literal index: clauses watching it
    private final int[] watchCount;
    private final byte[] value;    // by literal index
    private final int[] trail;
    private int trailSize;
    private int head;
    private int rootSize;

    ProbePropagator(ClauseStore store, Budget budget) {
        this.store = store;
        this.budget = budget;
        this.arena = store.arena().clone();
        int nodes = 2 * (store.maxVariable + 1);
        watchCount = new int[nodes];
        for (int i = 0; i < store.clauseCount(); i++) {
            int c = store.clause(i);
            if (!store.isDeleted(c)) {
                watchCount[arena[store.start(c)]]++;
                watchCount[arena[store.start(c) + 1]]++;
            }
        }
        watches = new int[nodes][];
        for (int literal = 0; literal < nodes; literal++) {
            watches[literal] = new int[Math.max(2, watchCount[literal])];
            watchCount[literal] = 0;
        }
        for (int i = 0; i < store.clauseCount(); i++) {
            int c = store.clause(i);
            if (!store.isDeleted(c)) {
                watch(arena[store.start(c)], c);
                watch(arena[store.start(c) + 1], c);
            }
        }
        value = new byte[nodes];
        trail = new int[store.maxVariable + 1];
        budget.charge(2L * store.clauseCount() + nodes);
    }

    /** The value of a literal index: 1 true, -1 false, 0 unassigned. */
    byte value(int literal) {
        return value[literal];
    }

    /** Assigns a literal at the root and propagates; false on a conflict (the formula is refuted). */
    boolean assignRoot(int literal) {
        if (value[literal] != 0) {
            return value[literal] > 0;
        }
        assign(literal);
        boolean ok = propagate();
        rootSize = trailSize;
        return ok;
    }

    /**
     * Probes {@code literal}: assigns it above the root and propagates, then undoes it.
     *
     * @param implied receives the literals the probe made true (the probe itself included) when it succeeds
     * @return false if propagation conflicted: the literal failed
     */
    boolean probe(int literal, IntList implied) {
        assign(literal);
        boolean ok = propagate();
        implied.clear();
        for (int i = rootSize; i < trailSize; i++) {
            if (ok) {
                implied.add(trail[i]);
            }
            int assigned = trail[i];
            value[assigned] = 0;
            value[assigned ^ 1] = 0;
        }
        trailSize = rootSize;
        head = rootSize;
        return ok;
    }

    private void assign(int literal) {
        value[literal] = 1;
        value[literal ^ 1] = -1;
        trail[trailSize++] = literal;
    }

    private void watch(int literal, int clause) {
        int n = watchCount[literal];
        if (n == watches[literal].length) {
            watches[literal] = Arrays.copyOf(watches[literal], n * 2);
        }
        watches[literal][n] = clause;
        watchCount[literal] = n + 1;
    }

    /** Propagates the trail from {@code head}; false on a conflict. */
    private boolean propagate() {
        while (head < trailSize) {
            int falseLiteral = trail[head++] ^ 1;
            int[] list = watches[falseLiteral];
            int n = watchCount[falseLiteral];
            int kept = 0;
            long ticks = n;
            boolean conflict = false;
            int i = 0;
            for (; i < n; i++) {
                int clause = list[i];
                int from = store.start(clause);
                // make the false literal the second watch
                if (arena[from] == falseLiteral) {
                    arena[from] = arena[from + 1];
                    arena[from + 1] = falseLiteral;
                }
                int first = arena[from];
                if (value[first] > 0) {
                    list[kept++] = clause;
                    continue;
                }
                int end = from + store.size(clause);
                boolean moved = false;
                for (int k = from + 2; k < end; k++) {
                    int candidate = arena[k];
                    ticks++;
                    if (value[candidate] >= 0) {
                        arena[from + 1] = candidate;
                        arena[k] = falseLiteral;
                        watch(candidate, clause);
                        moved = true;
                        break;
                    }
                }
                if (moved) {
                    continue;
                }
                list[kept++] = clause;
                if (value[first] < 0) {
                    conflict = true;
                    i++;
                    break;
                }
                assign(first);
            }
            for (; i < n; i++) {
                list[kept++] = list[i];
            }
            watchCount[falseLiteral] = kept;
            budget.charge(ticks);
            if (conflict) {
                return false;
            }
        }
        return true;
    }
}
