package org.traceoid.proofcheck;

/**
 * The RAT half of a lemma check (Wetzler, Heule and Hunt, "DRAT-trim", SAT 2014): with the
 * lemma's negation assigned and propagated without conflict, every live core clause that
 * contains the negated pivot must give a resolvent that is RUP. As in drat-trim's backward
 * mode, only core clauses are candidates: a clause that is not core when the lemma is checked
 * is used by no later step, so the trimmed proof may delete it just before the lemma. Clauses
 * that become core during this very check are picked up too, because the candidate list is
 * read while it grows.
 *
 * <p>Cost: O(occurrences of the negated pivot in the core) propagations per lemma.
 */
final class RatCheck {
    private final Propagator propagator;
    private final ClauseDatabase db;
    private final boolean[] alive;
    int candidatesChecked;

    RatCheck(Propagator propagator, boolean[] alive) {
        this.propagator = propagator;
        this.db = propagator.db;
        this.alive = alive;
    }

    /**
     * Checks the lemma on {@code pivot} (a literal index of the lemma, assigned false now). On
     * success appends, per candidate, {@code -(candidate+1)} and its hints to {@code hints}
     * (when non-null) and returns true.
     */
    boolean check(int lemma, int pivot, IntList hints) {
        Propagator p = propagator;
        int negated = pivot ^ 1;
        int[] literals = db.literals;
        int[] start = db.start;
        for (int k = 0; k < p.coreOccurrenceSize[negated]; k++) {
            int candidate = p.coreOccurrences[negated][k];
            if (!alive[candidate] || candidate == lemma) {
                continue;
            }
            candidatesChecked++;
            int saved = p.trailSize;
            int conflict = Propagator.NO_CONFLICT;
            int skip = 0;
            boolean blocked = false;
            for (int q = start[candidate], end = start[candidate + 1]; q < end; q++) {
                int literal = literals[q];
                if (literal == negated) {
                    continue;
                }
                byte v = p.value[literal];
                if (v == 1) {
                    int r = p.reason[literal >>> 1];
                    if (r == Propagator.ASSUMPTION) {
                        blocked = true; // the resolvent is a tautology
                    } else {
                        conflict = r;
                        skip = literal >>> 1;
                    }
                    break;
                }
                if (v == 0) {
                    p.assign(literal ^ 1, Propagator.ASSUMPTION);
                }
            }
            if (!blocked && conflict == Propagator.NO_CONFLICT) {
                conflict = p.propagate();
                if (conflict == Propagator.NO_CONFLICT) {
                    p.backtrack(saved);
                    return false;
                }
            }
            if (hints != null) {
                hints.add(-candidate - 1);
            }
            if (!blocked) {
                p.analyze(conflict, skip, hints);
            }
            p.markCore(candidate);
            p.backtrack(saved);
        }
        return true;
    }
}
