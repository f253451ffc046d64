package org.traceoid.spec;

import java.util.Map;

/**
 * The meaning of a spec, evaluated directly on values by name: the reference the compiled CNF
 * is tested against, and the check that a decoded model satisfies every assertion.
 * Integers are mathematical integers (the checker guarantees they fit a {@code long}).
 */
public final class Evaluator {
    private final Map<String, ?> values;

    /** {@code values}: a {@link Boolean} per bool and a {@link Long} per int. */
    public Evaluator(Map<String, ?> values) {
        this.values = values;
    }

    public boolean holds(Expr expr) {
        return (Boolean) value(expr);
    }

    /** Whether every assertion of the spec holds. */
    public boolean satisfies(Spec spec) {
        return spec.assertions().stream().allMatch(a -> holds(a.expr()));
    }

    private long number(Expr expr) {
        return (Long) value(expr);
    }

    public Object value(Expr expr) {
        if (expr instanceof Expr.BoolLiteral bool) {
            return bool.value();
        }
        if (expr instanceof Expr.IntLiteral number) {
            return number.value();
        }
        if (expr instanceof Expr.Reference reference) {
            Object value = values.get(reference.name());
            if (value == null) {
                throw new IllegalArgumentException("no value for " + reference.name());
            }
            return value instanceof Integer i ? Long.valueOf(i) : value;
        }
        if (expr instanceof Expr.Not not) {
            return !holds(not.operand());
        }
        if (expr instanceof Expr.Negate negate) {
            return -number(negate.operand());
        }
        if (expr instanceof Expr.Cardinality card) {
            int count = 0;
            for (Expr operand : card.operands()) {
                count += holds(operand) ? 1 : 0;
            }
            return switch (card.kind()) {
                case EXACTLY -> count == card.bound();
                case ATMOST -> count <= card.bound();
                case ATLEAST -> count >= card.bound();
            };
        }
        Expr.Binary binary = (Expr.Binary) expr;
        return switch (binary.op()) {
            case MUL -> number(binary.left()) * number(binary.right());
            case ADD -> number(binary.left()) + number(binary.right());
            case SUB -> number(binary.left()) - number(binary.right());
            case EQ -> value(binary.left()).equals(value(binary.right()));
            case NE -> !value(binary.left()).equals(value(binary.right()));
            case LT -> number(binary.left()) < number(binary.right());
            case LE -> number(binary.left()) <= number(binary.right());
            case GT -> number(binary.left()) > number(binary.right());
            case GE -> number(binary.left()) >= number(binary.right());
            case AND -> holds(binary.left()) & holds(binary.right());
            case XOR -> holds(binary.left()) ^ holds(binary.right());
            case OR -> holds(binary.left()) | holds(binary.right());
            case IMPLIES -> !holds(binary.left()) | holds(binary.right());
            case IFF -> holds(binary.left()) == holds(binary.right());
        };
    }
}
