package org.traceoid.gnn;

import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.traceoid.cnf.Cnf;
import org.traceoid.gnn.algebra.Mat;
import org.traceoid.gnn.layers.HopfConvolutionBlock;
import org.traceoid.gnn.layers.HopfWeights;
import org.traceoid.gnn.layers.ReferenceLayer;
import org.traceoid.graphs.IncidenceIndex;

/**
 * The whole network in pure Java double precision, read out of a DJL {@code TraceoidGnn}, and its
 * test-only mutants: the wrong designs HOPF.md §4 says the symmetry tests must catch.
 */
final class ReferenceNetwork {
    /** Test-only variants. */
    enum Mutation {
        NONE,
        /** adds a vector to the initial embedding of positive literals: polarity as a feature. */
        IS_POSITIVE_FEATURE,
        /** reads phase and score from {@code concat(h_x, h_¬x)} through a generic MLP. */
        CONCAT_READOUT,
        /** adds {@code (row+1)/2n · u} to literal row {@code row}: a node-index feature. */
        LITERAL_INDEX_FEATURE,
        /** adds {@code v/n · u} to both literals of variable {@code v}: flip-invariant, but not rename-invariant. */
        VARIABLE_INDEX_FEATURE
    }

    /** {@code W2 relu(W1 x + b1) + b2} with DJL's {@code (out, in)} weight layout. */
    record Mlp(double[][] w1, double[] b1, double[][] w2, double[] b2) {
        double apply(double[] x) {
            double[] hidden = Mat.apply(w1, x);
            for (int i = 0; i < hidden.length; i++) {
                hidden[i] = Math.max(0, hidden[i] + b1[i]);
            }
            return Mat.apply(w2, hidden)[0] + b2[0];
        }

        static Mlp of(Block block) {
            List<Block> parts = ((SequentialBlock) block).getChildren().values();
            return new Mlp(matrix(parts.get(0), "weight"), vector(parts.get(0), "bias"),
                    matrix(parts.get(2), "weight"), vector(parts.get(2), "bias"));
        }

        static Mlp random(int in, int hidden, SplittableRandom random) {
            return new Mlp(Mat.random(hidden, in, random), Mat.randomVector(hidden, random),
                    Mat.random(1, hidden, random), Mat.randomVector(1, random));
        }
    }

    private final double[] initialLiteral;
    private final double[] initialClause;
    private final List<HopfWeights> layers;
    private final Mlp score;
    private final Mlp phase;
    private final Mutation mutation;
    private final double[] featureDirection;
    private final Mlp concatScore;
    private final Mlp concatPhase;

    private ReferenceNetwork(double[] initialLiteral, double[] initialClause, List<HopfWeights> layers, Mlp score,
            Mlp phase, Mutation mutation, long seed) {
        this.initialLiteral = initialLiteral;
        this.initialClause = initialClause;
        this.layers = layers;
        this.score = score;
        this.phase = phase;
        this.mutation = mutation;
        int d = initialLiteral.length;
        SplittableRandom random = new SplittableRandom(seed);
        this.featureDirection = Mat.randomVector(d, random);
        this.concatScore = Mlp.random(2 * d, d, random);
        this.concatPhase = Mlp.random(2 * d, d, random);
    }

    static ReferenceNetwork of(VariableRanker ranker) {
        Block network = ranker.network();
        List<HopfWeights> layers = new ArrayList<>();
        Block score = null;
        Block phase = null;
        for (var child : network.getChildren()) {
            if (child.getValue() instanceof HopfConvolutionBlock) {
                layers.add(HopfWeights.of(child.getValue(), ranker.config().layerNormEpsilon()));
            } else if (child.getKey().endsWith("score")) {
                score = child.getValue();
            } else if (child.getKey().endsWith("phase")) {
                phase = child.getValue();
            }
        }
        return new ReferenceNetwork(vector(network, "initialLiteral"), vector(network, "initialClause"), layers,
                Mlp.of(score), Mlp.of(phase), Mutation.NONE, 0);
    }

    ReferenceNetwork mutated(Mutation m, long seed) {
        return new ReferenceNetwork(initialLiteral, initialClause, layers, score, phase, m, seed);
    }

    GnnOutputs evaluate(Cnf cnf) {
        IncidenceIndex index = IncidenceIndex.of(cnf);
        int n = index.variableCount();
        double[][] hL = new double[2 * n][];
        double[][] hC = new double[index.clauseCount()][];
        for (int row = 0; row < 2 * n; row++) {
            hL[row] = initialLiteral.clone();
            double feature = switch (mutation) {
                case IS_POSITIVE_FEATURE -> row < n ? 1 : 0;
                case LITERAL_INDEX_FEATURE -> (row + 1.0) / (2 * n);
                case VARIABLE_INDEX_FEATURE -> (row % n + 1.0) / n;
                default -> 0;
            };
            for (int j = 0; j < hL[row].length; j++) {
                hL[row][j] += feature * featureDirection[j];
            }
        }
        for (int c = 0; c < hC.length; c++) {
            hC[c] = initialClause.clone();
        }
        for (HopfWeights w : layers) {
            double[][][] next = ReferenceLayer.layer(index, hL, hC, w);
            hL = next[0];
            hC = next[1];
        }
        double[] scores = new double[n];
        double[] phases = new double[n];
        for (int v = 0; v < n; v++) {
            if (mutation == Mutation.CONCAT_READOUT) {
                double[] both = new double[2 * hL[v].length];
                System.arraycopy(hL[v], 0, both, 0, hL[v].length);
                System.arraycopy(hL[v + n], 0, both, hL[v].length, hL[v].length);
                scores[v] = concatScore.apply(both);
                phases[v] = concatPhase.apply(both);
            } else {
                scores[v] = score.apply(hL[v]) + score.apply(hL[v + n]);
                phases[v] = phase.apply(hL[v]) - phase.apply(hL[v + n]);
            }
        }
        return new GnnOutputs(hL, hC, scores, phases, Double.NaN);
    }

    private static double[][] matrix(Block block, String name) {
        var array = block.getDirectParameters().get(name).getArray();
        long[] shape = array.getShape().getShape();
        return Mat.unflatten(array.toType(DataType.FLOAT64, false).toDoubleArray(), (int) shape[0], (int) shape[1]);
    }

    private static double[] vector(Block block, String name) {
        return block.getDirectParameters().get(name).getArray().toType(DataType.FLOAT64, false).toDoubleArray();
    }

    /** Overwrites every parameter of a ranker with random values (gains around 1), to test more than the seeded init. */
    static void randomize(VariableRanker ranker, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        for (var pair : ranker.network().getParameters()) {
            var parameter = pair.getValue();
            double[] values = new double[Math.toIntExact(parameter.getArray().getShape().size())];
            for (int i = 0; i < values.length; i++) {
                values[i] = (2 * random.nextDouble() - 1) + (parameter.getType() == ai.djl.nn.Parameter.Type.GAMMA ? 1 : 0);
            }
            ModelStore.set(parameter.getArray(), values);
        }
    }
}
