package org.traceoid.solver.preprocess;

import java.util.Arrays;

/** A growable {@code int[]} (no boxing), for clause lists and queues on the hot paths. */
final class IntList {
    private int[] items;
    private int size;

    IntList() {
        this(16);
    }

    IntList(int capacity) {
        items = new int[Math.max(capacity, 4)];
    }

    void add(int value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, items.length * 2);
        }
        items[size++] = value;
    }

    int get(int index) {
        return items[index];
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void clear() {
        size = 0;
    }

    /** The items (the array is shared; entries past {@link #size()} are garbage). */
    int[] items() {
        return items;
    }

    int[] toArray() {
        return Arrays.copyOf(items, size);
    }
}
