package org.traceoid.cnf.dimacs;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.CnfBuilder;

/**
 * Reads DIMACS CNF from a file, standard input or any stream, plain or compressed
 * ({@link Compression}).
 *
 * <p>Accepted: {@code c} comments anywhere (a {@code c} where a token starts comments out
 * the rest of its line), clauses spanning lines and several per line, spaces, tabs, CR/LF,
 * and the SATLIB end marker {@code %} (SATLIB's {@code uf*.cnf} files end with {@code %}
 * then {@code 0}; everything from {@code %} on is ignored).
 *
 * <p>Strict by default: the header {@code p cnf V C} is required before the first clause, a
 * literal above {@code V} is an error, and so is a clause count different from {@code C}.
 * {@link #lenient()} turns a count mismatch or a missing header into a warning.
 *
 * <p>Hostile input is safe: nothing is allocated from the header's numbers (memory follows
 * the clauses actually read), numbers that overflow {@code int} are errors, and every loop
 * consumes input, so the reader cannot hang. Cost: one pass over the bytes, O(1) work each.
 *
 * <p>Every problem with the content is a {@link DimacsFormatException} naming source, line
 * and column, including compressed input that is corrupt or truncated (positioned where
 * the decompressed text stopped); other {@code IOException}s are the file system's.
 */
public final class DimacsReader {
    /** The name used in messages for standard input. */
    public static final String STDIN_NAME = "<stdin>";

    private static final int BUFFER_SIZE = 1 << 20;
    private static final int DECOMPRESSED_STEP = 1 << 16;
    private static final Consumer<String> IGNORE = warning -> { };

    private final boolean lenient;
    private final Consumer<String> warnings;

    private DimacsReader(boolean lenient, Consumer<String> warnings) {
        this.lenient = lenient;
        this.warnings = Objects.requireNonNull(warnings);
    }

    /** The default reader: header required, counts must match. */
    public static DimacsReader strict() {
        return new DimacsReader(false, IGNORE);
    }

    /** A reader that accepts a missing header and count mismatches, reporting each as a warning. */
    public static DimacsReader lenient() {
        return new DimacsReader(true, IGNORE);
    }

    /** This reader, reporting warnings (each one line, with position) to {@code sink}. */
    public DimacsReader withWarnings(Consumer<String> sink) {
        return new DimacsReader(lenient, sink);
    }

    public boolean isLenient() {
        return lenient;
    }

