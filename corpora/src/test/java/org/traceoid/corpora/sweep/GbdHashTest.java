package org.traceoid.corpora.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GbdHashTest {
    static final String TWO_CLAUSES = "177c0b03f0c47b5f973797b2f46c901d";

    static String hash(String text) throws IOException {
        return GbdHash.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void testVector() throws IOException {
        assertEquals(TWO_CLAUSES, hash("p cnf 2 2\n1 -2 0\n2 0\n"));
    }

    @Test
    void whitespaceCommentsAndLineBreaksDoNotMatter() throws IOException {
        assertEquals(TWO_CLAUSES, hash("c a comment\np cnf 2 2\n  1\t-2\r\n0 2 0"));
        assertEquals(TWO_CLAUSES, hash("p cnf 2 2\n1 -2 0\nc between\n2\n"), "a missing final 0 is added");
    }

    @Test
    void compressedFilesHashTheirText(@TempDir Path dir) throws IOException {
        Path gz = dir.resolve("f.cnf.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("p cnf 2 2\n1 -2 0\n2 0\n".getBytes(StandardCharsets.US_ASCII));
        }
        assertEquals(TWO_CLAUSES, GbdHash.of(gz));
        Path plain = Files.writeString(dir.resolve("plain"), "p cnf 2 2\n1 -2 0\n2 0\n");
        assertEquals(TWO_CLAUSES, GbdHash.of(plain));
    }

    @Test
    void literalsEndingInZeroAreNotClauseEnds() throws IOException {
        assertEquals(md5("10 -20 0"), hash("p cnf 20 1\n10 -20 0\n"));
        assertEquals(md5("10 -20 0"), hash("p cnf 20 1\n10 -20\n"));
    }

    private static String md5(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
