package org.traceoid.proofcheck;

import java.util.Arrays;

/**
 * The assignment, the trail and unit propagation with two watched literals, core first:
 * core clauses propagate to fixpoint before a single non-core clause is allowed to
 * propagate one unit (drat-trim's "core-first" mode, Heule, Hunt and Wetzler, "Trimming while
 * checking clausal proofs", FMCAD 2013), so that checks reuse clauses already in the core and
 * the core stays small. Conflict analysis marks every clause a conflict depends on as core and,
 * when asked, lists them in trail order as LRAT hints.
 *
 * <p>Watched literals of clause {@code c} are {@code literals[start[c]]} and
 * {@code literals[start[c]+1]}; the literal a reason clause implied sits at position 0.
 * Cost: O(watch list lengths touched) per assignment; analysis O(trail walked + reason sizes).
 */
final class Propagator {
    static final int NO_CONFLICT = -1;
    static final int ASSUMPTION = -1;
    private static final int UNIT_FOUND = -2;

    final ClauseDatabase db;
    final int[] literals;
    final int[] start;
    final WatchLists watches;
    final byte[] value; // per literal index: 1 true, -1 false, 0 unassigned
    final int[] reason; // per variable: clause id or ASSUMPTION
    final int[] trailPosition; // per variable
    final int[] trail;
    int trailSize;
    private int headCore;
    private int headRest;

    final boolean[] core;
    final boolean[] attached; // whether a clause of length >= 2 is in the watch lists now
    private final int[] searchOffset; // per clause: where the last replacement watch was found
    final int[] lastUse; // per clause: the lemma id whose check first marked it (FINAL for the refutation)
    private int currentUser = Integer.MAX_VALUE;
    final int[][] coreOccurrences; // per literal index: core clauses containing it, in marking order
    final int[] coreOccurrenceSize;
    private final byte[] seen;

    long propagations;

    Propagator(ClauseDatabase db) {
        this.db = db;
        this.literals = db.literals;
        this.start = db.start;
        int literalIndices = 2 * db.maxVariable + 2;
        watches = new WatchLists(literalIndices);
        value = new byte[literalIndices];
        reason = new int[db.maxVariable + 1];
        trailPosition = new int[db.maxVariable + 1];
        trail = new int[db.maxVariable + 1];
        core = new boolean[db.clauseCount];
        attached = new boolean[db.clauseCount];
        searchOffset = new int[db.clauseCount];
        lastUse = new int[db.clauseCount];
        coreOccurrences = new int[literalIndices][];
        coreOccurrenceSize = new int[literalIndices];
        Arrays.fill(coreOccurrences, new int[0]);
        seen = new byte[db.maxVariable + 1];
    }

    void assign(int literal, int reasonClause) {
        value[literal] = 1;
        value[literal ^ 1] = -1;
        int variable = literal >>> 1;
        reason[variable] = reasonClause;
        trailPosition[variable] = trailSize;
        trail[trailSize++] = literal;
    }

    /** Unassigns everything from trail position {@code size} on. */
    void backtrack(int size) {
        for (int i = trailSize - 1; i >= size; i--) {
            int literal = trail[i];
            value[literal] = 0;
            value[literal ^ 1] = 0;
        }
        trailSize = size;
        if (headCore > size) {
            headCore = size;
        }
        if (headRest > size) {
            headRest = size;
        }
    }

    /** Forgets the whole assignment and which literals were propagated (for a full rebuild). */
    void reset() {
        backtrack(0);
        headCore = 0;
        headRest = 0;
    }

    /** Whether {@code clause} is the reason of the literal at its position 0. */
    boolean isReason(int clause) {
        if (db.length(clause) == 0) {
            return false;
        }
        int literal = literals[start[clause]];
        return value[literal] == 1 && reason[literal >>> 1] == clause;
    }

