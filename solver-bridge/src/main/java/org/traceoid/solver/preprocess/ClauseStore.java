package org.traceoid.solver.preprocess;

import java.util.Arrays;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.CnfBuilder;
import org.traceoid.cnf.Literals;
import org.traceoid.cnf.proof.ProofListener;

/**
 * The formula being simplified, as MiniSat's {@code SimpSolver} holds it: clauses of at least
 * two literals in one arena of ints, each a header (length and flags), a 32-bit variable
 * signature (MiniSat's {@code abstraction}: a clause can only subsume one whose signature
 * covers its own) and its literal indices ({@code 2v}/{@code 2v+1}); a clause is named by the
 * position of its header (MiniSat's {@code CRef}), so that looking at a clause from an
 * occurrence list touches one place in memory. Beside it: an occurrence list per literal, the
 * root-level assignment with its trail, and per variable
 * whether it is still active, fixed, eliminated or substituted. Every technique changes the
 * formula only through this class, which writes each change to the DRAT proof in the order
 * that keeps the proof checkable: a clause is added (as a lemma, which must be RUP at that
 * moment) before the clauses it replaces are deleted; unit clauses are never deleted (drat-trim
 * ignores such deletions); the empty clause is added once, when the formula is refuted.
 *
 * <p>Invariant after {@link #propagate()}: no live clause holds an assigned literal. Units are
 * not stored as clauses: with unit propagation on they fix their variable, otherwise they are
 * kept aside as unit clauses of the result and their variable is frozen.
 *
 * <p>The occurrence lists ({@link OccurrenceLists}) are cleaned lazily; strengthening removes
 * the clause from the list of the removed literal at once. Proof steps go out through
 * {@link DratSteps}. Memory: about 4 bytes per literal in the arena and 8 in the occurrence
 * lists, 12 bytes per clause, and 45 bytes per variable.
 */
final class ClauseStore {
    static final byte ACTIVE = 0;
    static final byte FIXED = 1;
    static final byte ELIMINATED = 2;
    static final byte SUBSTITUTED = 3;

    // header bits: flags below, the clause's length above
    private static final int DELETED = 1;
    private static final int QUEUED = 2;
    private static final int MARKED = 4;
    private static final int FLAG_BITS = 3;
    private static final int HEADER = 2; // header and signature before the literals
    private static final byte TRUE = 1;
    private static final byte FALSE = -1;

    final int maxVariable;
    final Budget budget;
    final ReconstructionStack reconstruction = new ReconstructionStack();
    private final boolean propagateUnits;
    private final boolean queueForSubsumption;
    private final DratSteps proof;

    // clauses: arena[c] = length << FLAG_BITS | flags, arena[c + 1] = signature, literals from c + 2
    private int[] arena;
    private int arenaSize;
    private final IntList clauses = new IntList(); // every clause (header position) in the order added
    private int liveClauses;
    private long liveLiterals;

    private final OccurrenceLists occurrences;

    // root-level assignment, by literal index; trail of fixed literals
    private final byte[] value;
    private final int[] trail;
    private int trailSize;
    private int propagated;
    private final int[] trailPosition; // by variable
    private final byte[] state;        // by variable
    private final boolean[] frozen;    // by variable
    private final byte[] keptUnit;     // by variable: the sign of a kept unit clause (units off), 0 if none
    private final IntList keptUnits = new IntList();
    private boolean unsat;

    // work lists: the subsumption queue, variables touched since the last gathering, variables whose counts changed
    private final SubsumptionQueue queue = new SubsumptionQueue(this);
    private final VariableSet touched;
    private final VariableSet countChanged;

    // marks for the techniques: mark[literal] == generation means "in the current set"
    private final int[] mark;
    private int generation;

    private final TechniqueCounters counters = new TechniqueCounters();

    private ClauseStore(int maxVariable, PreprocessOptions options, ProofListener proof, Budget budget) {
        this.maxVariable = maxVariable;
        this.budget = budget;
        this.proof = new DratSteps(proof);
        this.propagateUnits = options.units();
        this.queueForSubsumption = options.subsumption();
        int literals = 2 * (maxVariable + 1);
        occurrences = new OccurrenceLists(this, literals);
        value = new byte[literals];
        mark = new int[literals];
        trail = new int[maxVariable + 1];
        trailPosition = new int[maxVariable + 1];
        state = new byte[maxVariable + 1];
        frozen = new boolean[maxVariable + 1];
        keptUnit = new byte[maxVariable + 1];
        touched = new VariableSet(maxVariable);
        countChanged = new VariableSet(maxVariable);
        for (int variable : options.frozenVariables()) {
            if (variable <= maxVariable) {
                frozen[variable] = true;
            }
        }
    }

