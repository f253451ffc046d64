package org.traceoid.spec;

import java.util.stream.Collectors;

/** Prints specs and expressions back as text, every binary operation parenthesised. */
final class Printer {
    private Printer() {
    }

    static String expr(Expr expr) {
        if (expr instanceof Expr.BoolLiteral bool) {
            return Boolean.toString(bool.value());
        }
        if (expr instanceof Expr.IntLiteral number) {
            return Long.toString(number.value());
        }
        if (expr instanceof Expr.Reference reference) {
            return reference.name();
        }
        if (expr instanceof Expr.Not not) {
            return "!" + expr(not.operand());
        }
        if (expr instanceof Expr.Negate negate) {
            return "-" + expr(negate.operand());
        }
        if (expr instanceof Expr.Cardinality card) {
            return card.kind().keyword() + "(" + card.bound()
                    + card.operands().stream().map(e -> ", " + expr(e)).collect(Collectors.joining()) + ")";
        }
        Expr.Binary binary = (Expr.Binary) expr;
        return "(" + expr(binary.left()) + " " + binary.op().symbol() + " " + expr(binary.right()) + ")";
    }

    /** Binding strength as in the table: 1 binds tightest. */
    private static int level(Expr expr) {
        if (expr instanceof Expr.Not || expr instanceof Expr.Negate) {
            return 1;
        }
        if (!(expr instanceof Expr.Binary binary)) {
            return 0;
        }
        return switch (binary.op()) {
            case MUL -> 2;
            case ADD, SUB -> 3;
            case EQ, NE, LT, LE, GT, GE -> 4;
            case AND -> 5;
            case XOR -> 6;
            case OR -> 7;
            case IMPLIES -> 8;
            case IFF -> 9;
        };
    }

    /** With only the parentheses the precedence table requires: parsing it back must give the same tree. */
    static String minimal(Expr expr) {
        if (expr instanceof Expr.Not not) {
            return "!" + wrap(not.operand(), level(not.operand()) > 1);
        }
        if (expr instanceof Expr.Negate negate) {
            return "-" + wrap(negate.operand(), level(negate.operand()) > 1);
        }
        if (expr instanceof Expr.Cardinality card) {
            return card.kind().keyword() + "(" + card.bound()
                    + card.operands().stream().map(e -> ", " + minimal(e)).collect(Collectors.joining()) + ")";
        }
        if (!(expr instanceof Expr.Binary binary)) {
            return expr(expr);
        }
        int level = level(binary);
        boolean rightAssociative = binary.op() == BinaryOp.IMPLIES;
        int left = level(binary.left());
        int right = level(binary.right());
        return wrap(binary.left(), rightAssociative ? left >= level : left > level) + " " + binary.op().symbol() + " "
                + wrap(binary.right(), rightAssociative ? right > level : right >= level);
    }

    private static String wrap(Expr expr, boolean parentheses) {
        return parentheses ? "(" + minimal(expr) + ")" : minimal(expr);
    }

    static String spec(java.util.List<Variable> variables, java.util.List<Expr> assertions) {
        return spec(variables, assertions, false);
    }

    static String spec(java.util.List<Variable> variables, java.util.List<Expr> assertions, boolean minimal) {
        StringBuilder text = new StringBuilder();
        for (Variable v : variables) {
            text.append(v.type() == Type.BOOL ? "bool " + v.name() : "int " + v.name() + " in " + v.low() + ".." + v.high())
                    .append(";\n");
        }
        int i = 0;
        for (Expr e : assertions) {
            text.append("assert ").append(i % 2 == 0 ? "p" + i + ": " : "").append(minimal ? minimal(e) : expr(e)).append(";\n");
            i++;
        }
        return text.toString();
    }
}
