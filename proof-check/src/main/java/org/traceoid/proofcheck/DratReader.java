package org.traceoid.proofcheck;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.traceoid.cnf.dimacs.Compression;

/**
 * Reads a DRAT/DRUP proof, text or binary, plain or compressed ({@link Compression}), into a
 * {@link RecordedProof}.
 *
 * <p>Text: steps are literals ended by {@code 0}, a leading {@code d} marks a deletion,
 * {@code c} starts a comment line. Binary (drat-trim's format): {@code 'a'} or {@code 'd'},
 * then each literal as the variable-length unsigned {@code 2|lit| + (lit < 0)} in 7-bit groups
 * (low group first, high bit set on all but the last), ended by the byte {@code 0}.
 *
 * <p>Detection follows drat-trim ({@code main}, "turning on binary mode checking"): the
 * proof is binary if one of its first 12 bytes is none of LF, CR, space, '-', digits, 'c', 'd'
 * (letters are allowed after a leading "c " so that comments do not look binary); an empty
 * file counts as binary, and one not starting with {@code 'a'} or {@code 'd'} as text.
 * Cost: one pass, O(1) per byte.
 */
final class DratReader {
    /** The largest variable a proof may use: {@code 2v+1} must fit an int with room for flags. */
    static final int MAX_VARIABLE = (1 << 28) - 1;

    private final CheckOptions.ProofFormat format;

    DratReader(CheckOptions.ProofFormat format) {
        this.format = format;
    }

