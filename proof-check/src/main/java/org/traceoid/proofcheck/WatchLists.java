package org.traceoid.proofcheck;

import java.util.Arrays;

/**
 * Two watch lists per literal index: one for core clauses (already needed by the proof) and
 * one for the rest. Keeping them apart makes core-first propagation (drat-trim's
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

    void add(int literal, int clause, boolean isCore) {
        if (isCore) {
            int n = coreSize[literal];
            int[] list = core[literal];
            if (n == list.length) {
                list = core[literal] = Arrays.copyOf(list, n < 4 ? 4 : n * 2);
            }
            list[n] = clause;
            coreSize[literal] = n + 1;
        } else {
            int n = restSize[literal];
            int[] list = rest[literal];
            if (n == list.length) {
                list = rest[literal] = Arrays.copyOf(list, n < 4 ? 4 : n * 2);
            }
            list[n] = clause;
            restSize[literal] = n + 1;
        }
    }

    /** Removes {@code clause} from {@code literal}'s list (order is not kept). O(list length). */
    void remove(int literal, int clause, boolean isCore) {
        int[] list = isCore ? core[literal] : rest[literal];
        int n = isCore ? coreSize[literal] : restSize[literal];
        for (int i = n - 1; i >= 0; i--) {
            if (list[i] == clause) {
                list[i] = list[n - 1];
                if (isCore) {
                    coreSize[literal] = n - 1;
                } else {
                    restSize[literal] = n - 1;
                }
                return;
            }
        }
        throw new IllegalStateException("clause " + clause + " does not watch literal " + literal);
    }
}
