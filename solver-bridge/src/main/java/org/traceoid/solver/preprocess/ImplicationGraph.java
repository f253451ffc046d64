package org.traceoid.solver.preprocess;

/**
 * The binary implication graph of the store's live binary clauses, in compressed form: each
 * binary clause a ∨ b gives the edges ¬a → b and ¬b → a, so node l's successors are the
 * literals that l implies by one binary clause, and l's in-degree is the out-degree of ¬l.
 * Built in O(clauses + literals), charged to the budget; a snapshot (later changes to the
 * store do not show).
 */
final class ImplicationGraph {
    final int nodes;
    private final int[] begin; // node l's successors are edge[begin[l] .. begin[l + 1])
    private final int[] edge;

    ImplicationGraph(ClauseStore store, Budget budget) {
        nodes = 2 * (store.maxVariable + 1);
        int[] arena = store.arena();
        begin = new int[nodes + 1];
        int binaries = 0;
        for (int i = 0; i < store.clauseCount(); i++) {
            int c = store.clause(i);
            if (!store.isDeleted(c) && store.size(c) == 2) {
                begin[(arena[store.start(c)] ^ 1) + 1]++;
                begin[(arena[store.start(c) + 1] ^ 1) + 1]++;
                binaries++;
            }
        }
        for (int i = 0; i < nodes; i++) {
            begin[i + 1] += begin[i];
        }
        edge = new int[2 * binaries];
        int[] fill = java.util.Arrays.copyOf(begin, nodes);
        for (int i = 0; i < store.clauseCount(); i++) {
            int c = store.clause(i);
            if (!store.isDeleted(c) && store.size(c) == 2) {
                int a = arena[store.start(c)];
                int b = arena[store.start(c) + 1];
                edge[fill[a ^ 1]++] = b;
                edge[fill[b ^ 1]++] = a;
            }
        }
        budget.charge(2L * store.clauseCount() + nodes + 2L * binaries);
    }

    boolean isEmpty() {
        return edge.length == 0;
    }

    /** The number of literals {@code literal} implies directly. */
    int outDegree(int literal) {
        return begin[literal + 1] - begin[literal];
    }

    /** Where node {@code literal}'s successors start in {@link #successor}. */
    int firstEdge(int literal) {
        return begin[literal];
    }

    /** One past node {@code literal}'s last successor. */
    int endEdge(int literal) {
        return begin[literal + 1];
    }

    int successor(int edgeIndex) {
        return edge[edgeIndex];
    }
}
