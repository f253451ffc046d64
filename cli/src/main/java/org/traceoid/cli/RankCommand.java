package org.traceoid.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.VariableRanking;
import org.traceoid.cnf.dimacs.DimacsReader;
import org.traceoid.gnn.ModelStore;
import org.traceoid.gnn.VariableRanker;
import org.traceoid.gnn.layers.GnnConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code traceoid rank FILE}: the GNN's branching scores and predicted phases, top {@code K}
 * variables first, and the inference time. Without {@code --model} it uses the default model
 * shipped in the {@code gnn} module (docs/model-card.md); with {@code --random-weights} the network
 * has seeded random weights, and a {@code c} line says so: such a ranking is a baseline, not guidance.
 */
@Command(name = "rank",
        mixinStandardHelpOptions = true,
        description = "Rank variables by the GNN's branching score and show predicted phases.",
        exitCodeOnInvalidInput = ExitCodes.USAGE,
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:ranking printed", "1:usage error (bad option or argument)",
            "2:input error (unreadable or malformed file or model)"})
public final class RankCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "DIMACS CNF file (plain or compressed).")
    Path file;

    @Option(names = "--top", paramLabel = "K", defaultValue = "10", description = "Show the K best variables (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--model", paramLabel = "PATH", description = "Model directory (model.json + model.params); default: the shipped default model (docs/model-card.md).")
    Path model;

    @Option(names = "--random-weights", description = "Use seeded random weights instead of a model (a baseline, not guidance).")
    boolean randomWeights;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "0", description = "Seed of the random weights with --random-weights (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (top < 0) {
            throw new ParameterException(spec.commandLine(), "--top must not be negative: " + top);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Cnf cnf;
        try {
            cnf = DimacsReader.strict().read(file);
        } catch (IOException e) {
            err.println("traceoid: " + InputErrors.describe(file, e));
            return ExitCodes.INPUT_ERROR;
        }
        if (randomWeights && model != null) {
            throw new ParameterException(spec.commandLine(), "--model and --random-weights exclude each other");
        }
        VariableRanker ranker;
        String modelName;
        try {
            if (randomWeights) {
                ranker = VariableRanker.seeded(GnnConfig.defaults(), seed);
                modelName = null;
            } else if (model != null) {
                ranker = ModelStore.load(model);
                modelName = model.toString();
            } else {
                ranker = ModelStore.loadDefault();
                modelName = ModelStore.DEFAULT_MODEL_NAME + " (docs/model-card.md)";
            }
        } catch (IOException e) {
            err.println("traceoid: " + InputErrors.describe(model != null ? model : Path.of("default model"), e));
            return ExitCodes.INPUT_ERROR;
        }
        try (ranker) {
            GnnConfig config = ranker.config();
            out.printf(Locale.ROOT, "c rank %s: %d variables, %d clauses%n", file, cnf.variableCount(), cnf.clauseCount());
            if (modelName == null) {
                out.printf(Locale.ROOT, "c no trained model: seeded random weights (seed %d), scores are not guidance%n",
                        ranker.seed());
            } else {
                out.printf(Locale.ROOT, "c model: %s%s%n", modelName, ranker.isTrained() ? "" : " (untrained: seeded random weights)");
            }
            out.printf(Locale.ROOT, "c network: d = %d, %d Hopf convolution layers%n", config.hiddenSize(), config.layers());
            VariableRanking ranking = ranker.rank(cnf);
            out.printf(Locale.ROOT, "c inference time: %.3f ms (graph construction included)%n", ranking.inferenceNanos() / 1e6);
            out.println("c rank variable score phase p(true)");
            int[] best = ranking.topVariables(top);
            for (int i = 0; i < best.length; i++) {
                int v = best[i];
                double p = ranking.phaseTrueProbability(v);
                out.printf(Locale.ROOT, "%d %d %.6f %s %.4f%n", i + 1, v, ranking.score(v), p >= 0.5 ? "true" : "false", p);
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
