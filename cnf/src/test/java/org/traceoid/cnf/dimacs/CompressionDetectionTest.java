package org.traceoid.cnf.dimacs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Magic-byte detection on the first bytes real tools write, and extension-based choice for writing. */
class CompressionDetectionTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "1f8b0800000000000003, GZIP",        // gzip -6
            "425a683931415926, BZIP2",           // bzip2 -9: BZh9
            "425a683131415926, BZIP2",           // bzip2 -1: BZh1
            "fd377a585a000004, XZ",              // xz
            "5d0000800000ffffffff, LZMA",        // xz --format=lzma -6: 8 MiB dictionary
            "5d0000000400ffffffff, LZMA",        // xz --format=lzma -9: 64 MiB dictionary (top byte 04)
            "5d0000000100ffffffff, LZMA",        // xz --format=lzma -7: 16 MiB dictionary
            "5d0010000000ffffffff, LZMA",        // 4 KiB dictionary
            "7020636e6620, NONE",                // 'p cnf '
            "6320686920, NONE",                  // 'c hi '
            "425a6830, NONE",                    // 'BZh0' is not bzip2
            "5d2020, NONE",                      // ']  ' is not lzma
            "1f, NONE",                          // too short for anything
    })
    void detectsTheFormatFromItsFirstBytes(String hex, Compression expected) throws IOException {
        byte[] head = java.util.HexFormat.of().parseHex(hex);
        assertEquals(expected, Compression.detect(head, head.length));
        assertEquals(expected, Compression.detect(new java.io.BufferedInputStream(new ByteArrayInputStream(head))));
    }

    @Test
    void detectionLeavesTheStreamWhereItWas() throws IOException {
        java.io.BufferedInputStream in = new java.io.BufferedInputStream(new ByteArrayInputStream("p cnf 1 0\n".getBytes()));
        Compression.detect(in);
        assertEquals("p cnf 1 0\n", new String(in.readAllBytes()));
    }

    @Test
    void detectionNeedsMarkReset() {
        assertThrows(IllegalArgumentException.class,
                () -> Compression.detect(new java.io.FileInputStream(java.io.FileDescriptor.in)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"a.cnf.gz, GZIP", "A.CNF.GZ, GZIP", "a.bz2, BZIP2", "a.cnf.xz, XZ", "a.lzma, LZMA", "a.cnf, NONE",
            "xz, NONE", "a.gz.cnf, NONE"})
    void writingFollowsTheExtension(String name, Compression expected) {
        assertEquals(expected, Compression.forFileName(name));
    }
}
