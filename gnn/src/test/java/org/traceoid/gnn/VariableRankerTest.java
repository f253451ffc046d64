package org.traceoid.gnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.types.DataType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.VariableRanking;
import org.traceoid.cnf.dimacs.DimacsReader;
import org.traceoid.cnf.testing.RandomCnf;
import org.traceoid.cnf.testing.TestData;
import org.traceoid.gnn.layers.GnnConfig;

class VariableRankerTest {
    @Test
    void ranksPublicInstancesWithDefaultConfig() throws IOException {
        try (VariableRanker ranker = VariableRanker.seeded(GnnConfig.defaults(), 42)) {
            for (TestData.Instance instance : TestData.publicInstances().stream().limit(5).toList()) {
                Cnf cnf = DimacsReader.strict().read(instance.file());
                VariableRanking ranking = ranker.rank(cnf);
                assertEquals(cnf.variableCount(), ranking.variableCount());
                assertTrue(ranking.inferenceNanos() > 0);
                for (int v = 1; v <= cnf.variableCount(); v++) {
                    assertTrue(Double.isFinite(ranking.score(v)));
                }
            }
            assertFalse(ranker.isTrained());
        }
    }

    @Test
    void sameSeedSameRankingOtherSeedOtherRanking() {
        Cnf cnf = RandomCnf.uniform(3, 30, 120, 5);
        GnnConfig config = GnnConfig.builder().optHiddenSize(16).optLayers(2).build();
        double[] a;
        double[] b;
        double[] c;
        try (VariableRanker one = VariableRanker.seeded(config, 1); VariableRanker two = VariableRanker.seeded(config, 1);
                VariableRanker other = VariableRanker.seeded(config, 2)) {
            a = one.evaluate(cnf).scores();
            b = two.evaluate(cnf).scores();
            c = other.evaluate(cnf).scores();
        }
        assertArrayEquals(a, b, 0);
        assertFalse(java.util.Arrays.equals(a, c));
    }

    /**
     * Regression: every forward pass used to leave its outputs (and, when training, their autograd
     * graph) on the model's own manager, so a long training run grew by about 200 MB per epoch.
     * After the first call the model's manager must not gain arrays, however many calls follow.
     */
    @Test
    void forwardPassesLeaveNothingOnTheModelsManager() {
        Cnf cnf = RandomCnf.uniform(3, 40, 170, 9);
        try (VariableRanker ranker = VariableRanker.seeded(GnnConfig.builder().optHiddenSize(8).optLayers(3).build(), 4)) {
            ranker.rank(cnf);
            int held = ranker.manager().getManagedArrays().size();
            for (int i = 0; i < 20; i++) {
                ranker.rank(cnf);
            }
            assertEquals(held, ranker.manager().getManagedArrays().size());
        }
    }

    @Test
    void emptyAndClauselessFormulas() {
        try (VariableRanker ranker = VariableRanker.seeded(GnnConfig.builder().optHiddenSize(8).build(), 3)) {
            assertEquals(0, ranker.rank(Cnf.of(0)).variableCount());
            VariableRanking noClauses = ranker.rank(Cnf.of(3));
            assertEquals(3, noClauses.variableCount());
            assertEquals(noClauses.score(1), noClauses.score(3), 1e-6);
            assertEquals(0.5, noClauses.phaseTrueProbability(2), 1e-6);
            VariableRanking emptyClause = ranker.rank(Cnf.of(2, new int[0], new int[] {1}));
            assertEquals(2, emptyClause.variableCount());
        }
    }

    @Test
    void saveThenLoadGivesIdenticalOutputs(@TempDir Path dir) throws IOException {
        Cnf cnf = RandomCnf.messy(12, 40, 4, 9);
        GnnConfig config = GnnConfig.builder().optHiddenSize(8).optLayers(3).optSatHead(true).build();
        for (DataType type : new DataType[] {DataType.FLOAT32, DataType.FLOAT64}) {
            GnnOutputs before;
            try (VariableRanker ranker = ModelStore.seeded(config, 77, type)) {
                before = ranker.evaluate(cnf);
                ModelStore.save(ranker, dir);
            }
            try (VariableRanker loaded = ModelStore.load(dir)) {
                GnnOutputs after = loaded.evaluate(cnf);
                assertArrayEquals(before.scores(), after.scores(), 0);
                assertArrayEquals(before.phaseLogits(), after.phaseLogits(), 0);
                assertEquals(before.satLogit(), after.satLogit(), 0);
                assertEquals(config, loaded.config());
                assertEquals(77, loaded.seed());
                assertEquals(type, loaded.dataType());
            }
        }
        String json = Files.readString(dir.resolve(ModelStore.CONFIG_FILE));
        assertTrue(json.contains("\"formatVersion\" : 1"), json);
    }

    @Test
    void loadRejectsMismatchedParameters(@TempDir Path dir) throws IOException {
        try (VariableRanker ranker = ModelStore.seeded(GnnConfig.builder().optHiddenSize(8).build(), 1, DataType.FLOAT32)) {
            ModelStore.save(ranker, dir);
        }
        Path config = dir.resolve(ModelStore.CONFIG_FILE);
        Files.writeString(config, Files.readString(config).replace("\"layers\" : 4", "\"layers\" : 2"));
        IOException e = assertThrows(IOException.class, () -> ModelStore.load(dir));
        assertTrue(e.getMessage().contains(ModelStore.PARAMS_FILE), e.getMessage());
        assertThrows(IOException.class, () -> ModelStore.load(dir.resolve("nowhere")));
    }
}
