package org.traceoid.encoding;

import java.util.Arrays;

/**
 * Sinz's sequential counter (C. Sinz, "Towards an Optimal CNF Encoding of Boolean Cardinality
 * Constraints", CP 2005), reified: register {@code s_{i,j} <-> (at least j of x_1..x_i)},
 * {@code s_{i,j} = s_{i-1,j} | (s_{i-1,j-1} & x_i)}. n·m cells of two gates each: at most
 * 6·n·m clauses and 2·n·m auxiliary variables (fewer: the first rows fold to constants).
 */
public final class SequentialCounter implements CardinalityEncoding {
    @Override
    public int[] count(Gates gates, int[] inputs, int limit) {
        int m = Math.min(limit, inputs.length);
        int[] registers = new int[m];
        Arrays.fill(registers, gates.constant(false));
        for (int x : inputs) {
            int[] next = new int[m];
            for (int j = 0; j < m; j++) {
                int below = j == 0 ? gates.constant(true) : registers[j - 1];
                next[j] = gates.or(Polarity.BOTH, registers[j], gates.and(Polarity.BOTH, below, x));
            }
            registers = next;
        }
        return registers;
    }


    @Override
    public String toString() {
        return "sequential counter";
    }
}
