package org.traceoid.solver.preprocess;

/** The simplifications {@link Preprocessor} applies, in the order its statistics list them. */
public enum Technique {
    /** Root-level unit propagation. */
    UNITS("units"),
    /** Equivalent-literal substitution from the SCCs of the binary implication graph. */
    EQUIVALENCES("equivalences"),
    /** Failed-literal probing. */
    FAILED_LITERALS("failed literals"),
    /** Subsumption and self-subsuming strengthening. */
    SUBSUMPTION("subsumption"),
    /** Bounded variable elimination. */
    ELIMINATION("elimination");

    private final String label;

    Technique(String label) {
        this.label = label;
    }

    /** The name used in the {@code c preprocess:} line. */
    public String label() {
        return label;
    }
}