    /**
     * Loads {@code cnf}: tautologies are deleted (in the proof too), unit clauses enqueued, an
     * empty clause refutes at once. Polls the stop supplier every 4096 clauses.
     *
     * @return the store, or {@code null} if a stop was asked for while loading (nothing was
     *         written to the proof then)
     */
    static ClauseStore load(Cnf cnf, PreprocessOptions options, ProofListener proof, Budget budget) {
        int maxVariable = cnf.maxVariable();
        ClauseStore store = new ClauseStore(maxVariable, options, proof, budget);
        int clauses = cnf.clauseCount();
        // Pass 1: classify clauses (tautologies by marks: stamp c + 1 on each literal), count occurrences.
        byte[] kind = new byte[clauses]; // 0 stored, 1 tautology, 2 unit, 3 empty
        int[] stamp = store.mark;
        long stored = 0;
        for (int c = 0; c < clauses; c++) {
            if ((c & 4095) == 0 && budget.poll()) {
                return null;
            }
            int from = cnf.clauseStart(c);
            int to = cnf.clauseEnd(c);
            if (to - from <= 1) {
                kind[c] = (byte) (to == from ? 3 : 2);
                continue;
            }
            boolean tautology = false;
            for (int p = from; p < to; p++) {
                int literal = Literals.toIndex(cnf.literalAt(p));
                tautology |= stamp[literal ^ 1] == c + 1;
                stamp[literal] = c + 1;
            }
            if (tautology) {
                kind[c] = 1;
                continue;
            }
            for (int p = from; p < to; p++) {
                store.occurrences.expect(Literals.toIndex(cnf.literalAt(p)));
            }
            stored += to - from;
        }
        Arrays.fill(stamp, 0);
        // Pass 2: exact-size occurrence lists and the arena.
        store.occurrences.allocateExpected();
        long arenaInts = stored + (long) HEADER * clauses;
        if (arenaInts > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("formula too large to preprocess: " + stored + " literals");
        }
        store.arena = new int[(int) Math.min(Integer.MAX_VALUE - 8, arenaInts + arenaInts / 8 + 64)];
        int[] buffer = new int[16];
        for (int c = 0; c < clauses; c++) {
            if (kind[c] != 0) {
                continue;
            }
            int from = cnf.clauseStart(c);
            int length = cnf.clauseEnd(c) - from;
            if (buffer.length < length) {
                buffer = new int[length];
            }
            for (int i = 0; i < length; i++) {
                buffer[i] = Literals.toIndex(cnf.literalAt(from + i));
            }
            store.append(buffer, length, false);
        }
        if (options.subsumption()) {
            store.queue.addAllStored();
        }
        // Now the proof: tautologies leave, an empty clause refutes, units are enqueued.
        for (int c = 0; c < clauses && !store.unsat; c++) {
            switch (kind[c]) {
                case 1 -> {
                    store.proof.deletedDimacs(cnf.clause(c));
                    store.counters.clauseRemoved();
                }
                case 2 -> store.enqueueUnit(Literals.toIndex(cnf.literalAt(cnf.clauseStart(c))));
                case 3 -> store.refute();
                default -> { }
            }
        }
        budget.charge(2L * cnf.literalCount() + clauses);
        return store;
    }

    // ---- reading -------------------------------------------------------------------------

    boolean isUnsat() {
        return unsat;
    }

    /** The number of clauses ever stored, deleted ones included: {@link #clause(int)} takes 0 .. this - 1. */
    int clauseCount() {
        return clauses.size();
    }

    /** The {@code index}-th clause stored (its header position, the name every other method takes). */
    int clause(int index) {
        return clauses.get(index);
    }

    int liveClauses() {
        return liveClauses;
    }

    boolean isDeleted(int clause) {
        return (arena[clause] & DELETED) != 0;
    }

    int size(int clause) {
        return arena[clause] >>> FLAG_BITS;
    }

    /** Where the clause's literals start in {@link #arena()}. */
    int start(int clause) {
        return clause + HEADER;
    }

    /** Marks a clause for a technique's own bookkeeping; the technique clears its marks. */
    void mark(int clause) {
        arena[clause] |= MARKED;
    }

    void unmark(int clause) {
        arena[clause] &= ~MARKED;
    }

    boolean isMarked(int clause) {
        return (arena[clause] & MARKED) != 0;
    }

    /** The arena; clause {@code c} is {@code arena()[start(c) .. start(c) + size(c))}. Valid until a clause is added. */
    int[] arena() {
        return arena;
    }

