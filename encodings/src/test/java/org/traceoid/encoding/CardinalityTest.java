package org.traceoid.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.traceoid.cnf.Assignment;
import org.traceoid.cnf.CnfBuilder;
import org.traceoid.encoding.Cardinality.Relation;

/**
 * {@link Cardinality} against the arithmetic it stands for: for every relation, bound, input
 * sign pattern and input assignment, the constraint's literal is forced to the value of
 * {@code count REL bound} ({@link Forcing}: unit propagation plus a model check, no solver).
 */
class CardinalityTest {
    @Property(tries = 300)
    void literalIsTheRelationsTruthValue(@ForAll @IntRange(min = 0, max = 7) int n,
                                         @ForAll @IntRange(min = 0, max = 9) int bound,
                                         @ForAll @IntRange(min = 0, max = 127) int signs,
                                         @ForAll @IntRange(min = 0, max = 127) int values,
                                         @ForAll @IntRange(min = 0, max = 2) int encodingChoice,
                                         @ForAll Relation relation) {
        CardinalityEncoding encoding = switch (encodingChoice) {
            case 0 -> null;
            case 1 -> new SequentialCounter();
            default -> new Totalizer();
        };
        CnfBuilder builder = new CnfBuilder();
        Gates gates = new Gates(builder, n);
        int[] literals = new int[n];
        int trueCount = 0;
        for (int i = 0; i < n; i++) {
            literals[i] = ((signs >> i) & 1) != 0 ? -(i + 1) : i + 1;
            boolean variableTrue = ((values >> i) & 1) != 0;
            builder.addClause(variableTrue ? i + 1 : -(i + 1));
            trueCount += variableTrue == (literals[i] > 0) ? 1 : 0;
        }
        int out = new Cardinality(gates, encoding).reify(relation, bound, literals);
        Assignment forced = Forcing.propagate(builder.build());
        boolean expected = switch (relation) {
            case AT_MOST -> trueCount <= bound;
            case AT_LEAST -> trueCount >= bound;
            case EXACTLY -> trueCount == bound;
        };
        assertEquals(expected, forced.isTrue(out), relation + " " + bound + " of " + java.util.Arrays.toString(literals));
    }

    @Test
    void trivialBoundsAreConstantsAndWriteNothingButTheConstant() {
        CnfBuilder builder = new CnfBuilder();
        Gates gates = new Gates(builder, 3);
        Cardinality cardinality = new Cardinality(gates);
        assertEquals(gates.trueLiteral(), cardinality.atMost(3, 1, 2, 3));
        assertEquals(gates.trueLiteral(), cardinality.atLeast(0, 1, 2, 3));
        assertEquals(-gates.trueLiteral(), cardinality.atLeast(4, 1, 2, 3));
        assertEquals(-gates.trueLiteral(), cardinality.exactly(4, 1, 2, 3));
        assertEquals(1, builder.build().clauseCount()); // the constant's unit clause
    }

    @Test
    void literalOccurringTwiceCountsTwice() {
        CnfBuilder builder = new CnfBuilder();
        Gates gates = new Gates(builder, 2);
        int atMostOne = new Cardinality(gates).atMost(1, 1, 1, 2);
        builder.addClause(1);
        builder.addClause(-2);
        assertEquals(false, Forcing.propagate(builder.build()).isTrue(atMostOne));
    }

    @Test
    void badArgumentsAreRejected() {
        Cardinality cardinality = new Cardinality(new Gates(new CnfBuilder(), 2));
        assertEquals("a cardinality bound must not be negative: -1",
                assertThrows(IllegalArgumentException.class, () -> cardinality.atMost(-1, 1, 2)).getMessage());
        assertEquals("not a DIMACS literal: 0",
                assertThrows(IllegalArgumentException.class, () -> cardinality.atMost(1, 1, 0)).getMessage());
    }

    @Test
    void gatesDrawVariablesFromAPool() {
        int[] next = {100};
        CnfBuilder builder = new CnfBuilder();
        builder.addClause(7);
        Gates gates = new Gates(builder, () -> ++next[0], 7);
        int out = gates.and(Polarity.BOTH, 1, 2);
        assertEquals(101, out);
        assertEquals(101, gates.lastVariable());
        assertEquals(7, gates.trueLiteral());
    }
}
