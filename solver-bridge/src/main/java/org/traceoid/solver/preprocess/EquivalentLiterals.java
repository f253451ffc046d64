package org.traceoid.solver.preprocess;

import java.util.Arrays;

/**
 * Equivalent-literal substitution: literals in one strongly connected component of the binary
 * implication graph (edges ¬a → b and ¬b → a for each binary clause a ∨ b) are equivalent, and
 * every one but a representative is replaced by it (as in Lingeling's and CaDiCaL's
 * {@code decompose}). Components come in complementary pairs; the representative of a
 * component is its literal of the lowest frozen variable, else of the lowest variable, so that
 * a pair gets complementary representatives. A component holding both x and ¬x refutes the
 * formula: ¬x, x and the empty clause are RUP in that order.
 *
 * <p>Proof: first, for each substituted x with representative r, the binaries (¬x ∨ r) and
 * (x ∨ ¬r) are added (RUP along the implication paths, all of which are still present); then
 * each clause with a substituted literal is added rewritten (RUP by those binaries) and the
 * old one deleted; finally the helper binaries are deleted. x ≡ r goes onto the
 * reconstruction stack. Frozen variables are never substituted (they may represent).
 *
 * <p>The components come from Tarjan's algorithm run iteratively with an explicit stack, so
 * that long implication chains cannot overflow the Java stack. Cost: O(V + E) for the graph
 * and the components, plus O(occurrences of the substituted variables) to rewrite; charged.
 */
final class EquivalentLiterals {
    private static final int UNVISITED = -1;

    private final ClauseStore store;
    private final Budget budget;

    EquivalentLiterals(ClauseStore store, Budget budget) {
        this.store = store;
        this.budget = budget;
    }

    /** @return false if the formula was refuted */
    boolean run() {
        Technique previous = store.countFor(Technique.EQUIVALENCES);
        try {
            int[] representative = components();
            if (representative != null && !store.isUnsat()) {
                substitute(representative);
                store.propagate();
            }
            return !store.isUnsat();
        } finally {
            store.countFor(previous);
        }
    }

    /**
     * The representative of every literal index (itself where nothing is substituted), or
     * {@code null} if no variable is substituted. Refutes the formula if a component holds a
     * complementary pair.
     */
    private int[] components() {
        ImplicationGraph graph = new ImplicationGraph(store, budget);
        if (graph.isEmpty()) {
            return null;
        }
        int nodes = graph.nodes;
        // Tarjan, iterative: index/low per node, the component stack, and the DFS stack (node, next edge).
        int[] index = new int[nodes];
        int[] low = new int[nodes];
        Arrays.fill(index, UNVISITED);
        boolean[] onStack = new boolean[nodes];
        int[] component = new int[nodes];
        int[] stack = new int[nodes];
        int stackSize = 0;
        int[] dfsNode = new int[nodes];
        int[] dfsEdge = new int[nodes];
        int counter = 0;
        int[] representative = null;
        int contradiction = -1;
        for (int root = 2; root < nodes && contradiction < 0; root++) {
            if (index[root] != UNVISITED || graph.outDegree(root) == 0) {
                continue;
            }
            int depth = 0;
            dfsNode[0] = root;
            dfsEdge[0] = graph.firstEdge(root);
            index[root] = low[root] = counter++;
            stack[stackSize++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int node = dfsNode[depth];
                if (dfsEdge[depth] < graph.endEdge(node)) {
                    int next = graph.successor(dfsEdge[depth]++);
                    if (index[next] == UNVISITED) {
                        index[next] = low[next] = counter++;
                        stack[stackSize++] = next;
                        onStack[next] = true;
                        depth++;
                        dfsNode[depth] = next;
                        dfsEdge[depth] = graph.firstEdge(next);
                    } else if (onStack[next]) {
                        low[node] = Math.min(low[node], index[next]);
                    }
                    continue;
                }
                if (low[node] == index[node]) {
                    // Pop the component; members are stack[first .. stackSize).
                    int first = stackSize - 1;
                    while (stack[first] != node) {
                        first--;
                    }
                    for (int i = first; i < stackSize; i++) {
                        onStack[stack[i]] = false;
                        component[stack[i]] = node;
                    }
                    if (stackSize - first > 1) {
                        int chosen = -1;
                        for (int i = first; i < stackSize; i++) {
                            int literal = stack[i];
                            if (component[literal ^ 1] == node) {
                                contradiction = literal;
                            }
                            if (chosen < 0 || better(literal, chosen)) {
                                chosen = literal;
                            }
                        }
                        if (representative == null) {
                            representative = new int[nodes];
                            for (int i = 0; i < nodes; i++) {
                                representative[i] = i;
                            }
                        }
                        for (int i = first; i < stackSize; i++) {
                            representative[stack[i]] = chosen;
                        }
                    }
                    stackSize = first;
                }
                depth--;
                if (depth >= 0) {
                    int parent = dfsNode[depth];
                    low[parent] = Math.min(low[parent], low[node]);
                }
            }
        }
        budget.charge(3L * nodes);
        if (contradiction >= 0) {
            // x and ¬x imply each other: ¬x is RUP (x propagates to ¬x), then x, then the empty clause.
            store.addUnit(contradiction ^ 1);
            store.addUnit(contradiction);
            store.refute();
            return null;
        }
        return representative;
    }

