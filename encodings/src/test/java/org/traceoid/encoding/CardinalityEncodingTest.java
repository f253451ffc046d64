package org.traceoid.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.traceoid.cnf.Assignment;
import org.traceoid.cnf.CnfBuilder;

class CardinalityEncodingTest {
    @Test
    void choiceIsTheEncodingWithFewerClauses() {
        for (int n = 1; n <= 16; n++) {
            for (int m = 1; m <= n; m++) {
                long sequential = new SequentialCounter().clauseCount(n, m);
                long totalizer = new Totalizer().clauseCount(n, m);
                CardinalityEncoding chosen = CardinalityEncoding.choose(n, m);
                assertEquals(Math.min(sequential, totalizer), chosen.clauseCount(n, m), "n=" + n + " m=" + m);
                if (sequential == totalizer) {
                    assertInstanceOf(SequentialCounter.class, chosen);
                }
            }
        }
        assertInstanceOf(Totalizer.class, CardinalityEncoding.choose(64, 2));
    }

    /**
     * Every count of true inputs forces exactly the unary outputs it should, for both encodings:
     * with the inputs fixed by unit clauses, propagation derives o_j = (count >= j) and the
     * derived assignment satisfies every clause ({@link Forcing}).
     */
    @ParameterizedTest
    @ValueSource(ints = {0, 1})
    void outputsAreTheUnaryCount(int which) {
        CardinalityEncoding encoding = which == 0 ? new SequentialCounter() : new Totalizer();
        int n = 5;
        for (int m = 1; m <= n; m++) {
            for (int mask = 0; mask < 1 << n; mask++) {
                CnfBuilder builder = new CnfBuilder();
                Gates gates = new Gates(builder, n);
                int[] inputs = new int[n];
                for (int i = 0; i < n; i++) {
                    inputs[i] = i + 1;
                }
                int[] out = encoding.count(gates, inputs, m);
                assertEquals(Math.min(m, n), out.length);
                int count = Integer.bitCount(mask);
                for (int i = 0; i < n; i++) {
                    builder.addClause(((mask >> i) & 1) != 0 ? i + 1 : -(i + 1));
                }
                Assignment forced = Forcing.propagate(builder.build());
                for (int j = 1; j <= out.length; j++) {
                    assertEquals(count >= j, forced.isTrue(out[j - 1]), encoding + " m=" + m + " mask=" + mask + " j=" + j);
                }
            }
        }
    }
}
