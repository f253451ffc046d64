package org.traceoid.gnn.training;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.traceoid.cnf.Cnf;
import org.traceoid.gnn.ModelStore;
import org.traceoid.gnn.VariableRanker;
import org.traceoid.gnn.layers.GraphTensors;
import org.traceoid.gnn.layers.TraceoidGnn;
import org.traceoid.graphs.IncidenceIndex;

/**
 * Trains a {@link TraceoidGnn} with the losses of HOPF.md §3, summed with weights:
 * <ul>
 *   <li>core variables (NeuroCore, arXiv 1903.04671): {@code KL(t ‖ softmax(s))} with {@code t}
 *       uniform over the core's variables, i.e. {@code −log|C| − mean_{v∈C} log softmax(s)_v}.
 *       HOPF.md writes the divergence the other way round; that direction is infinite wherever
 *       the target is 0, so we take the finite one, which is the cross-entropy NeuroCore trains;</li>
 *   <li>backbone phases (NeuroBack, arXiv 2110.14053): BCE on {@code z_v} for backbone variables
 *       only ({@code softplus(z) − y·z}, stable), every other variable masked;</li>
 *   <li>with a SAT head, BCE of the SAT logit against the certified status (NeuroSAT-style
 *       pretraining on SR(n) pairs).</li>
 * </ul>
 * Adam with element-wise gradient clipping at 1, one formula at a time, losses averaged over a
 * batch before each step; the model returned is the epoch with the lowest validation loss
 * (early stopping; the validation metrics are therefore a little optimistic, held-out corpora
 * are not). The seed fixes everything random: initial weights ({@link ModelStore#seededNetwork}),
 * the validation split and the example order (one {@link SplittableRandom}), and one intra-op
 * thread fixes the reduction order, so the same seed and data give the same model, bit for bit,
 * on the same machine. That needs every constant the loss multiplies by to live in libtorch
 * memory ({@link OwnedTensors}); before, runs drifted apart at random steps. Cost per step
 * {@code O(L·(E·d + (2n+m)·d²))} per formula, forward and backward.
 */
public final class Trainer {
    static {
        if (System.getProperty("offline") == null) {
            System.setProperty("offline", "true");
        }
    }

    private static final DataType TYPE = DataType.FLOAT32;

    private final TrainingConfig config;
    private final TrainingListener listener;

    public Trainer(TrainingConfig config, TrainingListener listener) {
        this.config = config;
        this.listener = listener;
    }

    /**
     * One intra-op thread (a process-wide PyTorch setting). Training graphs are small, so
     * PyTorch's threads mostly wait for each other; on this project's shared 2-core machine
     * (load about 9) 8 epochs of the TrainerTest data took 24-62 s with 2 threads and 1.2-3 s
     * with one. One thread also fixes the order of floating-point reductions.
     */
    private static void singleThreaded() {
        Engine.getEngine("PyTorch"); // loads libtorch before its JNI calls
        if (JniUtils.getNumThreads() != 1) {
            JniUtils.setNumThreads(1);
        }
    }

    /** Splits {@code examples} (those with any label) into training and validation and trains. */
    public TrainingResult train(List<TrainingExample> examples) {
        return train(examples, List.of());
    }

