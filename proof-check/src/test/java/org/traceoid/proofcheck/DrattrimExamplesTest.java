package org.traceoid.proofcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.dimacs.DimacsReader;
import org.traceoid.cnf.testing.TestData;

/** drat-trim's own examples (testdata/proofs): drat-trim says VERIFIED for each, so must we. */
class DrattrimExamplesTest {

    static Stream<String[]> examples() {
        return Stream.of(
                new String[] {"example-4-vars.cnf", "example-4-vars.drat"},
                new String[] {"example-5-vars.cnf", "example-5-vars.drat"},
                new String[] {"example-Schur.cnf", "example-Schur.drat"},
                new String[] {"example-Schur.cnf", "example-Schur.drup"},
                new String[] {"uuf-30-1.cnf", "uuf-30-1.drat"},
                new String[] {"uuf-50-2.cnf", "uuf-50-2.drat"},
                new String[] {"uuf-50-3.cnf", "uuf-50-3.drat"},
                new String[] {"uuf-100-1.cnf", "uuf-100-1.drat"},
                new String[] {"uuf-100-2.cnf", "uuf-100-2.drat"},
                new String[] {"uuf-100-3.cnf", "uuf-100-3.drat"},
                new String[] {"uuf-100-4.cnf", "uuf-100-4.drat"},
                new String[] {"uuf-100-5.cnf", "uuf-100-5.drat"},
                new String[] {"R_4_4_18.cnf", "R_4_4_18.drat.bz2"});
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("examples")
    void verifies(String formula, String proofFile) throws Exception {
        Path dir = TestData.proofs();
        Cnf cnf = DimacsReader.strict().read(dir.resolve(formula));
        CheckResult result = new DratChecker(CheckOptions.builder().recordLrat(true).build()).check(cnf, dir.resolve(proofFile));
        assertEquals(CheckResult.Verdict.VERIFIED, result.verdict(), result::toString);
        ByteArrayOutputStream lrat = new ByteArrayOutputStream();
        result.writeLrat(lrat, false);
        assertTrue(lrat.size() > 0);
        System.out.println(proofFile + ": " + result.summary());
    }
}
