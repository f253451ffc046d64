package org.traceoid.cnf;

/**
 * A (possibly partial) truth assignment to variables {@code 1..variableCount()}, one byte per
 * variable. Immutable; built from a model given as DIMACS literals.
 */
public final class Assignment {
    private static final byte UNASSIGNED = 0;
    private static final byte TRUE = 1;
    private static final byte FALSE = -1;

    private final int variableCount;
    private final byte[] values; // index 0 unused; variables past its end are unassigned

    private Assignment(int variableCount, byte[] values) {
        this.variableCount = variableCount;
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
        // Sized by the model, not by the declared count: a header may declare 2^31 variables.
        int highest = 0;
        for (int literal : model) {
            int variable = Math.abs(literal);
            if (literal == 0 || literal == Integer.MIN_VALUE || variable > variableCount) {
                throw new IllegalArgumentException("literal " + literal + " is not over variables 1.." + variableCount);
            }
            highest = Math.max(highest, variable);
        }
        byte[] values = new byte[highest + 1];
        for (int literal : model) {
            int variable = Math.abs(literal);
            byte value = literal > 0 ? TRUE : FALSE;
            if (values[variable] == -value) {
                throw new IllegalArgumentException("model assigns variable " + variable + " both true and false");
            }
            values[variable] = value;
        }
        return new Assignment(variableCount, values);
    }

    public int variableCount() {
        return variableCount;
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
        if (!(other instanceof Assignment that) || variableCount != that.variableCount) {
            return false;
        }
        for (int v = 1; v <= Math.max(values.length, that.values.length) - 1; v++) {
            if (value(v) != that.value(v)) {
                return false;
            }
        }
        return true;
    }

    private byte value(int variable) {
        return variable < values.length ? values[variable] : UNASSIGNED;
    }

    @Override
    public int hashCode() {
        int hash = variableCount;
        for (int v = 1; v < values.length; v++) {
            hash = 31 * hash + values[v];
        }
        return hash;
    }
}
