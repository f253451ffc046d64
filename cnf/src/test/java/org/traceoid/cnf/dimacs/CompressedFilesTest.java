package org.traceoid.cnf.dimacs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.testing.TestData;

/**
 * Compressed files as they exist on disk: named by the wrong extension (benchmark sets are
 * full of xz data called {@code .cnf}), written by our writer, and made by the real
 * command-line tools, which is what users feed us.
 */
class CompressedFilesTest {
    private static Path corpusFile;
    private static Cnf plain;

    @TempDir
    Path dir;

    @BeforeAll
    static void readOneCorpusFilePlain() throws IOException {
        corpusFile = TestData.publicInstances().stream()
                .filter(i -> i.family().equals("uf50")).findFirst().orElseThrow().file();
        plain = DimacsReader.strict().read(corpusFile);
    }

    @ParameterizedTest(name = "{0} data named {1}")
    @CsvSource({"GZIP, f.cnf", "BZIP2, f.cnf", "XZ, f.cnf", "LZMA, f.cnf", "XZ, f.cnf.gz", "GZIP, f.cnf.bz2",
            "BZIP2, f.xz", "LZMA, f.cnf.xz", "GZIP, f", "NONE, f.cnf.gz"})
    void theContentDecidesNotTheName(Compression format, String name) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = format.compressing(Files.newOutputStream(file))) {
            Files.copy(corpusFile, out);
        }
        assertEquals(plain, DimacsReader.strict().read(file));
    }

    @ParameterizedTest
    @CsvSource({"f.cnf.gz, GZIP", "f.cnf.bz2, BZIP2", "f.cnf.xz, XZ", "f.cnf.lzma, LZMA", "f.cnf, NONE"})
    void theWriterCompressesByExtensionAndTheReaderReadsItBack(String name, Compression expected) throws IOException {
        Path file = dir.resolve(name);
        DimacsWriter.write(plain, file, List.of("written by a test", "second line"));
        byte[] head = new byte[Compression.MAGIC_BYTES];
        try (InputStream in = Files.newInputStream(file)) {
            assertEquals(expected, Compression.detect(head, in.readNBytes(head, 0, head.length)));
        }
        assertEquals(plain, DimacsReader.strict().read(file));
    }

    @Test
    void plainWriterOutputIsTheExpectedText() throws IOException {
        Path file = dir.resolve("f.cnf");
        DimacsWriter.write(Cnf.of(3, new int[] {1, -2}, new int[0], new int[] {-2147483647, 3}), file, List.of("a\nb"));
        // Cnf.of raises the variable count to the highest used.
        assertEquals("c a\nc b\np cnf 2147483647 3\n1 -2 0\n0\n-2147483647 3 0\n", Files.readString(file));
    }

    /** Real files made by gzip, bzip2, xz and xz --format=lzma, where installed. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "gzip -c", "gzip -9 -c", "bzip2 -c", "bzip2 -1 -c", "xz -c", "xz -0 -c", "xz -9e -c",
            "xz --format=lzma -c", "xz --format=lzma -0 -c", "xz --format=lzma -9 -c", "xz --check=sha256 -c"})
    void filesMadeByTheCommandLineTools(String command) throws Exception {
        List<String> argv = new ArrayList<>(List.of(command.split(" ")));
        assumeTrue(onPath(argv.get(0)), argv.get(0) + " is not installed");
        Path file = dir.resolve("made-by-tool.cnf"); // deliberately the plain extension
        argv.add(corpusFile.toString());
        Process process = new ProcessBuilder(argv).redirectOutput(file.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertEquals(true, process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue());
        assertEquals(plain, DimacsReader.strict().read(file));
    }

    /** pigz and pbzip2 write several members; gzip and bzip2 read them as one file, so must we. */
    @ParameterizedTest
    @EnumSource(value = Compression.class, names = {"GZIP", "BZIP2"})
    void concatenatedMembersAreOneFile(Compression format) throws IOException {
        byte[] text = Files.readAllBytes(corpusFile);
        int cut = text.length / 2;
        Path file = dir.resolve("members.cnf");
        try (OutputStream out = Files.newOutputStream(file)) {
            try (OutputStream member = format.compressing(new NonClosing(out))) {
                member.write(text, 0, cut);
            }
            try (OutputStream member = format.compressing(new NonClosing(out))) {
                member.write(text, cut, text.length - cut);
            }
        }
        assertEquals(plain, DimacsReader.strict().read(file));
    }

    @Test
    void compressedStandardInput() throws IOException {
        byte[] packed;
        try (var bytes = new java.io.ByteArrayOutputStream(); OutputStream out = Compression.XZ.compressing(bytes)) {
            Files.copy(corpusFile, out);
            out.close();
            packed = bytes.toByteArray();
        }
        InputStream original = System.in;
        try {
            System.setIn(new ByteArrayInputStream(packed));
            assertEquals(plain, DimacsReader.strict().read(Path.of("-")));
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void anEmptyFileIsEmptyWhateverItsName() throws IOException {
        Path file = dir.resolve("empty.cnf.xz");
        Files.write(file, new byte[0]);
        DimacsFormatException error = org.junit.jupiter.api.Assertions.assertThrows(DimacsFormatException.class,
                () -> DimacsReader.strict().read(file));
        assertEquals(file + ":1:1: expected the header 'p cnf VARIABLES CLAUSES', found end of input", error.getMessage());
        assertArrayEquals(new byte[0], Files.readAllBytes(file));
    }

    private static boolean onPath(String command) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, command))) {
                return true;
            }
        }
        return false;
    }

    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
