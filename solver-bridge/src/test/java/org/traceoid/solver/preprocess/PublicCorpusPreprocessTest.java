package org.traceoid.solver.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.cnf.dimacs.DimacsReader;
import org.traceoid.cnf.testing.TestData;

/**
 * Every instance of the public corpus (SATLIB) preprocessed with the defaults, then solved by
 * Sat4j: the answer is the manifest's (cadical's), and it is certified against the original
 * file: the reconstructed model by ModelCheck, the proof (preprocessing + Sat4j) by DratChecker.
 * The instances cadical needs more than 0.15 s for (the largest bw, hanoi and parity ones, hole8-10)
 * run with -Pslow.
 */
class PublicCorpusPreprocessTest {
    static final double HARD_SECONDS = 0.15;

    static Stream<TestData.Instance> corpus() {
        return TestData.publicInstances().stream()
                .filter(instance -> instance.expected() != SolveStatus.UNKNOWN && instance.cadicalSeconds() <= HARD_SECONDS);
    }

    static Stream<TestData.Instance> hardCorpus() {
        return TestData.publicInstances().stream()
                .filter(instance -> instance.expected() != SolveStatus.UNKNOWN && instance.cadicalSeconds() > HARD_SECONDS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void preprocessedAnswersAreTheManifestsAndCertifyAgainstTheFile(TestData.Instance instance) throws IOException {
        Cnf cnf = DimacsReader.strict().read(instance.file());
        assertEquals(instance.expected(), PreprocessCheck.solveCertified(cnf, PreprocessOptions.defaults()).status());
    }

    @Tag("slow")
    @ParameterizedTest(name = "{0}")
    @MethodSource("hardCorpus")
    void hardInstancesToo(TestData.Instance instance) throws IOException {
        Cnf cnf = DimacsReader.strict().read(instance.file());
        assertEquals(instance.expected(), PreprocessCheck.solveCertified(cnf, PreprocessOptions.defaults()).status());
    }
}
