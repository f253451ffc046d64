package org.traceoid.cnf;

import java.util.Arrays;

/**
 * A (possibly partial) truth assignment to variables {@code 1..variableCount()}, one byte per
 * variable. Immutable; built from a model given as DIMACS literals.
 */
public final class Assignment {
    private static final byte UNASSIGNED = 0;
    private static final byte TRUE = 1;
    private static final byte FALSE = -1;

    private final byte[] values; // index 0 unused

    private Assignment(byte[] values) {
        this.values = values;
    }

    /**
     * The assignment that makes every literal of {@code model} true; variables not mentioned
     * stay unassigned.
     *
     * @throws IllegalArgumentException if the model contains 0, a variable above
     *         {@code variableCount}, or both a literal and its negation
     */
    public static Assignment fromModel(int variableCount, int... model) {
        byte[] values = new byte[variableCount + 1];
        for (int literal : model) {
            int variable = Math.abs(literal);
            if (literal == 0 || literal == Integer.MIN_VALUE || variable > variableCount) {
                throw new IllegalArgumentException("literal " + literal + " is not over variables 1.." + variableCount);
            }
            byte value = literal > 0 ? TRUE : FALSE;
            if (values[variable] == -value) {
                throw new IllegalArgumentException("model assigns variable " + variable + " both true and false");
            }
            values[variable] = value;
        }
        return new Assignment(values);
    }

    public int variableCount() {
        return values.length - 1;
    }

    /** Whether the variable has a value. */
    public boolean isAssigned(int variable) {
        return variable > 0 && variable < values.length && values[variable] != UNASSIGNED;
    }

    /** Whether the DIMACS literal is true under this assignment (false if unassigned). */
    public boolean isTrue(int dimacsLiteral) {
        int variable = Math.abs(dimacsLiteral);
        if (variable >= values.length) {
            return false;
        }
        byte value = values[variable];
        return dimacsLiteral > 0 ? value == TRUE : value == FALSE;
    }

    /**
     * The model as DIMACS literals for variables {@code 1..upTo}: assigned variables with their
     * value, unassigned ones negative (any value satisfies a formula that does not use them).
     */
    public int[] toDimacs(int upTo) {
        int[] literals = new int[upTo];
        for (int v = 1; v <= upTo; v++) {
            literals[v - 1] = v < values.length && values[v] == TRUE ? v : -v;
        }
        return literals;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Assignment that && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}
