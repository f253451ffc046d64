package org.traceoid.proofcheck;

import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.Literals;

/**
 * Every clause the DRAT check sees, original and lemma, in one arena of literal indices
 * ({@code 2v}/{@code 2v+1}): clause {@code id} occupies {@code literals[start[id] .. start[id+1])}.
 * Originals get ids {@code 0 .. originalCount-1} in formula order, lemmas the following ids in
 * proof order, and the proof becomes a list of steps {@code id << 1 | deletion}.
 *
 * <p>Loading matches each deletion to a live clause with the same literal set through an
 * order-independent hash (drat-trim's {@code getHash} idea: sum and xor of mixed literals), so
 * a deletion costs O(clause length) expected. Repeated literals in a step are dropped (the
 * first occurrence stays, so a lemma's pivot stays first), as drat-trim does.
 *
 * <p>The engine reorders literals inside a clause (positions 0 and 1 are the watched ones);
 * a lemma's pivot is kept separately in {@link #pivot}.
 */
final class ClauseDatabase {
    final int originalCount;
    final int clauseCount;
    final int maxVariable;
    final int[] literals;
    final int[] start; // clauseCount + 1 entries
    final int[] pivot; // per lemma id (originals: unused), the first literal as written
    final int[] stepOfClause; // per lemma id, its step index in the proof; originals -1
    final int[] steps; // id << 1 | deletion, deletions of clauses not found left out
    final int[] stepIndex; // per kept step, its index in the proof as read
    final int stepCount;
    final int missingDeletions;
    final boolean hasEmptyLemma;

    private ClauseDatabase(Builder b) {
        originalCount = b.originalCount;
        clauseCount = b.clauseCount;
        maxVariable = b.maxVariable;
        literals = b.literals;
        start = b.start;
        pivot = b.pivot;
        stepOfClause = b.stepOfClause;
        steps = b.steps;
        stepIndex = b.stepIndex;
        stepCount = b.stepCount;
        missingDeletions = b.missingDeletions;
        hasEmptyLemma = b.hasEmptyLemma;
    }

    int length(int clause) {
        return start[clause + 1] - start[clause];
    }

    boolean isLemma(int clause) {
        return clause >= originalCount;
    }

    /** A clause as DIMACS literals, in its current (engine) order. */
    int[] dimacs(int clause) {
        int[] out = new int[length(clause)];
        for (int i = 0; i < out.length; i++) {
            out[i] = Literals.toDimacs(literals[start[clause] + i]);
        }
        return out;
    }

    static ClauseDatabase load(Cnf cnf, RecordedProof proof) {
        return new Builder(cnf, proof).build();
    }

    /** One pass over formula and proof; the hash table lives only while loading. */
    private static final class Builder {
        final Cnf cnf;
        final RecordedProof proof;
        int originalCount;
        int clauseCount;
        int maxVariable;
        int[] literals;
        int[] start;
        int[] pivot;
        int[] stepOfClause;
        int[] steps;
        int[] stepIndex;
        int stepCount;
        int missingDeletions;
        boolean hasEmptyLemma;

        int literalCount;
        int[] bucket;
        int[] next;
        int[] hash;
        boolean[] inTable;
        int[] stamp; // per literal index: generation in which it was seen in the current step
        int generation;
        int[] scratch = new int[64];

        Builder(Cnf cnf, RecordedProof proof) {
            this.cnf = cnf;
            this.proof = proof;
        }

