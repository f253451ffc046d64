package org.traceoid.proofcheck;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Writes LRAT lines, text or binary; numbers are ids, DIMACS literals and signed hints. */
abstract class LratOutput {
    final OutputStream out;

    LratOutput(OutputStream out) {
        this.out = new BufferedOutputStream(out, 1 << 16);
    }

    abstract void addition(int id, int[] dimacsLiterals, IntList hints) throws IOException;

    abstract void deletion(int id, IntList ids) throws IOException;

    void finish() throws IOException {
        out.flush();
    }

    /** {@code id lits 0 hints 0} and {@code id d ids 0}. */
    static final class Text extends LratOutput {
        private final byte[] digits = new byte[12];

        Text(OutputStream out) {
            super(out);
        }

        @Override
        void addition(int id, int[] dimacsLiterals, IntList hints) throws IOException {
            number(id);
            for (int literal : dimacsLiterals) {
                number(literal);
            }
            out.write('0');
            out.write(' ');
            for (int k = 0; k < hints.size(); k++) {
                number(hints.get(k));
            }
            out.write('0');
            out.write('\n');
        }

        @Override
        void deletion(int id, IntList ids) throws IOException {
            number(id);
            out.write('d');
            out.write(' ');
            for (int k = 0; k < ids.size(); k++) {
                number(ids.get(k));
            }
            out.write('0');
            out.write('\n');
        }

        private void number(int value) throws IOException {
            if (value < 0) {
                out.write('-');
            }
            long v = Math.abs((long) value);
            int n = 0;
            do {
                digits[n++] = (byte) ('0' + v % 10);
                v /= 10;
            } while (v != 0);
            while (n > 0) {
                out.write(digits[--n]);
            }
            out.write(' ');
        }
    }

    /** {@code 'a'} id lits 0 hints 0 and {@code 'd'} ids 0, each number as a varint of {@code 2|x|+(x<0)}. */
    static final class Binary extends LratOutput {
        Binary(OutputStream out) {
            super(out);
        }

        @Override
        void addition(int id, int[] dimacsLiterals, IntList hints) throws IOException {
            out.write('a');
            number(id);
            for (int literal : dimacsLiterals) {
                number(literal);
            }
            out.write(0);
            for (int k = 0; k < hints.size(); k++) {
                number(hints.get(k));
            }
            out.write(0);
        }

        @Override
        void deletion(int id, IntList ids) throws IOException {
            out.write('d');
            for (int k = 0; k < ids.size(); k++) {
                number(ids.get(k));
            }
            out.write(0);
        }

        private void number(int value) throws IOException {
            long u = 2L * Math.abs((long) value) + (value < 0 ? 1 : 0);
            while (u > 0x7f) {
                out.write((int) (u & 0x7f) | 0x80);
                u >>>= 7;
            }
            out.write((int) u);
        }
    }
}
