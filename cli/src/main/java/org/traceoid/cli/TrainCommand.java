package org.traceoid.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.traceoid.corpora.labels.InstanceLabels;
import org.traceoid.corpora.labels.LabelledCorpus;
import org.traceoid.gnn.ModelStore;
import org.traceoid.gnn.VariableRanker;
import org.traceoid.gnn.layers.GnnConfig;
import org.traceoid.gnn.training.Baselines;
import org.traceoid.gnn.training.Metrics;
import org.traceoid.gnn.training.Trainer;
import org.traceoid.gnn.training.TrainingConfig;
import org.traceoid.gnn.training.TrainingExample;
import org.traceoid.gnn.training.TrainingListener;
import org.traceoid.gnn.training.TrainingResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code traceoid train --corpus DIR … --out MODEL}: trains the GNN on labelled corpora (see
 * {@code traceoid label}), holds out a validation split, evaluates on {@code --holdout} corpora
 * (families training never saw), and writes the model plus {@code metrics.json}.
 */
@Command(name = "train",
        mixinStandardHelpOptions = true,
        description = {"Train the GNN on labelled corpora and write a model with its metrics.",
            "Losses of HOPF.md: KL over core variables, masked BCE on backbone phases, optional SAT/UNSAT BCE",
            "(--sat-head; with --pretrain-epochs N it is first trained alone, NeuroSAT-style, e.g. on SR(n) pairs).",
            "Writes MODEL/{model.json,model.params,metrics.json}. --seed fixes weights, split and order:",
            "the same seed and corpora give the same model, bit for bit, on the same machine."},
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:model written", "1:usage error (bad option or argument)",
            "2:input error (missing manifest or labels, unreadable file, unwritable output)"})
