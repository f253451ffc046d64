package org.traceoid.cnf.dimacs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.traceoid.cnf.testing.DimacsText.read;
import static org.traceoid.cnf.testing.DimacsText.readLenient;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.testing.DimacsText;
import org.traceoid.cnf.testing.DimacsText.Lenient;

/** The shapes real DIMACS files come in, all of which must read as the same formula. */
class DimacsReaderAcceptedFormsTest {
    private static final Cnf EXPECTED = Cnf.of(3, new int[] {1, -2}, new int[] {2, 3, -1}, new int[] {-3});

    @ParameterizedTest(name = "{index}")
    @ValueSource(strings = {
            "p cnf 3 3\n1 -2 0\n2 3 -1 0\n-3 0\n",
            // comments before and after the header, between clauses, inside a clause, at the end without a newline
            "c first\nc\np cnf 3 3\nc between\n1 -2 0\n2 3 c inside a clause\n-1 0\n-3 0\nc last",
            // clauses spanning lines, several per line
            "p cnf 3 3\n1\n-2\n0 2\n3\n\n-1 0 -3 0\n",
            "p cnf 3 3\n1 -2 0 2 3 -1 0 -3 0",
            // tabs, CRLF, vertical tab and form feed, leading blanks before the header
            "p\tcnf\t3\t3\n\t1\t-2\t0\n2 3 -1 0\n-3 0\n",
            "c crlf\r\np cnf 3 3\r\n1 -2 0\r\n2 3 -1 0\r\n-3 0\r\n",
            "  p cnf 3 3\n1 \u000b-2 \u000c0\n2 3 -1 0\n-3 0\n",
            // trailing whitespace in the header, as in SATLIB's uf files ('p cnf 20  91 ')
            "p cnf 3  3 \n1 -2 0\n2 3 -1 0\n-3 0\n",
            "p cnf 3 3 \r\n1 -2 0\n2 3 -1 0\n-3 0\n",
            // SATLIB end marker: '%' then '0', not a clause
            "p cnf 3 3\n1 -2 0\n2 3 -1 0\n-3 0\n%\n0\n\n",
            "p cnf 3 3\n1 -2 0\n2 3 -1 0\n-3 0\n%",
            // a line-less comment right after the header; a comment line made of 'c' alone
            "p cnf 3 3\nc\n1 -2 0\nc\n2 3 -1 0\n-3 0\n"})
    void readsAsTheSameFormula(String text) {
        assertEquals(EXPECTED, read("f.cnf", text));
    }

    @Test
    void anEmptyFormula() {
        Cnf empty = read("f.cnf", "p cnf 0 0\n");
        assertEquals(0, empty.variableCount());
        assertEquals(0, empty.clauseCount());
        assertEquals(Cnf.of(0), empty);
        assertEquals(Cnf.of(0), read("f.cnf", "c nothing\np cnf 0 0"));
    }

    @Test
    void declaredVariablesNeedNotAllOccur() {
        Cnf cnf = read("f.cnf", "p cnf 10 1\n1 0\n");
        assertEquals(10, cnf.variableCount());
        assertEquals(1, cnf.maxVariable());
    }

    @Test
    void anEmptyClauseIsAClause() {
        Cnf cnf = read("f.cnf", "p cnf 2 3\n1 0\n0\n-2 0\n");
        assertEquals(3, cnf.clauseCount());
        assertEquals(0, cnf.clauseLength(1));
        assertEquals(1, cnf.statistics().emptyClauses());
        assertEquals(Cnf.of(2, new int[0]), read("f.cnf", "p cnf 2 1\n0"));
    }

    @Test
    void repeatedLiteralsAndTautologiesAreReadAsSets() {
        Cnf cnf = read("f.cnf", "p cnf 2 2\n1 1 -2 1 0\n2 -2 0\n");
        assertArrayEquals(new int[] {1, -2}, cnf.clause(0));
        assertEquals(2, cnf.statistics().duplicateLiterals());
        assertEquals(1, cnf.statistics().tautologies());
    }

