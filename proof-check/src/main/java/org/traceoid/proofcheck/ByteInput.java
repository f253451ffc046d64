package org.traceoid.proofcheck;

import java.io.IOException;
import java.io.InputStream;

/**
 * Unsynchronised buffered bytes with position tracking (byte offset, line, column) for the
 * proof readers; {@code java.io.BufferedInputStream} is synchronised and costs about 3x on
 * proofs of hundreds of megabytes.
 */
final class ByteInput {
    static final int EOF = -1;

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private long consumedBefore; // bytes consumed before buffer[0]
    private long line = 1;
    private long lineStart; // offset of the first byte of the current line

    ByteInput(InputStream in) {
        this.in = in;
    }

    /** The next byte (0..255) or {@link #EOF}. */
    int read() throws IOException {
        if (position == limit && !fill()) {
            return EOF;
        }
        int b = buffer[position++] & 0xff;
        if (b == '\n') {
            line++;
            lineStart = offset();
        }
        return b;
    }

    /** The next byte without consuming it, or {@link #EOF}. */
    int peek() throws IOException {
        if (position == limit && !fill()) {
            return EOF;
        }
        return buffer[position] & 0xff;
    }

    private boolean fill() throws IOException {
        consumedBefore += limit;
        position = 0;
        limit = 0;
        int n = in.read(buffer, 0, buffer.length);
        while (n == 0) {
            n = in.read(buffer, 0, buffer.length);
        }
        if (n < 0) {
            return false;
        }
        limit = n;
        return true;
    }

    /** Bytes consumed so far (the offset of the next byte). */
    long offset() {
        return consumedBefore + position;
    }

    /** The line of the next byte, from 1. */
    long line() {
        return line;
    }

    /** The column of the next byte, from 1. */
    long column() {
        return offset() - lineStart + 1;
    }
}
