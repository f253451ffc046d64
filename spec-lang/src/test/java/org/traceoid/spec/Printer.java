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

    static String spec(java.util.List<Variable> variables, java.util.List<Expr> assertions) {
        StringBuilder text = new StringBuilder();
        for (Variable v : variables) {
            text.append(v.type() == Type.BOOL ? "bool " + v.name() : "int " + v.name() + " in " + v.low() + ".." + v.high())
                    .append(";\n");
        }
        int i = 0;
        for (Expr e : assertions) {
            text.append("assert ").append(i % 2 == 0 ? "p" + i + ": " : "").append(expr(e)).append(";\n");
            i++;
        }
        return text.toString();
    }
}
