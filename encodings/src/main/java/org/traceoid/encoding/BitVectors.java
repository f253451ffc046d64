package org.traceoid.encoding;

import java.util.Arrays;

/**
 * Unsigned binary integers as arrays of literals, least significant bit first, with the
 * circuits the spec compiler needs: ripple-carry addition (one full adder, i.e. a XOR pair
 * and a majority, per bit: O(w) clauses), multiplication by a constant as shift-and-add
 * (O(w · popcount(c))), and comparison (O(w)). Every output is fully defined, so comparison
 * results may be used under any polarity. Constant bits are the gate library's constants,
 * which fold away: adding a constant costs fewer clauses than adding a variable.
 */
public final class BitVectors {
    private final Gates gates;

    public BitVectors(Gates gates) {
        this.gates = gates;
    }

    /** The bits of a non-negative constant. */
    public int[] constant(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("unsigned bit-vectors hold no negative value: " + value);
        }
        int width = 64 - Long.numberOfLeadingZeros(value);
        int[] bits = new int[width];
        for (int i = 0; i < width; i++) {
            bits[i] = gates.constant(((value >>> i) & 1) != 0);
        }
        return bits;
    }

    /** The number of bits that hold {@code 0..max}. */
    public static int width(long max) {
        return 64 - Long.numberOfLeadingZeros(max);
    }

    public int[] add(int[] a, int[] b) {
        int width = Math.max(a.length, b.length);
        int[] sum = new int[width + 1];
        int carry = gates.constant(false);
        for (int i = 0; i < width; i++) {
            int x = bit(a, i);
            int y = bit(b, i);
            sum[i] = gates.xor(Polarity.BOTH, gates.xor(Polarity.BOTH, x, y), carry);
            carry = gates.majority(x, y, carry);
        }
        sum[width] = carry;
        return trim(sum);
    }

    /** {@code c · a} for a constant {@code c >= 0}. */
    public int[] times(int[] a, long c) {
        if (c < 0) {
            throw new IllegalArgumentException("negative factor " + c);
        }
        int[] product = new int[0];
        for (int shift = 0; c >>> shift != 0; shift++) {
            if (((c >>> shift) & 1) != 0) {
                int[] shifted = new int[a.length + shift];
                Arrays.fill(shifted, 0, shift, gates.constant(false));
                System.arraycopy(a, 0, shifted, shift, a.length);
                product = add(product, shifted);
            }
        }
        return product;
    }

    /** {@code out <-> a == b}. */
    public int equal(int[] a, int[] b) {
        int width = Math.max(a.length, b.length);
        int[] same = new int[width];
        for (int i = 0; i < width; i++) {
            same[i] = gates.iff(Polarity.BOTH, bit(a, i), bit(b, i));
        }
        return gates.and(Polarity.BOTH, same);
    }

    /**
     * {@code out <-> a < b}, from the least significant bit up: {@code lt_i = (!a_i & b_i) |
     * ((a_i <-> b_i) & lt_{i-1})}, the highest differing bit decides.
     */
    public int lessThan(int[] a, int[] b) {
        int width = Math.max(a.length, b.length);
        int less = gates.constant(false);
        for (int i = 0; i < width; i++) {
            int x = bit(a, i);
            int y = bit(b, i);
            int here = gates.and(Polarity.BOTH, -x, y);
            int same = gates.iff(Polarity.BOTH, x, y);
            less = gates.or(Polarity.BOTH, here, gates.and(Polarity.BOTH, same, less));
        }
        return less;
    }

    /** {@code out <-> a <= b}. */
    public int lessOrEqual(int[] a, int[] b) {
        return -lessThan(b, a);
    }

    private int bit(int[] bits, int i) {
        return i < bits.length ? bits[i] : gates.constant(false);
    }

    /** Drops constant-false high bits. */
    private int[] trim(int[] bits) {
        int length = bits.length;
        while (length > 0 && gates.isFalse(bits[length - 1])) {
            length--;
        }
        return length == bits.length ? bits : Arrays.copyOf(bits, length);
    }
}
