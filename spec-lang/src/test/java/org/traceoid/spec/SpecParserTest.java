package org.traceoid.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpecParserTest {
    static final String ISSUE_EXAMPLE = """
            // line comments, /* block comments */
            bool a, b, c;
            int x, y in 0..15;                 // bounded non-negative integers
            assert no_both: !(a & b);          // a named assertion
            assert a -> (b | c);               // unnamed: named after its line, e.g. "line 5"
            assert pick: exactly(1, a, b, c);  // also atmost(k, ...) and atleast(k, ...)
            assert x + 3 <= y;                 // + and -, multiplication by constants; == != < <= > >=
            assert a <-> (x == 7);
            assert a ^ c;                      /* xor */
            """;

    @Test
    void parsesTheIssueExample() throws SpecSyntaxException {
        Spec spec = SpecParser.parse(ISSUE_EXAMPLE, "issue.spec");
        assertEquals(List.of("a", "b", "c", "x", "y"), spec.variables().stream().map(Variable::name).toList());
        assertEquals(List.of("no_both", "line 5", "pick", "line 7", "line 8", "line 9"),
                spec.assertions().stream().map(Assertion::name).toList());
        assertEquals("no_both (line 4)", spec.assertions().get(0).label());
        assertEquals("line 5", spec.assertions().get(1).label());
        assertEquals(new Variable("x", Type.INT, 0, 15, new Position(3, 5)), spec.variables().get(3));
    }

    /** Each input, fully parenthesised by the printer, shows how tightly its operators bind. */
    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
        "!a & b => (!a & b)",
        "a | b & c => (a | (b & c))",
        "a ^ b & c => (a ^ (b & c))",
        "a | b ^ c => (a | (b ^ c))",
        "a -> b -> c => (a -> (b -> c))",
        "a -> b <-> c -> a => ((a -> b) <-> (c -> a))",
        "a <-> b <-> c => ((a <-> b) <-> c)",
        "a | b -> c => ((a | b) -> c)",
        "x + 2 * y < 3 & a => (((x + (2 * y)) < 3) & a)",
        "x - y - 1 == 0 => (((x - y) - 1) == 0)",
        "-x * 2 + 1 >= y => (((-x * 2) + 1) >= y)",
        "a == b & c => ((a == b) & c)",
        "!a == b => (!a == b)",
        "exactly(1, a, b) | c => (exactly(1, a, b) | c)",
    })
    void precedenceIsTheIssues(String text, String parenthesised) throws SpecSyntaxException {
        Spec spec = SpecParser.parse("bool a, b, c; int x, y in 0..3; assert " + text + ";", "p.spec");
        assertEquals(parenthesised, Printer.expr(spec.assertions().get(0).expr()));
    }

    @Test
    void evaluatorFollowsTheMeaning() throws SpecSyntaxException {
        Spec spec = SpecParser.parse(ISSUE_EXAMPLE, "issue.spec");
        assertTrue(new Evaluator(java.util.Map.of("a", false, "b", false, "c", true, "x", 2L, "y", 5L)).satisfies(spec));
        assertFalse(new Evaluator(java.util.Map.of("a", false, "b", false, "c", true, "x", 2L, "y", 4L)).satisfies(spec));
    }

    @Test
    void twoUnnamedAssertionsOnOneLineGetDistinctNames() throws SpecSyntaxException {
        Spec spec = SpecParser.parse("bool a;\nassert a; assert !a | a;", "t.spec");
        assertEquals(List.of("line 2", "line 2 #2"), spec.assertions().stream().map(Assertion::name).toList());
    }
}