    /** Watches positions 0 and 1 of a clause of length 2 or more. */
    void attach(int clause) {
        int s = start[clause];
        boolean isCore = core[clause];
        watches.add(literals[s], clause, literals[s + 1], isCore);
        watches.add(literals[s + 1], clause, literals[s], isCore);
        attached[clause] = true;
    }

    void detach(int clause) {
        int s = start[clause];
        boolean isCore = core[clause];
        watches.remove(literals[s], clause, isCore);
        watches.remove(literals[s + 1], clause, isCore);
        attached[clause] = false;
    }

    /**
     * Moves the best two literals of a clause (length 2 or more) to the watched positions:
     * non-false ones first, then false ones assigned last. Returns how many are non-false.
     */
    int chooseWatches(int clause) {
        int s = start[clause];
        int end = start[clause + 1];
        int nonFalse = 0;
        for (int p = s; p < end && nonFalse < 2; p++) {
            if (value[literals[p]] != -1) {
                swap(s + nonFalse, p);
                nonFalse++;
            }
        }
        for (int w = nonFalse; w < 2; w++) {
            int best = s + w;
            for (int p = s + w + 1; p < end; p++) {
                if (trailPosition[literals[p] >>> 1] > trailPosition[literals[best] >>> 1]) {
                    best = p;
                }
            }
            swap(s + w, best);
        }
        return nonFalse;
    }

    private void swap(int a, int b) {
        int t = literals[a];
        literals[a] = literals[b];
        literals[b] = t;
    }

    /** Propagates core first; returns a falsified clause or {@link #NO_CONFLICT}. */
    int propagate() {
        resumeAt = 0;
        while (true) {
            while (headCore < trailSize) {
                int conflict = propagateList(trail[headCore++] ^ 1, true, 0);
                if (conflict != NO_CONFLICT) {
                    return conflict;
                }
            }
            if (headRest >= trailSize) {
                return NO_CONFLICT;
            }
            int result = propagateList(trail[headRest] ^ 1, false, resumeAt);
            if (result >= 0) {
                return result;
            }
            if (result == NO_CONFLICT) {
                headRest++;
                resumeAt = 0;
            }
        }
    }

    /** Where the scan of the current non-core list stopped at a unit (entries before it are done). */
    private int resumeAt;

    /**
     * Visits the clauses watching {@code falseLiteral} in one list, from int position
     * {@code from}. In the non-core list it stops at the first unit it finds (returning
     * {@link #UNIT_FOUND}, with {@link #resumeAt} set) so that core clauses get the next chance;
     * drat-trim likewise resumes the list where it left it.
     */
    private int propagateList(int falseLiteral, boolean inCore, int from) {
        int[] list = inCore ? watches.core[falseLiteral] : watches.rest[falseLiteral];
        int n = inCore ? watches.coreSize[falseLiteral] : watches.restSize[falseLiteral];
        final int[] lits = literals;
        final byte[] val = value;
        final int[] starts = start;
        int i = from;
        int j = from;
        int result = NO_CONFLICT;
        while (i < n) {
            int clause = list[i];
            int blocker = list[i + 1];
            i += 2;
            if (val[blocker] == 1) {
                list[j] = clause;
                list[j + 1] = blocker;
                j += 2;
                continue;
            }
            int s = starts[clause];
            int other = lits[s] ^ lits[s + 1] ^ falseLiteral;
            if (val[other] == 1) {
                list[j] = clause;
                list[j + 1] = other;
                j += 2;
                continue;
            }
            lits[s] = other;
            lits[s + 1] = falseLiteral;
            int end = starts[clause + 1];
            // Circular search from where the last search for this clause succeeded (Gent, "Optimal
            // implementation of watched literals and more general techniques", JAIR 2013): long
            // clauses are not rescanned from the start every time.
            int resume = s + searchOffset[clause];
            if (resume >= end || resume < s + 2) {
                resume = s + 2;
            }
            int found = -1;
            for (int p = resume; p < end; p++) {
                if (val[lits[p]] != -1) {
                    found = p;
                    break;
                }
            }
            if (found < 0) {
                for (int p = s + 2; p < resume; p++) {
                    if (val[lits[p]] != -1) {
                        found = p;
                        break;
                    }
                }
            }
            if (found >= 0) {
                int candidate = lits[found];
                lits[s + 1] = candidate;
                lits[found] = falseLiteral;
                searchOffset[clause] = found - s;
                // never this list (candidate != falseLiteral), so list and n stay valid
                watches.add(candidate, clause, other, inCore);
                continue;
            }
            list[j] = clause;
            list[j + 1] = other;
            j += 2;
            if (val[other] == -1) {
                result = clause;
                break;
            }
            assign(other, clause);
            propagations++;
            if (!inCore) {
                result = UNIT_FOUND;
                resumeAt = j;
                break;
            }
        }
        if (i != j) {
            while (i < n) {
                list[j++] = list[i++];
            }
            if (inCore) {
                watches.coreSize[falseLiteral] = j;
            } else {
                watches.restSize[falseLiteral] = j;
            }
        }
        return result;
    }