public final class TrainCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "DIR", required = true, description = "Labelled corpus to train on (repeatable).")
    List<Path> corpora;

    @Option(names = "--holdout", paramLabel = "DIR", description = "Labelled corpus only evaluated, never trained on (repeatable).")
    List<Path> holdouts = new ArrayList<>();

    @Option(names = "--out", paramLabel = "MODEL", required = true, description = "Model directory to write.")
    Path out;

    @Option(names = "--epochs", paramLabel = "N", defaultValue = "20", description = "Passes over the training set (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Seed of weights, split and order (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--hidden", paramLabel = "D", defaultValue = "32", description = "Embedding width d (default: ${DEFAULT-VALUE}).")
    int hidden;

    @Option(names = "--layers", paramLabel = "L", defaultValue = "4", description = "Hopf convolution layers (default: ${DEFAULT-VALUE}).")
    int layers;

    @Option(names = "--lr", paramLabel = "RATE", defaultValue = "0.001", description = "Adam learning rate (default: ${DEFAULT-VALUE}).")
    float learningRate;

    @Option(names = "--batch", paramLabel = "B", defaultValue = "8", description = "Formulas per step (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--validation", paramLabel = "FRACTION", defaultValue = "0.2", description = "Validation share (default: ${DEFAULT-VALUE}).")
    double validation;

    @Option(names = "--sat-head", description = "Add the SAT/UNSAT head and train it on certified statuses, jointly with the other losses.")
    boolean satHead;

    @Option(names = "--pretrain-epochs", paramLabel = "N", defaultValue = "0",
            description = "First N epochs of SAT/UNSAT classification alone (NeuroSAT-style pretraining; needs --sat-head; default: ${DEFAULT-VALUE}).")
    int pretrainEpochs;

    @Option(names = "--pretrain", paramLabel = "DIR",
            description = "Labelled corpus to pretrain on, e.g. SR(n) pairs (repeatable; default: the training split).")
    List<Path> pretrainCorpora = new ArrayList<>();

    @Option(names = "--top", paramLabel = "K", defaultValue = "10", description = "k of precision@k (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--no-progress", description = "No progress bar, one 'c' line per epoch instead.")
    boolean noProgress;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (pretrainEpochs > 0 && !satHead) {
            throw new ParameterException(spec.commandLine(), "--pretrain-epochs needs --sat-head (pretraining trains the SAT/UNSAT head)");
        }
        TrainingConfig config;
        try {
            config = TrainingConfig.builder()
                    .optNetwork(GnnConfig.builder().optHiddenSize(hidden).optLayers(layers).optSatHead(satHead).build())
                    .optEpochs(epochs).optSeed(seed).optLearningRate(learningRate).optBatchSize(batch)
                    .optValidationFraction(validation).optPrecisionAtK(k).optPretrainEpochs(pretrainEpochs).build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (!pretrainCorpora.isEmpty() && pretrainEpochs == 0) {
            throw new ParameterException(spec.commandLine(), "--pretrain needs --pretrain-epochs N with N > 0");
        }
        List<TrainingExample> training = new ArrayList<>();
        List<TrainingExample> pretraining = new ArrayList<>();
        Map<String, List<TrainingExample>> heldOut = new LinkedHashMap<>();
        Path current = null;
        Set<String> seen = new HashSet<>();
        try {
            for (Path dir : corpora) {
                current = dir;
                training.addAll(examples(dir, seen));
            }
            Set<String> pretrainSeen = new HashSet<>();
            for (Path dir : pretrainCorpora) {
                current = dir;
                pretraining.addAll(examples(dir, pretrainSeen));
            }
            for (Path dir : holdouts) {
                current = dir;
                // Each held-out corpus drops its own duplicates and any formula training saw.
                heldOut.put(dir.getFileName().toString(), examples(dir, new HashSet<>(seen)));
            }
        } catch (IOException e) {
            err.println("traceoid: " + InputErrors.describe(current, e));
            return ExitCodes.INPUT_ERROR;
        }
        stdout.printf(Locale.ROOT, "c train: %d labelled instances from %d corpora, seed %d, %d epochs, d = %d, L = %d%n",
                training.size(), corpora.size(), seed, epochs, hidden, layers);
        stdout.flush();
        boolean bar = !noProgress && System.console() != null;
        ProgressListener listener = new ProgressListener(stdout, bar);
        TrainingResult result;
        try {
            result = new Trainer(config, listener).train(training, pretraining);
        } catch (IllegalArgumentException e) {
            err.println("traceoid: " + e.getMessage());
            return ExitCodes.INPUT_ERROR;
        } finally {
            listener.close();
        }
        try (VariableRanker model = result.model()) {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode report = json.createObjectNode();
            report.put("command", "traceoid train " + String.join(" ", CommandLines.arguments(spec)));
            report.put("seed", seed);
            report.put("trainingInstances", result.trainingCount());
            report.put("validationInstances", result.validationNames().size());
            report.put("seconds", result.seconds());
            report.put("bestEpoch", result.bestEpoch());
            ArrayNode pretrainLosses = report.putArray("pretrainLoss");
            for (double l : result.pretrainLoss()) {
                pretrainLosses.add(l);
            }
            ArrayNode losses = report.putArray("trainLoss");
            for (double l : result.trainLoss()) {
                losses.add(l);
            }
            ArrayNode validationLosses = report.putArray("validationLoss");
            for (double l : result.validationLoss()) {
                validationLosses.add(l);
            }
            report.set("validationBeforeTraining", json.valueToTree(result.initialValidation()));
            report.set("validation", json.valueToTree(result.validation()));
            report.set("training", json.valueToTree(result.training()));
            print(stdout, "validation (best epoch " + result.bestEpoch() + ")", result.validation());
            ObjectNode held = report.putObject("heldOut");
            ObjectNode baselines = report.putObject("heldOutBaselines");
            for (Map.Entry<String, List<TrainingExample>> e : heldOut.entrySet()) {
                Metrics m = Trainer.evaluate(model, e.getValue(), k);
                held.set(e.getKey(), json.valueToTree(m));
                print(stdout, "held-out " + e.getKey(), m);
                Metrics baseline = Baselines.of(e.getValue(), k);
                baselines.set(e.getKey(), json.valueToTree(baseline));
                print(stdout, "held-out " + e.getKey() + " baseline (occurrence count, majority polarity)", baseline);
            }
            Files.createDirectories(out);
            ModelStore.save(model, out);
            json.writeValue(out.resolve("metrics.json").toFile(), report);
            stdout.printf(Locale.ROOT, "c model: %s (metrics.json beside it), %.1f s%n", out, result.seconds());
            stdout.flush();
            return ExitCodes.OK;
        } catch (IOException e) {
            err.println("traceoid: " + InputErrors.describe(out, e));
            return ExitCodes.INPUT_ERROR;
        }
    }

    private static void print(PrintWriter out, String what, Metrics m) {
        out.printf(Locale.ROOT, "c %s: core AUC %.3f, precision@%d %.3f (base rate %.3f) over %d UNSAT; "
                + "phase accuracy %.3f over %d backbone literals%s%n", what, m.coreAuc(), m.k(), m.precisionAtK(),
                m.coreBaseRate(), m.coreInstances(), m.phaseAccuracy(), m.backboneLiterals(),
                m.satInstances() > 0 ? String.format(Locale.ROOT, "; SAT accuracy %.3f over %d", m.satAccuracy(), m.satInstances()) : "");
    }

    /**
     * Labelled instances of one corpus as training examples; unlabelled and unknown ones are
     * skipped, and so is a formula whose GBD hash is in {@code seen} (then added to it).
     */
    static List<TrainingExample> examples(Path dir, Set<String> seen) throws IOException {
        List<TrainingExample> examples = new ArrayList<>();
        for (LabelledCorpus.Instance instance : LabelledCorpus.load(dir)) {
            InstanceLabels labels = instance.labels();
            if (labels == null || "unknown".equals(labels.status())) {
                continue;
            }
            if (!seen.add(instance.entry().gbdHash())) {
                continue; // the same formula twice (another seed, another corpus) would count twice
            }
            boolean sat = "sat".equals(labels.status());
            examples.add(new TrainingExample(instance.name(), instance.cnf(), sat ? null : labels.coreVariables(),
                    sat ? labels.backbone() : null, sat));
        }
        return examples;
    }

    /** A progress bar with the running loss on a terminal; otherwise one line per epoch. */
    private static final class ProgressListener implements TrainingListener, AutoCloseable {
        private final PrintWriter out;
        private final boolean useBar;
        private ProgressBar bar;
        private double recent = Double.NaN;

        ProgressListener(PrintWriter out, boolean useBar) {
            this.out = out;
            this.useBar = useBar;
        }

        @Override
        public void started(long totalSteps) {
            if (useBar) {
                bar = new ProgressBarBuilder().setTaskName("train").setInitialMax(totalSteps)
                        .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).build();
            }
        }

        @Override
        public void step(int epoch, double loss) {
            recent = Double.isNaN(recent) ? loss : 0.9 * recent + 0.1 * loss;
            if (bar != null) {
                bar.step();
                bar.setExtraMessage(String.format(Locale.ROOT, "epoch %d loss %.4f", epoch + 1, recent));
            }
        }

        @Override
        public void pretrainingStep(int epoch, double loss) {
            if (bar != null) {
                bar.step();
                bar.setExtraMessage(String.format(Locale.ROOT, "pretraining epoch %d SAT loss %.4f", epoch + 1, loss));
            }
        }

        @Override
        public void pretrainingEpochDone(int epoch, double satLoss, Metrics v) {
            if (bar == null) {
                out.printf(Locale.ROOT, "c pretraining epoch %d: SAT/UNSAT loss %.4f, validation SAT accuracy %.3f%n",
                        epoch + 1, satLoss, v.satAccuracy());
                out.flush();
            }
        }

        @Override
        public void epochDone(int epoch, double trainLoss, double validationLoss, Metrics v) {
            if (bar == null) {
                out.printf(Locale.ROOT, "c epoch %d: train loss %.4f, validation loss %.4f, core AUC %.3f, phase accuracy %.3f%n",
                        epoch + 1, trainLoss, validationLoss, v.coreAuc(), v.phaseAccuracy());
                out.flush();
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
