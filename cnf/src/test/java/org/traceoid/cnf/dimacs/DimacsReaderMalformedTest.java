package org.traceoid.cnf.dimacs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.traceoid.cnf.testing.DimacsText.bytes;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.traceoid.cnf.testing.DimacsText;
import org.traceoid.cnf.testing.RandomCnf;

/**
 * Every way a DIMACS input can be wrong, each with the exact one-line message a user sees
 * ({@code name:line:column: problem}; lines and columns from 1, columns in bytes). The
 * messages are the reader's user interface: a change to one must show up here.
 */
class DimacsReaderMalformedTest {

    static Stream<Arguments> malformed() {
        return Stream.of(
                // --- the header ---
                bad("empty input", "",
                        "f.cnf:1:1: expected the header 'p cnf VARIABLES CLAUSES', found end of input"),
                bad("only comments", "c generated\nc nothing else\n",
                        "f.cnf:3:1: expected the header 'p cnf VARIABLES CLAUSES', found end of input"),
                bad("clauses before the header", "1 -2 0\np cnf 2 1\n",
                        "f.cnf:1:1: expected the header 'p cnf VARIABLES CLAUSES' before the first clause"),
                bad("second header", "p cnf 2 1\nc again:\np cnf 2 1\n1 0\n",
                        "f.cnf:3:1: second header; the first header is on line 1"),
                bad("header inside a clause", "p cnf 2 1\n1 p cnf 2 1\n",
                        "f.cnf:2:3: second header; the first header is on line 1"),
                bad("p dnf", "p dnf 3 1\n1 0\n",
                        "f.cnf:1:3: expected 'cnf' after 'p', found 'dnf' (only CNF is supported)"),
                bad("p alone", "p\n",
                        "f.cnf:1:2: expected 'cnf' after 'p', found end of line"),
                bad("p glued to cnf", "pcnf 2 1\n",
                        "f.cnf:1:2: expected a space after 'p', found 'c'"),
                bad("header without counts", "p cnf\n1 0\n",
                        "f.cnf:1:6: expected the number of variables after 'p cnf', found end of line"),
                bad("header without counts, CRLF", "p cnf\r\n1 0\r\n",
                        "f.cnf:1:6: expected the number of variables after 'p cnf', found end of line"),
                bad("header without clause count", "p cnf 20\n1 0\n",
                        "f.cnf:1:9: expected the number of clauses after 'p cnf 20', found end of line"),
                bad("header without clause count, trailing space", "p cnf 20 \n1 0\n",
                        "f.cnf:1:10: expected the number of clauses after 'p cnf 20', found end of line"),
                bad("non-numeric variable count", "p cnf x 91\n",
                        "f.cnf:1:7: expected the number of variables after 'p cnf', found 'x'"),
                bad("non-numeric clause count", "p cnf 20 many\n",
                        "f.cnf:1:10: expected the number of clauses after 'p cnf 20', found 'many'"),
                bad("negative variable count", "p cnf -20 91\n",
                        "f.cnf:1:7: expected the number of variables after 'p cnf', found '-20'"),
                bad("letter inside a header number", "p cnf 2x 1\n",
                        "f.cnf:1:8: unexpected 'x' in the number of variables in the header"),
                bad("extra header field", "p cnf 20 91 7\n",
                        "f.cnf:1:13: unexpected '7' after the header 'p cnf 20 91'"),
                bad("variable count overflows int", "p cnf 99999999999 1\n",
                        "f.cnf:1:7: the number of variables in the header, 99999999999, does not fit in a 32-bit integer"),
                bad("clause count overflows int", "p cnf 2 2147483648\n",
                        "f.cnf:1:9: the number of clauses in the header, 2147483648, does not fit in a 32-bit integer"),
                // --- literals ---
                bad("literal above the header (the issue's example)",
                        "c uf20-01\nc\np cnf 20 4\n 1 -2 3 0\n4 5 6 0\n7 8 9 0\n-10 11 -12 31 0\n",
                        "f.cnf:7:12: literal 31 exceeds the 20 variables declared in the header"),
                bad("negative literal above the header", "p cnf 3 1\n1 -4 0\n",
                        "f.cnf:2:3: literal -4 exceeds the 3 variables declared in the header"),
                bad("literal above a one-variable header", "p cnf 1 1\n2 0\n",
                        "f.cnf:2:1: literal 2 exceeds the 1 variable declared in the header"),
                bad("literal overflows int", "p cnf 2 1\n1 -99999999999 0\n",
                        "f.cnf:2:3: literal -99999999999 is out of range: variables go up to 2147483647"),
                bad("literal is Integer.MIN_VALUE", "p cnf 2 1\n-2147483648 0\n",
                        "f.cnf:2:1: literal -2147483648 is out of range: variables go up to 2147483647"),
                bad("literal of 40 digits", "p cnf 2 1\n" + "9".repeat(40) + " 0\n",
                        "f.cnf:2:1: literal " + "9".repeat(30) + "... is out of range: variables go up to 2147483647"),
                bad("'-' followed by a space", "p cnf 2 1\n1 - 2 0\n",
                        "f.cnf:2:3: expected a digit after '-', found a space"),
                bad("'-' at the end of input", "p cnf 2 1\n1 -",
                        "f.cnf:2:3: expected a digit after '-', found end of input"),
                bad("-0", "p cnf 2 1\n1 -0\n",
                        "f.cnf:2:3: '-0' is not a literal; a clause ends with '0'"),
                bad("non-numeric token", "p cnf 2 1\n1 two 0\n",
                        "f.cnf:2:3: unexpected 'two', expected a literal, '0' or a comment line starting with 'c'"),
                bad("a long word", "p cnf 2 1\n1 thisWordGoesOnAndOnAndOn 0\n",
                        "f.cnf:2:3: unexpected 'thisWordGoesOnAndOnA...', expected a literal, '0'"
                                + " or a comment line starting with 'c'"),
                bad("a word after the header", "p cnf 20 91 clauses\n",
                        "f.cnf:1:13: unexpected 'clauses' after the header 'p cnf 20 91'"),
                bad("letter glued to a number", "p cnf 2 1\n1 2x 0\n",
                        "f.cnf:2:4: unexpected 'x' after the number 2"),
                bad("garbage byte", "p cnf 2 1\n1 \u00ff 0\n",
                        "f.cnf:2:3: unexpected byte 0xff, expected a literal, '0' or a comment line starting with 'c'"),
                bad("binary garbage", "\u0000\u0001\u0002\u0003\u00fe",
                        "f.cnf:1:1: unexpected byte 0x00, expected a literal, '0' or a comment line starting with 'c'"),
                // --- counts and the end ---
                bad("more clauses than declared", "p cnf 3 2\n1 0\n2 0\n3 0\n",
                        "f.cnf:4:1: clause 3 exceeds the 2 clauses declared in the header"),
                bad("more clauses than one declared, clause '00'", "p cnf 2 1\n1 0\n 00\n",
                        "f.cnf:3:2: clause 2 exceeds the 1 clause declared in the header"),
                bad("fewer clauses than declared", "p cnf 3 3\n1 0\n2 0\n",
                        "f.cnf:1:9: the header declares 3 clauses but the input has 2"),
                bad("truncated: no final 0", "p cnf 3 2\n1 2 0\n-1 3",
                        "f.cnf:3:5: unexpected end of input: the clause starting at line 3, column 1"
                                + " is not terminated by '0' (truncated file?)"),
                bad("truncated after a line break", "p cnf 3 2\n1 2 0\n-1 3\n",
                        "f.cnf:4:1: unexpected end of input: the clause starting at line 3, column 1"
                                + " is not terminated by '0' (truncated file?)"),
                bad("end marker inside a clause", "p cnf 3 1\n1 2 %\n0\n",
                        "f.cnf:2:5: end marker '%' inside the clause starting at line 2, column 1,"
                                + " which is not terminated by '0'"),
                // --- positions count bytes, whatever the whitespace ---
                bad("CRLF positions", "p cnf 2 1\r\n1 3 0\r\n",
                        "f.cnf:2:3: literal 3 exceeds the 2 variables declared in the header"),
                bad("tab positions", "p cnf 2 1\n\t1\t3 0\n",
                        "f.cnf:2:4: literal 3 exceeds the 2 variables declared in the header"),
                // --- compressed input that is not ---
                bad("gzip magic then garbage", "\u001f\u008b\u0008\u0000garbage",
                        "f.cnf:1:1: cannot decompress the gzip data: it ends early (truncated file?)"),
                bad("xz magic then garbage", "\u00fd7zXZ\u0000garbage",
                        "f.cnf:1:1: cannot decompress the xz data: XZ Stream Header is corrupt"),
                bad("bzip2 magic then garbage", "BZh9garbage",
                        "f.cnf:1:1: cannot decompress the bzip2 data: Bad block header"));
    }

