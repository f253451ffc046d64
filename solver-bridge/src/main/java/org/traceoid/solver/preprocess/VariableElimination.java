package org.traceoid.solver.preprocess;

/**
 * Bounded variable elimination by clause distribution (Eén &amp; Biere, SAT 2005, §2; MiniSat
 * 2.2's {@code SimpSolver::eliminateVar} with {@code grow = 0}): a variable v goes when the
 * non-tautological resolvents of its positive and negative clauses are no more than those
 * clauses, none is longer than {@link PreprocessOptions#maxResolventLength()}, and (unless one
 * literal is pure) neither literal occurs more than {@link PreprocessOptions#maxOccurrences()}
 * times. The resolvents are added as lemmas (each is RUP: its two antecedents are present)
 * before v's clauses are deleted; the clauses of the smaller side go onto the reconstruction
 * stack with a unit of the other polarity, as in MiniSat's {@code mkElimClause}.
 *
 * <p>Variables are tried cheapest first ({@link EliminationHeap}); one whose occurrences change
 * is tried again. After each elimination the new units are propagated and, with subsumption
 * on, the resolvents are used for backward subsumption; rounds repeat while subsumption has
 * touched variables to gather (MiniSat's {@code eliminate} loop). Cost: O(|pos| · Σ|neg|) per
 * try, with the test stopping at the first resolvent past the limit; charged to the budget.
 */
final class VariableElimination {
    private final ClauseStore store;
    private final Budget budget;
    private final Subsumption subsumption; // null when subsumption is off
    private final int maxResolventLength;
    private final int maxOccurrences;
    private final EliminationHeap heap;
    private final IntList positive = new IntList();
    private final IntList negative = new IntList();
    private final IntList changed = new IntList();
    private int[] resolvent = new int[32];

    VariableElimination(ClauseStore store, Budget budget, Subsumption subsumption, PreprocessOptions options) {
        this.store = store;
        this.budget = budget;
        this.subsumption = subsumption;
        this.maxResolventLength = options.maxResolventLength();
        this.maxOccurrences = options.maxOccurrences();
        this.heap = new EliminationHeap(store);
    }

    /** @return false if the formula was refuted */
    boolean run() {
        Technique previous = store.countFor(Technique.ELIMINATION);
        store.takeCountChanged(changed);
        changed.clear();
        for (int v = 1; v <= store.maxVariable; v++) {
            if (candidate(v)) {
                changed.add(v);
            }
        }
        heap.addAll(changed);
        budget.charge(store.maxVariable);
        boolean more = true;
        while (more && !store.isUnsat() && !budget.exhausted()) {
            while (!heap.isEmpty() && !store.isUnsat() && !budget.exhausted()) {
                int variable = heap.removeMin();
                if (candidate(variable)) {
                    tryEliminate(variable);
                    store.propagate();
                    if (subsumption != null) {
                        subsumption.run();
                    }
                }
                refreshHeap();
            }
            more = false;
            if (subsumption != null && !store.isUnsat() && !budget.exhausted()) {
                subsumption.gatherTouched();
                subsumption.run();
                refreshHeap();
                more = !heap.isEmpty();
            }
        }
        store.countFor(previous);
        return !store.isUnsat();
    }

    private boolean candidate(int variable) {
        return store.isRemovable(variable)
                && store.occurrenceCount(2 * variable) + store.occurrenceCount(2 * variable + 1) > 0;
    }

    private void refreshHeap() {
        store.takeCountChanged(changed);
        for (int i = 0; i < changed.size(); i++) {
            int variable = changed.get(i);
            if (candidate(variable)) {
                heap.update(variable);
            }
        }
    }

    private void tryEliminate(int variable) {
        int positiveLiteral = 2 * variable;
        int negativeLiteral = positiveLiteral + 1;
        int p = store.occurrenceCount(positiveLiteral);
        int n = store.occurrenceCount(negativeLiteral);
        if (p > 0 && n > 0 && (p > maxOccurrences || n > maxOccurrences)) {
            return;
        }
        store.snapshot(positiveLiteral, positive);
        store.snapshot(negativeLiteral, negative);
        if (!withinBounds(variable)) {
            return;
        }
        // Resolvents first (each RUP from its two antecedents), then the antecedents go.
        for (int i = 0; i < positive.size() && !store.isUnsat(); i++) {
            int generation = markWithout(positive.get(i), variable);
            for (int j = 0; j < negative.size() && !store.isUnsat(); j++) {
                int length = resolve(positive.get(i), negative.get(j), variable, generation, true);
                if (length >= 0) {
                    store.addClause(resolvent, length);
                }
            }
        }
        if (store.isUnsat()) {
            return;
        }
        IntList kept = positive.size() > negative.size() ? negative : positive;
        int pivot = kept == positive ? positiveLiteral : negativeLiteral;
        for (int i = 0; i < kept.size(); i++) {
            int clause = kept.get(i);
            store.reconstruction.push(pivot, store.arena(), store.start(clause), store.start(clause) + store.size(clause));
        }
        store.reconstruction.pushUnit(pivot ^ 1);
        for (int i = 0; i < positive.size(); i++) {
            store.deleteClause(positive.get(i));
        }
        for (int i = 0; i < negative.size(); i++) {
            store.deleteClause(negative.get(i));
        }
        store.eliminated(variable);
    }

    /** Whether eliminating {@code variable} adds no more clauses than it removes, none too long. */
    private boolean withinBounds(int variable) {
        int limit = positive.size() + negative.size();
        int resolvents = 0;
        for (int i = 0; i < positive.size(); i++) {
            int generation = markWithout(positive.get(i), variable);
            for (int j = 0; j < negative.size(); j++) {
                int length = resolve(positive.get(i), negative.get(j), variable, generation, false);
                if (length >= 0 && (++resolvents > limit || length > maxResolventLength)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Marks the literals of a clause but {@code variable}'s in a fresh generation, which it returns. */
    private int markWithout(int clause, int variable) {
        int[] arena = store.arena();
        int generation = store.newMarks();
        int[] marks = store.marks();
        for (int i = store.start(clause), end = i + store.size(clause); i < end; i++) {
            if (arena[i] >>> 1 != variable) {
                marks[arena[i]] = generation;
            }
        }
        budget.charge(store.size(clause));
        return generation;
    }

    /**
     * The resolvent of a positive clause, marked with {@code generation} by {@link #markWithout},
     * and a negative clause of {@code variable}: its length, or -1 if it is a tautology; written to
     * {@link #resolvent} when {@code write}.
     */
    private int resolve(int positiveClause, int negativeClause, int variable, int generation, boolean write) {
        int[] arena = store.arena();
        int[] marks = store.marks();
        int n = store.size(positiveClause);
        int m = store.size(negativeClause);
        int length = n - 1;
        if (write) {
            if (resolvent.length < n + m) {
                resolvent = new int[n + m];
            }
            int k = 0;
            for (int i = store.start(positiveClause), end = i + n; i < end; i++) {
                if (arena[i] >>> 1 != variable) {
                    resolvent[k++] = arena[i];
                }
            }
        }
        budget.charge(m);
        for (int i = store.start(negativeClause), end = i + m; i < end; i++) {
            int literal = arena[i];
            if (literal >>> 1 == variable || marks[literal] == generation) {
                continue;
            }
            if (marks[literal ^ 1] == generation) {
                return -1;
            }
            if (write) {
                resolvent[length] = literal;
            }
            length++;
        }
        return length;
    }
}
