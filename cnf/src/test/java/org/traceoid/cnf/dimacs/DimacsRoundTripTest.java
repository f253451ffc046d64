package org.traceoid.cnf.dimacs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.testing.CnfArbitraries;
import org.traceoid.cnf.testing.CnfArbitraries.RawFormula;
import org.traceoid.cnf.testing.DimacsText;

/**
 * Whatever way a formula is written (our writer, hand-made spacing and comments, any
 * compression), reading returns the formula the builder makes of its clauses.
 */
class DimacsRoundTripTest {

    @Property(tries = 500)
    void writeThenReadIsTheSameFormula(@ForAll("formulas") RawFormula formula) {
        Cnf cnf = formula.cnf();
        Cnf read = DimacsText.read(DimacsReader.strict(), "w.cnf", DimacsText.write(cnf));
        assertEquals(cnf, read);
        assertEquals(cnf.statistics().tautologies(), read.statistics().tautologies());
        assertEquals(cnf.statistics().emptyClauses(), read.statistics().emptyClauses());
    }

    @Property(tries = 500)
    void whitespaceCommentsAndLineBreaksBetweenTokensChangeNothing(@ForAll("formulas") RawFormula formula,
            @ForAll long seed) {
        Cnf read = DimacsText.read(DimacsReader.strict(), "noisy.cnf", CnfArbitraries.noisyDimacsBytes(formula, seed));
        Cnf expected = formula.cnf();
        assertEquals(expected, read);
        // Read from the raw clauses, the builder saw and counted the same repeats.
        assertEquals(expected.statistics(), read.statistics());
    }

    @Property(tries = 60)
    void everyCompressionReadsAsThePlainText(@ForAll("formulas") RawFormula formula, @ForAll Compression compression,
            @ForAll long seed) throws IOException {
        byte[] plain = CnfArbitraries.noisyDimacsBytes(formula, seed);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (OutputStream out = compression.compressing(compressed)) {
            out.write(plain);
        }
        byte[] data = compressed.toByteArray();
        assertEquals(compression, Compression.detect(data, Math.min(data.length, Compression.MAGIC_BYTES)));
        assertEquals(DimacsText.read(DimacsReader.strict(), "plain.cnf", plain),
                DimacsText.read(DimacsReader.strict(), "packed.cnf", data));
    }

    @Provide
    Arbitrary<RawFormula> formulas() {
        return CnfArbitraries.rawFormulas();
    }
}