    @Test
    void strictReaderWarnsAboutNothingOnGoodInput() {
        List<String> warnings = new ArrayList<>();
        DimacsText.read(DimacsReader.strict().withWarnings(warnings::add), "f.cnf",
                DimacsText.bytes("p cnf 3 3\n1 -2 0\n2 3 -1 0\n-3 0\n"));
        assertEquals(List.of(), warnings);
        assertTrue(!DimacsReader.strict().isLenient() && DimacsReader.lenient().isLenient());
        assertTrue(DimacsReader.lenient().withWarnings(w -> { }).isLenient());
    }

    // --- lenient mode: what strict rejects, with the warning it prints instead ---

    @Test
    void lenientAcceptsMoreClausesThanDeclared() {
        Lenient read = readLenient("f.cnf", "p cnf 3 1\n1 -2 0\n2 3 -1 0\n-3 0\n");
        assertEquals(EXPECTED, read.cnf());
        assertEquals(List.of("f.cnf:1:9: the header declares 1 clause but the input has 3"), read.warnings());
    }

    @Test
    void lenientAcceptsFewerClausesThanDeclared() {
        Lenient read = readLenient("f.cnf", "p cnf 3 5\n1 -2 0\n2 3 -1 0\n-3 0\n");
        assertEquals(EXPECTED, read.cnf());
        assertEquals(List.of("f.cnf:1:9: the header declares 5 clauses but the input has 3"), read.warnings());
    }

    @Test
    void lenientAcceptsAMissingHeader() {
        Lenient read = readLenient("f.cnf", "c no header\n1 -2 0\n2 3 -1 0\n-3 0\n");
        assertEquals(EXPECTED, read.cnf());
        assertEquals(List.of("f.cnf:2:1: no 'p cnf' header; reading clauses without declared counts"), read.warnings());
    }

    @Test
    void lenientAcceptsAnEmptyClauseWithoutHeader() {
        Lenient read = readLenient("f.cnf", "0\n");
        assertEquals(Cnf.of(0, new int[0]), read.cnf());
        assertEquals(List.of("f.cnf:1:1: no 'p cnf' header; reading clauses without declared counts"), read.warnings());
    }

    @Test
    void lenientAcceptsEmptyInput() {
        Lenient read = readLenient("f.cnf", "c nothing here\n");
        assertEquals(Cnf.of(0), read.cnf());
        assertEquals(List.of("f.cnf:2:1: no 'p cnf' header and no clauses"), read.warnings());
    }

    @Test
    void lenientWithoutAWarningSinkStillReads() throws Exception {
        Cnf cnf = DimacsReader.lenient().read(new ByteArrayInputStream(DimacsText.bytes("p cnf 3 9\n1 0\n")), "f.cnf");
        assertEquals(Cnf.of(3, new int[] {1}), cnf);
    }

    // --- where the bytes come from ---

    @Test
    void dashMeansStandardInput() throws Exception {
        InputStream original = System.in;
        try {
            System.setIn(new ByteArrayInputStream(DimacsText.bytes("p cnf 3 3\n1 -2 0\n2 3 -1 0\n-3 0\n")));
            assertEquals(EXPECTED, DimacsReader.strict().read(Path.of("-")));
            System.setIn(new ByteArrayInputStream(DimacsText.bytes("p cnf 3 3\n1 -2 0\n")));
            DimacsFormatException error = org.junit.jupiter.api.Assertions.assertThrows(DimacsFormatException.class,
                    () -> DimacsReader.strict().read(Path.of("-")));
            assertEquals("<stdin>:1:9: the header declares 3 clauses but the input has 1", error.getMessage());
        } finally {
            System.setIn(original);
        }
    }

    @Test
    void theCallersStreamIsNotClosed() throws Exception {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(DimacsText.bytes("p cnf 0 0\n")) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        DimacsReader.strict().read(in, "f.cnf");
        assertTrue(!closed[0]);
    }
}
