package org.traceoid.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.VariableRanking;
import org.traceoid.gnn.ModelStore;
import org.traceoid.gnn.VariableRanker;
import org.traceoid.gnn.layers.GnnConfig;

/**
 * The GNN as {@code solve}'s ranker: the model (or, without {@code --model}, seeded random
 * weights) loads on a background thread started before the formula is parsed, so PyTorch's
 * start-up (about a second) overlaps parsing; the ranker function handed to solver-bridge waits
 * for it, and that wait counts against the guidance budget. DJL stays behind
 * {@code Function<Cnf, VariableRanking>}.
 */
final class GnnGuidance {
    private final Path model;
    private final boolean randomWeights;
    private final long seed;
    private final CompletableFuture<VariableRanker> engine;

    private GnnGuidance(Path model, boolean randomWeights, long seed, CompletableFuture<VariableRanker> engine) {
        this.model = model;
        this.randomWeights = randomWeights;
        this.seed = seed;
        this.engine = engine;
    }

    /**
     * Starts loading {@code model}; {@code null}: the default model shipped in gnn
     * ({@link ModelStore#loadDefault()}), or with {@code randomWeights} seeded random weights.
     */
    static GnnGuidance start(Path model, boolean randomWeights, long seed) {
        CompletableFuture<VariableRanker> engine = CompletableFuture.supplyAsync(() -> {
            try {
                return model != null ? ModelStore.load(model)
                        : randomWeights ? VariableRanker.seeded(GnnConfig.defaults(), seed) : ModelStore.loadDefault();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, runnable -> {
            Thread thread = new Thread(runnable, "traceoid-gnn-start");
            thread.setDaemon(true);
            thread.start();
        });
        return new GnnGuidance(model, randomWeights, seed, engine);
    }

    /** Why this model cannot guide, known before loading it (a missing model); empty if it may. */
    static Optional<String> missing(Path model, boolean randomWeights) {
        if (model != null && !Files.isRegularFile(model.resolve(ModelStore.CONFIG_FILE))) {
            return Optional.of("no model at " + model + " (no " + ModelStore.CONFIG_FILE + ")");
        }
        if (model == null && !randomWeights && !ModelStore.hasDefault()) {
            return Optional.of("no model: this build ships no default model; --model PATH or --random-weights");
        }
        return Optional.empty();
    }

    /** One line: which network ranks. */
    String describe() {
        return model != null ? "model " + model
                : randomWeights ? "seeded random weights (seed " + seed + "), a baseline, not guidance"
                : ModelStore.DEFAULT_MODEL_NAME;
    }

    /** The ranker for solver-bridge; a model that failed to load makes it throw with the reason. */
    Function<Cnf, VariableRanking> ranker() {
        return cnf -> {
            VariableRanker ranker;
            try {
                ranker = engine.join();
            } catch (CompletionException e) {
                Throwable cause = e.getCause() instanceof UncheckedIOException io ? io.getCause() : e.getCause();
                throw new IllegalStateException("model could not be loaded: " + cause.getMessage(), cause);
            }
            return ranker.rank(cnf);
        };
    }
}
