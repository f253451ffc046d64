package org.traceoid.proofcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.dimacs.DimacsReader;
import org.traceoid.cnf.testing.TestData;

/**
 * drat-trim's own examples (testdata/proofs): drat-trim says VERIFIED for every pair, so must we,
 * in both deletion policies; the LRAT we write for each is verified by our LRAT checker, the
 * trimmed proof we write (lemmas used) verifies again, and drat-trim's own LRAT files verify.
 */
class DrattrimExamplesTest {

    static Stream<String[]> examples() {
        return Stream.of(
                new String[] {"example-4-vars.cnf", "example-4-vars.drat"}, // RAT
                new String[] {"example-5-vars.cnf", "example-5-vars.drat"},
                new String[] {"example-Schur.cnf", "example-Schur.drat"}, // RAT
                new String[] {"example-Schur.cnf", "example-Schur.drup"},
                new String[] {"uuf-30-1.cnf", "uuf-30-1.drat"},
                new String[] {"uuf-50-2.cnf", "uuf-50-2.drat"},
                new String[] {"uuf-50-3.cnf", "uuf-50-3.drat"},
                new String[] {"uuf-100-1.cnf", "uuf-100-1.drat"},
                new String[] {"uuf-100-2.cnf", "uuf-100-2.drat"},
                new String[] {"uuf-100-3.cnf", "uuf-100-3.drat"},
                new String[] {"uuf-100-4.cnf", "uuf-100-4.drat"},
                new String[] {"uuf-100-5.cnf", "uuf-100-5.drat"},
                new String[] {"R_4_4_18.cnf", "R_4_4_18.drat.bz2"}); // binary, bzip2, 8575 RAT lemmas
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("examples")
    void verifiesAndWritesCheckableLrat(String formula, String proofFile) throws Exception {
        Path dir = TestData.proofs();
        Cnf cnf = DimacsReader.strict().read(dir.resolve(formula));
        CheckResult result = new DratChecker(CheckOptions.builder().recordLrat(true).build())
                .check(cnf, dir.resolve(proofFile));
        assertEquals(CheckResult.Verdict.VERIFIED, result.verdict(), result::toString);

        ByteArrayOutputStream text = new ByteArrayOutputStream();
        result.writeLrat(text, false);
        CheckResult lrat = new LratChecker(CheckOptions.defaults())
                .check(cnf, new ByteArrayInputStream(text.toByteArray()), "ours.lrat");
        assertEquals(CheckResult.Verdict.VERIFIED, lrat.verdict(), lrat::toString);

        ByteArrayOutputStream trimmed = new ByteArrayOutputStream();
        result.writeLemmas(trimmed);
        CheckResult again = new DratChecker(CheckOptions.builder().strictDeletions(true).build())
                .check(cnf, new ByteArrayInputStream(trimmed.toByteArray()), "trimmed.drat");
        assertEquals(CheckResult.Verdict.VERIFIED, again.verdict(), "trimmed proof: " + again);

        ByteArrayOutputStream binary = new ByteArrayOutputStream();
        result.writeLrat(binary, true);
        CheckResult binaryLrat = new LratChecker(CheckOptions.defaults())
                .check(cnf, new ByteArrayInputStream(binary.toByteArray()), "ours.lrat.bin");
        assertEquals(CheckResult.Verdict.VERIFIED, binaryLrat.verdict(), binaryLrat::toString);
    }

    @ParameterizedTest(name = "{1} strict")
    @MethodSource("examples")
    void verifiesWithStrictDeletions(String formula, String proofFile) throws Exception {
        Path dir = TestData.proofs();
        Cnf cnf = DimacsReader.strict().read(dir.resolve(formula));
        CheckResult result = new DratChecker(CheckOptions.builder().strictDeletions(true).build())
                .check(cnf, dir.resolve(proofFile));
        assertEquals(CheckResult.Verdict.VERIFIED, result.verdict(), result::toString);
        assertEquals(0, result.statistics().ignoredDeletions());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"example-4-vars", "example-5-vars", "uuf-30-1", "uuf-50-2", "uuf-50-3",
            "uuf-100-1", "uuf-100-2", "uuf-100-3", "uuf-100-4", "uuf-100-5"})
    void drattrimsLratFilesVerify(String name) throws Exception {
        Path dir = TestData.proofs();
        Cnf cnf = DimacsReader.strict().read(dir.resolve(name + ".cnf"));
        CheckResult result = new LratChecker(CheckOptions.defaults()).check(cnf, dir.resolve(name + ".lrat"));
        assertEquals(CheckResult.Verdict.VERIFIED, result.verdict(), result::toString);
    }
}
