package org.traceoid.spec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.traceoid.cnf.Assignment;
import org.traceoid.cnf.Cnf;

class CompiledSpecTest {
    static final String TEXT = """
            bool a, b;
            int x in -2..3;
            int k in 4..4;
            assert p: a | b;
            assert x + k >= 5;
            """;

    @Test
    void layoutNamesAndDecoding() throws SpecSyntaxException {
        CompiledSpec compiled = SpecCompiler.compile(SpecParser.parse(TEXT, "c.spec"));
        assertArrayEquals(new int[] {1}, compiled.variables("a"));
        assertArrayEquals(new int[] {2}, compiled.variables("b"));
        assertArrayEquals(new int[] {3, 4, 5}, compiled.variables("x")); // x + 2 in 0..5: three bits
        assertArrayEquals(new int[0], compiled.variables("k"));         // one value, no bits
        assertArrayEquals(new int[] {6, 7}, compiled.activationLiterals());
        assertEquals(6, compiled.activationLiteral("p"));
        assertEquals(8, compiled.trueVariable());
        // x = -2 + 0b011 = 1
        Assignment model = Assignment.fromModel(8, 1, -2, 3, 4, -5, 6, 7, 8);
        assertEquals(Map.of("a", true, "b", false, "x", 1L, "k", 4L), compiled.decode(model));
        assertEquals("x bit 2", compiled.provenance().describe(5));
        assertEquals("activation of p (line 4)", compiled.provenance().describe(6));
        assertEquals("activation of line 5", compiled.provenance().describe(7));
        assertEquals("true", compiled.provenance().describe(8));
        assertEquals(new Provenance.Bit("x", 1), compiled.provenance().bit(4).orElseThrow());
        assertTrue(compiled.dimacsComments().contains("var x in -2..3 = -2 + bits 3 4 5 (least significant first)"));
    }

    @Test
    void everyClauseHasAnOrigin() throws SpecSyntaxException {
        CompiledSpec compiled = SpecCompiler.compile(SpecParser.parse(TEXT, "c.spec"));
        Cnf cnf = compiled.cnf();
        Set<String> origins = new HashSet<>();
        for (int c = 0; c < cnf.clauseCount(); c++) {
            origins.add(compiled.provenance().clause(c).toString());
        }
        assertEquals(Set.of("constant true", "declaration of x (line 2)", "assertion p (line 4)",
                "assertion line 5 (line 5)"), origins);
        // Only assertion p's clauses mention p's activation literal.
        for (int c = 0; c < cnf.clauseCount(); c++) {
            for (int literal : cnf.clause(c)) {
                if (Math.abs(literal) == compiled.activationLiteral("p")) {
                    assertEquals("assertion p (line 4)", compiled.provenance().clause(c).toString());
                }
            }
        }
    }
}
