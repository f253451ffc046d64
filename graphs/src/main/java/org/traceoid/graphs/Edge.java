package org.traceoid.graphs;

/**
 * An edge of a formula graph, typed as in HOPF.md §1. Edges are compared by identity (JGraphT
 * needs a distinct object per edge; a tautological clause gives a variable two edges to it).
 */
public final class Edge {
    /** The arrow type an edge stands for. */
    public enum Type {
        /** literal occurs in clause (the {@code lc}/{@code cl} arrow pair). */
        OCCURRENCE,
        /** literal and its negation (the {@code fl} arrow). */
        FLIP,
        /** variable occurs positively in clause. */
        POSITIVE,
        /** variable occurs negatively in clause. */
        NEGATIVE
    }

    private final Type type;

    Edge(Type type) {
        this.type = type;
    }

    public Type type() {
        return type;
    }

    @Override
    public String toString() {
        return type.name().toLowerCase(java.util.Locale.ROOT);
    }
}