    int signature(int clause) {
        return arena[clause + 1];
    }

    /** Live occurrences of a literal index. */
    int occurrenceCount(int literal) {
        return occurrences.count(literal);
    }

    byte state(int variable) {
        return state[variable];
    }

    boolean isFrozen(int variable) {
        return frozen[variable];
    }

    /** Whether a variable may still be eliminated or substituted: active, unassigned and not frozen. */
    boolean isRemovable(int variable) {
        return state[variable] == ACTIVE && !frozen[variable];
    }

    /** The root value of a literal index: 1 true, -1 false, 0 unassigned. */
    byte value(int literal) {
        return value[literal];
    }

    boolean hasPendingUnits() {
        return propagated < trailSize;
    }

    /** Kept unit clauses (units off), as literal indices. */
    IntList keptUnits() {
        return keptUnits;
    }

    /**
     * Copies the live clauses of {@code literal}'s occurrence list into {@code into} (so the
     * caller may change the formula while walking them), compacting the list first if it is dirty.
     */
    void snapshot(int literal, IntList into) {
        into.clear();
        int[] list = occurrences.list(literal);
        int length = occurrences.length(literal);
        for (int i = 0; i < length; i++) {
            into.add(list[2 * i]);
        }
        budget.charge(length + 1);
    }

    /** {@code literal}'s occurrence list, compacted: see {@link OccurrenceLists#list}. */
    int[] occurrences(int literal) {
        return occurrences.list(literal);
    }

    /** The number of entries in {@link #occurrences(int)}. */
    int occurrenceLength(int literal) {
        return occurrences.length(literal);
    }

    /** A fresh mark generation: afterwards no literal is marked. */
    int newMarks() {
        if (++generation == Integer.MAX_VALUE) {
            Arrays.fill(mark, 0);
            generation = 1;
        }
        return generation;
    }

    /** The marks, valid with the generation {@link #newMarks()} returned. */
    int[] marks() {
        return mark;
    }

    // ---- statistics ----------------------------------------------------------------------

    /** Makes {@code technique} the one that following changes count for; returns the previous one. */
    Technique countFor(Technique technique) {
        return counters.countFor(technique);
    }

    /** A number that grows with every change to the formula (to see whether a round did anything). */
    long changes() {
        return counters.changes();
    }

    TechniqueStatistics statistics(Technique technique, long nanos) {
        return counters.statistics(technique, nanos);
    }

    // ---- changing the formula ------------------------------------------------------------

    /**
     * Adds a clause derived from the current formula (a resolvent, a substituted clause) as a
     * lemma, which must be RUP now. {@code literals[0..length)} are literal indices without
     * repetition or complementary pair; literals fixed and already propagated are dropped
     * (a true one makes the clause redundant, and nothing is added). The buffer may be
     * reordered. A result of one literal becomes a unit, of none the refutation.
     *
     * @return the new clause's index, or -1 if none was stored
     */
    int addClause(int[] literals, int length) {
        int n = 0;
        for (int i = 0; i < length; i++) {
            int literal = literals[i];
            byte v = value[literal];
            if (v != 0 && trailPosition[literal >>> 1] < propagated) {
                if (v == TRUE) {
                    return -1;
                }
                continue;
            }
            literals[n++] = literal;
        }
        proof.added(literals, 0, n);
        counters.clauseAdded();
        if (n == 0) {
            unsat = true;
            return -1;
        }
        if (n == 1) {
            enqueueUnit(literals[0]);
            return -1;
        }
        return append(literals, n, true);
    }

    /** Adds a unit lemma (RUP now) and enqueues it. */
    void addUnit(int literal) {
        proof.added(new int[] {literal}, 0, 1);
        enqueueUnit(literal);
    }

    /** Adds a lemma (RUP now) that is not kept as a clause: a step that later lemmas rely on. */
    void addHelper(int[] literals) {
        proof.added(literals, 0, literals.length);
    }

    /** Deletes a helper lemma of {@link #addHelper} from the proof. */
    void deleteHelper(int[] literals) {
        proof.deleted(literals, 0, literals.length);
    }

    /** Deletes a live clause (in the proof too). */
    void deleteClause(int clause) {
        proof.deleted(arena, clause + HEADER, size(clause));
        counters.clauseRemoved();
        remove(clause);
    }

