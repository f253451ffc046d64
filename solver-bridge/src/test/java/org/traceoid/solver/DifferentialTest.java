package org.traceoid.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.traceoid.cnf.Assignment;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.CnfBuilder;
import org.traceoid.cnf.ModelCheck;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.cnf.dimacs.DimacsReader;
import org.traceoid.cnf.testing.ExternalSolver;
import org.traceoid.cnf.testing.RandomCnf;
import org.traceoid.cnf.testing.TestData;

/**
 * Our answers against cadical's (a real subprocess) on 300 seeded random 3-SAT formulas near
 * the threshold and on every instance of the public corpus. Every answer is certified: every SAT
 * model is checked twice, by our {@code ModelCheck} and by minisat, which must find the formula
 * plus the model's literals as unit clauses satisfiable; every UNSAT answer comes with Sat4j's
 * DRAT proof, verified in-process by our {@code DratChecker} (certification is on by default).
 */
class DifferentialTest {
    private static final SolveOptions OPTIONS = SolveOptions.builder().timeout(Duration.ofSeconds(60)).build();

    @BeforeAll
    static void externalSolversPresent() {
        assumeTrue(ExternalSolver.CADICAL.isAvailable(), "cadical not installed (apt-get install cadical)");
        assumeTrue(ExternalSolver.MINISAT.isAvailable(), "minisat not installed (apt-get install minisat)");
    }

    /** Seeds 0..299: n in 20..150, m = round(4.26 n) ± 3 so both answers occur often. */
    static Stream<Long> randomSeeds() {
        return IntStream.range(0, 300).mapToObj(i -> (long) i);
    }

    @ParameterizedTest(name = "random 3-SAT seed {0}")
    @MethodSource("randomSeeds")
    void randomThreeSatAgreesWithCadical(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int variables = 20 + random.nextInt(131);
        int clauses = (int) Math.round(4.26 * variables) + random.nextInt(7) - 3;
        agree(RandomCnf.uniform(3, variables, clauses, seed), OPTIONS);
    }

    /** Instances cadical needs more than a second for (hole9, hole10) run only with -Pslow. */
    static final double HARD_SECONDS = 1.0;

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
    void publicCorpusAgreesWithCadicalAndTheManifest(TestData.Instance instance) throws IOException {
        Cnf cnf = DimacsReader.strict().read(instance.file());
        SolveStatus ours = agree(cnf, OPTIONS);
        assertEquals(instance.expected(), ours, "manifest answer");
    }

    @Tag("slow")
    @ParameterizedTest(name = "{0}")
    @MethodSource("hardCorpus")
    void hardPublicInstancesAgreeToo(TestData.Instance instance) throws IOException {
        Cnf cnf = DimacsReader.strict().read(instance.file());
        SolveStatus ours = agree(cnf, SolveOptions.builder().timeout(Duration.ofMinutes(10)).build());
        assertEquals(instance.expected(), ours, "manifest answer");
    }

    private static SolveStatus agree(Cnf cnf, SolveOptions options) {
        CertifiedResult result = Traceoid.solve(cnf, options);
        assertTrue(result.status() != SolveStatus.UNKNOWN, "Sat4j did not answer within the limit");
        assertEquals(ExternalSolver.CADICAL.solve(cnf), result.status(), "cadical's answer");
        assertTrue(result.certified(), result.certificate());
        if (result.status() == SolveStatus.UNSATISFIABLE) {
            assertTrue(result.certificate().startsWith("DRAT proof verified ("), result.certificate());
        }
        if (result.status() == SolveStatus.SATISFIABLE) {
            Assignment model = result.model().orElseThrow();
            assertTrue(ModelCheck.check(cnf, model).satisfied());
            assertEquals(SolveStatus.SATISFIABLE, ExternalSolver.MINISAT.solve(withModelAsUnits(cnf, model)),
                    "minisat rejects the model");
        }
        return result.status();
    }

    private static Cnf withModelAsUnits(Cnf cnf, Assignment model) {
        CnfBuilder builder = new CnfBuilder().declareVariables(cnf.variableCount());
        cnf.writeTo(builder);
        for (int literal : model.toDimacs(cnf.variableCount())) {
            builder.addClause(literal);
        }
        return builder.build();
    }
}
