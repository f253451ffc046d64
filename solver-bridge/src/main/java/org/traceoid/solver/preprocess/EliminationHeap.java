package org.traceoid.solver.preprocess;

import java.util.Arrays;

/**
 * The elimination order (MiniSat's {@code elim_heap}): a binary min-heap of variables by the
 * cost {@code occurrences(v) × occurrences(¬v)}, cheapest first, so that the variables whose
 * elimination is most likely to shrink the formula go first. Costs are read from the store
 * when compared; a variable whose counts changed must be {@link #update updated}. O(log n) per
 * operation.
 */
final class EliminationHeap {
    private final ClauseStore store;
    private final int[] heap;
    private final int[] position; // by variable: index in heap, or -1
    private int size;

    EliminationHeap(ClauseStore store) {
        this.store = store;
        this.heap = new int[store.maxVariable + 1];
        this.position = new int[store.maxVariable + 1];
        Arrays.fill(position, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    boolean contains(int variable) {
        return position[variable] >= 0;
    }

    /** Inserts variables not in the heap yet, in O(n) (Floyd's heap construction) rather than O(n log n). */
    void addAll(IntList variables) {
        for (int i = 0; i < variables.size(); i++) {
            int variable = variables.get(i);
            if (position[variable] < 0) {
                heap[size] = variable;
                position[variable] = size++;
            }
        }
        for (int i = size / 2 - 1; i >= 0; i--) {
            down(i);
        }
    }

    /** Inserts a variable, or restores its place if its cost changed. */
    void update(int variable) {
        if (position[variable] < 0) {
            heap[size] = variable;
            position[variable] = size;
            up(size++);
        } else {
            up(position[variable]);
            down(position[variable]);
        }
    }

    int removeMin() {
        int min = heap[0];
        position[min] = -1;
        size--;
        if (size > 0) {
            heap[0] = heap[size];
            position[heap[0]] = 0;
            down(0);
        }
        return min;
    }

    private long cost(int variable) {
        return (long) store.occurrenceCount(2 * variable) * store.occurrenceCount(2 * variable + 1);
    }

    private boolean less(int a, int b) {
        long ca = cost(a);
        long cb = cost(b);
        return ca < cb || (ca == cb && a < b);
    }

    private void up(int i) {
        int variable = heap[i];
        while (i > 0) {
            int parent = (i - 1) >> 1;
            if (!less(variable, heap[parent])) {
                break;
            }
            heap[i] = heap[parent];
            position[heap[i]] = i;
            i = parent;
        }
        heap[i] = variable;
        position[variable] = i;
    }

    private void down(int i) {
        int variable = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && less(heap[child + 1], heap[child])) {
                child++;
            }
            if (!less(heap[child], variable)) {
                break;
            }
            heap[i] = heap[child];
            position[heap[i]] = i;
            i = child;
        }
        heap[i] = variable;
        position[variable] = i;
    }
}