    /**
     * Removes {@code literal} from a live clause (self-subsumption, or a false literal): the
     * shorter clause is added, then the old one deleted. A clause left with one literal becomes
     * a unit. The clause leaves {@code literal}'s occurrence list at once when
     * {@code unlink}, otherwise the caller clears that list.
     */
    void removeLiteral(int clause, int literal, boolean unlink) {
        int from = clause + HEADER;
        int n = size(clause);
        int[] old = DratSteps.toDimacs(arena, from, n, new int[n]);
        int j = from;
        for (int i = from; i < from + n; i++) {
            if (arena[i] != literal) {
                arena[j++] = arena[i];
            }
        }
        arena[clause] = (n - 1) << FLAG_BITS | (arena[clause] & ((1 << FLAG_BITS) - 1));
        proof.added(arena, from, n - 1);
        proof.deletedDimacs(old);
        counters.literalRemoved();
        liveLiterals--;
        occurrences.strengthened(literal);
        changed(literal >>> 1);
        if (unlink) {
            budget.charge(occurrences.unlink(literal, clause));
        }
        if (n - 1 == 1) {
            int unit = arena[from];
            remove(clause); // no deletion in the proof: the clause is the unit lemma just added
            enqueueUnit(unit);
        } else {
            arena[clause + 1] = signature(arena, from, n - 1);
            touchClause(clause);
            enqueue(clause);
        }
    }

    /** Marks a variable eliminated (its clauses were resolved away and deleted). */
    void eliminated(int variable) {
        state[variable] = ELIMINATED;
        counters.variableRemoved();
        releaseOccurrences(variable);
    }

    /** Marks a variable substituted by an equivalent literal (it no longer occurs). */
    void substituted(int variable) {
        state[variable] = SUBSTITUTED;
        counters.variableRemoved();
        releaseOccurrences(variable);
    }

    /**
     * Makes a literal true at the root; its clause (a unit) must already be in the proof. With
     * unit propagation off it is kept as a unit clause instead, and its variable frozen.
     */
    void enqueueUnit(int literal) {
        if (unsat) {
            return;
        }
        int variable = literal >>> 1;
        if (!propagateUnits) {
            byte sign = (literal & 1) == 0 ? TRUE : FALSE;
            if (keptUnit[variable] == sign) {
                return;
            }
            if (keptUnit[variable] == -sign) {
                refute(); // both units are in the proof: the empty clause is RUP
                return;
            }
            keptUnit[variable] = sign;
            keptUnits.add(literal);
            frozen[variable] = true; // stays, as a unit clause: removes no variable
            return;
        }
        byte v = value[literal];
        if (v == TRUE) {
            return;
        }
        if (v == FALSE) {
            refute();
            return;
        }
        value[literal] = TRUE;
        value[literal ^ 1] = FALSE;
        trailPosition[variable] = trailSize;
        trail[trailSize++] = literal;
        state[variable] = FIXED;
        // A fixed variable counts as a unit, whoever derived it, except a failed literal.
        counters.variableRemoved(counters.current() == Technique.FAILED_LITERALS ? Technique.FAILED_LITERALS
                : Technique.UNITS);
    }

    /** The formula is refuted: adds the empty clause (which must be RUP now) once. */
    void refute() {
        if (!unsat) {
            proof.empty();
            unsat = true;
        }
    }

    /**
     * Root-level unit propagation over the occurrence lists: each fixed literal deletes the
     * clauses it satisfies and is removed from those containing its negation (each shorter
     * clause is RUP given the unit). Runs to the end (it is linear in the occurrences, and a
     * result with a fixed variable still occurring would be wrong), counted for
     * {@link Technique#UNITS}.
     *
     * @return false if the formula was refuted
     */
    boolean propagate() {
        Technique previous = countFor(Technique.UNITS);
        while (!unsat && propagated < trailSize) {
            int literal = trail[propagated++];
            int[] list = occurrences.list(literal);
            int length = occurrences.length(literal);
            for (int i = 0; i < length; i++) {
                if ((arena[list[2 * i]] & DELETED) == 0) {
                    deleteClause(list[2 * i]);
                }
            }
            int negation = literal ^ 1;
            int[] negList = occurrences.list(negation);
            int negLength = occurrences.length(negation);
            for (int i = 0; i < negLength && !unsat; i++) {
                if ((arena[negList[2 * i]] & DELETED) == 0) {
                    removeLiteral(negList[2 * i], negation, false);
                }
            }
            budget.charge(length + negLength + 1);
            releaseOccurrences(literal >>> 1);
        }
        countFor(previous);
        return !unsat;
    }

    // ---- the subsumption queue and touched variables --------------------------------------

    /** Queues a live clause for backward subsumption (if subsumption is on). */
    void enqueue(int clause) {
        if (queueForSubsumption) {
            queue.add(clause);
        }
    }