    private static Arguments bad(String what, String input, String message) {
        return Arguments.of(what, input, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void strictReaderRejectsWithExactMessage(String what, String input, String message) {
        DimacsFormatException error = DimacsText.error("f.cnf", input);
        assertEquals(message, error.getMessage());
        assertEquals(message, error.source() + ":" + error.line() + ":" + error.column() + ": " + error.problem());
    }

    @Test
    void lenientReaderStillRejectsAHeaderAfterClauses() {
        DimacsFormatException error = DimacsText.error(DimacsReader.lenient(), "f.cnf", bytes("1 0\np cnf 1 1\n"));
        assertEquals("f.cnf:2:1: header after the first clause; it must come first", error.getMessage());
    }

    @Test
    void lenientReaderStillRejectsLiteralsAboveTheHeader() {
        DimacsFormatException error = DimacsText.error(DimacsReader.lenient(), "f.cnf", bytes("p cnf 2 1\n3 0\n"));
        assertEquals("f.cnf:2:1: literal 3 exceeds the 2 variables declared in the header", error.getMessage());
    }

    @Test
    void truncatedGzipNamesTheFileAndHowFarTheTextGot() throws IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (OutputStream out = Compression.GZIP.compressing(compressed)) {
            out.write(DimacsText.write(RandomCnf.uniform(3, 1000, 20000, 7)));
        }
        byte[] half = Arrays.copyOf(compressed.toByteArray(), compressed.size() / 2);
        DimacsFormatException error = DimacsText.error(DimacsReader.strict(), "t.cnf.gz", half);
        assertTrue(error.getMessage().matches(
                "t\\.cnf\\.gz:\\d+:\\d+: cannot decompress the gzip data: it ends early \\(truncated file\\?\\)"),
                error.getMessage());
        assertTrue(error.line() > 1, "the position tells how far the text got: " + error.getMessage());
    }

    // --- the same errors from real files, read through read(Path) ---

    static Stream<Arguments> malformedFiles() {
        return Stream.of(
                Arguments.of("uf20-01.cnf", "7:12: literal 31 exceeds the 20 variables declared in the header"),
                Arguments.of("truncated.cnf", "12:1: unexpected end of input: the clause starting at line 11,"
                        + " column 1 is not terminated by '0' (truncated file?)"),
                Arguments.of("second-header.cnf", "5:1: second header; the first header is on line 2"),
                Arguments.of("dnf.cnf", "1:3: expected 'cnf' after 'p', found 'dnf' (only CNF is supported)"),
                Arguments.of("too-few-clauses.cnf", "2:9: the header declares 5 clauses but the input has 3"),
                Arguments.of("binary.cnf", "1:1: unexpected byte 0x89, expected a literal, '0'"
                        + " or a comment line starting with 'c'"),
                Arguments.of("literal-overflow.cnf", "3:4: literal 4294967296 is out of range: variables go up to 2147483647"),
                Arguments.of("truncated.cnf.xz", "cannot decompress the xz data"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedFiles")
    void malformedFilesNameThemselves(String file, String expected) throws Exception {
        Path path = resource("malformed/" + file);
        DimacsFormatException error = assertThrows(DimacsFormatException.class, () -> DimacsReader.strict().read(path));
        if (file.endsWith(".xz")) {
            assertTrue(error.getMessage().startsWith(path + ":") && error.getMessage().contains(expected),
                    error.getMessage());
        } else {
            assertEquals(path + ":" + expected, error.getMessage());
        }
    }

    @Test
    void aMissingFileIsAnIoErrorNotAFormatError(@TempDir Path dir) {
        Path missing = dir.resolve("absent.cnf");
        IOException error = assertThrows(IOException.class, () -> DimacsReader.strict().read(missing));
        assertTrue(!(error instanceof DimacsFormatException) && Files.notExists(missing));
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(DimacsReaderMalformedTest.class.getClassLoader().getResource(name).toURI());
    }
}
