package org.traceoid.spec;

import java.util.List;

/** An expression of the language; every node knows where it starts in the file. */
public sealed interface Expr {
    Position position();

    /** {@code true} or {@code false}. */
    record BoolLiteral(boolean value, Position position) implements Expr {
    }

    /** A non-negative decimal constant (negative ones are {@link Negate} of one). */
    record IntLiteral(long value, Position position) implements Expr {
    }

    /** A declared name. */
    record Reference(String name, Position position) implements Expr {
    }

    /** {@code !e}. */
    record Not(Expr operand, Position position) implements Expr {
    }

    /** {@code -e}. */
    record Negate(Expr operand, Position position) implements Expr {
    }

    /** {@code left op right}; the position is the operator's, where type errors point. */
    record Binary(BinaryOp op, Expr left, Expr right, Position position) implements Expr {
    }

    /** {@code exactly(k, ...)}, {@code atmost(k, ...)}, {@code atleast(k, ...)}. */
    record Cardinality(Kind kind, int bound, List<Expr> operands, Position position) implements Expr {
        public Cardinality {
            operands = List.copyOf(operands);
        }
    }

    /** The three cardinality constraints. */
    enum Kind {
        EXACTLY("exactly"),
        ATMOST("atmost"),
        ATLEAST("atleast");

        private final String keyword;

        Kind(String keyword) {
            this.keyword = keyword;
        }

        public String keyword() {
            return keyword;
        }
    }
}
