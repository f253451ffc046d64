package org.traceoid.solver.preprocess;

/**
 * Backward subsumption and self-subsuming strengthening over the subsumption queue (Eén &amp;
 * Biere, "Effective preprocessing in SAT through variable and clause elimination", SAT 2005,
 * §3; MiniSat 2.2's {@code backwardSubsumptionCheck}). For each queued clause C, only the
 * clauses in the occurrence lists of C's rarest variable can contain all of C (or all of C but
 * one flipped literal); of those, a signature test discards most without looking at them. A
 * clause D ⊇ C is deleted; a clause D = C' ∨ ¬l with C = C'' ∨ l, C'' ⊆ C', loses ¬l (the
 * shorter clause is RUP: C and D resolve to it). Strengthened clauses are queued again.
 *
 * <p>Cost: per queued clause, O(|C|) to mark it and O(|D|) per candidate that passes the
 * signature test, plus the occurrence list snapshots; all charged to the budget. Clauses
 * longer than {@link #MAX_LENGTH} subsume nothing here (MiniSat's {@code subsumption_lim}).
 */
final class Subsumption {
    static final int MAX_LENGTH = 1000;

    private final ClauseStore store;
    private final Budget budget;
    private final IntList variables = new IntList();

    Subsumption(ClauseStore store, Budget budget) {
        this.store = store;
        this.budget = budget;
    }

    /**
     * Queues every live clause with a variable touched since the last call (MiniSat's
     * {@code gatherTouchedClauses}), so that clauses which may subsume a new or strengthened
     * clause get their turn.
     */
    void gatherTouched() {
        store.takeTouched(variables);
        for (int i = 0; i < variables.size() && !budget.exhausted(); i++) {
            int variable = variables.get(i);
            for (int literal = 2 * variable; literal <= 2 * variable + 1; literal++) {
                int[] list = store.occurrences(literal);
                for (int k = 0; k < store.occurrenceLength(literal); k++) {
                    store.enqueue(list[2 * k]);
                }
                budget.charge(store.occurrenceLength(literal));
            }
        }
    }

    /**
     * Processes the queue until it is empty, the phase's budget is spent or the formula is
     * refuted; propagates the units that strengthening produced.
     *
     * @return false if the formula was refuted
     */
    boolean run() {
        Technique previous = store.countFor(Technique.SUBSUMPTION);
        int clause;
        while (!store.isUnsat() && !budget.exhausted() && (clause = store.pollQueue()) >= 0) {
            subsumeWith(clause);
            if (store.hasPendingUnits()) {
                store.propagate();
            }
        }
        store.countFor(previous);
        return !store.isUnsat();
    }

    private void subsumeWith(int clause) {
        int n = store.size(clause);
        if (n > MAX_LENGTH) {
            return;
        }
        int[] arena = store.arena();
        int from = store.start(clause);
        int best = arena[from];
        int bestCount = Integer.MAX_VALUE;
        int generation = store.newMarks();
        int[] marks = store.marks();
        for (int i = from; i < from + n; i++) {
            int literal = arena[i];
            marks[literal] = generation;
            int occurrences = store.occurrenceCount(literal) + store.occurrenceCount(literal ^ 1);
            if (occurrences < bestCount) {
                best = literal;
                bestCount = occurrences;
            }
        }
        int signature = store.signature(clause);
        budget.charge(n);
        for (int side = 0; side < 2; side++) {
            int literal = best ^ side;
            int[] list = store.occurrences(literal);
            for (int k = 0; k < store.occurrenceLength(literal); ) {
                int other = list[2 * k];
                budget.charge(1);
                // The signature kept in the list first: it rules out most candidates without a cache miss.
                if ((signature & ~list[2 * k + 1]) != 0 || other == clause || store.isDeleted(other)
                        || store.size(other) < n || (signature & ~store.signature(other)) != 0) {
                    k++;
                    continue;
                }
                int m = store.size(other);
                int otherFrom = store.start(other);
                int matches = 0;
                int flipped = -1;
                int flips = 0;
                for (int j = otherFrom; j < otherFrom + m; j++) {
                    int candidate = arena[j];
                    if (marks[candidate] == generation) {
                        matches++;
                    } else if (marks[candidate ^ 1] == generation) {
                        flips++;
                        flipped = candidate;
                    }
                }
                budget.charge(m);
                if (matches == n) {
                    store.deleteClause(other);
                } else if (matches == n - 1 && flips == 1) {
                    store.removeLiteral(other, flipped, true); // on side 1 this unlinks other from list
                }
                if (store.isUnsat()) {
                    return;
                }
                if (k < store.occurrenceLength(literal) && list[2 * k] == other) {
                    k++; // (else the list's last entry took other's place: look at position k again)
                }
            }
        }
    }
}
