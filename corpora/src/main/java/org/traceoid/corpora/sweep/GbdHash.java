package org.traceoid.corpora.sweep;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.traceoid.cnf.dimacs.Compression;

/**
 * The GBD instance hash (Iser and Sinz, "A problem meta-data library for research in SAT",
 * PoS 2018; {@code gbd_hash} in gbd-tools): MD5 of the clause text alone, literals separated
 * by single spaces, each clause ending in {@code 0}, clauses joined by a space; comment and
 * {@code p} lines skipped; compressed files hashed by their decompressed text. This follows
 * gbd-tools' byte loop, so a file that lacks the final {@code 0} gets one appended.
 * Cost: one pass over the decompressed bytes.
 */
final class GbdHash {
    private GbdHash() {
    }

    static String of(Path file) throws IOException {
        try (InputStream raw = Files.newInputStream(file);
                InputStream in = new BufferedInputStream(Compression.decompressing(new BufferedInputStream(raw)), 1 << 16)) {
            return of(in);
        }
    }

    static String of(InputStream in) throws IOException {
        MessageDigest md5 = md5();
        byte[] out = new byte[1 << 16];
        int outLength = 0;
        boolean space = false;
        boolean skip = false;
        boolean start = true;
        boolean clauseEnded = true;
        byte[] buffer = new byte[1 << 16];
        int read;
        while ((read = in.read(buffer)) > 0) {
            for (int i = 0; i < read; i++) {
                byte b = buffer[i];
                if (!skip && (b >= '0' && b <= '9' || b == '-')) {
                    // a token that is just "0" after whitespace (or at the start) ends a clause
                    clauseEnded = b == '0' && (space || start);
                    if (outLength + 2 > out.length) {
                        md5.update(out, 0, outLength);
                        outLength = 0;
                    }
                    if (space && !start) {
                        out[outLength++] = ' ';
                    }
                    space = false;
                    start = false;
                    out[outLength++] = b;
                } else if ((b & 0xff) <= ' ') {
                    space = true;
                    skip = skip && b != '\n' && b != '\r';
                } else {
                    skip = true; // 'c', 'p', '%' and anything else: ignore up to the end of the line
                }
            }
        }
        md5.update(out, 0, outLength);
        if (!clauseEnded) {
            md5.update(new byte[] {' ', '0'});
        }
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
