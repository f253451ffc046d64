package org.traceoid.solver.preprocess;

import java.util.Objects;

/**
 * What one technique did over a whole preprocessing run.
 *
 * @param technique        which one
 * @param variablesRemoved variables it removed from the formula: for {@link Technique#UNITS} every
 *                         variable fixed at the root, whichever technique derived the unit (a unit
 *                         resolvent, a clause strengthened to a unit), except failed literals, which
 *                         count for {@link Technique#FAILED_LITERALS}; eliminated variables for
 *                         {@link Technique#ELIMINATION}; substituted ones for
 *                         {@link Technique#EQUIVALENCES}. Units kept as clauses (unit propagation
 *                         off) remove no variable
 * @param clausesRemoved   clauses it deleted (subsumed, satisfied, replaced, resolved away)
 * @param clausesAdded     clauses it added (resolvents, substituted clauses)
 * @param literalsRemoved  literals it removed from clauses that stayed (strengthening)
 * @param nanos            wall time of its phases (the unit propagation it triggered included)
 */
public record TechniqueStatistics(Technique technique, int variablesRemoved, long clausesRemoved,
                                  long clausesAdded, long literalsRemoved, long nanos) {
    public TechniqueStatistics {
        Objects.requireNonNull(technique, "technique");
    }
}
