package org.traceoid.solver.preprocess;

import java.util.Arrays;

/**
 * Which simplifications {@link Preprocessor} runs and how much it may spend. Immutable; build
 * with {@link #builder()}, whose field initialisers are the defaults, stated there once.
 *
 * @param units              root-level unit propagation: unit clauses fix their variable, which
 *                           then disappears from the formula. Off, units (given or derived) are
 *                           kept as unit clauses of the simplified formula and their variables
 *                           are treated as frozen
 * @param failedLiterals     failed-literal probing: a literal whose propagation conflicts is false
 * @param subsumption        subsumed clauses are removed, self-subsuming resolution strengthens
 * @param elimination        bounded variable elimination by clause distribution (SatELite)
 * @param equivalences       equivalent-literal substitution from the binary implication graph
 * @param maxResolventLength no variable is eliminated if one of its resolvents would be longer
 *                           (MiniSat's {@code clause_lim})
 * @param maxOccurrences     no variable is eliminated whose positive and negative literals both
 *                           occur and one of them more often than this (pure literals always go)
 * @param tickBudget         the work allowed, in ticks (about one clause or literal visited each);
 *                           shared between the techniques, so the cost stays near-linear in the
 *                           size of the formula however the limit is hit
 * @param frozenVariables    DIMACS variables never eliminated or substituted (for an incremental
 *                           caller's assumptions); variables above the formula's highest one are ignored
 */
public record PreprocessOptions(boolean units, boolean failedLiterals, boolean subsumption,
        boolean elimination, boolean equivalences, int maxResolventLength, int maxOccurrences,
        long tickBudget, int[] frozenVariables) {

    public PreprocessOptions {
        if (maxResolventLength < 1) {
            throw new IllegalArgumentException("maxResolventLength must be at least 1: " + maxResolventLength);
        }
        if (maxOccurrences < 0) {
            throw new IllegalArgumentException("maxOccurrences must not be negative: " + maxOccurrences);
        }
        if (tickBudget < 0) {
            throw new IllegalArgumentException("tickBudget must not be negative: " + tickBudget);
        }
        frozenVariables = frozenVariables.clone();
        for (int variable : frozenVariables) {
            if (variable <= 0) {
                throw new IllegalArgumentException("not a DIMACS variable: " + variable);
            }
        }
    }

    /** Every technique on, with the budgets of {@link Builder}. */
    public static PreprocessOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        return new Builder().units(units).failedLiterals(failedLiterals).subsumption(subsumption)
                .elimination(elimination).equivalences(equivalences).maxResolventLength(maxResolventLength)
                .maxOccurrences(maxOccurrences).tickBudget(tickBudget).frozenVariables(frozenVariables);
    }

    /** The frozen variables (a copy). */
    @Override
    public int[] frozenVariables() {
        return frozenVariables.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PreprocessOptions that && units == that.units && failedLiterals == that.failedLiterals
                && subsumption == that.subsumption && elimination == that.elimination
                && equivalences == that.equivalences && maxResolventLength == that.maxResolventLength
                && maxOccurrences == that.maxOccurrences && tickBudget == that.tickBudget
                && Arrays.equals(frozenVariables, that.frozenVariables);
    }

    @Override
    public int hashCode() {
        int hash = Boolean.hashCode(units);
        hash = 31 * hash + Boolean.hashCode(failedLiterals);
        hash = 31 * hash + Boolean.hashCode(subsumption);
        hash = 31 * hash + Boolean.hashCode(elimination);
        hash = 31 * hash + Boolean.hashCode(equivalences);
        hash = 31 * hash + maxResolventLength;
        hash = 31 * hash + maxOccurrences;
        hash = 31 * hash + Long.hashCode(tickBudget);
        return 31 * hash + Arrays.hashCode(frozenVariables);
    }

    @Override
    public String toString() {
        return "PreprocessOptions[units=" + units + ", failedLiterals=" + failedLiterals + ", subsumption="
                + subsumption + ", elimination=" + elimination + ", equivalences=" + equivalences
                + ", maxResolventLength=" + maxResolventLength + ", maxOccurrences=" + maxOccurrences
                + ", tickBudget=" + tickBudget + ", frozenVariables=" + frozenVariables.length + "]";
    }

    /** Builds {@link PreprocessOptions}; each field's initial value is its default. */
    public static final class Builder {
        private boolean units = true;
        private boolean failedLiterals = true;
        private boolean subsumption = true;
        private boolean elimination = true;
        private boolean equivalences = true;
        private int maxResolventLength = 20;      // MiniSat 2.2's clause_lim
        private int maxOccurrences = 100;         // both literals above this: too costly to try
        private long tickBudget = 100_000_000L;   // docs/performance.md, "Preprocessing": 3x what any public instance needs
        private int[] frozenVariables = new int[0];

        private Builder() {
        }

        public Builder units(boolean value) {
            units = value;
            return this;
        }

        public Builder failedLiterals(boolean value) {
            failedLiterals = value;
            return this;
        }

        public Builder subsumption(boolean value) {
            subsumption = value;
            return this;
        }

        public Builder elimination(boolean value) {
            elimination = value;
            return this;
        }

        public Builder equivalences(boolean value) {
            equivalences = value;
            return this;
        }

        /** Switches every technique off (then switch on the ones wanted). */
        public Builder noTechniques() {
            return units(false).failedLiterals(false).subsumption(false).elimination(false).equivalences(false);
        }

        public Builder maxResolventLength(int value) {
            maxResolventLength = value;
            return this;
        }

        public Builder maxOccurrences(int value) {
            maxOccurrences = value;
            return this;
        }

        public Builder tickBudget(long value) {
            tickBudget = value;
            return this;
        }

        /** DIMACS variables that are never eliminated or substituted. */
        public Builder frozenVariables(int... variables) {
            frozenVariables = variables.clone();
            return this;
        }

        public PreprocessOptions build() {
            return new PreprocessOptions(units, failedLiterals, subsumption, elimination, equivalences,
                    maxResolventLength, maxOccurrences, tickBudget, frozenVariables);
        }
    }
}
