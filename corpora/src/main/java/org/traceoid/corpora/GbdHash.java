package org.traceoid.corpora;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.dimacs.Compression;

/**
 * The instance identity of the Global Benchmark Database (Iser &amp; Jabs, SAT 2024 / gbd-tools):
 * MD5 of the clause text only — comment lines and the header dropped, literals separated by
 * single spaces, each clause ending in {@code 0}, clauses joined by a space. So
 * {@code p cnf 2 2\n1 -2 0\n2 0\n} hashes {@code "1 -2 0 2 0"}. Whitespace and comments do not
 * change it; literal order and duplicates do (it hashes the file's text, not the formula).
 */
public final class GbdHash {
    private GbdHash() {
    }

    /** The hash of a DIMACS file (compressed or not, detected by magic bytes), read as text tokens. */
    public static String ofFile(Path file) throws IOException {
        try (InputStream in = Compression.decompressing(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            return of(in);
        }
    }

    /** The hash of DIMACS text. O(size), constant memory. */
    public static String of(InputStream in) throws IOException {
        MessageDigest md5 = md5();
        InputStream buffered = in instanceof BufferedInputStream ? in : new BufferedInputStream(in, 1 << 16);
        byte[] token = new byte[32];
        int length = 0;
        boolean lineStart = true;
        boolean skipLine = false;
        boolean first = true;
        int b;
        while (true) {
            b = buffered.read();
            boolean space = b == -1 || b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f';
            if (lineStart && (b == 'c' || b == 'p' || b == '%')) {
                skipLine = true;
            }
            if (skipLine) {
                if (b == '\n' || b == -1) {
                    skipLine = false;
                    lineStart = true;
                } else {
                    lineStart = false;
                }
                if (b == -1) {
                    break;
                }
                continue;
            }
            if (space) {
                if (length > 0) {
                    if (!first) {
                        md5.update((byte) ' ');
                    }
                    md5.update(token, 0, length);
                    first = false;
                    length = 0;
                }
                if (b == -1) {
                    break;
                }
                lineStart = b == '\n';
            } else {
                if (length == token.length) {
                    token = java.util.Arrays.copyOf(token, length * 2);
                }
                token[length++] = (byte) b;
                lineStart = false;
            }
        }
        return HexFormat.of().formatHex(md5.digest());
    }

    /** The hash of a formula as {@code DimacsWriter} writes it (equal to {@link #ofFile} of that file). */
    public static String of(Cnf cnf) {
        MessageDigest md5 = md5();
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < cnf.clauseCount(); c++) {
            for (int p = cnf.clauseStart(c); p < cnf.clauseEnd(c); p++) {
                text.append(cnf.literalAt(p)).append(' ');
            }
            text.append('0');
            if (c + 1 < cnf.clauseCount()) {
                text.append(' ');
            }
            if (text.length() > 1 << 16) {
                md5.update(text.toString().getBytes(StandardCharsets.US_ASCII));
                text.setLength(0);
            }
        }
        md5.update(text.toString().getBytes(StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(md5.digest());
    }

    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has MD5", e);
        }
    }
}