    RecordedProof read(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, path.toString());
        }
    }

    RecordedProof read(InputStream raw, String source) throws IOException {
        InputStream decompressed = Compression.decompressing(raw);
        BufferedInputStream in = new BufferedInputStream(decompressed, 64);
        in.mark(16);
        byte[] head = new byte[12];
        int length = in.readNBytes(head, 0, head.length);
        in.reset();
        boolean binary = switch (format) {
            case TEXT -> false;
            case BINARY -> true;
            case AUTO -> looksBinary(head, length);
        };
        RecordedProof proof = new RecordedProof();
        ByteInput input = new ByteInput(in);
        if (binary) {
            readBinary(input, source, proof);
        } else {
            readText(input, source, proof);
        }
        return proof;
    }

    /**
     * drat-trim's detection rule (see the class comment), except that a file whose first byte
     * is not {@code 'a'} or {@code 'd'} cannot be a binary proof and is read as text, so that
     * garbage gets a message with line and column rather than "wrong binary prefix".
     */
    static boolean looksBinary(byte[] head, int length) {
        if (length == 0) {
            return true;
        }
        if (head[0] != 'a' && head[0] != 'd') {
            return false;
        }
        boolean comment = true;
        for (int i = 0; i < length; i++) {
            int c = head[i] & 0xff;
            if (i == 0 && c != 'c' || i == 1 && c != ' ') {
                comment = false;
            }
            if (binaryCharacter(c) && (i < 2 || !comment || c < 65 || c > 122)) {
                return true;
            }
        }
        return false;
    }

    private static boolean binaryCharacter(int c) {
        return c != '\n' && c != '\r' && c != ' ' && c != '-' && (c < '0' || c > '9') && c != 'c' && c != 'd';
    }

    private static void readText(ByteInput in, String source, RecordedProof proof) throws IOException {
        int[] clause = new int[64];
        while (true) {
            int b = skipSpace(in);
            if (b == ByteInput.EOF) {
                return;
            }
            if (b == 'c') {
                skipLine(in);
                continue;
            }
            long stepLine = in.line();
            long stepColumn = in.column();
            boolean deletion = false;
            if (b == 'd') {
                deletion = true;
                in.read();
                b = skipSpace(in);
            }
            int size = 0;
            while (true) {
                if (b == ByteInput.EOF) {
                    throw ProofFormatException.atLine(source, stepLine, stepColumn,
                            (deletion ? "deletion" : "lemma") + " is not terminated by 0 before the end of the file");
                }
                int literal = readInteger(in, source);
                if (literal == 0) {
                    break;
                }
                if (size == clause.length) {
                    clause = java.util.Arrays.copyOf(clause, size * 2);
                }
                clause[size++] = literal;
                b = skipSpace(in);
            }
            proof.append(clause, 0, size, deletion);
        }
    }

    /** Skips blanks and returns the next byte (not consumed), or EOF. */
    private static int skipSpace(ByteInput in) throws IOException {
        int b = in.peek();
        while (b == ' ' || b == '\n' || b == '\r' || b == '\t' || b == '\f') {
            in.read();
            b = in.peek();
        }
        return b;
    }

    private static void skipLine(ByteInput in) throws IOException {
        int b;
        do {
            b = in.read();
        } while (b != '\n' && b != ByteInput.EOF);
    }

    private static int readInteger(ByteInput in, String source) throws IOException {
        long line = in.line();
        long column = in.column();
        int b = in.peek();
        boolean negative = b == '-';
        if (negative) {
            in.read();
            b = in.peek();
        }
        if (b < '0' || b > '9') {
            throw ProofFormatException.atLine(source, in.line(), in.column(), unexpected(b, "a literal"));
        }
        long value = 0;
        boolean overflow = false;
        while (b >= '0' && b <= '9') {
            value = value * 10 + (b - '0');
            if (value > MAX_VARIABLE) {
                overflow = true;
                value = MAX_VARIABLE + 1L;
            }
            in.read();
            b = in.peek();
        }
        if (b != ByteInput.EOF && b != ' ' && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
            throw ProofFormatException.atLine(source, in.line(), in.column(), unexpected(b, "a space after a literal"));
        }
        if (overflow) {
            throw ProofFormatException.atLine(source, line, column,
                    "literal out of range: variables go up to " + MAX_VARIABLE);
        }
        return negative ? (int) -value : (int) value;
    }

    static String unexpected(int b, String expected) {
        if (b == ByteInput.EOF) {
            return "expected " + expected + ", found the end of the file";
        }
        String shown = b >= 0x21 && b < 0x7f ? "'" + (char) b + "'" : String.format("byte 0x%02x", b);
        return "expected " + expected + ", found " + shown;
    }

    private static void readBinary(ByteInput in, String source, RecordedProof proof) throws IOException {
        int[] clause = new int[64];
        while (true) {
            long stepOffset = in.offset();
            int b = in.read();
            if (b == ByteInput.EOF) {
                return;
            }
            if (b != 'a' && b != 'd') {
                throw ProofFormatException.atByte(source, stepOffset,
                        String.format("binary proof step must start with 'a' or 'd', found byte 0x%02x", b));
            }
            boolean deletion = b == 'd';
            int size = 0;
            while (true) {
                long literalOffset = in.offset();
                long encoded = 0;
                int shift = 0;
                do {
                    b = in.read();
                    if (b == ByteInput.EOF) {
                        throw ProofFormatException.atByte(source, stepOffset, (deletion ? "deletion" : "lemma")
                                + " is not terminated by 0 before the end of the file");
                    }
                    if (shift <= 28) {
                        encoded |= (long) (b & 0x7f) << shift;
                    } else {
                        encoded = Long.MAX_VALUE;
                    }
                    shift += 7;
                } while ((b & 0x80) != 0);
                if (encoded == 0) {
                    break;
                }
                long variable = encoded >>> 1;
                if (variable == 0 || variable > MAX_VARIABLE) {
                    throw ProofFormatException.atByte(source, literalOffset,
                            "literal out of range: variables go from 1 to " + MAX_VARIABLE);
                }
                if (size == clause.length) {
                    clause = java.util.Arrays.copyOf(clause, size * 2);
                }
                clause[size++] = (encoded & 1) != 0 ? (int) -variable : (int) variable;
            }
            proof.append(clause, 0, size, deletion);
        }
    }
}