        ClauseDatabase build() {
            originalCount = cnf.clauseCount();
            int lemmas = proof.lemmaCount();
            int maxClauses = originalCount + lemmas;
            maxVariable = Math.max(cnf.variableCount(), proof.maxVariable());
            if (maxVariable > DratReader.MAX_VARIABLE) {
                throw new IllegalArgumentException("variable " + maxVariable + " out of range (up to "
                        + DratReader.MAX_VARIABLE + ")");
            }
            int proofAdded = 0;
            for (int s = 0; s < proof.stepCount(); s++) {
                if (!proof.isDeletion(s)) {
                    proofAdded += proof.stepEnd(s) - proof.stepStart(s);
                }
            }
            literals = new int[cnf.literalCount() + proofAdded];
            start = new int[maxClauses + 1];
            pivot = new int[maxClauses];
            stepOfClause = new int[maxClauses];
            steps = new int[proof.stepCount()];
            stepIndex = new int[proof.stepCount()];
            int buckets = Integer.highestOneBit(Math.max(16, maxClauses)) << 1;
            bucket = new int[buckets];
            java.util.Arrays.fill(bucket, -1);
            next = new int[maxClauses];
            hash = new int[maxClauses];
            inTable = new boolean[maxClauses];
            stamp = new int[2 * maxVariable + 2];

            for (int c = 0; c < originalCount; c++) {
                int size = 0;
                for (int p = cnf.clauseStart(c); p < cnf.clauseEnd(c); p++) {
                    size = push(size, cnf.literalAt(p));
                }
                int id = addClause(size);
                stepOfClause[id] = -1;
            }
            for (int s = 0; s < proof.stepCount(); s++) {
                int size = 0;
                for (int p = proof.stepStart(s); p < proof.stepEnd(s); p++) {
                    size = push(size, proof.literalAt(p));
                }
                if (proof.isDeletion(s)) {
                    int found = find(size);
                    if (found < 0) {
                        missingDeletions++;
                        continue;
                    }
                    unlink(found);
                    stepIndex[stepCount] = s;
                    steps[stepCount++] = found << 1 | 1;
                } else {
                    int id = addClause(size);
                    pivot[id] = size > 0 ? scratch[0] : 0;
                    stepOfClause[id] = s;
                    hasEmptyLemma |= size == 0;
                    stepIndex[stepCount] = s;
                    steps[stepCount++] = id << 1;
                }
            }
            start[clauseCount] = literalCount;
            bucket = null;
            return new ClauseDatabase(this);
        }

        /** Appends a DIMACS literal to the current step unless it repeats; returns the new size. */
        private int push(int size, int dimacsLiteral) {
            if (size == 0) {
                generation++;
            }
            int index = Literals.toIndex(dimacsLiteral);
            if (stamp[index] == generation) {
                return size;
            }
            stamp[index] = generation;
            if (size == scratch.length) {
                scratch = java.util.Arrays.copyOf(scratch, size * 2);
            }
            scratch[size] = index;
            return size + 1;
        }

        private int addClause(int size) {
            if (size == 0) {
                generation++; // an empty step must not see the previous step's stamps
            }
            int id = clauseCount++;
            start[id] = literalCount;
            System.arraycopy(scratch, 0, literals, literalCount, size);
            literalCount += size;
            int h = hashOf(size);
            hash[id] = h;
            int b = h & (bucket.length - 1);
            next[id] = bucket[b];
            bucket[b] = id;
            inTable[id] = true;
            return id;
        }

        private int hashOf(int size) {
            int sum = 0;
            int xor = 0;
            for (int i = 0; i < size; i++) {
                int l = scratch[i];
                sum += l * 0x9E3779B1;
                xor ^= Integer.rotateLeft(l * 0x85EBCA6B, 13);
            }
            return (sum ^ (xor * 31)) + size;
        }

        /** A live clause with the literal set in {@code scratch[0..size)} (stamped with the current generation). */
        private int find(int size) {
            if (size == 0) {
                generation++;
            }
            int h = hashOf(size);
            for (int id = bucket[h & (bucket.length - 1)]; id >= 0; id = next[id]) {
                if (hash[id] != h) {
                    continue;
                }
                int from = start[id];
                int to = id + 1 < clauseCount ? start[id + 1] : literalCount;
                if (to - from != size) {
                    continue;
                }
                boolean same = true;
                for (int p = from; p < to && same; p++) {
                    same = stamp[literals[p]] == generation;
                }
                if (same) {
                    return id;
                }
            }
            return -1;
        }

        private void unlink(int id) {
            int b = hash[id] & (bucket.length - 1);
            if (bucket[b] == id) {
                bucket[b] = next[id];
            } else {
                int prev = bucket[b];
                while (next[prev] != id) {
                    prev = next[prev];
                }
                next[prev] = next[id];
            }
            inTable[id] = false;
        }
    }
}
