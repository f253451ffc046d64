package org.traceoid.solver.preprocess;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a preprocessing run removed and what it cost. {@link #toString()} is the text of the
 * {@code c preprocess:} line (without the {@code c }).
 *
 * @param variablesBefore variables occurring in the input's clauses
 * @param clausesBefore   the input's clauses
 * @param literalsBefore  the input's literal occurrences
 * @param variablesAfter  variables occurring in the simplified formula
 * @param clausesAfter    the simplified formula's clauses
 * @param literalsAfter   the simplified formula's literal occurrences
 * @param techniques      one entry per {@link Technique}, in the enum's order (zeros for one switched off)
 * @param ticks           work done, in the unit of {@link PreprocessOptions#tickBudget()}
 * @param nanos           wall time of the whole run
 * @param budgetExhausted whether the tick budget ended some technique before it was done
 * @param interrupted     whether the stop supplier ended the run early (the result is still
 *                        sound: a formula simplified by the steps taken so far)
 */
public record PreprocessStatistics(int variablesBefore, int clausesBefore, long literalsBefore,
                                   int variablesAfter, int clausesAfter, long literalsAfter,
                                   List<TechniqueStatistics> techniques, long ticks, long nanos,
                                   boolean budgetExhausted, boolean interrupted) {

    public PreprocessStatistics {
        techniques = List.copyOf(Objects.requireNonNull(techniques, "techniques"));
        if (techniques.size() != Technique.values().length) {
            throw new IllegalArgumentException("one entry per technique expected, got " + techniques.size());
        }
        for (int i = 0; i < techniques.size(); i++) {
            if (techniques.get(i).technique() != Technique.values()[i]) {
                throw new IllegalArgumentException("techniques out of order at " + i);
            }
        }
    }

    /** The entry of one technique. */
    public TechniqueStatistics of(Technique technique) {
        return techniques.get(technique.ordinal());
    }

    /** Variables fixed by units and failed literals. */
    public int fixedVariables() {
        return of(Technique.UNITS).variablesRemoved() + of(Technique.FAILED_LITERALS).variablesRemoved();
    }

    /** Variables removed by bounded variable elimination. */
    public int eliminatedVariables() {
        return of(Technique.ELIMINATION).variablesRemoved();
    }

    /** Variables replaced by an equivalent literal. */
    public int substitutedVariables() {
        return of(Technique.EQUIVALENCES).variablesRemoved();
    }

    /**
     * One line, for example {@code preprocess: 100 -> 61 variables, 430 -> 287 clauses, 1290 -> 951
     * literals in 0.004 s (units 3, failed literals 1, equivalences 2, eliminated 33, subsumed 5,
     * strengthened 7)}, followed by {@code ; tick budget exhausted} or {@code ; interrupted} when so.
     */
    @Override
    public String toString() {
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                "preprocess: %d -> %d variables, %d -> %d clauses, %d -> %d literals in %.3f s (units %d, "
                        + "failed literals %d, equivalences %d, eliminated %d, subsumed %d, strengthened %d)",
                variablesBefore, variablesAfter, clausesBefore, clausesAfter, literalsBefore, literalsAfter, nanos / 1e9,
                of(Technique.UNITS).variablesRemoved(), of(Technique.FAILED_LITERALS).variablesRemoved(),
                substitutedVariables(), eliminatedVariables(), of(Technique.SUBSUMPTION).clausesRemoved(),
                of(Technique.SUBSUMPTION).literalsRemoved()));
        if (interrupted) {
            line.append("; interrupted");
        } else if (budgetExhausted) {
            line.append("; tick budget exhausted");
        }
        return line.toString();
    }
}
