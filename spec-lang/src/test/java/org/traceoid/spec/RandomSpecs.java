package org.traceoid.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Small random specs from a seed: 1-3 bools, 0-2 ints with ranges of 1-4 values (some
 * negative), 1-3 assertions of depth at most 3 over every operator of the language.
 */
final class RandomSpecs {
    private static final Position AT = new Position(1, 1);
    private final Random random;
    private final List<String> bools = new ArrayList<>();
    private final List<String> ints = new ArrayList<>();
    final List<Variable> variables = new ArrayList<>();
    /** The generated assertions, as built (the parsed spec must have the same trees). */
    List<Expr> expressions;

    private final int depth;
    private final int maxRange;

    RandomSpecs(long seed) {
        this(seed, 3, 4);
    }

    /** Assertions of depth at most {@code depth}, int ranges of at most {@code maxRange} values. */
    RandomSpecs(long seed, int depth, int maxRange) {
        this.random = new Random(seed);
        this.depth = depth;
        this.maxRange = maxRange;
    }

    String generate() {
        int boolCount = 1 + random.nextInt(3);
        for (int i = 0; i < boolCount; i++) {
            bools.add(String.valueOf((char) ('a' + i)));
            variables.add(Variable.bool(bools.get(i), AT));
        }
        int intCount = random.nextInt(3);
        for (int i = 0; i < intCount; i++) {
            String name = String.valueOf((char) ('x' + i));
            long low = random.nextInt(7) - 3;
            long high = low + random.nextInt(maxRange);
            ints.add(name);
            variables.add(Variable.integer(name, low, high, AT));
        }
        List<Expr> assertions = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            assertions.add(bool(depth));
        }
        expressions = assertions;
        // Half the specs with every operation parenthesised, half with only the parentheses
        // precedence needs, so parsing them back also tests the precedence table.
        return Printer.spec(variables, assertions, random.nextBoolean());
    }

    private Expr bool(int depth) {
        int choice = random.nextInt(depth == 0 ? 3 : 12);
        return switch (choice) {
            case 0, 1 -> new Expr.Reference(bools.get(random.nextInt(bools.size())), AT);
            case 2 -> ints.isEmpty() || random.nextInt(4) == 0
                    ? new Expr.BoolLiteral(random.nextBoolean(), AT) : comparison(depth);
            case 3 -> new Expr.Not(bool(depth - 1), AT);
            case 4 -> comparison(depth);
            case 5 -> {
                int n = 1 + random.nextInt(4);
                List<Expr> operands = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    operands.add(bool(depth - 1));
                }
                Expr.Kind kind = Expr.Kind.values()[random.nextInt(3)];
                yield new Expr.Cardinality(kind, random.nextInt(n + 1), operands, AT);
            }
            default -> {
                BinaryOp[] ops = {BinaryOp.AND, BinaryOp.OR, BinaryOp.XOR, BinaryOp.IMPLIES, BinaryOp.IFF, BinaryOp.EQ,
                    BinaryOp.NE};
                yield new Expr.Binary(ops[random.nextInt(ops.length)], bool(depth - 1), bool(depth - 1), AT);
            }
        };
    }

    private Expr comparison(int depth) {
        if (ints.isEmpty()) {
            return new Expr.Reference(bools.get(0), AT);
        }
        BinaryOp[] ops = {BinaryOp.EQ, BinaryOp.NE, BinaryOp.LT, BinaryOp.LE, BinaryOp.GT, BinaryOp.GE};
        return new Expr.Binary(ops[random.nextInt(ops.length)], integer(Math.max(depth - 1, 0)),
                integer(Math.max(depth - 1, 0)), AT);
    }

    private Expr integer(int depth) {
        int choice = random.nextInt(depth == 0 ? 3 : 8);
        return switch (choice) {
            case 0, 1 -> new Expr.Reference(ints.get(random.nextInt(ints.size())), AT);
            case 2 -> new Expr.IntLiteral(random.nextInt(6), AT);
            case 3 -> new Expr.Negate(integer(depth - 1), AT);
            case 4 -> new Expr.Binary(BinaryOp.MUL, new Expr.IntLiteral(random.nextInt(4), AT), integer(depth - 1), AT);
            case 5 -> new Expr.Binary(BinaryOp.SUB, integer(depth - 1), integer(depth - 1), AT);
            default -> new Expr.Binary(BinaryOp.ADD, integer(depth - 1), integer(depth - 1), AT);
        };
    }
}
