package org.traceoid.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.ModelCheck;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.cnf.testing.ExternalSolver;
import org.traceoid.cnf.testing.RandomCnf;
import org.traceoid.gnn.VariableRanker;
import org.traceoid.gnn.layers.GnnConfig;
import org.traceoid.solver.CertifiedResult;
import org.traceoid.solver.Guidance;
import org.traceoid.solver.GuidanceReport;
import org.traceoid.solver.SolveOptions;
import org.traceoid.solver.SolveSession;

/**
 * The real GNN (seeded weights, d = 8, two layers: cheap) as the ranker of guided solves, the
 * three retention modes in turn: every answer certified and equal to cadical's. The synthetic
 * ranker's 300+ runs are in solver-bridge's {@code GuidedDifferentialTest}.
 */
class GnnGuidedSolvingTest {
    private static VariableRanker ranker;

    @BeforeAll
    static void setUp() {
        assumeTrue(ExternalSolver.CADICAL.isAvailable(), "cadical not installed (apt-get install cadical)");
        ranker = VariableRanker.seeded(GnnConfig.builder().optHiddenSize(8).optLayers(2).build(), 11);
    }

    @AfterAll
    static void tearDown() {
        if (ranker != null) {
            ranker.close();
        }
    }

    static Stream<Long> seeds() {
        return IntStream.range(0, 30).mapToObj(i -> 5000L + i);
    }

    @ParameterizedTest(name = "GNN-guided random 3-SAT seed {0}")
    @MethodSource("seeds")
    void gnnGuidedAnswersAreCertifiedAndAgreeWithCadical(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int variables = 30 + random.nextInt(91);
        Cnf cnf = RandomCnf.uniform(3, variables, (int) Math.round(4.26 * variables) + random.nextInt(7) - 3, seed);
        Guidance guidance = Guidance.builder(ranker::rank).minVariables(0).refocusConflicts(50).biasPeriod(10)
                .retention(Guidance.Retention.values()[(int) (seed % 3)]).build();
        SolveSession session = new SolveSession(cnf, SolveOptions.builder().timeout(Duration.ofSeconds(60)).build(), guidance);
        CertifiedResult result = session.run();
        GuidanceReport report = session.guidanceReport().orElseThrow();
        assertTrue(report.on(), report.describe());
        assertTrue(result.certified(), result.certificate());
        assertEquals(ExternalSolver.CADICAL.solve(cnf), result.status());
        if (result.status() == SolveStatus.SATISFIABLE) {
            assertTrue(ModelCheck.check(cnf, result.model().orElseThrow()).satisfied());
        }
    }
}
