package org.traceoid.solver;

/**
 * A literal's value in a model, three-valued as IPASIR's {@code ipasir_val} (which answers
 * {@code lit}, {@code -lit} or {@code 0}): {@link #UNASSIGNED} for a variable the model does
 * not cover, such as one the solver has never seen.
 */
public enum TruthValue {
    TRUE, FALSE, UNASSIGNED;

    /** {@code TRUE} or {@code FALSE}. */
    public static TruthValue of(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** The value of the negated literal ({@code UNASSIGNED} stays). */
    public TruthValue negate() {
        return switch (this) {
            case TRUE -> FALSE;
            case FALSE -> TRUE;
            case UNASSIGNED -> UNASSIGNED;
        };
    }
}
