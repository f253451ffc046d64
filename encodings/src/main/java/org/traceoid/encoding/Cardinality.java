package org.traceoid.encoding;

import java.util.Objects;

/**
 * Cardinality constraints over literals ({@code at most k}, {@code at least k},
 * {@code exactly k} of them true), each turned into one literal that is equivalent to the
 * constraint (fully defined, so it may be asserted, assumed, negated or guarded by an
 * activation literal). Built on a unary counter ({@link CardinalityEncoding#choose}, or one
 * given for tests and comparisons) truncated at the limit the relation needs: at most
 * {@code k} needs {@code o_{k+1}}, at least {@code k} needs {@code o_k}. When counting the
 * false literals needs the shorter counter ({@code at least k true <-> at most n-k false}), the
 * false ones are counted: at least 9 of 10 costs a counter of limit 2, not 9.
 *
 * <p>Trivial bounds cost nothing: {@code at most n} or {@code at least 0} is the constant
 * true, {@code at least n+1} the constant false. Cost otherwise: one counter, O(n·m) clauses
 * for the sequential counter and O(n·m) for the totalizer (m the limit, at most n/2 + 1).
 */
public final class Cardinality {
    /** The relation between the number of true literals and the bound. */
    public enum Relation { AT_MOST, AT_LEAST, EXACTLY }

    private final Gates gates;
    private final CardinalityEncoding forced; // null: choose by clause count

    /** Cardinality constraints written through {@code gates}, each counter chosen by size. */
    public Cardinality(Gates gates) {
        this(gates, null);
    }

    /** As {@link #Cardinality(Gates)}, with one encoding for every constraint ({@code null}: choose by size). */
    public Cardinality(Gates gates, CardinalityEncoding encoding) {
        this.gates = Objects.requireNonNull(gates, "gates");
        this.forced = encoding;
    }

    /**
     * A literal equivalent to "the number of true {@code literals} {@code relation} {@code bound}";
     * a literal occurring twice counts twice.
     *
     * @throws IllegalArgumentException if {@code bound} is negative or a literal is 0
     */
    public int reify(Relation relation, int bound, int... literals) {
        Objects.requireNonNull(relation, "relation");
        if (bound < 0) {
            throw new IllegalArgumentException("a cardinality bound must not be negative: " + bound);
        }
        for (int literal : literals) {
            if (literal == 0 || literal == Integer.MIN_VALUE) {
                throw new IllegalArgumentException("not a DIMACS literal: " + literal);
            }
        }
        int n = literals.length;
        boolean needsLow = relation != Relation.AT_MOST;   // count >= bound
        boolean needsHigh = relation != Relation.AT_LEAST; // not (count >= bound + 1)
        if (needsLow && bound > n) {
            return gates.constant(false);
        }
        int limitTrue = needsHigh ? bound + 1 : bound;
        int limitFalse = needsLow ? n - bound + 1 : n - bound;
        boolean countFalse = limitFalse < limitTrue;
        int[] counted = literals.clone();
        if (countFalse) {
            for (int i = 0; i < n; i++) {
                counted[i] = -literals[i];
            }
        }
        int limit = Math.max(0, Math.min(n, countFalse ? limitFalse : limitTrue));
        CardinalityEncoding encoding = forced != null ? forced : CardinalityEncoding.choose(n, limit);
        int[] atLeast = encoding.count(gates, counted, limit);
        int low = needsLow ? atLeastTrue(atLeast, countFalse, n, bound) : gates.constant(true);
        int high = needsHigh ? -atLeastTrue(atLeast, countFalse, n, bound + 1) : gates.constant(true);
        return gates.and(Polarity.BOTH, low, high);
    }

    /** {@code at most bound} of {@code literals} true, as one literal. */
    public int atMost(int bound, int... literals) {
        return reify(Relation.AT_MOST, bound, literals);
    }

    /** {@code at least bound} of {@code literals} true, as one literal. */
    public int atLeast(int bound, int... literals) {
        return reify(Relation.AT_LEAST, bound, literals);
    }

    /** {@code exactly bound} of {@code literals} true, as one literal. */
    public int exactly(int bound, int... literals) {
        return reify(Relation.EXACTLY, bound, literals);
    }

    /**
     * {@code count(true) >= j} from the unary count {@code atLeast} of the true inputs (or of
     * the false ones: then {@code count(true) >= j <-> count(false) <= n - j <->
     * !(count(false) >= n - j + 1)}).
     */
    private int atLeastTrue(int[] atLeast, boolean countFalse, int n, int j) {
        int wanted = countFalse ? n - j + 1 : j;
        int value = wanted <= 0 ? gates.constant(true)
                : wanted <= atLeast.length ? atLeast[wanted - 1]
                : gates.constant(false); // only when wanted > n: the counter covers every wanted <= n
        return countFalse ? -value : value;
    }
}
