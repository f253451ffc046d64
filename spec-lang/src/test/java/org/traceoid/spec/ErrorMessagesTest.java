package org.traceoid.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every error the parser and checker can report, pinned word for word on a malformed spec. */
class ErrorMessagesTest {
    static Stream<Arguments> malformed() {
        return Stream.of(
                // syntax
                Arguments.of("bool a\nassert a;", "t.spec:2:1: unexpected 'assert', expected ',' or ';'"),
                Arguments.of("bool a;\nassert a", "t.spec:2:9: unexpected end of file, expected ';'"),
                Arguments.of("bool a;\nassert a & ;", "t.spec:2:12: unexpected ';', expected an expression"),
                Arguments.of("int x in 0..;", "t.spec:1:13: unexpected ';', expected '-' or a number"),
                Arguments.of("int x 0..3;", "t.spec:1:7: unexpected number 0, expected 'in' or ','"),
                Arguments.of("bool a;\nassert a # a;",
                        "t.spec:2:10: unexpected character '#', expected a name, a number, an operator, a comment"
                                + " or one of ( ) , ; : .."),
                Arguments.of("bool a; /* never closed\nassert a;", "t.spec:1:9: unterminated block comment, expected '*/'"),
                Arguments.of("bool bool;", "t.spec:1:6: unexpected 'bool', expected a name"),
                Arguments.of("assert exactly(a);", "t.spec:1:16: unexpected name 'a', expected a number"),
                Arguments.of("bool a, b;\nassert a & b: a;",
                        "t.spec:2:8: an assertion's label must be a plain name, expected a name before ':'"),
                Arguments.of("bool a; frobnicate a;",
                        "t.spec:1:9: unexpected name 'frobnicate', expected 'bool', 'int', 'assert' or end of file"),
                // names
                Arguments.of("bool a;\nassert a | b;", "t.spec:2:12: undeclared name 'b', expected a declared bool or int"),
                Arguments.of("bool a;\nint a in 0..3;",
                        "t.spec:2:5: duplicate declaration of 'a' (first declared at 1:6), expected a fresh name"),
                Arguments.of("bool a;\nassert p: a;\nassert p: !a;",
                        "t.spec:3:1: duplicate assertion name 'p' (first at 2:1), expected a fresh name"),
                // types
                Arguments.of("int x in 0..3;\nassert x;", "t.spec:2:8: type mismatch: assertion is int, expected bool"),
                Arguments.of("bool a; int x in 0..3;\nassert a & x;",
                        "t.spec:2:12: type mismatch: right operand of '&' is int, expected bool"),
                Arguments.of("bool a; int x in 0..3;\nassert a + 1 > x;",
                        "t.spec:2:8: type mismatch: left operand of '+' is bool, expected int"),
                Arguments.of("bool a; int x in 0..3;\nassert a == x;",
                        "t.spec:2:10: type mismatch: '==' compares bool with int, expected two operands of one type"),
                Arguments.of("int x in 0..3;\nassert !x;", "t.spec:2:9: type mismatch: operand of '!' is int, expected bool"),
                Arguments.of("bool a;\nassert -a < 0;", "t.spec:2:9: type mismatch: operand of unary '-' is bool, expected int"),
                Arguments.of("bool a; int x in 0..3;\nassert exactly(1, a, x);",
                        "t.spec:2:22: type mismatch: operand of 'exactly' is int, expected bool"),
                Arguments.of("int x, y in 0..3;\nassert x * y == 2;",
                        "t.spec:2:10: nonlinear product: both operands of '*' depend on variables, expected a constant factor"),
                // ranges and overflow
                Arguments.of("int x in 0..2000000;", "t.spec:1:13: constant 2000000 out of range, expected -1048576..1048576"),
                Arguments.of("int x in 5..3;", "t.spec:1:10: empty range 5..3, expected low <= high"),
                Arguments.of("int x in 0..3;\nassert x < 99999999999999999999999;",
                        "t.spec:2:12: constant 99999999999999999999999 out of range, expected -1048576..1048576"),
                Arguments.of("bool a, b;\nassert atleast(3, a, b);",
                        "t.spec:2:16: cardinality bound 3 out of range, expected 0..2 (the number of operands)"),
                Arguments.of("int x in 0..1000000;\nassert x + x > 5;",
                        "t.spec:2:10: integer overflow: this sum ranges over 0..2000000, expected values within"
                                + " -1048576..1048576"),
                Arguments.of("int x in 0..15;\nassert 100000 * x > 5;",
                        "t.spec:2:15: integer overflow: this product ranges over 0..1500000, expected values within"
                                + " -1048576..1048576"),
                Arguments.of("int x in -1000000..0;\nassert x - 100000 < 5;",
                        "t.spec:2:10: integer overflow: this difference ranges over -1100000..-100000, expected values"
                                + " within -1048576..1048576"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void reportsTheFirstErrorWithPositionAndExpectation(String text, String message) {
        SpecSyntaxException error = assertThrows(SpecSyntaxException.class, () -> SpecParser.parse(text, "t.spec"));
        assertEquals(message, error.getMessage());
    }
}
