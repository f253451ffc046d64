package org.traceoid.solver.preprocess;

import java.util.Arrays;

/**
 * One occurrence list per literal index, for {@link ClauseStore}: entry {@code k} of a list is a
 * clause at {@code [2k]} and, at {@code [2k+1]}, a superset of its signature (the signature when
 * it was added: strengthening only removes bits), so that subsumption rules out most candidates
 * without touching the clause. Beside each list, the number of live occurrences (what the
 * elimination order and the choice of the rarest literal read). Deleted clauses leave their
 * entries behind, marked by a dirty flag, until {@link #list} compacts the list; a literal
 * removed from a clause ({@link #unlink}) goes at once. Cost: 8 bytes per occurrence, 25 per literal.
 */
final class OccurrenceLists {
    private static final int[] NO_INTS = new int[0];

    private final ClauseStore store;
    private final int[][] lists;
    private final int[] length;
    private final int[] count; // live occurrences
    private final boolean[] dirty;

    OccurrenceLists(ClauseStore store, int literals) {
        this.store = store;
        lists = new int[literals][];
        length = new int[literals];
        count = new int[literals];
        dirty = new boolean[literals];
        Arrays.fill(lists, NO_INTS);
    }

    /** While loading: one more occurrence of {@code literal} will be {@link #add added}. */
    void expect(int literal) {
        count[literal]++;
    }

    /** While loading: gives every list room for the occurrences {@link #expect expected}. */
    void allocateExpected() {
        for (int literal = 0; literal < lists.length; literal++) {
            if (count[literal] > 0) {
                lists[literal] = new int[2 * count[literal]];
            }
        }
    }

    /** Appends {@code clause} to {@code literal}'s list; {@code counted}: also count it live (not while loading). */
    void add(int literal, int clause, int signature, boolean counted) {
        int n = length[literal];
        int[] list = lists[literal];
        if (2 * n == list.length) {
            list = lists[literal] = Arrays.copyOf(list, Math.max(8, 4 * n));
        }
        list[2 * n] = clause;
        list[2 * n + 1] = signature;
        length[literal] = n + 1;
        if (counted) {
            count[literal]++;
        }
    }

    /** A clause with {@code literal} was deleted: its entry stays until the list is compacted. */
    void deleted(int literal) {
        count[literal]--;
        dirty[literal] = true;
    }

    /** {@code literal} was removed from a clause, which the caller unlinks or whose list it releases. */
    void strengthened(int literal) {
        count[literal]--;
    }

    /** Live occurrences. */
    int count(int literal) {
        return count[literal];
    }

    /**
     * {@code literal}'s list, compacted if it was dirty: {@link #length} entries (see the class
     * comment), some possibly deleted since. Valid until a clause is added or {@link #unlink}
     * moves the last entry into the removed one's place.
     */
    int[] list(int literal) {
        int[] list = lists[literal];
        if (dirty[literal]) {
            int n = length[literal];
            int kept = 0;
            for (int i = 0; i < n; i++) {
                if (!store.isDeleted(list[2 * i])) {
                    list[2 * kept] = list[2 * i];
                    list[2 * kept + 1] = list[2 * i + 1];
                    kept++;
                }
            }
            length[literal] = kept;
            dirty[literal] = false;
            store.budget.charge(n);
        }
        return list;
    }

    /** The number of entries of {@code literal}'s list as it stands (deleted ones included until compacted). */
    int length(int literal) {
        return length[literal];
    }

    /** Takes {@code clause} out of {@code literal}'s list (the last entry takes its place); returns the entries scanned. */
    int unlink(int literal, int clause) {
        int[] list = lists[literal];
        int n = length[literal];
        for (int i = 0; i < n; i++) {
            if (list[2 * i] == clause) {
                list[2 * i] = list[2 * n - 2];
                list[2 * i + 1] = list[2 * n - 1];
                length[literal] = n - 1;
                return i + 1;
            }
        }
        return n;
    }

    /** Frees a list whose literal no longer occurs. */
    void release(int literal) {
        lists[literal] = NO_INTS;
        length[literal] = 0;
        dirty[literal] = false;
    }
}
