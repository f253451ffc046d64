package org.traceoid.proofcheck;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.traceoid.cnf.dimacs.Compression;

/**
 * Reads LRAT steps one at a time, text or binary, plain or compressed. Text:
 * {@code id lit* 0 hint* 0} adds a clause, {@code id d id* 0} deletes clauses, {@code c} starts
 * a comment line. Binary: {@code 'a'} id lit* 0 hint* 0 and {@code 'd'} id* 0, every number the
 * varint of {@code 2|x| + (x < 0)}. A file is binary when its first byte is {@code 'a'} or
 * {@code 'd'} (text steps start with a digit).
 */
final class LratReader {
    /** One step, reused between calls. */
    static final class Step {
        boolean deletion;
        long id;
        final IntList literals = new IntList(64);
        final IntList hints = new IntList(256); // for deletions: the ids deleted
        String position = "";
    }

    private final ByteInput in;
    private final String source;
    private final boolean binary;

    LratReader(InputStream raw, String source, CheckOptions.ProofFormat format) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(Compression.decompressing(raw), 64);
        buffered.mark(4);
        int first = buffered.read();
        buffered.reset();
        this.binary = switch (format) {
            case TEXT -> false;
            case BINARY -> true;
            case AUTO -> first == 'a' || first == 'd';
        };
        this.in = new ByteInput(buffered);
        this.source = source;
    }

    /** Reads the next step into {@code step}; false at the end of the file. */
    boolean next(Step step) throws IOException {
        step.literals.clear();
        step.hints.clear();
        return binary ? nextBinary(step) : nextText(step);
    }

    private boolean nextText(Step step) throws IOException {
        int b = skipSpace();
        while (b == 'c') {
            do {
                b = in.read();
            } while (b != '\n' && b != ByteInput.EOF);
            b = skipSpace();
        }
        if (b == ByteInput.EOF) {
            return false;
        }
        step.position = in.line() + ":" + in.column();
        long stepLine = in.line();
        long stepColumn = in.column();
        step.id = readNumber(true);
        b = skipSpace();
        step.deletion = b == 'd';
        if (step.deletion) {
            in.read();
            readList(step.hints, stepLine, stepColumn, "deletion");
        } else {
            readList(step.literals, stepLine, stepColumn, "clause");
            readList(step.hints, stepLine, stepColumn, "hint list");
        }
        return true;
    }

    private void readList(IntList out, long stepLine, long stepColumn, String what) throws IOException {
        while (true) {
            if (skipSpace() == ByteInput.EOF) {
                throw ProofFormatException.atLine(source, stepLine, stepColumn,
                        what + " is not terminated by 0 before the end of the file");
            }
            long value = readNumber(false);
            if (value == 0) {
                return;
            }
            out.add((int) value);
        }
    }

    private long readNumber(boolean positive) throws IOException {
        long line = in.line();
        long column = in.column();
        int b = in.peek();
        boolean negative = b == '-' && !positive;
        if (negative) {
            in.read();
            b = in.peek();
        }
        if (b < '0' || b > '9') {
            throw ProofFormatException.atLine(source, in.line(), in.column(),
                    DratReader.unexpected(b, positive ? "a clause id" : "a number"));
        }
        long value = 0;
        while (b >= '0' && b <= '9') {
            value = Math.min(value * 10 + (b - '0'), 1L << 40);
            in.read();
            b = in.peek();
        }
        if (b != ByteInput.EOF && b != ' ' && b != '\n' && b != '\r' && b != '\t') {
            throw ProofFormatException.atLine(source, in.line(), in.column(), DratReader.unexpected(b, "a space"));
        }
        if (value > Integer.MAX_VALUE / 2) {
            throw ProofFormatException.atLine(source, line, column, "number out of range: at most " + Integer.MAX_VALUE / 2);
        }
        return negative ? -value : value;
    }

    private int skipSpace() throws IOException {
        int b = in.peek();
        while (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
            in.read();
            b = in.peek();
        }
        return b;
    }

    private boolean nextBinary(Step step) throws IOException {
        long offset = in.offset();
        int b = in.read();
        if (b == ByteInput.EOF) {
            return false;
        }
        step.position = "byte " + offset;
        if (b != 'a' && b != 'd') {
            throw ProofFormatException.atByte(source, offset,
                    String.format("binary LRAT step must start with 'a' or 'd', found byte 0x%02x", b));
        }
        step.deletion = b == 'd';
        if (step.deletion) {
            step.id = 0;
            readBinaryList(step.hints, offset);
        } else {
            step.id = readVarint(offset);
            if (step.id <= 0) {
                throw ProofFormatException.atByte(source, offset, "binary LRAT addition needs a positive clause id");
            }
            readBinaryList(step.literals, offset);
            readBinaryList(step.hints, offset);
        }
        return true;
    }

    private void readBinaryList(IntList out, long stepOffset) throws IOException {
        while (true) {
            long value = readVarint(stepOffset);
            if (value == 0) {
                return;
            }
            out.add((int) value);
        }
    }

    /** A signed number: the varint {@code u} stands for {@code (u & 1) == 0 ? u/2 : -(u/2)}. */
    private long readVarint(long stepOffset) throws IOException {
        long offset = in.offset();
        long u = 0;
        int shift = 0;
        int b;
        do {
            b = in.read();
            if (b == ByteInput.EOF) {
                throw ProofFormatException.atByte(source, stepOffset, "step is not terminated by 0 before the end of the file");
            }
            if (shift > 35) {
                throw ProofFormatException.atByte(source, offset, "number out of range");
            }
            u |= (long) (b & 0x7f) << shift;
            shift += 7;
        } while ((b & 0x80) != 0);
        long magnitude = u >>> 1;
        if (magnitude > Integer.MAX_VALUE / 2) {
            throw ProofFormatException.atByte(source, offset, "number out of range: at most " + Integer.MAX_VALUE / 2);
        }
        return (u & 1) != 0 ? -magnitude : magnitude;
    }
}
