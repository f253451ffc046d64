package org.traceoid.spec;

import java.util.List;
import java.util.Optional;

/**
 * Where each variable and clause of a compiled spec came from. Variables: a declared name (and
 * for an int, which bit), an assertion's activation literal, the constant, or an auxiliary
 * gate output. Clauses: the assertion or declaration (range constraint) that wrote them.
 */
public final class Provenance {
    /** What wrote a clause: an assertion, a declaration's range constraint, or the constant. */
    public record Origin(Kind kind, String name, int line) {
        /** The three kinds of origin. */
        public enum Kind {
            ASSERTION,
            DECLARATION,
            CONSTANT
        }

        @Override
        public String toString() {
            return switch (kind) {
                case ASSERTION -> "assertion " + name + " (line " + line + ")";
                case DECLARATION -> "declaration of " + name + " (line " + line + ")";
                case CONSTANT -> "constant true";
            };
        }
    }

    /** A declared variable's bit: {@code bit} is -1 for a bool. */
    public record Bit(String name, int bit) {
    }

    private final List<Origin> origins;
    private final int[] clauseOrigin;
    private final String[] variableNames; // index v: a description, null for auxiliaries
    private final Bit[] bits;

    Provenance(List<Origin> origins, int[] clauseOrigin, String[] variableNames, Bit[] bits) {
        this.origins = List.copyOf(origins);
        this.clauseOrigin = clauseOrigin;
        this.variableNames = variableNames;
        this.bits = bits;
    }

    /** Which assertion or declaration wrote clause {@code clause} (0-based, in {@code Cnf} order). */
    public Origin clause(int clause) {
        return origins.get(clauseOrigin[clause]);
    }

    /** The declared name and bit behind a variable, if it is one. */
    public Optional<Bit> bit(int variable) {
        return variable < bits.length ? Optional.ofNullable(bits[variable]) : Optional.empty();
    }

    /** {@code x bit 2}, {@code a}, {@code activation of no_both (line 4)}, {@code true}, or {@code auxiliary}. */
    public String describe(int variable) {
        return variable < variableNames.length && variableNames[variable] != null ? variableNames[variable] : "auxiliary";
    }
}