    /** The representative rule: a frozen variable first, then the lowest variable. */
    private boolean better(int literal, int than) {
        boolean frozen = store.isFrozen(literal >>> 1);
        boolean thanFrozen = store.isFrozen(than >>> 1);
        if (frozen != thanFrozen) {
            return frozen;
        }
        return (literal >>> 1) < (than >>> 1);
    }

    private void substitute(int[] representative) {
        IntList substituted = new IntList();
        for (int v = 1; v <= store.maxVariable; v++) {
            int r = representative[2 * v];
            if (r != 2 * v && store.isRemovable(v)) {
                substituted.add(v);
            } else {
                representative[2 * v] = 2 * v;         // frozen: stays as it is
                representative[2 * v + 1] = 2 * v + 1;
            }
        }
        if (substituted.isEmpty()) {
            return;
        }
        for (int i = 0; i < substituted.size(); i++) {
            int x = 2 * substituted.get(i);
            equivalenceBinaries(x, representative[x], true);
        }
        IntList clauses = new IntList();
        IntList occurrences = new IntList();
        for (int i = 0; i < substituted.size(); i++) {
            int x = 2 * substituted.get(i);
            for (int literal = x; literal <= x + 1; literal++) {
                store.snapshot(literal, occurrences);
                for (int k = 0; k < occurrences.size(); k++) {
                    int clause = occurrences.get(k);
                    if (!store.isMarked(clause)) {
                        store.mark(clause);
                        clauses.add(clause);
                    }
                }
            }
        }
        int[] rewritten = new int[16];
        for (int i = 0; i < clauses.size() && !store.isUnsat(); i++) {
            int clause = clauses.get(i);
            store.unmark(clause);
            if (store.isDeleted(clause)) {
                continue;
            }
            int n = store.size(clause);
            if (rewritten.length < n) {
                rewritten = new int[n];
            }
            int generation = store.newMarks();
            int[] marks = store.marks();
            int[] arena = store.arena();
            int from = store.start(clause);
            int length = 0;
            boolean tautology = false;
            for (int p = from; p < from + n; p++) {
                int literal = representative[arena[p]];
                if (marks[literal ^ 1] == generation) {
                    tautology = true;
                    break;
                }
                if (marks[literal] != generation) {
                    marks[literal] = generation;
                    rewritten[length++] = literal;
                }
            }
            budget.charge(n);
            if (!tautology) {
                store.addClause(rewritten, length);
            }
            store.deleteClause(clause);
        }
        for (int i = 0; i < substituted.size() && !store.isUnsat(); i++) {
            int x = 2 * substituted.get(i);
            int r = representative[x];
            equivalenceBinaries(x, r, false);
            store.reconstruction.pushEquivalence(x, r);
            store.substituted(x >>> 1);
        }
    }

    /** Adds (or deletes) the helper lemmas (¬x ∨ r) and (x ∨ ¬r) of the substitution x := r. */
    private void equivalenceBinaries(int x, int r, boolean add) {
        for (int[] binary : new int[][] {{x ^ 1, r}, {x, r ^ 1}}) {
            if (add) {
                store.addHelper(binary);
            } else {
                store.deleteHelper(binary);
            }
        }
    }
}
