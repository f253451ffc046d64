package org.traceoid.proofcheck;

import java.util.Arrays;

/** A growable {@code int[]} (no boxing), the engines' scratch and record storage. */
final class IntList {
    private int[] items;
    private int size;

    IntList(int capacity) {
        items = new int[Math.max(4, capacity)];
    }

    void add(int value) {
        if (size == items.length) {
            items = Arrays.copyOf(items, size + (size >> 1) + 4);
        }
        items[size++] = value;
    }

    int get(int index) {
        return items[index];
    }

    void set(int index, int value) {
        items[index] = value;
    }

    int size() {
        return size;
    }

    void truncate(int newSize) {
        size = newSize;
    }

    void clear() {
        size = 0;
    }

    /** Reverses {@code [from, size)} in place. */
    void reverseFrom(int from) {
        for (int i = from, j = size - 1; i < j; i++, j--) {
            int t = items[i];
            items[i] = items[j];
            items[j] = t;
        }
    }

    int[] toArray() {
        return Arrays.copyOf(items, size);
    }
}
