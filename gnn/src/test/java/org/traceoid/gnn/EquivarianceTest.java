package org.traceoid.gnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.types.DataType;
import java.util.SplittableRandom;
import java.util.function.Function;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.testing.RandomCnf;
import org.traceoid.gnn.algebra.Mat;
import org.traceoid.gnn.layers.GnnConfig;

/**
 * HOPF.md §4 rows "renaming", "polarity flip", "clause order, literal order, duplicates" on the
 * whole DJL network, and the DJL network equal to the pure-Java reference network. Double precision
 * with random parameters (tolerance 1e-9), plus the default float model (d = 64, L = 4; 1e-4).
 */
class EquivarianceTest {
    record Setup(Cnf cnf, VariableRanker ranker, SplittableRandom random) implements AutoCloseable {
        static Setup of(long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            int n = 3 + random.nextInt(10);
            int m = 3 + random.nextInt(28);
            int d = 3 + random.nextInt(6);
            int layers = 1 + random.nextInt(3);
            Cnf cnf = RandomCnf.messy(n, m, 4, random.nextLong());
            VariableRanker ranker = ModelStore.seeded(GnnConfig.builder().optHiddenSize(d).optLayers(layers)
                    .optReadoutHidden(3 + random.nextInt(6)).optSatHead(random.nextBoolean()).build(), random.nextLong(), DataType.FLOAT64);
            ReferenceNetwork.randomize(ranker, random.nextLong());
            return new Setup(cnf, ranker, random);
        }

        @Override
        public void close() {
            ranker.close();
        }
    }

    @Property(tries = 30)
    void djlNetworkEqualsTheJavaReference(@ForAll long seed) {
        try (Setup s = Setup.of(seed)) {
            GnnOutputs djl = s.ranker.evaluate(s.cnf);
            GnnOutputs reference = ReferenceNetwork.of(s.ranker).evaluate(s.cnf);
            assertEquals(0, Mat.maxAbsDifference(djl.literalEmbeddings(), reference.literalEmbeddings()), 1e-9);
            assertEquals(0, Mat.maxAbsDifference(djl.clauseEmbeddings(), reference.clauseEmbeddings()), 1e-9);
            assertEquals(0, Mat.maxAbsDifference(djl.scores(), reference.scores()), 1e-9);
            assertEquals(0, Mat.maxAbsDifference(djl.phaseLogits(), reference.phaseLogits()), 1e-9);
        }
    }

    @Property(tries = 30)
    void polarityFlipOfEachVariable(@ForAll long seed) {
        try (Setup s = Setup.of(seed)) {
            // four variables per formula (every variable in NegativeControlsTest's unmutated runs)
            for (int i = 0; i < 4; i++) {
                int v = 1 + s.random.nextInt(s.cnf.variableCount());
                assertEquals(0, Symmetries.flip(s.ranker::evaluate, s.cnf, v), 1e-9, "flip of variable " + v);
            }
        }
    }

    @Property(tries = 20)
    void renamingSignedRenamingClauseOrderLiteralOrderDuplicates(@ForAll long seed) {
        try (Setup s = Setup.of(seed)) {
            Function<Cnf, GnnOutputs> model = s.ranker::evaluate;
            int n = s.cnf.variableCount();
            assertEquals(0, Symmetries.renaming(model, s.cnf, s.random), 1e-9, "renaming");
            int[] sign = new int[n + 1];
            for (int v = 1; v <= n; v++) {
                sign[v] = s.random.nextBoolean() ? 1 : -1;
            }
            assertEquals(0, Symmetries.signedRenaming(model, s.cnf, Symmetries.permutation(n, s.random), sign), 1e-9,
                    "signed renaming (B_n)");
            assertEquals(0, Symmetries.clauseOrder(model, s.cnf, s.random), 1e-9, "clause order");
            assertEquals(0, Symmetries.literalOrderAndDuplicates(model, s.cnf, s.random), 1e-9, "literal order, duplicates");
        }
    }

    @Test
    void defaultFloatModelIsEquivariantToo() {
        Cnf cnf = RandomCnf.uniform(3, 40, 170, 8);
        try (VariableRanker ranker = VariableRanker.seeded(GnnConfig.defaults(), 8)) {
            SplittableRandom random = new SplittableRandom(8);
            Function<Cnf, GnnOutputs> model = ranker::evaluate;
            double scale = 1 + Mat.maxAbsDifference(ranker.evaluate(cnf).literalEmbeddings(), new double[80][64]);
            for (int v : new int[] {1, 17, 40}) {
                assertEquals(0, Symmetries.flip(model, cnf, v), 1e-4 * scale, "flip " + v);
            }
            assertEquals(0, Symmetries.renaming(model, cnf, random), 1e-4 * scale);
            assertEquals(0, Symmetries.clauseOrder(model, cnf, random), 1e-4 * scale);
            assertEquals(0, Symmetries.literalOrderAndDuplicates(model, cnf, random), 1e-4 * scale);
        }
    }

    /** HOPF.md §4 row "non-degenerate". */
    @Test
    void embeddingsAreNotDegenerate() {
        // variable 4 occurs only positively; 5 only negatively
        Cnf cnf = Cnf.of(5, new int[] {1, 2, 4}, new int[] {-1, 3, 4}, new int[] {-2, -3, -5}, new int[] {1, -3, 4},
                new int[] {2, 3});
        try (VariableRanker ranker = VariableRanker.seeded(GnnConfig.defaults(), 1)) {
            GnnOutputs out = ranker.evaluate(cnf);
            double[][] h = out.literalEmbeddings();
            double spread = 0;
            for (double[] row : h) {
                spread = Math.max(spread, Mat.maxAbsDifference(row, h[0]));
            }
            assertTrue(spread > 1e-2, "literal embeddings are not all equal: " + spread);
            assertTrue(Mat.maxAbsDifference(h[3], h[5 + 3]) > 1e-2, "h_x != h_-x for a variable occurring only positively");
            assertTrue(Math.abs(out.phaseLogits()[3]) > 1e-4, "a pure variable gets a non-zero phase logit");
        }
        // On a random 3-SAT formula (trivial automorphism group, almost surely) four layers separate
        // most literals. Literals in one orbit of an automorphism must coincide, so "all distinct" is not the claim.
        try (VariableRanker ranker = VariableRanker.seeded(GnnConfig.defaults(), 2)) {
            double[][] h = ranker.evaluate(RandomCnf.uniform(3, 20, 80, 2)).literalEmbeddings();
            int distinct = 0;
            for (int i = 0; i < h.length; i++) {
                boolean unique = true;
                for (int j = 0; j < i; j++) {
                    unique &= Mat.maxAbsDifference(h[i], h[j]) > 1e-5;
                }
                distinct += unique ? 1 : 0;
            }
            assertTrue(distinct > h.length * 9 / 10, distinct + " distinct of " + h.length);
        }
    }
}
