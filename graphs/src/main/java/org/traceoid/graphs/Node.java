package org.traceoid.graphs;

/**
 * A vertex of a formula graph. {@code id} is the DIMACS literal for {@link Kind#LITERAL}, the
 * variable for {@link Kind#VARIABLE} and the 0-based clause index for {@link Kind#CLAUSE}.
 */
public record Node(Kind kind, int id) {
    /** What a vertex stands for. */
    public enum Kind { LITERAL, VARIABLE, CLAUSE }

    public static Node literal(int dimacsLiteral) {
        return new Node(Kind.LITERAL, dimacsLiteral);
    }

    public static Node variable(int variable) {
        return new Node(Kind.VARIABLE, variable);
    }

    public static Node clause(int clause) {
        return new Node(Kind.CLAUSE, clause);
    }

    /** A short name usable as an identifier in DOT, GraphML and JSON: {@code l3}, {@code l-3}, {@code v3}, {@code c0}. */
    public String label() {
        return switch (kind) {
            case LITERAL -> "l" + id;
            case VARIABLE -> "v" + id;
            case CLAUSE -> "c" + id;
        };
    }

    @Override
    public String toString() {
        return label();
    }
}
