package org.traceoid.corpora;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.dimacs.DimacsWriter;
import org.traceoid.cnf.testing.RandomCnf;

class GbdHashTest {
    static final String VECTOR = "177c0b03f0c47b5f973797b2f46c901d";

    @Test
    void testVectorFromTheIssue() throws IOException {
        assertEquals(VECTOR, GbdHash.of(new ByteArrayInputStream("p cnf 2 2\n1 -2 0\n2 0\n".getBytes(StandardCharsets.US_ASCII))));
        assertEquals(VECTOR, GbdHash.of(Cnf.of(2, new int[] {1, -2}, new int[] {2})));
    }

    @Test
    void commentsHeaderAndWhitespaceDoNotCount() throws IOException {
        String messy = "c hello\nc p cnf 9 9\np cnf 2 2\n  1   -2 0\r\n\n2\t0\nc trailing\n";
        assertEquals(VECTOR, GbdHash.of(new ByteArrayInputStream(messy.getBytes(StandardCharsets.US_ASCII))));
    }

    @Test
    void fileHashEqualsFormulaHashCompressedOrNot(@TempDir Path dir) throws IOException {
        Cnf cnf = RandomCnf.uniform(3, 40, 170, 5);
        for (String name : List.of("a.cnf", "a.cnf.xz", "a.cnf.gz")) {
            Path file = dir.resolve(name);
            DimacsWriter.write(cnf, file, List.of("comment"));
            assertEquals(GbdHash.of(cnf), GbdHash.ofFile(file), name);
        }
        assertEquals(32, Files.readString(dir.resolve("a.cnf")).length() > 0 ? GbdHash.of(cnf).length() : 0);
    }
}
