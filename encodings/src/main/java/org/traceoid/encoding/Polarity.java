package org.traceoid.encoding;

/**
 * Which direction of a gate's definition is needed (Plaisted and Greenbaum 1986): a gate
 * output that only ever occurs positively needs only {@code out -> f}, one that occurs only
 * negatively only {@code f -> out}; {@code BOTH} is the full Tseitin equivalence.
 */
public enum Polarity {
    POSITIVE,
    NEGATIVE,
    BOTH;

    /** The polarity under a negation. */
    public Polarity flip() {
        return switch (this) {
            case POSITIVE -> NEGATIVE;
            case NEGATIVE -> POSITIVE;
            case BOTH -> BOTH;
        };
    }

    boolean positive() {
        return this != NEGATIVE;
    }

    boolean negative() {
        return this != POSITIVE;
    }
}
