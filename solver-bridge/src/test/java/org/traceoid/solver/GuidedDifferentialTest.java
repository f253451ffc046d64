package org.traceoid.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.traceoid.cnf.Assignment;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.ModelCheck;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.cnf.VariableRanking;
import org.traceoid.cnf.dimacs.DimacsReader;
import org.traceoid.cnf.testing.ExternalSolver;
import org.traceoid.cnf.testing.RandomCnf;
import org.traceoid.cnf.testing.TestData;

/**
 * Guided solves against cadical: 300 seeded random 3-SAT formulas (the three retention modes in
 * turn, refocusing and bias periods short so that they happen) and the public corpus. Every
 * answer must be certified (a checked model, a verified DRAT proof) and equal cadical's: the
 * guidance touches only order and phases. The ranker is synthetic and cheap (occurrence counts
 * plus seeded noise, phases from polarity balance); the real GNN runs in the cli module's tests.
 */
class GuidedDifferentialTest {
    private static final SolveOptions OPTIONS = SolveOptions.builder().timeout(Duration.ofSeconds(60)).build();

    @BeforeAll
    static void cadicalPresent() {
        assumeTrue(ExternalSolver.CADICAL.isAvailable(), "cadical not installed (apt-get install cadical)");
    }

    /** Scores: occurrences plus noise from {@code seed}; P(true) = positive share of occurrences. */
    static Function<Cnf, VariableRanking> syntheticRanker(long seed) {
        return cnf -> {
            int n = cnf.variableCount();
            double[] scores = new double[n + 1];
            int[] occurrences = new int[n + 1];
            int[] positive = new int[n + 1];
            double[] phases = new double[n + 1];
            SplittableRandom random = new SplittableRandom(seed);
            for (int p = 0; p < cnf.literalCount(); p++) {
                int literal = cnf.literalAt(p);
                occurrences[Math.abs(literal)]++;
                if (literal > 0) {
                    positive[literal]++;
                }
            }
            for (int v = 1; v <= n; v++) {
                phases[v] = occurrences[v] == 0 ? 0.5 : (double) positive[v] / occurrences[v];
                scores[v] = 0.1 * occurrences[v] + random.nextDouble();
            }
            return new VariableRanking(scores, phases, 0);
        };
    }

    static Guidance guidance(long seed) {
        Guidance.Retention retention = Guidance.Retention.values()[(int) (seed % 3)];
        return Guidance.builder(syntheticRanker(seed)).retention(retention).minVariables(0)
                .refocusConflicts(50).biasPeriod(10).phaseConfidence(0.05).build();
    }

    static Stream<Long> randomSeeds() {
        return IntStream.range(0, 300).mapToObj(i -> 1000L + i);
    }

    @ParameterizedTest(name = "guided random 3-SAT seed {0}")
    @MethodSource("randomSeeds")
    void guidedRandomThreeSatAgreesWithCadical(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int variables = 20 + random.nextInt(131);
        int clauses = (int) Math.round(4.26 * variables) + random.nextInt(7) - 3;
        agree(RandomCnf.uniform(3, variables, clauses, seed), guidance(seed));
    }

    @ParameterizedTest(name = "guided {0}")
    @MethodSource("org.traceoid.solver.DifferentialTest#corpus")
    void guidedPublicCorpusAgreesWithTheManifest(TestData.Instance instance) throws IOException {
        Cnf cnf = DimacsReader.strict().read(instance.file());
        long seed = instance.file().getFileName().toString().hashCode();
        CertifiedResult result = Traceoid.solve(cnf, OPTIONS, guidance(Math.floorMod(seed, 3)));
        assertTrue(result.certified(), result.certificate());
        assertEquals(instance.expected(), result.status(), "manifest answer (cadical's)");
    }

    @Test
    void refocusingHappensAndStaysWithinTheBudget() {
        Cnf cnf = RandomCnf.uniform(3, 150, 639, 7);
        int[] calls = new int[1];
        Function<Cnf, VariableRanking> counting = formula -> {
            calls[0]++;
            return syntheticRanker(7).apply(formula);
        };
        SolveSession session = new SolveSession(cnf, OPTIONS, Guidance.builder(counting)
                .retention(Guidance.Retention.REFOCUS).refocusConflicts(20).minVariables(0).build());
        CertifiedResult result = session.run();
        assertTrue(result.certified());
        GuidanceReport report = session.guidanceReport().orElseThrow();
        assertTrue(report.on(), report.describe());
        assertEquals(calls[0], report.rankings());
        assertTrue(report.rankings() > 1 || result.statistics().conflicts() < 20, report.describe());
    }

    private static void agree(Cnf cnf, Guidance guidance) {
        SolveSession session = new SolveSession(cnf, OPTIONS, guidance);
        CertifiedResult result = session.run();
        assertTrue(session.guidanceReport().orElseThrow().on(), session.guidanceReport().orElseThrow().describe());
        assertTrue(result.status() != SolveStatus.UNKNOWN, "Sat4j did not answer within the limit");
        assertTrue(result.certified(), result.certificate());
        assertEquals(ExternalSolver.CADICAL.solve(cnf), result.status(), "cadical's answer");
        if (result.status() == SolveStatus.SATISFIABLE) {
            Assignment model = result.model().orElseThrow();
            assertTrue(ModelCheck.check(cnf, model).satisfied());
        } else {
            assertTrue(result.certificate().startsWith("DRAT proof verified ("), result.certificate());
            assertTrue(session.proofCoreClauses().orElseThrow().length > 0);
        }
    }
}
