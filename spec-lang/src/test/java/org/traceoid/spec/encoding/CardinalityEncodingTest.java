package org.traceoid.spec.encoding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.CnfBuilder;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.solver.SolveOptions;
import org.traceoid.solver.Traceoid;

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

    /** Every count of true inputs gives exactly the unary outputs it should, for both encodings. */
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
                Cnf base = builder.build();
                for (int j = 1; j <= out.length; j++) {
                    // o_j must be forced to (count >= j): the opposite value is UNSAT.
                    List<int[]> extra = new ArrayList<>();
                    extra.add(new int[] {count >= j ? -out[j - 1] : out[j - 1]});
                    assertEquals(SolveStatus.UNSATISFIABLE, solve(base, extra), encoding + " m=" + m + " mask=" + mask);
                }
            }
        }
    }

    private static SolveStatus solve(Cnf base, List<int[]> extra) {
        CnfBuilder builder = new CnfBuilder().declareVariables(base.variableCount());
        base.writeTo(builder);
        extra.forEach(builder::addClause);
        return Traceoid.solve(builder.build(), SolveOptions.defaults()).status();
    }
}
