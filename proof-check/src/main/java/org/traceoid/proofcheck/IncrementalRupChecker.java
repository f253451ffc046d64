package org.traceoid.proofcheck;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A forward RUP checker whose state persists across the calls of an incremental solver, so
 * that certifying one call costs what that call added and not the whole history (the idea of
 * CaDiCaL's online checker {@code checker.cpp}, and of the incremental DRUP checking in
 * Fazekas, Pollitt, Fleury and Biere, "Certifying Incremental SAT Solving", LPAR 2024). It
 * holds one clause database: the input clauses (taken as given), the lemmas (each accepted
 * only if it is a reverse unit propagation consequence of the database at that moment), minus
 * deleted clauses; and the root-level assignment that unit propagation derives from it, kept
 * to fixpoint after every addition.
 *
 * <p>Soundness: every clause and root-level unit in the database follows from the input
 * clauses given so far, because each lemma is RUP with respect to clauses that do, and input
 * clauses are only ever added (an incremental solver may add clauses between calls but never
 * removes one). Deleting a clause only weakens the database; a root-level unit derived with
 * its help stays, since it was implied when derived and the inputs only grew (drat-trim
 * likewise ignores deletions of unit and reason clauses). So {@link #isRup(int...)} answering
 * true for {@code ¬f1 ∨ … ∨ ¬fk} proves that the inputs plus the assumptions {@code f1..fk}
 * are unsatisfiable, and for the empty clause that the inputs are.
 *
 * <p>Costs: a lemma or query costs one unit propagation from its negation over two watched
 * literals (MiniSat's scheme), undone afterwards; a root-level unit is propagated once for the
 * life of the checker. Memory: about 4 bytes per literal of every live clause plus 20 bytes
 * per clause and 10 per variable; deleted clauses are compacted away once they make up half
 * of the arena. Unlike the backward {@link DratChecker} it checks every lemma, needed or not
 * (no core-first trimming), which is the price of never looking back. RUP only: no RAT
 * (Sat4j's proofs need none). Not thread-safe.
 */
public final class IncrementalRupChecker {
    private static final byte TRUE = 1;
    private static final byte FALSE = -1;
    private static final int NO_CLAUSE = -1;

    // Clause arena: clause c has literal indices arena[start[c] .. start[c] + length[c]); the
    // first two are watched. Literal index of DIMACS l: 2|l| + (l < 0 ? 1 : 0).
    private int[] arena = new int[1 << 12];
    private int arenaSize;
    private int deadLiterals;
    private int[] start = new int[1 << 10];
    private int[] length = new int[1 << 10];
    private boolean[] live = new boolean[1 << 10];
    private int clauseSlots;
    private int liveClauses;
    private final Map<Long, int[]> byContent = new HashMap<>(); // content hash -> clause ids (first entry: count)

    private byte[] value = new byte[4];     // by literal index
    private int[][] watches = new int[4][];  // by literal index: clauses watching it
    private int[] watchSizes = new int[4];
    private int maxVariable;

    private int[] trail = new int[16];
    private int trailSize;
    private int propagated;
    private boolean inconsistent;

    private long inputs;
    private long lemmas;
    private long deletions;
    private long ignoredDeletions;
    private long queries;
    private long propagations;

    /** Adds an input clause, unchecked. Duplicate literals are merged; a tautology is kept but never propagates. */
    public void addInput(int... dimacsLiterals) {
        inputs++;
        insert(dimacsLiterals);
    }

    /**
     * Adds {@code dimacsLiterals} as a lemma if it is RUP: assigning its literals false and
     * propagating at the current database yields a conflict.
     *
     * @return whether it was RUP and so added; a lemma that is not is not added
     */
    public boolean addLemma(int... dimacsLiterals) {
        if (!isRup(dimacsLiterals)) {
            return false;
        }
        lemmas++;
        insert(dimacsLiterals);
        return true;
    }

    /**
     * Deletes one clause with exactly these literals (in any order). A deletion of a clause that is
     * not in the database is ignored and counted ({@link #ignoredDeletions()}), as drat-trim does.
     * Root-level units stay (see the class comment).
     */
    public void delete(int... dimacsLiterals) {
        int[] sorted = normalise(dimacsLiterals);
        long key = hash(sorted);
        int[] bucket = byContent.get(key);
        if (bucket != null) {
            for (int i = 1; i <= bucket[0]; i++) {
                int clause = bucket[i];
                if (sameLiterals(clause, sorted)) {
                    bucket[i] = bucket[bucket[0]];
                    bucket[0]--;
                    if (bucket[0] == 0) {
                        byContent.remove(key);
                    }
                    kill(clause);
                    deletions++;
                    return;
                }
            }
        }
        ignoredDeletions++;
    }

    /**
     * Whether the clause is a RUP consequence of the database (the database is left unchanged).
     * The empty clause is RUP exactly when propagation at the root already conflicts.
     */
    public boolean isRup(int... dimacsLiterals) {
        queries++;
        if (inconsistent) {
            return true;
        }
        growVariables(dimacsLiterals);
        int level = trailSize;
        boolean conflict = false;
        for (int literal : dimacsLiterals) {
            int index = index(literal);
            if (value[index] == TRUE) {
                conflict = true; // satisfied by a root-level unit (or by the negation of another literal here: a tautology)
                break;
            }
            if (value[index] == 0) {
                assign(index ^ 1);
            }
        }
        if (!conflict) {
            conflict = !propagate();
        }
        backtrack(level);
        return conflict;
    }

    /** Whether the database is refuted at the root (every clause is then RUP). */
    public boolean isInconsistent() {
        return inconsistent;
    }

    /** The value of a DIMACS literal at the root: {@code 1} true, {@code -1} false, {@code 0} open. */
    public int rootValue(int dimacsLiteral) {
        int variable = Math.abs(dimacsLiteral);
        return variable > maxVariable ? 0 : value[index(dimacsLiteral)];
    }

    public long inputCount() {
        return inputs;
    }

    /** Lemmas accepted so far. */
    public long lemmaCount() {
        return lemmas;
    }

    public long deletionCount() {
        return deletions;
    }

    /** Deletions of clauses that were not in the database. */
    public long ignoredDeletions() {
        return ignoredDeletions;
    }

    /** RUP checks so far (lemmas and queries). */
    public long checkCount() {
        return queries;
    }

    /** Literals assigned by propagation so far, the checker's unit of work. */
    public long propagationCount() {
        return propagations;
    }

    /** Live clauses in the database. */
    public int clauseCount() {
        return liveClauses;
    }

    // ---- database ------------------------------------------------------------------------

    private void insert(int[] dimacsLiterals) {
        growVariables(dimacsLiterals);
        int[] sorted = normalise(dimacsLiterals);
        int clause = allocate(sorted);
        long key = hash(sorted);
        int[] bucket = byContent.get(key);
        if (bucket == null) {
            bucket = new int[2];
        } else if (bucket[0] + 1 == bucket.length) {
            bucket = Arrays.copyOf(bucket, bucket.length * 2);
        }
        bucket[++bucket[0]] = clause;
        byContent.put(key, bucket);
        if (inconsistent) {
            return;
        }
        attach(clause);
    }

    /** Watches two non-false literals; propagates at the root if the clause is unit or conflicting there. */
    private void attach(int clause) {
        int s = start[clause];
        int n = length[clause];
        if (isTautology(s, n)) {
            return;
        }
        // Move non-false literals to the front; a true one first, so a clause satisfied at the root needs no watches.
        int front = 0;
        for (int i = 0; i < n; i++) {
            int literal = arena[s + i];
            if (value[literal] == TRUE) {
                return; // satisfied at the root for good
            }
            if (value[literal] != FALSE) {
                arena[s + i] = arena[s + front];
                arena[s + front] = literal;
                front++;
            }
        }
        if (front == 0) {
            inconsistent = true;
            return;
        }
        if (front == 1) {
            assign(arena[s]);
            if (!propagate()) {
                inconsistent = true;
            }
            propagated = trailSize; // root level: what is assigned stays
            return;
        }
        watch(arena[s], clause);
        watch(arena[s + 1], clause);
    }

    private boolean isTautology(int s, int n) {
        for (int i = 1; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (arena[s + i] == (arena[s + j] ^ 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    private int allocate(int[] sorted) {
        if (clauseSlots == start.length) {
            int size = start.length * 2;
            start = Arrays.copyOf(start, size);
            length = Arrays.copyOf(length, size);
            live = Arrays.copyOf(live, size);
        }
        if (arenaSize + sorted.length > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + sorted.length));
        }
        int clause = clauseSlots++;
        start[clause] = arenaSize;
        length[clause] = sorted.length;
        live[clause] = true;
        for (int literal : sorted) {
            arena[arenaSize++] = index(literal);
        }
        liveClauses++;
        return clause;
    }

    /** Marks a clause deleted; watch lists drop it lazily, and the arena is compacted once half of it is dead. */
    private void kill(int clause) {
        live[clause] = false;
        liveClauses--;
        deadLiterals += length[clause];
        if (deadLiterals > 1024 && deadLiterals * 2 > arenaSize) {
            compact();
        }
    }

    /**
     * Moves live clauses to the front of the arena and drops dead ones from the watch lists,
     * keeping clause ids (so buckets and watches stay valid). O(arena + watches), amortised
     * over the deletions that made half of the arena dead.
     */
    private void compact() {
        int[] fresh = new int[Math.max(1 << 12, (arenaSize - deadLiterals) * 2)];
        int size = 0;
        for (int c = 0; c < clauseSlots; c++) {
            if (live[c]) {
                System.arraycopy(arena, start[c], fresh, size, length[c]);
                start[c] = size;
                size += length[c];
            } else {
                length[c] = 0;
            }
        }
        arena = fresh;
        arenaSize = size;
        deadLiterals = 0;
        for (int literal = 0; literal < watches.length; literal++) {
            int[] list = watches[literal];
            int kept = 0;
            for (int i = 0; i < watchSizes[literal]; i++) {
                if (live[list[i]]) {
                    list[kept++] = list[i];
                }
            }
            watchSizes[literal] = kept;
        }
    }

    private boolean sameLiterals(int clause, int[] sorted) {
        if (!live[clause] || length[clause] != sorted.length) {
            return false;
        }
        int[] mine = new int[sorted.length];
        for (int i = 0; i < mine.length; i++) {
            mine[i] = dimacs(arena[start[clause] + i]);
        }
        Arrays.sort(mine);
        return Arrays.equals(mine, sorted);
    }

    // ---- propagation ---------------------------------------------------------------------

    private void assign(int literal) {
        value[literal] = TRUE;
        value[literal ^ 1] = FALSE;
        if (trailSize == trail.length) {
            trail = Arrays.copyOf(trail, trail.length * 2);
        }
        trail[trailSize++] = literal;
    }

    private void backtrack(int level) {
        while (trailSize > level) {
            int literal = trail[--trailSize];
            value[literal] = 0;
            value[literal ^ 1] = 0;
        }
        propagated = Math.min(propagated, level);
    }

    /** Propagates the trail from {@code propagated}; false on a conflict. */
    private boolean propagate() {
        while (propagated < trailSize) {
            int falsified = trail[propagated++] ^ 1;
            propagations++;
            int[] list = watches[falsified];
            int size = watchSizes[falsified];
            int kept = 0;
            int i = 0;
            boolean conflict = false;
            while (i < size) {
                int clause = list[i++];
                if (!live[clause]) {
                    continue; // dropped for good
                }
                int s = start[clause];
                if (arena[s] == falsified) {
                    arena[s] = arena[s + 1];
                    arena[s + 1] = falsified;
                }
                int other = arena[s];
                if (value[other] == TRUE) {
                    list[kept++] = clause;
                    continue;
                }
                int replacement = NO_CLAUSE;
                for (int k = 2, n = length[clause]; k < n; k++) {
                    if (value[arena[s + k]] != FALSE) {
                        replacement = k;
                        break;
                    }
                }
                if (replacement != NO_CLAUSE) {
                    int literal = arena[s + replacement];
                    arena[s + replacement] = falsified;
                    arena[s + 1] = literal;
                    watch(literal, clause);
                    continue;
                }
                list[kept++] = clause;
                if (value[other] == FALSE) {
                    conflict = true;
                    break;
                }
                assign(other);
            }
            while (i < size) {
                list[kept++] = list[i++];
            }
            watchSizes[falsified] = kept;
            if (conflict) {
                return false;
            }
        }
        return true;
    }

    private void watch(int literal, int clause) {
        int[] list = watches[literal];
        if (list == null) {
            list = new int[4];
            watches[literal] = list;
        } else if (watchSizes[literal] == list.length) {
            list = Arrays.copyOf(list, list.length * 2);
            watches[literal] = list;
        }
        list[watchSizes[literal]++] = clause;
    }

    private void growVariables(int[] dimacsLiterals) {
        int highest = maxVariable;
        for (int literal : dimacsLiterals) {
            if (literal == 0 || literal == Integer.MIN_VALUE) {
                throw new IllegalArgumentException("not a DIMACS literal: " + literal);
            }
            highest = Math.max(highest, Math.abs(literal));
        }
        if (highest > maxVariable) {
            int size = 2 * highest + 2;
            if (size > value.length) {
                int capacity = Math.max(size, value.length * 2);
                value = Arrays.copyOf(value, capacity);
                watches = Arrays.copyOf(watches, capacity);
                watchSizes = Arrays.copyOf(watchSizes, capacity);
            }
            maxVariable = highest;
        }
    }

    // ---- literals --------------------------------------------------------------------------

    private static int index(int dimacsLiteral) {
        return dimacsLiteral > 0 ? 2 * dimacsLiteral : -2 * dimacsLiteral + 1;
    }

    private static int dimacs(int index) {
        return (index & 1) == 0 ? index >>> 1 : -(index >>> 1);
    }

    /** Sorted, duplicates removed: the content by which deletions find their clause. */
    private static int[] normalise(int[] dimacsLiterals) {
        int[] sorted = dimacsLiterals.clone();
        Arrays.sort(sorted);
        int kept = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (kept == 0 || sorted[kept - 1] != sorted[i]) {
                sorted[kept++] = sorted[i];
            }
        }
        return kept == sorted.length ? sorted : Arrays.copyOf(sorted, kept);
    }

    private static long hash(int[] sorted) {
        long h = 0x9E3779B97F4A7C15L;
        for (int literal : sorted) {
            h = (h ^ literal) * 0xBF58476D1CE4E5B9L;
            h ^= h >>> 31;
        }
        return h;
    }
}