    /** The lemma whose check is running; clauses marked from now on record it as their last use. */
    void setCurrentUser(int lemma) {
        currentUser = lemma;
    }

    /** Marks a clause core (once): moves its watches to the core lists and indexes its literals for RAT. */
    void markCore(int clause) {
        if (core[clause]) {
            return;
        }
        int s = start[clause];
        int end = start[clause + 1];
        if (end - s >= 2 && isAttached(clause)) {
            watches.remove(literals[s], clause, false);
            watches.remove(literals[s + 1], clause, false);
            core[clause] = true;
            watches.add(literals[s], clause, literals[s + 1], true);
            watches.add(literals[s + 1], clause, literals[s], true);
        }
        core[clause] = true;
        lastUse[clause] = currentUser;
        for (int p = s; p < end; p++) {
            int literal = literals[p];
            int size = coreOccurrenceSize[literal];
            int[] list = coreOccurrences[literal];
            if (size == list.length) {
                list = coreOccurrences[literal] = Arrays.copyOf(list, size < 4 ? 4 : size * 2);
            }
            list[size] = clause;
            coreOccurrenceSize[literal] = size + 1;
        }
    }

    private boolean isAttached(int clause) {
        return attached[clause];
    }

    /**
     * Marks as core the conflict clause and every reason it transitively depends on, walking the
     * trail backwards (a clause is needed iff a resolution chain from the conflict reaches it).
     * Literals of {@code skipVariable} are not followed (a lemma literal true at the top, whose
     * reason is the conflict itself). With {@code hints} non-null, appends the reasons in trail
     * order and then the conflict clause: exactly the unit chain an LRAT checker replays.
     */
    void analyze(int conflict, int skipVariable, IntList hints) {
        markCore(conflict);
        int pending = 0;
        for (int p = start[conflict], end = start[conflict + 1]; p < end; p++) {
            int variable = literals[p] >>> 1;
            if (variable != skipVariable && seen[variable] == 0) {
                seen[variable] = 1;
                pending++;
            }
        }
        int hintsFrom = hints == null ? 0 : hints.size();
        for (int i = trailSize - 1; pending > 0; i--) {
            int literal = trail[i];
            int variable = literal >>> 1;
            if (seen[variable] == 0) {
                continue;
            }
            seen[variable] = 0;
            pending--;
            int r = reason[variable];
            if (r == ASSUMPTION) {
                continue;
            }
            markCore(r);
            if (hints != null) {
                hints.add(r);
            }
            for (int p = start[r] + 1, end = start[r + 1]; p < end; p++) {
                int v = literals[p] >>> 1;
                if (seen[v] == 0) {
                    seen[v] = 1;
                    pending++;
                }
            }
        }
        if (hints != null) {
            hints.reverseFrom(hintsFrom);
            hints.add(conflict);
        }
    }
}
