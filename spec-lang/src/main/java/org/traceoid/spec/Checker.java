package org.traceoid.spec;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The static rules: names declared once and before use, operands of the right type, products
 * with a constant factor, and no integer expression whose possible values (by interval
 * arithmetic over the declared ranges) leave {@code -INT_LIMIT..INT_LIMIT}. Checking ranges
 * here, once, is what lets the compiler size every bit-vector without overflow checks.
 */
final class Checker {
    /** What checking an expression found: its type, and for an int its range and constness. */
    record Typed(Type type, long low, long high, boolean constant) {
        static final Typed BOOL = new Typed(Type.BOOL, 0, 1, false);
    }

    private final String file;
    private final Map<String, Variable> variables = new HashMap<>();

    Checker(String file) {
        this.file = file;
    }

    Spec check(List<Variable> declared, List<Assertion> parsed) throws SpecSyntaxException {
        for (Variable variable : declared) {
            Variable earlier = variables.putIfAbsent(variable.name(), variable);
            if (earlier != null) {
                throw error(variable.position(), "duplicate declaration of '" + variable.name() + "' (first declared at "
                        + earlier.position() + "), expected a fresh name");
            }
        }
        Map<String, Assertion> names = new HashMap<>();
        List<Assertion> assertions = new java.util.ArrayList<>();
        for (Assertion assertion : parsed) {
            Assertion named = assertion;
            if (!assertion.explicitName()) {
                // A second unnamed assertion on one line gets "line 5 #2": names must stay unique.
                int copy = 2;
                while (names.containsKey(named.name())) {
                    named = new Assertion(Assertion.lineName(assertion.position().line()) + " #" + copy++, false,
                            assertion.expr(), assertion.position());
                }
            }
            Assertion earlier = names.putIfAbsent(named.name(), named);
            if (earlier != null) {
                throw error(named.position(), "duplicate assertion name '" + named.name() + "' (first at "
                        + earlier.position() + "), expected a fresh name");
            }
            Typed typed = typeOf(named.expr());
            if (typed.type() != Type.BOOL) {
                throw error(named.expr().position(), "type mismatch: assertion is int, expected bool");
            }
            assertions.add(named);
        }
        return new Spec(file, declared, assertions);
    }

    private Typed typeOf(Expr expr) throws SpecSyntaxException {
        if (expr instanceof Expr.BoolLiteral) {
            return Typed.BOOL;
        }
        if (expr instanceof Expr.IntLiteral literal) {
            return new Typed(Type.INT, literal.value(), literal.value(), true);
        }
        if (expr instanceof Expr.Reference reference) {
            Variable variable = variables.get(reference.name());
            if (variable == null) {
                throw error(reference.position(), "undeclared name '" + reference.name()
                        + "', expected a declared bool or int");
            }
            return variable.type() == Type.BOOL ? Typed.BOOL : new Typed(Type.INT, variable.low(), variable.high(), false);
        }
        if (expr instanceof Expr.Not not) {
            expect(not.operand(), Type.BOOL, "operand of '!'");
            return Typed.BOOL;
        }
        if (expr instanceof Expr.Negate negate) {
            Typed operand = expect(negate.operand(), Type.INT, "operand of unary '-'");
            return new Typed(Type.INT, -operand.high(), -operand.low(), operand.constant());
        }
        if (expr instanceof Expr.Cardinality card) {
            for (Expr operand : card.operands()) {
                expect(operand, Type.BOOL, "operand of '" + card.kind().keyword() + "'");
            }
            return Typed.BOOL;
        }
        Expr.Binary binary = (Expr.Binary) expr;
        BinaryOp op = binary.op();
        if (op.operandType() == null) {
            Typed left = typeOf(binary.left());
            Typed right = typeOf(binary.right());
            if (left.type() != right.type()) {
                throw error(binary.position(), "type mismatch: '" + op.symbol() + "' compares " + left.type() + " with "
                        + right.type() + ", expected two operands of one type");
            }
            return Typed.BOOL;
        }
        Typed left = expect(binary.left(), op.operandType(), "left operand of '" + op.symbol() + "'");
        Typed right = expect(binary.right(), op.operandType(), "right operand of '" + op.symbol() + "'");
        if (op.resultType() == Type.BOOL) {
            return Typed.BOOL;
        }
        long low;
        long high;
        String what;
        switch (op) {
            case ADD -> {
                low = left.low() + right.low();
                high = left.high() + right.high();
                what = "sum";
            }
            case SUB -> {
                low = left.low() - right.high();
                high = left.high() - right.low();
                what = "difference";
            }
            default -> {
                if (!left.constant() && !right.constant()) {
                    throw error(binary.position(), "nonlinear product: both operands of '*' depend on variables,"
                            + " expected a constant factor");
                }
                long[] corners = {left.low() * right.low(), left.low() * right.high(), left.high() * right.low(),
                    left.high() * right.high()};
                low = Math.min(Math.min(corners[0], corners[1]), Math.min(corners[2], corners[3]));
                high = Math.max(Math.max(corners[0], corners[1]), Math.max(corners[2], corners[3]));
                what = "product";
            }
        }
        if (low < -SpecParser.INT_LIMIT || high > SpecParser.INT_LIMIT) {
            throw error(binary.position(), "integer overflow: this " + what + " ranges over " + low + ".." + high
                    + ", expected values within " + SpecParser.limits());
        }
        return new Typed(Type.INT, low, high, left.constant() && right.constant());
    }

    private Typed expect(Expr expr, Type type, String what) throws SpecSyntaxException {
        Typed typed = typeOf(expr);
        if (typed.type() != type) {
            throw error(expr.position(), "type mismatch: " + what + " is " + typed.type() + ", expected " + type);
        }
        return typed;
    }

    private SpecSyntaxException error(Position at, String problem) {
        return new SpecSyntaxException(file, at, problem);
    }
}
