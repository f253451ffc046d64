package org.traceoid.cnf.dimacs;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.traceoid.cnf.Cnf;

/**
 * Writes a {@link Cnf} as DIMACS: optional {@code c} comment lines, the header
 * {@code p cnf V C}, then one clause per line ending in {@code 0}. What it writes,
 * {@link DimacsReader} reads back as the same formula.
 */
public final class DimacsWriter {
    private DimacsWriter() {
    }

    /** Writes to a file, compressed as its extension says ({@link Compression#forFileName}). */
    public static void write(Cnf cnf, Path path, List<String> comments) throws IOException {
        Compression compression = Compression.forFileName(path.getFileName().toString());
        try (OutputStream out = compression.compressing(Files.newOutputStream(path))) {
            write(cnf, out, comments);
        }
    }

    /** Writes to a stream (flushed, not closed). */
    public static void write(Cnf cnf, OutputStream out, List<String> comments) throws IOException {
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        for (String comment : comments) {
            for (String line : comment.split("\n", -1)) {
                buffered.write(("c " + line + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        buffered.write(("p cnf " + cnf.variableCount() + " " + cnf.clauseCount() + "\n").getBytes(StandardCharsets.US_ASCII));
        byte[] digits = new byte[12];
        for (int c = 0; c < cnf.clauseCount(); c++) {
            for (int p = cnf.clauseStart(c); p < cnf.clauseEnd(c); p++) {
                writeInt(buffered, cnf.literalAt(p), digits);
                buffered.write(' ');
            }
            buffered.write('0');
            buffered.write('\n');
        }
        buffered.flush();
    }

    /** Writes a non-zero int in decimal without creating a String (this runs once per literal). */
    static void writeInt(OutputStream out, int value, byte[] digits) throws IOException {
        long v = value;
        if (v < 0) {
            out.write('-');
            v = -v;
        }
        int n = 0;
        do {
            digits[n++] = (byte) ('0' + v % 10);
            v /= 10;
        } while (v != 0);
        while (n > 0) {
            out.write(digits[--n]);
        }
    }
}