    /** Reads a file; {@code -} means standard input. Messages name the path as given. */
    public Cnf read(Path path) throws IOException {
        if (path.toString().equals("-")) {
            return read(System.in, STDIN_NAME);
        }
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, path.toString());
        }
    }

    /** Reads a stream (plain or compressed) whose messages will name {@code sourceName}. Does not close it. */
    public Cnf read(InputStream in, String sourceName) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(new NonClosing(in), 1 << 16);
        Compression compression = Compression.detect(buffered);
        InputStream decompressed;
        try {
            decompressed = compression.decompressor(buffered);
        } catch (IOException e) {
            throw corrupt(sourceName, 1, 1, compression, e);
        }
        try {
            return new Parse(decompressed, sourceName, compression).run();
        } finally {
            decompressed.close();
        }
    }

    /**
     * A decompressor's failure (often an {@code EOFException} without a message) as a format
     * error naming the file and how far the text got, so a truncated {@code .xz} reads like a
     * truncated {@code .cnf}.
     */
    private static DimacsFormatException corrupt(String source, long line, long column, Compression compression,
            IOException cause) {
        String detail = cause instanceof EOFException || cause.getMessage() == null
                ? "it ends early (truncated file?)"
                : cause.getMessage();
        DimacsFormatException error = new DimacsFormatException(source, line, column,
                "cannot decompress the " + compression.name().toLowerCase(Locale.ROOT) + " data: " + detail);
        error.initCause(cause);
        return error;
    }

    /** One parse: the state machine over the bytes of one input. */
    private final class Parse {
        private final InputStream in;
        private final String source;
        private final Compression compression;
        private final byte[] buffer = new byte[BUFFER_SIZE];
        private int position;
        private int limit;
        private long consumedBefore; // bytes of the input before buffer[0]
        private long line = 1;
        private long lineStart;      // absolute offset of the current line's first byte

        private final CnfBuilder builder = new CnfBuilder();
        private boolean headerSeen;
        private long headerLine;
        private long headerCountColumn;
        private int declaredVariables = Integer.MAX_VALUE;
        private long declaredClauses = -1;
        private int[] clause = new int[64];
        private int clauseLength;
        private long clauseStartLine;
        private long clauseStartColumn;
        private long clauses;

        Parse(InputStream in, String source, Compression compression) {
            this.in = in;
            this.source = source;
            this.compression = compression;
        }

        Cnf run() throws IOException {
            while (true) {
                int b = next();
                switch (b) {
                    case -1 -> {
                        return finish(false);
                    }
                    case ' ', '\t', '\r', 0x0b, 0x0c -> { }
                    case '\n' -> newLine();
                    case 'c' -> skipLine();
                    case 'p' -> header();
                    case '%' -> {
                        return finish(true); // SATLIB end marker: the rest ("0") is not a clause
                    }
                    default -> {
                        if (b == '-' || (b >= '0' && b <= '9')) {
                            if (!fastLiteral(b)) {
                                position--; // let the general path read it with full bookkeeping
                                literal(next());
                            }
                        } else {
                            throw error(column() - 1, "unexpected " + describeToken(b)
                                    + ", expected a literal, '0' or a comment line starting with 'c'");
                        }
                    }
                }
            }
        }

        /**
         * The hot path: a literal, or the {@code 0} that ends a non-empty clause, lying wholly
         * inside the buffer, followed by a space or a newline, with at most 9 digits, after the
         * header. It is parsed straight from the array; anything else (buffer edges, errors,
         * empty clauses, long numbers, a missing header) goes through {@link #literal(int)},
         * which handles every case and message. No per-byte method calls: this loop is what
         * the reader's throughput is made of.
         */
        private boolean fastLiteral(int first) throws DimacsFormatException {
            if (!headerSeen || clauseLength == clause.length || limit - position < 11) {
                return false;
            }
            int p = position;
            if (first == '0') {
                byte after = buffer[p];
                if (clauseLength == 0 || (after != ' ' && after != '\n')) {
                    return false;
                }
                endClause(); // the separator is read again by the main loop (it may be a newline)
                return true;
            }
            boolean negative = first == '-';
            int b = negative ? buffer[p++] : first;
            int value = b - '0';
            if (value < 1 || value > 9) {
                return false; // '-0', '-x': the general path decides
            }
            int digits = 1;
            while (true) {
                b = buffer[p++];
                int digit = b - '0';
                if (digit < 0 || digit > 9) {
                    break;
                }
                value = value * 10 + digit;
                if (++digits > 9) {
                    return false;
                }
            }
            if ((b != ' ' && b != '\n') || value > declaredVariables) {
                return false;
            }
            if (clauseLength == 0) {
                clauseStartLine = line;
                clauseStartColumn = column() - 1;
            }
            // A space separator is consumed here; a newline is left for the main loop to count.
            position = b == ' ' ? p : p - 1;
            clause[clauseLength++] = negative ? -value : value;
            return true;
        }

        private void literal(int first) throws IOException {
            long startColumn = column() - 1;
            if (clauseLength == 0) {
                clauseStartLine = line;
                clauseStartColumn = startColumn;
            }
            boolean negative = first == '-';
            int b = negative ? next() : first;
            if (b < '0' || b > '9') {
                throw error(startColumn, "expected a digit after '-', found " + describe(b));
            }
            long value = 0;
            while (b >= '0' && b <= '9') {
                value = value * 10 + (b - '0');
                if (value > Integer.MAX_VALUE) {
                    throw error(startColumn, "literal " + (negative ? "-" : "") + restOfNumber(value)
                            + " is out of range: variables go up to " + Integer.MAX_VALUE);
                }
                b = next();
            }
            if (b != -1) {
                position--; // give the terminator back; it may be a newline to count
                if (!isSeparator(b)) {
                    throw error(column(), "unexpected " + describe(b) + " after the number " + (negative ? "-" : "") + value);
                }
            }
            if (value == 0) {
                if (negative) {
                    throw error(startColumn, "'-0' is not a literal; a clause ends with '0'");
                }
                endClause();
                return;
            }
            if (!headerSeen) {
                missingHeader(startColumn);
            }
            if (value > declaredVariables) {
                throw error(startColumn, "literal " + (negative ? "-" : "") + value + " exceeds the "
                        + plural(declaredVariables, "variable") + " declared in the header");
            }
            if (clauseLength == clause.length) {
                clause = Arrays.copyOf(clause, clause.length * 2);
            }
            clause[clauseLength++] = negative ? -(int) value : (int) value;
        }

        private void endClause() throws DimacsFormatException {
            if (clauseLength == 0 && !headerSeen) {
                missingHeader(clauseStartColumn); // literal() set the start when it read this '0'
            }
            clauses++;
            if (declaredClauses >= 0 && clauses > declaredClauses && !lenient) {
                throw new DimacsFormatException(source, clauseStartLine, clauseStartColumn, "clause " + clauses
                        + " exceeds the " + plural(declaredClauses, "clause") + " declared in the header");
            }
            builder.addClause(clause, 0, clauseLength);
            clauseLength = 0;
        }

        private void missingHeader(long column) throws DimacsFormatException {
            if (!lenient) {
                throw error(column, "expected the header 'p cnf VARIABLES CLAUSES' before the first clause");
            }
            headerSeen = true; // warn once, then read clauses without bounds
            warnings.accept(source + ":" + line + ":" + column + ": no 'p cnf' header; reading clauses without declared counts");
        }

        private void header() throws IOException {
            long pColumn = column() - 1;
            if (headerSeen) {
                throw error(pColumn, headerLine > 0
                        ? "second header; the first header is on line " + headerLine
                        : "header after the first clause; it must come first");
            }
            if (clauseLength > 0 || clauses > 0) {
                throw error(pColumn, "header after the first clause; it must come first");
            }
            headerSeen = true;
            headerLine = line;
            requireBlank("'p'", "'cnf'");
            String format = word();
            if (!format.equals("cnf")) {
                throw error(column() - format.length(), format.isEmpty()
                        ? "expected 'cnf' after 'p', found " + describe(peek())
                        : "expected 'cnf' after 'p', found '" + format + "' (only CNF is supported)");
            }
            requireBlank("'p cnf'", "the number of variables");
            declaredVariables = (int) headerNumber("the number of variables", "'p cnf'");
            String soFar = "'p cnf " + declaredVariables + "'";
            requireBlank(soFar, "the number of clauses");
            headerCountColumn = column();
            declaredClauses = headerNumber("the number of clauses", soFar);
            int b = skipBlanks();
            if (b != '\n' && b != -1) {
                throw error(column() - 1, "unexpected " + describeToken(b) + " after the header 'p cnf "
                        + declaredVariables + " " + declaredClauses + "'");
            }
            if (b == '\n') {
                newLine();
            }
            builder.declareVariables(declaredVariables);
            builder.expectClauses(declaredClauses); // capped inside: a hint, never an allocation order
        }

        private long headerNumber(String what, String after) throws IOException {
            long startColumn = column();
            int b = next();
            if (b < '0' || b > '9') {
                throw error(startColumn, "expected " + what + " after " + after + ", found " + describeToken(b));
            }
            long value = 0;
            while (b >= '0' && b <= '9') {
                value = value * 10 + (b - '0');
                if (value > Integer.MAX_VALUE) {
                    throw error(startColumn, what + " in the header, " + restOfNumber(value)
                            + ", does not fit in a 32-bit integer");
                }
                b = next();
            }
            if (b != -1) {
                position--;
                if (!isSeparator(b)) {
                    throw error(column(), "unexpected " + describe(b) + " in " + what + " in the header");
                }
            }
            return value;
        }

        /** Requires a space or tab after {@code after}; at the end of the line, says what is missing. */
        private void requireBlank(String after, String expectedNext) throws IOException {
            int b = next();
            if (b != ' ' && b != '\t') {
                long at = column() - (b == -1 ? 0 : 1);
                throw error(at, b == '\n' || b == '\r' || b == -1
                        ? "expected " + expectedNext + " after " + after + ", found " + describe(b)
                        : "expected a space after " + after + ", found " + describe(b));
            }
            b = skipBlanks();
            if (b != -1) {
                position--;
            }
        }

        /** Skips spaces, tabs and CRs on the current line; returns the first other byte (consumed). */
        private int skipBlanks() throws IOException {
            int b;
            do {
                b = next();
            } while (b == ' ' || b == '\t' || b == '\r');
            return b;
        }

        /**
         * A stray token for a message: {@code 'two'} rather than {@code 't'}, so the user
         * sees the word as written (first byte {@code first} already read; at most 20
         * characters). Consumes it; only called before throwing.
         */
        private String describeToken(int first) throws IOException {
            if (first < 0x21 || first >= 0x7f) {
                return describe(first);
            }
            StringBuilder token = new StringBuilder().append((char) first);
            int b;
            while ((b = next()) >= 0x21 && b < 0x7f) {
                if (token.length() == 20) {
                    return "'" + token + "...'";
                }
                token.append((char) b);
            }
            return "'" + token + "'";
        }

        /** The next byte without consuming it (-1 at the end). */
        private int peek() throws IOException {
            int b = next();
            if (b != -1) {
                position--;
            }
            return b;
        }

        /**
         * The digits of a number too large for an int: {@code prefix} (already read) and the
         * digits that follow, up to 30 in all, so the message shows the number as written.
         */
        private String restOfNumber(long prefix) throws IOException {
            StringBuilder digits = new StringBuilder().append(prefix);
            int b;
            while ((b = peek()) >= '0' && b <= '9') {
                if (digits.length() == 30) {
                    return digits + "...";
                }
                digits.append((char) b);
                position++;
            }
            return digits.toString();
        }

        private String word() throws IOException {
            StringBuilder word = new StringBuilder();
            int b = next();
            while (b > ' ' && b < 0x7f && word.length() < 32) {
                word.append((char) b);
                b = next();
            }
            if (b != -1) {
                position--;
            }
            return word.toString();
        }

        /** Ends the parse at the end of input or, {@code atEndMarker}, at a SATLIB {@code %} (just read). */
        private Cnf finish(boolean atEndMarker) throws DimacsFormatException {
            if (clauseLength > 0) {
                String clauseStart = "the clause starting at line " + clauseStartLine + ", column " + clauseStartColumn;
                throw atEndMarker
                        ? error(column() - 1, "end marker '%' inside " + clauseStart + ", which is not terminated by '0'")
                        : error(column(), "unexpected end of input: " + clauseStart
                                + " is not terminated by '0' (truncated file?)");
            }
            if (!headerSeen) {
                if (!lenient) {
                    throw error(column(), "expected the header 'p cnf VARIABLES CLAUSES', found end of input");
                }
                warnings.accept(source + ":" + line + ":" + column() + ": no 'p cnf' header and no clauses");
            }
            if (declaredClauses >= 0 && clauses != declaredClauses) {
                String problem = "the header declares " + plural(declaredClauses, "clause") + " but the input has " + clauses;
                if (!lenient) {
                    throw new DimacsFormatException(source, headerLine, headerCountColumn, problem);
                }
                warnings.accept(source + ":" + headerLine + ":" + headerCountColumn + ": " + problem);
            }
            return builder.build();
        }

        private void skipLine() throws IOException {
            while (true) {
                while (position < limit) {
                    if (buffer[position++] == '\n') {
                        newLine();
                        return;
                    }
                }
                if (!refill()) {
                    return;
                }
            }
        }

        private int next() throws IOException {
            if (position == limit && !refill()) {
                return -1;
            }
            return buffer[position++] & 0xff;
        }

        private boolean refill() throws IOException {
            consumedBefore += limit;
            position = 0;
            limit = 0;
            int read;
            try {
                // read, not readNBytes, and in small steps from a decompressor (which fills
                // whatever it is asked for before returning): one failing mid-way must not take
                // the text it already produced with it; the error's position says how far it got.
                int request = compression == Compression.NONE ? buffer.length : DECOMPRESSED_STEP;
                do {
                    read = in.read(buffer, 0, request);
                } while (read == 0);
            } catch (IOException e) {
                if (compression == Compression.NONE) {
                    throw e;
                }
                throw corrupt(source, line, column(), compression, e);
            }
            if (read <= 0) {
                return false;
            }
            limit = read;
            return true;
        }

        private void newLine() {
            line++;
            lineStart = consumedBefore + position;
        }

        /** The 1-based column of the next byte to read. */
        private long column() {
            return consumedBefore + position - lineStart + 1;
        }

        private DimacsFormatException error(long column, String problem) {
            return new DimacsFormatException(source, line, column, problem);
        }
    }

    private static boolean isSeparator(int b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == 0x0b || b == 0x0c;
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String describe(int b) {
        if (b == -1) {
            return "end of input";
        }
        if (b == '\n' || b == '\r') {
            return "end of line";
        }
        if (b == ' ') {
            return "a space";
        }
        if (b == '\t') {
            return "a tab";
        }
        if (b >= 0x21 && b < 0x7f) {
            return "'" + (char) b + "'";
        }
        return String.format("byte 0x%02x", b);
    }

    /** Keeps {@link #read(InputStream, String)} from closing a stream it does not own. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
        }
    }
}
