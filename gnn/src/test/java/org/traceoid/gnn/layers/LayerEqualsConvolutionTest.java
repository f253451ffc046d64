package org.traceoid.gnn.layers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.testing.RandomCnf;
import org.traceoid.gnn.algebra.Convolution;
import org.traceoid.gnn.algebra.Mat;
import org.traceoid.gnn.algebra.Quiver;
import org.traceoid.graphs.IncidenceIndex;

/**
 * HOPF.md §4 row "layer = convolution": {@code ρ(φ_θ)X} computed from the path algebra equals the
 * explicit loop over edges, the dense {@code Σ_t A_t X W_t}, and the DJL COO path; the full DJL layer
 * equals the Java reference; gradients agree. Small random CNFs (n = 3–12, m = 3–30, width 1–4),
 * d = 3–8, 30 trials; tolerance 1e-9 in double, 1e-4 in float.
 */
class LayerEqualsConvolutionTest {
    private static final String[] WEIGHTS = {"selfLiteral", "selfClause", "literalToClause", "clauseToLiteral", "flip"};

    record Case(Cnf cnf, IncidenceIndex index, int d, HopfWeights w, double[][] hL, double[][] hC, SplittableRandom random) {
        static Case of(long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            int n = 3 + random.nextInt(10);
            int m = 3 + random.nextInt(28);
            int d = 3 + random.nextInt(6);
            Cnf cnf = RandomCnf.messy(n, m, 4, random.nextLong());
            IncidenceIndex index = IncidenceIndex.of(cnf);
            return new Case(cnf, index, d, HopfWeights.random(d, random), Mat.random(2 * n, d, random),
                    Mat.random(m, d, random), random);
        }
    }

    /** {@code φ_θ} as a kernel on the path coalgebra (column convention: {@code φ(p) = W_type(p)ᵀ}). */
    static Convolution.Kernel kernel(Quiver quiver, HopfWeights w) {
        double[][] sL = Mat.transpose(w.selfLiteral());
        double[][] sC = Mat.transpose(w.selfClause());
        double[][] lc = Mat.transpose(w.literalToClause());
        double[][] cl = Mat.transpose(w.clauseToLiteral());
        double[][] fl = Mat.transpose(w.flip());
        int d = w.d();
        return p -> {
            if (p.isTrivial()) {
                return quiver.kind(p.source()) == Quiver.Kind.LITERAL ? sL : sC;
            }
            if (p.length() > 1) {
                return Mat.zeros(d, d);
            }
            return switch (quiver.type(p.arrow(0))) {
                case LC -> lc;
                case CL -> cl;
                case FL -> fl;
            };
        };
    }

    @Property(tries = 30)
    void linearPartFourWays(@ForAll long seed) {
        Case k = Case.of(seed);
        double[][][] loop = ReferenceLayer.linearLoop(k.index, k.hL, k.hC, k.w);
        double[][][] dense = ReferenceLayer.linearDense(k.index, k.hL, k.hC, k.w);
        Quiver quiver = Quiver.of(k.index);
        double[][] x = stack(k.hL, k.hC);
        double[][] convolution = Convolution.rho(quiver, kernel(quiver, k.w), 1, x);
        double[][] loopStacked = stack(loop[0], loop[1]);
        assertEquals(0, Mat.maxAbsDifference(convolution, loopStacked), 1e-9);
        assertEquals(0, Mat.maxAbsDifference(stack(dense[0], dense[1]), loopStacked), 1e-9);
        try (NDManager manager = NDManager.newBaseManager()) {
            for (DataType type : new DataType[] {DataType.FLOAT64, DataType.FLOAT32}) {
                double tolerance = type == DataType.FLOAT64 ? 1e-9 : 1e-4 * (1 + maxAbs(loopStacked));
                NDList coo = GraphTensors.of(manager, k.index, type);
                NDList z = HopfConvolutionBlock.linearPart(nd(manager, k.hL, type), nd(manager, k.hC, type),
                        coo.get(0), coo.get(1), nd(manager, k.w.selfLiteral(), type), nd(manager, k.w.selfClause(), type),
                        nd(manager, k.w.literalToClause(), type), nd(manager, k.w.clauseToLiteral(), type),
                        nd(manager, k.w.flip(), type));
                assertEquals(0, Mat.maxAbsDifference(loop[0], rows(z.get(0), k.hL.length, k.d)), tolerance, type.name());
                assertEquals(0, Mat.maxAbsDifference(loop[1], rows(z.get(1), k.hC.length, k.d)), tolerance, type.name());
            }
        }
    }

