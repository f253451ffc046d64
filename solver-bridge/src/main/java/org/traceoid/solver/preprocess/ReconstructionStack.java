package org.traceoid.solver.preprocess;

import java.util.Arrays;
import org.traceoid.cnf.Literals;

/**
 * The growing elimination stack of one preprocessing run (MiniSat's {@code elimclauses}): one
 * entry per clause that left the formula together with a variable, pivot literal first, then
 * its length; and the literals fixed by units. Frozen into a {@link ModelReconstruction} at the end.
 * Cost: one int per literal stored plus one per entry.
 */
final class ReconstructionStack {
    private int[] entries = new int[64];
    private int size;
    private final IntList units = new IntList();

    /** Pushes a clause, given by literal indices, whose literal {@code pivot} is made true if nothing else satisfies it. */
    void push(int pivot, int[] literals, int from, int to) {
        ensure(to - from + 2);
        int first = size;
        entries[size++] = Literals.toDimacs(pivot);
        for (int i = from; i < to; i++) {
            if (literals[i] != pivot) {
                entries[size++] = Literals.toDimacs(literals[i]);
            }
        }
        entries[size] = size - first;
        size++;
    }

    /** Pushes a unit entry: {@code literal} is made true (MiniSat's default value of an eliminated variable). */
    void pushUnit(int literal) {
        ensure(2);
        entries[size++] = Literals.toDimacs(literal);
        entries[size++] = 1;
    }

    /** Pushes {@code x ≡ r} for a substituted literal index {@code x} and its representative {@code r}. */
    void pushEquivalence(int x, int r) {
        push(x ^ 1, new int[] {x ^ 1, r}, 0, 2);   // (¬x ∨ r): makes x false when r is false
        push(x, new int[] {x, r ^ 1}, 0, 2);       // (x ∨ ¬r): replayed first, makes x true when r is
    }

    /** Records a literal fixed at the root (or kept as a unit clause). */
    void fixed(int literal) {
        units.add(Literals.toDimacs(literal));
    }

    int entryInts() {
        return size;
    }

    ModelReconstruction build(int variableCount, int maxVariable) {
        return new ModelReconstruction(variableCount, maxVariable, units.toArray(), Arrays.copyOf(entries, size));
    }

    private void ensure(int more) {
        if (size + more > entries.length) {
            entries = Arrays.copyOf(entries, Math.max(entries.length * 2, size + more));
        }
    }
}
