package org.traceoid.gnn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.ParameterStore;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.VariableRanking;
import org.traceoid.gnn.layers.GnnConfig;
import org.traceoid.gnn.layers.GraphTensors;
import org.traceoid.gnn.layers.TraceoidGnn;
import org.traceoid.graphs.IncidenceIndex;

/**
 * {@code Cnf → VariableRanking}: builds the incidence, runs the {@link TraceoidGnn} once and hands
 * back scores and phase probabilities as plain arrays, with the time spent (graph construction
 * included). Cost {@code O(L·(E·d + (2n+m)·d²))}.
 *
 * <p>The engine is PyTorch (CPU) loaded from the native jar on the class path; the {@code offline}
 * system property is set to {@code true} unless the caller set it, so DJL never tries to download.
 * A ranker owns one {@link NDManager} for its parameters; each call opens a sub-manager for its
 * tensors and closes it before returning. Close the ranker to free the parameters. Calls are
 * serialised (one formula at a time per ranker).
 */
public final class VariableRanker implements AutoCloseable {
    static {
        if (System.getProperty("offline") == null) {
            System.setProperty("offline", "true");
        }
    }

    private final NDManager manager;
    private final TraceoidGnn network;
    private final DataType dataType;
    private final long seed;
    private final boolean trained;

    VariableRanker(NDManager manager, TraceoidGnn network, DataType dataType, long seed, boolean trained) {
        this.manager = manager;
        this.network = network;
        // Inference only: parameters that require gradients make PyTorch record the autograd graph
        // of every op and keep its intermediates alive (3-5x slower, several times the memory).
        network.freezeParameters(true);
        this.dataType = dataType;
        this.seed = seed;
        this.trained = trained;
    }

    /** A ranker with seeded random weights (no training): useful as a baseline and for tests. */
    public static VariableRanker seeded(GnnConfig config, long seed) {
        return ModelStore.seeded(config, seed, DataType.FLOAT32);
    }

    /** Opens a fresh NDManager (the engine loads on first use). */
    static NDManager newManager() {
        return NDManager.newBaseManager();
    }

    /** Scores and phase probabilities for every variable {@code 1..n} of {@code cnf}. */
    public synchronized VariableRanking rank(Cnf cnf) {
        long start = System.nanoTime();
        GnnOutputs outputs = evaluate(cnf);
        int n = cnf.variableCount();
        double[] scores = new double[n + 1];
        double[] phases = new double[n + 1];
        for (int v = 1; v <= n; v++) {
            scores[v] = outputs.scores()[v - 1];
            phases[v] = 1 / (1 + Math.exp(-outputs.phaseLogits()[v - 1]));
        }
        return new VariableRanking(scores, phases, System.nanoTime() - start);
    }

    /** One forward pass, every output copied out as plain arrays. */
    public synchronized GnnOutputs evaluate(Cnf cnf) {
        IncidenceIndex index = IncidenceIndex.of(cnf);
        int n = index.variableCount();
        int d = network.config().hiddenSize();
        if (n == 0) {
            return new GnnOutputs(new double[0][], new double[0][], new double[0], new double[0], Double.NaN);
        }
        try (NDManager scope = manager.newSubManager()) {
            NDList inputs = GraphTensors.of(scope, index, dataType);
            NDList out = network.forward(new ParameterStore(scope, false), inputs, false);
            double[][] literals = rows(out.get(0), 2 * n, d);
            double[][] clauses = rows(out.get(1), index.clauseCount(), d);
            double[] scores = toDoubles(out.get(2));
            double[] phaseLogits = toDoubles(out.get(3));
            double sat = out.size() > 4 ? toDoubles(out.get(4))[0] : Double.NaN;
            return new GnnOutputs(literals, clauses, scores, phaseLogits, sat);
        }
    }

    private static double[] toDoubles(NDArray array) {
        return array.toType(DataType.FLOAT64, false).toDoubleArray();
    }

    private static double[][] rows(NDArray array, int count, int width) {
        double[] flat = toDoubles(array);
        double[][] rows = new double[count][];
        for (int i = 0; i < count; i++) {
            rows[i] = java.util.Arrays.copyOfRange(flat, i * width, (i + 1) * width);
        }
        return rows;
    }

    public GnnConfig config() {
        return network.config();
    }

    /** The seed the weights were initialised with. */
    public long seed() {
        return seed;
    }

    /** Whether the weights were trained (false for {@link #seeded} rankers). */
    public boolean isTrained() {
        return trained;
    }

    TraceoidGnn network() {
        return network;
    }

    NDManager manager() {
        return manager;
    }

    DataType dataType() {
        return dataType;
    }

    @Override
    public synchronized void close() {
        manager.close();
    }
}