    /** The next live clause waiting for backward subsumption, or -1. */
    int pollQueue() {
        return queue.poll();
    }

    /** Empties the subsumption queue (when a phase ran out of budget). */
    void clearQueue() {
        queue.clear();
    }

    boolean isQueued(int clause) {
        return (arena[clause] & QUEUED) != 0;
    }

    void setQueued(int clause, boolean queued) {
        arena[clause] = queued ? arena[clause] | QUEUED : arena[clause] & ~QUEUED;
    }

    /** Variables in clauses added or strengthened since the last call (for subsumption), emptied. */
    IntList takeTouched(IntList into) {
        return touched.drainInto(into);
    }

    /** Variables whose occurrence counts changed since the last call (for the elimination heap), emptied. */
    IntList takeCountChanged(IntList into) {
        return countChanged.drainInto(into);
    }

    // ---- the result ----------------------------------------------------------------------

    /**
     * The simplified formula: the live clauses in order, then a unit clause for every fixed
     * frozen variable and every kept unit (so that assumptions on them stay meaningful).
     */
    Cnf toCnf(int variableCount) {
        CnfBuilder builder = new CnfBuilder().declareVariables(variableCount).expectClauses(liveClauses);
        int[] buffer = new int[16];
        for (int i = 0; i < clauses.size(); i++) {
            int c = clauses.get(i);
            if ((arena[c] & DELETED) != 0) {
                continue;
            }
            int n = size(c);
            if (buffer.length < n) {
                buffer = new int[n];
            }
            builder.addClause(DratSteps.toDimacs(arena, c + HEADER, n, buffer), 0, n);
        }
        for (int i = 0; i < trailSize; i++) {
            if (frozen[trail[i] >>> 1]) {
                builder.addClause(Literals.toDimacs(trail[i]));
            }
        }
        for (int i = 0; i < keptUnits.size(); i++) {
            builder.addClause(Literals.toDimacs(keptUnits.get(i)));
        }
        return builder.build();
    }

    /** The reconstruction: the fixed literals and kept units, then the elimination stack. */
    ModelReconstruction reconstruction(int variableCount) {
        for (int i = 0; i < trailSize; i++) {
            reconstruction.fixed(trail[i]);
        }
        for (int i = 0; i < keptUnits.size(); i++) {
            reconstruction.fixed(keptUnits.get(i));
        }
        return reconstruction.build(variableCount, maxVariable);
    }

    // ---- internals -----------------------------------------------------------------------

    private int append(int[] literals, int length, boolean touch) {
        if (arenaSize + HEADER + length > arena.length) {
            long grown = Math.max((long) arenaSize + HEADER + length, arena.length + (long) arena.length / 2);
            if (grown > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("preprocessing arena over 2^31 ints");
            }
            arena = Arrays.copyOf(arena, (int) grown);
        }
        int clause = arenaSize;
        arena[clause] = length << FLAG_BITS;
        arena[clause + 1] = signature(literals, 0, length);
        System.arraycopy(literals, 0, arena, clause + HEADER, length);
        arenaSize += HEADER + length;
        clauses.add(clause);
        liveClauses++;
        liveLiterals += length;
        for (int i = 0; i < length; i++) {
            int literal = literals[i];
            occurrences.add(literal, clause, arena[clause + 1], touch);
            if (touch) {
                changed(literal >>> 1);
            }
        }
        if (touch) {
            touchClause(clause);
        }
        enqueue(clause);
        return clause;
    }

    /** Takes a live clause out of the formula, without a proof event. */
    private void remove(int clause) {
        arena[clause] |= DELETED;
        liveClauses--;
        int from = clause + HEADER;
        int n = size(clause);
        liveLiterals -= n;
        for (int i = from; i < from + n; i++) {
            int literal = arena[i];
            occurrences.deleted(literal);
            changed(literal >>> 1);
        }
    }

    /** Frees both occurrence lists of a variable that no longer occurs. */
    private void releaseOccurrences(int variable) {
        occurrences.release(2 * variable);
        occurrences.release(2 * variable + 1);
    }

    private void changed(int variable) {
        countChanged.add(variable);
    }

    private void touchClause(int clause) {
        if (!queueForSubsumption) {
            return;
        }
        for (int i = clause + HEADER, end = i + size(clause); i < end; i++) {
            touched.add(arena[i] >>> 1);
        }
    }

    static int signature(int[] literals, int from, int length) {
        int sig = 0;
        for (int i = from; i < from + length; i++) {
            sig |= 1 << ((literals[i] >>> 1) & 31);
        }
        return sig;
    }
}