    /**
     * Like {@link #train(List)}, after {@link TrainingConfig#pretrainEpochs} epochs of SAT/UNSAT
     * classification alone (NeuroSAT's task, arXiv 1802.03685: the embeddings first learn to
     * tell SR(n) pairs apart) on {@code pretraining}, or, when that is empty, on the training
     * split's formulas with a known status. The validation split is never pretrained on: a
     * pretraining formula equal to a validation formula is dropped.
     */
    public TrainingResult train(List<TrainingExample> examples, List<TrainingExample> pretraining) {
        long start = System.nanoTime();
        singleThreaded();
        SplittableRandom random = new SplittableRandom(config.seed());
        List<TrainingExample> usable = new ArrayList<>();
        for (TrainingExample e : examples) {
            if (hasLoss(e)) {
                usable.add(e);
            }
        }
        if (usable.isEmpty()) {
            throw new IllegalArgumentException("no labelled examples to train on");
        }
        shuffle(usable, random.split());
        int validationCount = (int) Math.round(usable.size() * config.validationFraction());
        if (validationCount >= usable.size()) {
            validationCount = usable.size() - 1;
        }
        List<Item> validation = items(usable.subList(0, validationCount));
        List<Item> training = items(usable.subList(validationCount, usable.size()));

        NDManager manager = NDManager.newBaseManager();
        try {
            TraceoidGnn network = ModelStore.seededNetwork(manager, config.network(), config.seed(), TYPE);
            // Element-wise gradient clipping: a first run at 2e-3 without it jumped from loss 0.556
            // to 0.646 in one epoch (epoch 14 of 40) and never recovered.
            Optimizer adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed(config.learningRate()))
                    .optClipGrad(1f).build();
            Metrics initial = evaluate(network, manager, validation).metrics;
            int batches = (training.size() + config.batchSize() - 1) / config.batchSize();
            SplittableRandom order = random.split();
            List<Item> statusKnown = config.pretrainEpochs() == 0 ? List.of() : pretrainingItems(pretraining, training, validation);
            int pretrainBatches = (statusKnown.size() + config.batchSize() - 1) / config.batchSize();
            listener.started((long) batches * config.epochs() + (long) pretrainBatches * config.pretrainEpochs());
            double[] pretrainLoss = pretrain(network, manager, adam, statusKnown, validation, random.split());
            double[] trainLoss = new double[config.epochs()];
            double[] validationLoss = new double[config.epochs()];
            Metrics last = initial;
            Metrics best = initial;
            double bestLoss = Double.POSITIVE_INFINITY;
            int bestEpoch = -1;
            float[][] bestParameters = null;
            for (int epoch = 0; epoch < config.epochs(); epoch++) {
                List<Item> shuffled = new ArrayList<>(training);
                shuffle(shuffled, order);
                double sum = 0;
                for (int b = 0; b < batches; b++) {
                    List<Item> batch = shuffled.subList(b * config.batchSize(),
                            Math.min(shuffled.size(), (b + 1) * config.batchSize()));
                    double loss = step(network, manager, adam, batch, false);
                    sum += loss;
                    listener.step(epoch, loss);
                }
                trainLoss[epoch] = sum / batches;
                Evaluation evaluation = evaluate(network, manager, validation);
                validationLoss[epoch] = evaluation.loss;
                last = evaluation.metrics;
                // Keep the epoch with the lowest validation loss (every epoch without a validation set).
                double score = validation.isEmpty() ? -epoch : evaluation.loss;
                if (score < bestLoss) {
                    bestLoss = score;
                    bestEpoch = epoch;
                    best = last;
                    bestParameters = snapshot(network);
                }
                listener.epochDone(epoch, trainLoss[epoch], validationLoss[epoch], last);
            }
            if (bestParameters != null) {
                restore(network, bestParameters);
            }
            Metrics onTraining = evaluate(network, manager, training).metrics;
            VariableRanker model = ModelStore.trained(manager, network, TYPE, config.seed());
            return new TrainingResult(model, training.size(), validation.stream().map(i -> i.example.name()).toList(),
                    trainLoss, validationLoss, bestEpoch + 1, initial, best, onTraining, (System.nanoTime() - start) / 1e9,
                    pretrainLoss);
        } catch (RuntimeException | Error e) {
            manager.close();
            throw e;
        }
    }

    private static List<Pair<String, Parameter>> parameters(TraceoidGnn network) {
        List<Pair<String, Parameter>> list = new ArrayList<>();
        for (Pair<String, Parameter> pair : network.getParameters()) {
            list.add(pair);
        }
        return list;
    }

    private static float[][] snapshot(TraceoidGnn network) {
        List<Pair<String, Parameter>> parameters = parameters(network);
        float[][] values = new float[parameters.size()][];
        for (int i = 0; i < values.length; i++) {
            values[i] = parameters.get(i).getValue().getArray().toFloatArray();
        }
        return values;
    }

    private static void restore(TraceoidGnn network, float[][] values) {
        JniUtils.setGradMode(false);
        List<Pair<String, Parameter>> parameters = parameters(network);
        for (int i = 0; i < values.length; i++) {
            parameters.get(i).getValue().getArray().set(values[i]);
        }
    }

    /** Metrics of a finished model on other examples (e.g. held-out families), computed like validation. */
    public static Metrics evaluate(VariableRanker model, List<TrainingExample> examples, int k) {
        List<Metrics.Prediction> predictions = new ArrayList<>();
        for (TrainingExample e : examples) {
            var out = model.evaluate(e.cnf());
            predictions.add(new Metrics.Prediction(e, out.scores(), out.phaseLogits(), out.satLogit()));
        }
        return Metrics.of(predictions, k);
    }

    private boolean hasLoss(TrainingExample e) {
        return (e.hasCore() && config.coreWeight() > 0) || (e.hasBackbone() && config.phaseWeight() > 0)
                || (e.satisfiable() != null && config.network().satHead() && config.satWeight() > 0);
    }

    private record Item(TrainingExample example, IncidenceIndex index) {
    }

    private static List<Item> items(List<TrainingExample> examples) {
        List<Item> items = new ArrayList<>();
        for (TrainingExample e : examples) {
            items.add(new Item(e, IncidenceIndex.of(e.cnf())));
        }
        return items;
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    /**
     * What pretraining trains on: the formulas of {@code pretraining} with a known status, less
     * any validation formula (a pretraining corpus may be a training corpus too, e.g. SR(n)
     * pairs), or, when {@code pretraining} is empty, the training split's formulas with a status.
     */
    private static List<Item> pretrainingItems(List<TrainingExample> pretraining, List<Item> training, List<Item> validation) {
        List<Item> items;
        if (pretraining.isEmpty()) {
            items = training.stream().filter(i -> i.example.satisfiable() != null).toList();
        } else {
            Set<Cnf> validating = new HashSet<>();
            validation.forEach(i -> validating.add(i.example.cnf()));
            items = items(pretraining.stream().filter(e -> e.satisfiable() != null && !validating.contains(e.cnf())).toList());
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException("no formulas with a known status to pretrain on");
        }
        return items;
    }

    /** The pretraining epochs: SAT/UNSAT loss only; returns the mean loss of each. */
    private double[] pretrain(TraceoidGnn network, NDManager manager, Optimizer adam, List<Item> items,
            List<Item> validation, SplittableRandom order) {
        double[] losses = new double[config.pretrainEpochs()];
        int batches = (items.size() + config.batchSize() - 1) / config.batchSize();
        for (int epoch = 0; epoch < losses.length; epoch++) {
            List<Item> shuffled = new ArrayList<>(items);
            shuffle(shuffled, order);
            double sum = 0;
            for (int b = 0; b < batches; b++) {
                double loss = step(network, manager, adam, shuffled.subList(b * config.batchSize(),
                        Math.min(shuffled.size(), (b + 1) * config.batchSize())), true);
                sum += loss;
                listener.pretrainingStep(epoch, loss);
            }
            losses[epoch] = sum / batches;
            listener.pretrainingEpochDone(epoch, losses[epoch], evaluate(network, manager, validation).metrics);
        }
        return losses;
    }

    /** One Adam step on the mean loss of {@code batch} (only its SAT/UNSAT term if {@code satOnly}); returns that loss. */
    private double step(TraceoidGnn network, NDManager manager, Optimizer adam, List<Item> batch, boolean satOnly) {
        double value;
        try (NDManager scope = manager.newSubManager()) {
            ParameterStore store = new ParameterStore(scope, false);
            try (GradientCollector collector = Engine.getEngine("PyTorch").newGradientCollector()) {
                NDArray total = null;
                for (Item item : batch) {
                    NDArray loss = loss(network, scope, store, item, true, satOnly);
                    total = total == null ? loss : total.add(loss);
                }
                total = total.div(OwnedTensors.scalar(scope, batch.size(), TYPE));
                collector.backward(total);
                value = total.getFloat();
            }
            for (Pair<String, Parameter> pair : network.getParameters()) {
                NDArray weight = pair.getValue().getArray();
                NDArray gradient = weight.getGradient();
                adam.update(pair.getKey(), weight, gradient);
                gradient.subi(gradient); // PyTorch accumulates gradients: zero them for the next step
                gradient.close();
            }
        }
        return value;
    }

    /** The weighted loss of one formula (a scalar on {@code scope}); only the SAT/UNSAT term if {@code satOnly}. */
    private NDArray loss(TraceoidGnn network, NDManager scope, ParameterStore store, Item item, boolean training,
            boolean satOnly) {
        TrainingExample e = item.example;
        NDList inputs = GraphTensors.of(scope, item.index, TYPE);
        NDList out = network.forward(store, inputs, training);
        NDArray total = scope.zeros(new ai.djl.ndarray.types.Shape(), TYPE);
        if (e.hasCore() && config.coreWeight() > 0 && !satOnly) {
            long[] core = new long[e.coreVariables().length];
            for (int i = 0; i < core.length; i++) {
                core[i] = e.coreVariables()[i] - 1;
            }
            NDArray logP = out.get(2).logSoftmax(0).take(OwnedTensors.of(scope, core));
            NDArray kl = logP.mean().neg().sub(OwnedTensors.scalar(scope, Math.log(core.length), TYPE));
            total = total.add(kl.mul(OwnedTensors.scalar(scope, config.coreWeight(), TYPE)));
        }
        if (e.hasBackbone() && config.phaseWeight() > 0 && !satOnly) {
            long[] variables = new long[e.backbone().length];
            float[] targets = new float[variables.length];
            for (int i = 0; i < variables.length; i++) {
                variables[i] = Math.abs(e.backbone()[i]) - 1;
                targets[i] = e.backbone()[i] > 0 ? 1 : 0;
            }
            NDArray z = out.get(3).take(OwnedTensors.of(scope, variables));
            total = total.add(bce(z, OwnedTensors.of(scope, targets)).mul(OwnedTensors.scalar(scope, config.phaseWeight(), TYPE)));
        }
        if (e.satisfiable() != null && out.size() > 4 && config.satWeight() > 0) {
            NDArray z = out.get(4);
            total = total.add(bce(z, OwnedTensors.of(scope, new float[] {e.satisfiable() ? 1 : 0}))
                    .mul(OwnedTensors.scalar(scope, config.satWeight(), TYPE)));
        }
        return total;
    }

    /** Mean binary cross-entropy on logits: {@code softplus(z) − y·z}, stable for large |z|. */
    private static NDArray bce(NDArray logits, NDArray targets) {
        return Activation.softPlus(logits).sub(logits.mul(targets)).mean();
    }

    private record Evaluation(double loss, Metrics metrics) {
    }

    /** Loss and metrics without recording gradients. */
    private Evaluation evaluate(TraceoidGnn network, NDManager manager, List<Item> items) {
        JniUtils.setGradMode(false);
        double loss = 0;
        List<Metrics.Prediction> predictions = new ArrayList<>();
        for (Item item : items) {
            try (NDManager scope = manager.newSubManager()) {
                ParameterStore store = new ParameterStore(scope, false);
                NDList inputs = GraphTensors.of(scope, item.index, TYPE);
                NDList out = network.forward(store, inputs, false);
                double[] scores = doubles(out.get(2));
                double[] phases = doubles(out.get(3));
                double sat = out.size() > 4 ? doubles(out.get(4))[0] : Double.NaN;
                predictions.add(new Metrics.Prediction(item.example, scores, phases, sat));
                loss += loss(network, scope, store, item, false, false).getFloat();
            }
        }
        return new Evaluation(items.isEmpty() ? Double.NaN : loss / items.size(), Metrics.of(predictions, config.precisionAtK()));
    }

    private static double[] doubles(NDArray array) {
        return array.toType(DataType.FLOAT64, false).toDoubleArray();
    }
}
