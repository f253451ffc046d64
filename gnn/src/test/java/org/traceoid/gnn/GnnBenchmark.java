package org.traceoid.gnn;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.VariableRanking;
import org.traceoid.cnf.testing.RandomCnf;
import org.traceoid.gnn.layers.GnnConfig;
import org.traceoid.gnn.layers.GraphTensors;
import org.traceoid.gnn.layers.HopfConvolutionBlock;
import org.traceoid.graphs.IncidenceIndex;

/**
 * GNN inference benchmark (issue 5), run by {@code bench/gnn-inference.sh}; not a test. Modes, one
 * per JVM so that peak memory is per measurement:
 * <ul>
 *   <li>{@code startup}: engine start-up (first NDManager and one op), printed as {@code startup SECONDS};</li>
 *   <li>{@code layer E REPEAT}: one {@link HopfConvolutionBlock} forward (d = 64, float) on random 3-SAT with
 *       {@code E} occurrences, median of REPEAT after one warm-up: {@code layer E SECONDS};</li>
 *   <li>{@code rank E REPEAT}: {@link VariableRanker#rank} (d = 64, L = 4, graph construction included),
 *       median: {@code rank E SECONDS PEAK_RSS_MB}.</li>
 * </ul>
 */
public final class GnnBenchmark {
    private GnnBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        String mode = args[0];
        switch (mode) {
            case "startup" -> {
                long start = System.nanoTime();
                try (NDManager manager = NDManager.newBaseManager()) {
                    manager.ones(new Shape(2, 2)).sum().toFloatArray();
                }
                System.out.printf(Locale.ROOT, "startup %.3f %s%n", (System.nanoTime() - start) / 1e9,
                        Engine.getInstance().getEngineName() + " " + Engine.getInstance().getVersion());
            }
            case "layer" -> layer(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            case "rank" -> rank(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            default -> throw new IllegalArgumentException("mode: startup | layer E REPEAT | rank E REPEAT");
        }
    }

    /** Random 3-SAT at ratio 4.26 with about {@code occurrences} literal occurrences. */
    static Cnf formula(int occurrences) {
        int m = occurrences / 3;
        int n = Math.max(3, (int) Math.round(m / 4.26));
        return RandomCnf.uniform(3, n, m, 1);
    }

    private static void layer(int occurrences, int repeat) {
        Cnf cnf = formula(occurrences);
        IncidenceIndex index = IncidenceIndex.of(cnf);
        int d = 64;
        try (NDManager manager = NDManager.newBaseManager()) {
            HopfConvolutionBlock block = HopfConvolutionBlock.builder().setHiddenSize(d).build();
            block.initialize(manager, DataType.FLOAT32, new Shape(2, d), new Shape(1, d), new Shape(1, 2), new Shape(2, 1));
            block.freezeParameters(true); // inference: no autograd graph
            NDList coo = GraphTensors.of(manager, index, DataType.FLOAT32);
            NDList inputs = new NDList(manager.randomNormal(new Shape(index.literalNodeCount(), d)),
                    manager.randomNormal(new Shape(index.clauseCount(), d)), coo.get(0), coo.get(1));
            double[] seconds = new double[repeat + 1];
            for (int i = 0; i <= repeat; i++) {
                try (NDManager scope = manager.newSubManager()) {
                    long start = System.nanoTime();
                    NDList out = block.forward(new ParameterStore(scope, false), inputs, false);
                    out.get(0).toFloatArray(); // forces the computation
                    seconds[i] = (System.nanoTime() - start) / 1e9;
                    out.close();
                }
            }
            System.out.printf(Locale.ROOT, "layer %d %.4f%n", index.occurrenceCount(), median(Arrays.copyOfRange(seconds, 1, seconds.length)));
        }
    }

    private static void rank(int occurrences, int repeat) throws IOException {
        Cnf cnf = formula(occurrences);
        double[] seconds = new double[repeat + 1];
        try (VariableRanker ranker = VariableRanker.seeded(GnnConfig.defaults(), 1)) {
            for (int i = 0; i <= repeat; i++) {
                VariableRanking ranking = ranker.rank(cnf);
                seconds[i] = ranking.inferenceNanos() / 1e9;
            }
        }
        System.out.printf(Locale.ROOT, "rank %d %.4f %d%n", cnf.literalCount(),
                median(Arrays.copyOfRange(seconds, 1, seconds.length)), peakRssMegabytes());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Peak resident set (JVM heap and libtorch's native memory together), from /proc (Linux). */
    private static long peakRssMegabytes() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}
