package org.traceoid.proofcheck;

import java.util.Arrays;

/**
 * Two watch lists per literal index: one for core clauses (already needed by the proof) and
 * one for the rest. An entry is two ints, the clause and a blocking literal (another literal of
 * the clause; when it is true the clause is skipped without reading it, Chu, Harwood and
 * Stuckey, JSAT 2009), so sizes count ints. Keeping them apart makes core-first propagation (drat-trim's
 * {@code propagate} in two modes) scan only core clauses until they are exhausted, instead of
 * skipping non-core entries in a mixed list. A list of literal {@code l} holds the clauses that
 * watch {@code l}, i.e. that must be visited when {@code l} becomes false.
 */
final class WatchLists {
    final int[][] core;
    final int[] coreSize;
    final int[][] rest;
    final int[] restSize;

    WatchLists(int literalIndices) {
        core = new int[literalIndices][];
        coreSize = new int[literalIndices];
        rest = new int[literalIndices][];
        restSize = new int[literalIndices];
        int[] empty = new int[0];
        Arrays.fill(core, empty);
        Arrays.fill(rest, empty);
    }

    void add(int literal, int clause, int blocker, boolean isCore) {
        if (isCore) {
            int n = coreSize[literal];
            int[] list = core[literal];
            if (n == list.length) {
                list = core[literal] = Arrays.copyOf(list, n < 8 ? 8 : n * 2);
            }
            list[n] = clause;
            list[n + 1] = blocker;
            coreSize[literal] = n + 2;
        } else {
            int n = restSize[literal];
            int[] list = rest[literal];
            if (n == list.length) {
                list = rest[literal] = Arrays.copyOf(list, n < 8 ? 8 : n * 2);
            }
            list[n] = clause;
            list[n + 1] = blocker;
            restSize[literal] = n + 2;
        }
    }

    /** Removes {@code clause} from {@code literal}'s list (order is not kept). O(list length). */
    void remove(int literal, int clause, boolean isCore) {
        int[] list = isCore ? core[literal] : rest[literal];
        int n = isCore ? coreSize[literal] : restSize[literal];
        for (int i = n - 2; i >= 0; i -= 2) {
            if (list[i] == clause) {
                list[i] = list[n - 2];
                list[i + 1] = list[n - 1];
                if (isCore) {
                    coreSize[literal] = n - 2;
                } else {
                    restSize[literal] = n - 2;
                }
                return;
            }
        }
        throw new IllegalStateException("clause " + clause + " does not watch literal " + literal);
    }
}
