package org.traceoid.solver.preprocess;

/**
 * What each technique changed, counted by {@link ClauseStore} for the technique currently
 * {@link #countFor counted for} (a technique sets itself while it runs and restores the
 * previous one after, so that the unit propagation it triggers counts for units).
 */
final class TechniqueCounters {
    private Technique current = Technique.UNITS;
    private final int[] variablesRemoved = new int[Technique.values().length];
    private final long[] clausesRemoved = new long[Technique.values().length];
    private final long[] clausesAdded = new long[Technique.values().length];
    private final long[] literalsRemoved = new long[Technique.values().length];

    /** Makes {@code technique} the one that following changes count for; returns the previous one. */
    Technique countFor(Technique technique) {
        Technique previous = current;
        current = technique;
        return previous;
    }

    Technique current() {
        return current;
    }

    void variableRemoved(Technique technique) {
        variablesRemoved[technique.ordinal()]++;
    }

    void variableRemoved() {
        variableRemoved(current);
    }

    void clauseRemoved() {
        clausesRemoved[current.ordinal()]++;
    }

    void clauseAdded() {
        clausesAdded[current.ordinal()]++;
    }

    void literalRemoved() {
        literalsRemoved[current.ordinal()]++;
    }

    /** A number that grows with every change (to see whether a round did anything). */
    long changes() {
        long total = 0;
        for (int t = 0; t < variablesRemoved.length; t++) {
            total += variablesRemoved[t] + clausesRemoved[t] + clausesAdded[t] + literalsRemoved[t];
        }
        return total;
    }

    TechniqueStatistics statistics(Technique technique, long nanos) {
        int t = technique.ordinal();
        return new TechniqueStatistics(technique, variablesRemoved[t], clausesRemoved[t], clausesAdded[t],
                literalsRemoved[t], nanos);
    }
}
