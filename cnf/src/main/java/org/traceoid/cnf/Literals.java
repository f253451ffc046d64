package org.traceoid.cnf;

/**
 * Conversions between the two literal encodings. A DIMACS literal is a signed non-zero int
 * ({@code 3}, {@code -3}); a literal index is {@code 2v} for the positive and {@code 2v+1}
 * for the negative literal of variable {@code v} (indices 0 and 1 are unused), so that the
 * negation is {@code index ^ 1} and arrays indexed by literal need no offset arithmetic.
 */
public final class Literals {
    private Literals() {
    }

    /** The literal index of a DIMACS literal. */
    public static int toIndex(int dimacsLiteral) {
        return dimacsLiteral > 0 ? dimacsLiteral << 1 : ((-dimacsLiteral) << 1) | 1;
    }

    /** The DIMACS literal of a literal index. */
    public static int toDimacs(int literalIndex) {
        int variable = literalIndex >>> 1;
        return (literalIndex & 1) == 0 ? variable : -variable;
    }

    /** The variable of a DIMACS literal. */
    public static int variable(int dimacsLiteral) {
        return Math.abs(dimacsLiteral);
    }

    /** The negation of a literal index. */
    public static int negateIndex(int literalIndex) {
        return literalIndex ^ 1;
    }
}
