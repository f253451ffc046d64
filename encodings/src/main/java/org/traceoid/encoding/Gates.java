package org.traceoid.encoding;

import java.util.Arrays;
import java.util.function.IntSupplier;
import org.traceoid.cnf.ClauseSink;

/**
 * Logic gates written as clauses into a {@link ClauseSink}, each output a fresh variable
 * defined in the directions a {@link Polarity} asks for. Constants are one variable forced
 * true by a unit clause; every gate folds constant and repeated inputs first, so encodings
 * built on top (adders with constant operands, counters' first rows) shrink by themselves.
 * Costs: an n-input AND or OR is n+1 clauses for {@code BOTH}, a XOR 4, a majority 6.
 */
public final class Gates {
    private final ClauseSink sink;
    private final IntSupplier freshVariables; // null: count up from lastVariable
    private int lastVariable;
    private final int trueLiteral;

    /** Gates whose fresh variables start after {@code lastUsedVariable}; allocates the constant first. */
    public Gates(ClauseSink sink, int lastUsedVariable) {
        this.sink = sink;
        this.freshVariables = null;
        this.lastVariable = lastUsedVariable;
        this.trueLiteral = newVariable();
        sink.addClause(trueLiteral);
    }

    /**
     * Gates whose fresh variables come from {@code freshVariables} (for instance a solver's
     * variable pool, where other code allocates variables between two encodings), with
     * {@code trueLiteral} as the constant: a literal the caller has already made true by a unit
     * clause, so that many encodings into one solver share one constant.
     */
    public Gates(ClauseSink sink, IntSupplier freshVariables, int trueLiteral) {
        if (trueLiteral == 0 || trueLiteral == Integer.MIN_VALUE) {
            throw new IllegalArgumentException("not a DIMACS literal: " + trueLiteral);
        }
        this.sink = sink;
        this.freshVariables = freshVariables;
        this.trueLiteral = trueLiteral;
        this.lastVariable = Math.abs(trueLiteral);
    }

    public int newVariable() {
        if (freshVariables == null) {
            return ++lastVariable;
        }
        int variable = freshVariables.getAsInt();
        lastVariable = Math.max(lastVariable, variable);
        return variable;
    }

    /** The highest variable allocated so far. */
    public int lastVariable() {
        return lastVariable;
    }

    public int trueLiteral() {
        return trueLiteral;
    }

    public int constant(boolean value) {
        return value ? trueLiteral : -trueLiteral;
    }

    public boolean isTrue(int literal) {
        return literal == trueLiteral;
    }

    public boolean isFalse(int literal) {
        return literal == -trueLiteral;
    }

    public boolean isConstant(int literal) {
        return Math.abs(literal) == trueLiteral;
    }

    /** Adds a clause, dropping false literals; a clause with a true literal is not written at all. */
    public void clause(int... literals) {
        int kept = 0;
        int[] copy = new int[literals.length];
        for (int literal : literals) {
            if (isTrue(literal)) {
                return;
            }
            if (!isFalse(literal)) {
                copy[kept++] = literal;
            }
        }
        sink.addClause(Arrays.copyOf(copy, kept));
    }

    /** {@code out <-> AND(inputs)} in the directions of {@code polarity}. */
    public int and(Polarity polarity, int... inputs) {
        int[] kept = new int[inputs.length];
        int count = 0;
        for (int input : inputs) {
            if (isFalse(input)) {
                return constant(false);
            }
            if (isTrue(input)) {
                continue;
            }
            boolean repeated = false;
            for (int i = 0; i < count; i++) {
                if (kept[i] == -input) {
                    return constant(false);
                }
                repeated |= kept[i] == input;
            }
            if (!repeated) {
                kept[count++] = input;
            }
        }
        if (count == 0) {
            return constant(true);
        }
        if (count == 1) {
            return kept[0];
        }
        int out = newVariable();
        if (polarity.positive()) {
            for (int i = 0; i < count; i++) {
                sink.addClause(-out, kept[i]);
            }
        }
        if (polarity.negative()) {
            int[] clause = new int[count + 1];
            for (int i = 0; i < count; i++) {
                clause[i] = -kept[i];
            }
            clause[count] = out;
            sink.addClause(clause);
        }
        return out;
    }

    /** {@code out <-> OR(inputs)}: De Morgan on {@link #and}, with the polarity flipped. */
    public int or(Polarity polarity, int... inputs) {
        int[] negated = new int[inputs.length];
        for (int i = 0; i < inputs.length; i++) {
            negated[i] = -inputs[i];
        }
        return -and(polarity.flip(), negated);
    }

    /** {@code out <-> a XOR b}. */
    public int xor(Polarity polarity, int a, int b) {
        if (isConstant(a)) {
            return isTrue(a) ? -b : b;
        }
        if (isConstant(b)) {
            return isTrue(b) ? -a : a;
        }
        if (a == b) {
            return constant(false);
        }
        if (a == -b) {
            return constant(true);
        }
        int out = newVariable();
        if (polarity.positive()) {
            sink.addClause(-out, a, b);
            sink.addClause(-out, -a, -b);
        }
        if (polarity.negative()) {
            sink.addClause(out, -a, b);
            sink.addClause(out, a, -b);
        }
        return out;
    }

    /** {@code out <-> (a <-> b)}. */
    public int iff(Polarity polarity, int a, int b) {
        return xor(polarity, a, -b);
    }

    /** {@code out <-> (a ? b : c)}, fully defined. */
    public int ifThenElse(int a, int b, int c) {
        return or(Polarity.BOTH, and(Polarity.BOTH, a, b), and(Polarity.BOTH, -a, c));
    }

    /** The carry of a full adder: {@code out <-> at least two of a, b, c}, fully defined. */
    public int majority(int a, int b, int c) {
        if (isConstant(a)) {
            return isTrue(a) ? or(Polarity.BOTH, b, c) : and(Polarity.BOTH, b, c);
        }
        if (isConstant(b)) {
            return majority(b, a, c);
        }
        if (isConstant(c)) {
            return majority(c, a, b);
        }
        if (a == b || a == c) {
            return a;
        }
        if (b == c) {
            return b;
        }
        if (a == -b) {
            return c;
        }
        if (a == -c) {
            return b;
        }
        if (b == -c) {
            return a;
        }
        int out = newVariable();
        sink.addClause(-a, -b, out);
        sink.addClause(-a, -c, out);
        sink.addClause(-b, -c, out);
        sink.addClause(a, b, -out);
        sink.addClause(a, c, -out);
        sink.addClause(b, c, -out);
        return out;
    }
}
