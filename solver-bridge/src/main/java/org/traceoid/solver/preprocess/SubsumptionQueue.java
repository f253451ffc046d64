package org.traceoid.solver.preprocess;

/**
 * The clauses waiting for backward subsumption (MiniSat's {@code subsumption_queue}): first
 * every clause as loaded, walked in the store's clause order without a queue entry each, then
 * the clauses queued since (added or strengthened). A clause's QUEUED header bit says it is
 * waiting, so it is queued once; deleted clauses are skipped when polled.
 */
final class SubsumptionQueue {
    private final ClauseStore store;
    private final IntList queue = new IntList();
    private int head;
    private int loadedNext = Integer.MAX_VALUE; // the next loaded clause (index into the store's clauses)

    SubsumptionQueue(ClauseStore store) {
        this.store = store;
    }

    /** Queues every clause stored so far. */
    void addAllStored() {
        for (int i = 0; i < store.clauseCount(); i++) {
            store.setQueued(store.clause(i), true);
        }
        loadedNext = 0;
    }

    /** Queues a live clause that is not queued yet. */
    void add(int clause) {
        if (!store.isQueued(clause) && !store.isDeleted(clause)) {
            store.setQueued(clause, true);
            queue.add(clause);
        }
    }

    /** The next live queued clause, or -1. */
    int poll() {
        while (loadedNext < store.clauseCount()) {
            int clause = store.clause(loadedNext++);
            if (store.isQueued(clause)) {
                store.setQueued(clause, false);
                if (!store.isDeleted(clause)) {
                    return clause;
                }
            }
        }
        loadedNext = Integer.MAX_VALUE;
        while (head < queue.size()) {
            int clause = queue.get(head++);
            store.setQueued(clause, false);
            if (!store.isDeleted(clause)) {
                return clause;
            }
        }
        queue.clear();
        head = 0;
        return -1;
    }

    /** Empties the queue. */
    void clear() {
        for (int i = Math.min(loadedNext, store.clauseCount()); i < store.clauseCount(); i++) {
            store.setQueued(store.clause(i), false);
        }
        loadedNext = Integer.MAX_VALUE;
        for (int i = head; i < queue.size(); i++) {
            store.setQueued(queue.get(i), false);
        }
        queue.clear();
        head = 0;
    }
}
