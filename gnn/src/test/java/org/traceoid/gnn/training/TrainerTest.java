package org.traceoid.gnn.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.CnfBuilder;
import org.traceoid.cnf.VariableRanking;
import org.traceoid.gnn.ModelStore;
import org.traceoid.gnn.VariableRanker;
import org.traceoid.gnn.layers.GnnConfig;

class TrainerTest {

    /**
     * Random 3-clauses over {@code n} variables plus a planted core: all 8 sign patterns over 3
     * random variables (those are the core variables), and 2 unit clauses that make a backbone.
     * The labels are true for the planted parts; the task only needs to be learnable.
     */
    static List<TrainingExample> planted(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<TrainingExample> examples = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = 12 + random.nextInt(8);
            CnfBuilder builder = new CnfBuilder();
            for (int c = 0; c < 2 * n; c++) {
                builder.addClause(1 + random.nextInt(n), -(1 + random.nextInt(n)), 1 + random.nextInt(n));
            }
            int a = 1 + random.nextInt(n);
            int b = a % n + 1;
            int c = b % n + 1;
            boolean sat = i % 2 == 0;
            if (!sat) {
                for (int mask = 0; mask < 8; mask++) {
                    builder.addClause((mask & 1) == 0 ? a : -a, (mask & 2) == 0 ? b : -b, (mask & 4) == 0 ? c : -c);
                }
            } else {
                builder.addClause(a);
                builder.addClause(-b);
            }
            builder.declareVariables(n);
            Cnf cnf = builder.build();
            examples.add(sat ? new TrainingExample("sat" + i, cnf, null, new int[] {a, -b}, true)
                    : new TrainingExample("unsat" + i, cnf, new int[] {Math.min(a, Math.min(b, c)), median(a, b, c), Math.max(a, Math.max(b, c))}, null, false));
        }
        return examples;
    }

    private static int median(int a, int b, int c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    static TrainingConfig tiny(long seed, int epochs) {
        return TrainingConfig.builder().optNetwork(GnnConfig.builder().optHiddenSize(8).optLayers(2).build())
                .optEpochs(epochs).optSeed(seed).optBatchSize(4).optLearningRate(1e-2f).optValidationFraction(0.25).build();
    }

    @Test
    void aTinyRunLowersTheLossAndReportsMetrics() {
        List<Double> steps = new ArrayList<>();
        TrainingResult result = new Trainer(tiny(1, 8), new TrainingListener() {
            @Override
            public void step(int epoch, double loss) {
                steps.add(loss);
            }
        }).train(planted(24, 3));
        try (VariableRanker model = result.model()) {
            assertEquals(18, result.trainingCount());
            assertEquals(6, result.validationNames().size());
            assertEquals(8 * 5, steps.size());
            double first = result.trainLoss()[0];
            double last = result.trainLoss()[result.trainLoss().length - 1];
            assertTrue(last < first * 0.9, "training loss " + first + " -> " + last);
            assertTrue(model.isTrained());
            Metrics m = result.training();
            assertTrue(m.coreInstances() > 0 && m.backboneLiterals() > 0, m.toString());
            assertTrue(m.coreAuc() >= 0 && m.coreAuc() <= 1, m.toString());
        }
    }

    @Test
    void sameSeedSameModelAndASavedModelRanksIdentically(@TempDir Path dir) throws IOException {
        List<TrainingExample> data = planted(12, 5);
        Cnf probe = data.get(1).cnf();
        try (VariableRanker a = new Trainer(tiny(7, 2), TrainingListener.NONE).train(data).model();
                VariableRanker b = new Trainer(tiny(7, 2), TrainingListener.NONE).train(data).model()) {
            VariableRanking ra = a.rank(probe);
            VariableRanking rb = b.rank(probe);
            for (int v = 1; v <= probe.variableCount(); v++) {
                assertEquals(ra.score(v), rb.score(v), 0.0, "same seed, same scores");
                assertEquals(ra.phaseTrueProbability(v), rb.phaseTrueProbability(v), 0.0);
            }
            ModelStore.save(a, dir);
            try (VariableRanker loaded = ModelStore.load(dir)) {
                assertTrue(loaded.isTrained());
                VariableRanking rl = loaded.rank(probe);
                assertArrayEquals(ra.topVariables(probe.variableCount()), rl.topVariables(probe.variableCount()));
                for (int v = 1; v <= probe.variableCount(); v++) {
                    assertEquals(ra.score(v), rl.score(v), 0.0);
                    assertEquals(ra.phaseTrueProbability(v), rl.phaseTrueProbability(v), 0.0);
                }
            }
        }
    }

    /**
     * Regression: DJL's {@code mul(Number)} wraps the scalar in a Java direct buffer and closes it
     * at once, but autograd keeps the tensor for the backward pass; once the GC frees the buffer,
     * backward multiplied by whatever reused that memory, and long training runs drifted apart
     * (or jumped) at random steps. Here a thread collects garbage all through two runs, so freed
     * buffers are reused between each step's forward and backward; every step loss must still
     * equal that of a run without the pressure, bit for bit.
     */
    @Test
    void trainingIsReproducibleUnderGarbageCollectionPressure() throws InterruptedException {
        List<TrainingExample> data = planted(24, 11);
        List<Double> quiet = stepLosses(data);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread collector = new Thread(() -> {
            while (running.get()) {
                System.gc();
                Thread.onSpinWait();
            }
        });
        collector.setDaemon(true);
        collector.start();
        try {
            assertEquals(quiet, stepLosses(data));
            assertEquals(quiet, stepLosses(data));
        } finally {
            running.set(false);
            collector.join();
        }
    }

    private static List<Double> stepLosses(List<TrainingExample> data) {
        List<Double> steps = new ArrayList<>();
        try (VariableRanker model = new Trainer(tiny(3, 3), new TrainingListener() {
            @Override
            public void step(int epoch, double loss) {
                steps.add(loss);
            }
        }).train(data).model()) {
            assertTrue(model.isTrained());
        }
        return steps;
    }

    @Test
    void satPretrainingLowersItsLossAndRepeats() {
        List<TrainingExample> data = planted(24, 13);
        TrainingConfig config = TrainingConfig.builder()
                .optNetwork(GnnConfig.builder().optHiddenSize(8).optLayers(2).optSatHead(true).build())
                .optEpochs(1).optSeed(5).optBatchSize(4).optLearningRate(1e-2f).optValidationFraction(0.25)
                .optPretrainEpochs(8).build();
        List<Double> pretrainSteps = new ArrayList<>();
        TrainingResult first = new Trainer(config, new TrainingListener() {
            @Override
            public void pretrainingStep(int epoch, double loss) {
                pretrainSteps.add(loss);
            }
        }).train(data);
        TrainingResult second = new Trainer(config, TrainingListener.NONE).train(data);
        try (VariableRanker a = first.model(); VariableRanker b = second.model()) {
            double[] losses = first.pretrainLoss();
            assertEquals(8, losses.length);
            assertEquals(8 * 5, pretrainSteps.size(), "18 training formulas in batches of 4, 8 epochs");
            assertTrue(losses[7] < losses[0] * 0.9, "SAT/UNSAT loss " + losses[0] + " -> " + losses[7]);
            assertArrayEquals(losses, second.pretrainLoss(), "same seed, same pretraining");
            assertArrayEquals(first.trainLoss(), second.trainLoss());
        }
        try (VariableRanker none = new Trainer(tiny(5, 1), TrainingListener.NONE).train(data).model()) {
            assertTrue(none.isTrained());
        }
        assertThrows(IllegalArgumentException.class, () -> TrainingConfig.builder().optPretrainEpochs(1).build(),
                "pretraining without a SAT head");
        // Pretraining on a list that contains the validation split too: its 6 formulas are dropped.
        int[] steps = {0};
        TrainingConfig once = TrainingConfig.builder()
                .optNetwork(GnnConfig.builder().optHiddenSize(8).optLayers(2).optSatHead(true).build())
                .optEpochs(0).optSeed(5).optBatchSize(1).optValidationFraction(0.25).optPretrainEpochs(1).build();
        try (VariableRanker model = new Trainer(once, new TrainingListener() {
            @Override
            public void pretrainingStep(int epoch, double loss) {
                steps[0]++;
            }
        }).train(data, data).model()) {
            assertEquals(18, steps[0], "24 formulas, 6 of them validation");
        }
    }

    @Test
    void baselinesByHand() {
        // x1 occurs 3 times (twice positive), x2 twice (negative), x3 once (positive); core {x1, x2}.
        Cnf unsat = Cnf.of(3, new int[] {1, -2}, new int[] {1, 3}, new int[] {-1, -2});
        TrainingExample core = new TrainingExample("u", unsat, new int[] {1, 2}, null, false);
        // Backbone x1, ¬x2, x3: majority polarity gets x1 and ¬x2 right; x3 is a tie, predicted false.
        Cnf sat = Cnf.of(3, new int[] {1, -2}, new int[] {1, 3}, new int[] {-1, -3});
        TrainingExample backbone = new TrainingExample("s", sat, null, new int[] {1, -2, 3}, true);
        Metrics m = Baselines.of(List.of(core, backbone), 1);
        assertEquals(1, m.coreInstances());
        assertEquals(1.0, m.coreAuc());
        assertEquals(1.0, m.precisionAtK());
        assertEquals(3, m.backboneLiterals());
        assertEquals(2.0 / 3, m.phaseAccuracy(), 1e-12);
    }

    @Test
    void metricsByHand() {
        assertEquals(1.0, Metrics.auc(new double[] {3, 2, 1}, new boolean[] {true, false, false}));
        assertEquals(0.0, Metrics.auc(new double[] {1, 2, 3}, new boolean[] {true, false, false}));
        assertEquals(0.5, Metrics.auc(new double[] {1, 1, 1, 1}, new boolean[] {true, false, true, false}));
        assertEquals(0.5, Metrics.precisionAt(new double[] {4, 3, 2, 1}, new boolean[] {true, false, true, false}, 2));
    }
}
