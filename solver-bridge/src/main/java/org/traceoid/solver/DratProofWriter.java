package org.traceoid.solver;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.traceoid.cnf.proof.ProofListener;

/**
 * A {@link ProofListener} that writes DRAT, as drat-trim reads it, after CaDiCaL's
 * {@code drattracer.cpp}.
 * <ul>
 *   <li>text: one step per line, {@code l1 l2 ... 0}, deletions prefixed by {@code d };</li>
 *   <li>binary: a byte {@code 'a'} (0x61) or {@code 'd'} (0x64), then each literal as the
 *       unsigned number {@code 2v} (positive) or {@code 2v+1} (negative) in 7-bit groups, least
 *       significant first, the high bit set on every byte but the last; then a 0 byte.</li>
 * </ul>
 * Output is buffered (64 KiB); {@link #proofFinished()} flushes and {@link #close()} closes.
 * An I/O error surfaces as {@link UncheckedIOException} from the event that hit it, because the
 * listener interface cannot throw checked exceptions. Not thread-safe: one producer.
 */
public final class DratProofWriter implements ProofListener, AutoCloseable {
    private static final int BUFFER = 1 << 16;

    private final OutputStream out;
    private final boolean binary;
    private final byte[] line = new byte[BUFFER];
    private long bytesWritten;

    /** Writes to {@code out} (which this writer closes). */
    public DratProofWriter(OutputStream out, boolean binary) {
        this.out = new BufferedOutputStream(Objects.requireNonNull(out, "out"), BUFFER);
        this.binary = binary;
    }

    /** Creates (or truncates) {@code file} and writes to it. */
    public static DratProofWriter open(Path file, boolean binary) throws IOException {
        return new DratProofWriter(Files.newOutputStream(file), binary);
    }

    public boolean isBinary() {
        return binary;
    }

    /** Bytes written so far. */
    public long bytesWritten() {
        return bytesWritten;
    }

    @Override
    public void lemmaAdded(int[] dimacsLiterals) {
        write(false, dimacsLiterals);
    }

    @Override
    public void clauseDeleted(int[] dimacsLiterals) {
        write(true, dimacsLiterals);
    }

    @Override
    public void proofFinished() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void write(boolean deletion, int[] literals) {
        try {
            if (binary) {
                writeBinary(deletion, literals);
            } else {
                writeText(deletion, literals);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeBinary(boolean deletion, int[] literals) throws IOException {
        out.write(deletion ? 'd' : 'a');
        int length = 1;
        for (int literal : literals) {
            long code = 2L * Math.abs((long) literal) + (literal < 0 ? 1 : 0);
            while (code > 0x7f) {
                out.write((int) (code & 0x7f) | 0x80);
                code >>>= 7;
                length++;
            }
            out.write((int) code);
            length++;
        }
        out.write(0);
        bytesWritten += length + 1;
    }

    private void writeText(boolean deletion, int[] literals) throws IOException {
        // Formats into a local buffer: one write call per step instead of one per character.
        int n = 0;
        byte[] buffer = line;
        if (deletion) {
            buffer[n++] = 'd';
            buffer[n++] = ' ';
        }
        for (int literal : literals) {
            if (n + 12 > buffer.length) {
                out.write(buffer, 0, n);
                bytesWritten += n;
                n = 0;
            }
            n = appendInt(buffer, n, literal);
            buffer[n++] = ' ';
        }
        buffer[n++] = '0';
        buffer[n++] = '\n';
        out.write(buffer, 0, n);
        bytesWritten += n;
    }

    /** Writes {@code value} in decimal at {@code buffer[at..]}; returns the end position. */
    private static int appendInt(byte[] buffer, int at, int value) {
        long v = value;
        if (v < 0) {
            buffer[at++] = '-';
            v = -v;
        }
        int digits = 1;
        for (long t = v; t >= 10; t /= 10) {
            digits++;
        }
        for (int i = at + digits - 1; i >= at; i--) {
            buffer[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        return at + digits;
    }
}