    /** Gradient of {@code Σ R ⊙ ρ(φ_θ)X} with respect to {@code W_t} is {@code (A_t X)ᵀ R}: exact in double. */
    @Property(tries = 30)
    void linearPartGradientsAreExact(@ForAll long seed) {
        Case k = Case.of(seed);
        double[][] rL = Mat.random(k.hL.length, k.d, k.random);
        double[][] rC = Mat.random(k.hC.length, k.d, k.random);
        try (NDManager manager = NDManager.newBaseManager()) {
            NDList coo = GraphTensors.of(manager, k.index, DataType.FLOAT64);
            NDArray[] w = {nd(manager, k.w.selfLiteral(), DataType.FLOAT64), nd(manager, k.w.selfClause(), DataType.FLOAT64),
                nd(manager, k.w.literalToClause(), DataType.FLOAT64), nd(manager, k.w.clauseToLiteral(), DataType.FLOAT64),
                nd(manager, k.w.flip(), DataType.FLOAT64)};
            NDArray hL = nd(manager, k.hL, DataType.FLOAT64);
            NDArray hC = nd(manager, k.hC, DataType.FLOAT64);
            for (NDArray a : w) {
                a.setRequiresGradient(true);
            }
            hL.setRequiresGradient(true);
            hC.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDList z = HopfConvolutionBlock.linearPart(hL, hC, coo.get(0), coo.get(1), w[0], w[1], w[2], w[3], w[4]);
                NDArray loss = z.get(0).mul(nd(manager, rL, DataType.FLOAT64)).sum()
                        .add(z.get(1).mul(nd(manager, rC, DataType.FLOAT64)).sum());
                collector.backward(loss);
            }
            for (int t = 0; t < WEIGHTS.length; t++) {
                // A_t X: the linear part with W_t = I and every other weight 0
                double[][][] ax = ReferenceLayer.linearLoop(k.index, k.hL, k.hC, only(t, k.d));
                double[][] expected = Mat.add(Mat.multiply(Mat.transpose(ax[0]), rL), Mat.multiply(Mat.transpose(ax[1]), rC));
                assertEquals(0, Mat.maxAbsDifference(expected, rows(w[t].getGradient(), k.d, k.d)), 1e-9, WEIGHTS[t]);
            }
            // the linear part is linear in X: its gradient is ρ(φ_θ)ᵀ R, i.e. the layer with transposed arrows
            double[][] gradient = stack(rows(hL.getGradient(), k.hL.length, k.d), rows(hC.getGradient(), k.hC.length, k.d));
            double[][] numeric = new double[gradient.length][k.d];
            for (int i = 0; i < gradient.length; i++) {
                for (int j = 0; j < k.d; j++) {
                    numeric[i][j] = directional(k, rL, rC, i, j);
                }
            }
            assertEquals(0, Mat.maxAbsDifference(numeric, gradient), 1e-9);
        }
    }

    @Property(tries = 30)
    void fullLayerMatchesReferenceForwardAndBackward(@ForAll long seed) {
        Case k = Case.of(seed);
        double[][][] expected = ReferenceLayer.layer(k.index, k.hL, k.hC, k.w);
        double[][] rL = Mat.random(k.hL.length, k.d, k.random);
        double[][] rC = Mat.random(k.hC.length, k.d, k.random);
        try (NDManager manager = NDManager.newBaseManager()) {
            HopfConvolutionBlock block = HopfConvolutionBlock.builder().setHiddenSize(k.d).build();
            block.initialize(manager, DataType.FLOAT64, new Shape(2, k.d), new Shape(1, k.d), new Shape(1, 2), new Shape(2, 1));
            k.w.writeTo(block);
            NDList coo = GraphTensors.of(manager, k.index, DataType.FLOAT64);
            NDArray hL = nd(manager, k.hL, DataType.FLOAT64);
            NDArray hC = nd(manager, k.hC, DataType.FLOAT64);
            hL.setRequiresGradient(true);
            hC.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDList out = block.forward(new ParameterStore(manager, false), new NDList(hL, hC, coo.get(0), coo.get(1)), true);
                assertEquals(0, Mat.maxAbsDifference(expected[0], rows(out.get(0), k.hL.length, k.d)), 1e-9);
                assertEquals(0, Mat.maxAbsDifference(expected[1], rows(out.get(1), k.hC.length, k.d)), 1e-9);
                collector.backward(out.get(0).mul(nd(manager, rL, DataType.FLOAT64)).sum()
                        .add(out.get(1).mul(nd(manager, rC, DataType.FLOAT64)).sum()));
            }
            // central differences of the Java reference, parameter by parameter
            for (String name : WEIGHTS) {
                NDArray gradient = HopfWeights.parameter(block, name).getArray().getGradient();
                assertNotNull(gradient, name);
                double[][] djl = rows(gradient, k.d, k.d);
                for (int i = 0; i < k.d; i++) {
                    for (int j = 0; j < k.d; j++) {
                        double numeric = centralDifference(k, rL, rC, name, i, j);
                        assertEquals(numeric, djl[i][j], 1e-5 * (1 + Math.abs(numeric)), name + "[" + i + "][" + j + "]");
                    }
                }
            }
            double[] gainGradient = HopfWeights.parameter(block, "gainLiteral").getArray().getGradient().toDoubleArray();
            assertTrue(Mat.maxAbsDifference(gainGradient, new double[k.d]) > 0, "LayerNorm gain receives gradient");
        }
    }

    private static double centralDifference(Case k, double[][] rL, double[][] rC, String name, int i, int j) {
        double h = 1e-6;
        return (objective(k, perturbed(k.w, name, i, j, h), rL, rC) - objective(k, perturbed(k.w, name, i, j, -h), rL, rC)) / (2 * h);
    }

    private static double objective(Case k, HopfWeights w, double[][] rL, double[][] rC) {
        double[][][] out = ReferenceLayer.layer(k.index, k.hL, k.hC, w);
        return dot(out[0], rL) + dot(out[1], rC);
    }

    private static HopfWeights perturbed(HopfWeights w, String name, int i, int j, double h) {
        double[][][] m = {Mat.copy(w.selfLiteral()), Mat.copy(w.selfClause()), Mat.copy(w.literalToClause()),
            Mat.copy(w.clauseToLiteral()), Mat.copy(w.flip())};
        m[java.util.Arrays.asList(WEIGHTS).indexOf(name)][i][j] += h;
        return new HopfWeights(m[0], m[1], m[2], m[3], m[4], w.gainLiteral(), w.shiftLiteral(), w.gainClause(),
                w.shiftClause(), w.epsilon());
    }

    /** d/dX[i][j] of Σ R ⊙ linear(X), exactly, as the difference of two evaluations of a linear map. */
    private static double directional(Case k, double[][] rL, double[][] rC, int i, int j) {
        double[][] eL = new double[k.hL.length][k.d];
        double[][] eC = new double[k.hC.length][k.d];
        if (i < k.hL.length) {
            eL[i][j] = 1;
        } else {
            eC[i - k.hL.length][j] = 1;
        }
        double[][][] z = ReferenceLayer.linearLoop(k.index, eL, eC, k.w);
        return dot(z[0], rL) + dot(z[1], rC);
    }

    private static HopfWeights only(int t, int d) {
        double[][][] m = new double[5][][];
        for (int s = 0; s < 5; s++) {
            m[s] = s == t ? Mat.identity(d) : Mat.zeros(d, d);
        }
        return new HopfWeights(m[0], m[1], m[2], m[3], m[4], new double[d], new double[d], new double[d], new double[d], 1e-5);
    }

    static double dot(double[][] a, double[][] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                sum += a[i][j] * b[i][j];
            }
        }
        return sum;
    }

    static double maxAbs(double[][] a) {
        return Mat.maxAbsDifference(a, new double[a.length][a.length == 0 ? 0 : a[0].length]);
    }

    static double[][] stack(double[][] top, double[][] bottom) {
        double[][] x = new double[top.length + bottom.length][];
        System.arraycopy(top, 0, x, 0, top.length);
        System.arraycopy(bottom, 0, x, top.length, bottom.length);
        return x;
    }

    static NDArray nd(NDManager manager, double[][] a, DataType type) {
        int cols = a.length == 0 ? 0 : a[0].length;
        return manager.create(Mat.flatten(a), new Shape(a.length, cols)).toType(type, false);
    }

    static double[][] rows(NDArray array, int count, int width) {
        return Mat.unflatten(array.toType(DataType.FLOAT64, false).toDoubleArray(), count, width);
    }
}
