package org.traceoid.corpora.generators;

import org.traceoid.cnf.ClauseSink;

/**
 * Tseitin encoding of a Boolean circuit into a sink: every gate gets a fresh variable whose
 * clauses state {@code out ↔ gate(inputs)} (3 clauses per AND/OR, 4 per XOR). Shared by the
 * factoring and model-checking families. Literals are DIMACS literals.
 */
final class Circuit {
    private final ClauseSink sink;
    private int variables;
    private int falseLiteral;

    Circuit(ClauseSink sink) {
        this.sink = sink;
    }

    int fresh() {
        return ++variables;
    }

    int[] fresh(int count) {
        int[] out = new int[count];
        for (int i = 0; i < count; i++) {
            out[i] = fresh();
        }
        return out;
    }

    /** A literal fixed to false by a unit clause (made on first use). */
    int constantFalse() {
        if (falseLiteral == 0) {
            falseLiteral = fresh();
            sink.addClause(-falseLiteral);
        }
        return falseLiteral;
    }

    void clause(int... literals) {
        sink.addClause(literals);
    }

    int and(int a, int b) {
        int out = fresh();
        sink.addClause(-out, a);
        sink.addClause(-out, b);
        sink.addClause(out, -a, -b);
        return out;
    }

    int or(int a, int b) {
        return -and(-a, -b);
    }

    int xor(int a, int b) {
        int out = fresh();
        sink.addClause(-out, a, b);
        sink.addClause(-out, -a, -b);
        sink.addClause(out, -a, b);
        sink.addClause(out, a, -b);
        return out;
    }

    /** {@code [sum, carry]} of three bits. */
    int[] fullAdder(int a, int b, int c) {
        int ab = xor(a, b);
        int sum = xor(ab, c);
        int carry = or(and(a, b), and(ab, c));
        return new int[] {sum, carry};
    }

    /** Ripple-carry sum of two equally long little-endian words, carry out dropped. */
    int[] add(int[] x, int[] y) {
        int[] sum = new int[x.length];
        int carry = constantFalse();
        for (int i = 0; i < x.length; i++) {
            int[] sc = fullAdder(x[i], y[i], carry);
            sum[i] = sc[0];
            carry = sc[1];
        }
        return sum;
    }

    /** Asserts the little-endian word equals {@code value} (unit clauses). */
    void assertEquals(int[] word, long value) {
        for (int i = 0; i < word.length; i++) {
            sink.addClause(((value >>> i) & 1) == 1 ? word[i] : -word[i]);
        }
    }

    /** A literal true iff the word equals {@code value}. */
    int equalsConstant(int[] word, long value) {
        int out = fresh();
        int[] big = new int[word.length + 1];
        big[0] = out;
        for (int i = 0; i < word.length; i++) {
            int match = ((value >>> i) & 1) == 1 ? word[i] : -word[i];
            sink.addClause(-out, match);
            big[i + 1] = -match;
        }
        sink.addClause(big);
        return out;
    }
}
