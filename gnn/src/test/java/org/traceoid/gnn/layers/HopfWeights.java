package org.traceoid.gnn.layers;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import java.util.SplittableRandom;
import org.traceoid.gnn.algebra.Mat;

/**
 * The parameters of one Hopf convolution layer as plain double arrays. Weights act on the right
 * ({@code d_in × d_out}), exactly as {@link HopfConvolutionBlock} stores them.
 */
public record HopfWeights(double[][] selfLiteral, double[][] selfClause, double[][] literalToClause,
        double[][] clauseToLiteral, double[][] flip, double[] gainLiteral, double[] shiftLiteral,
        double[] gainClause, double[] shiftClause, double epsilon) {

    public int d() {
        return selfLiteral.length;
    }

    public static HopfWeights random(int d, SplittableRandom random) {
        return new HopfWeights(Mat.random(d, d, random), Mat.random(d, d, random), Mat.random(d, d, random),
                Mat.random(d, d, random), Mat.random(d, d, random), Mat.add(Mat.randomVector(d, random), ones(d)),
                Mat.randomVector(d, random), Mat.add(Mat.randomVector(d, random), ones(d)), Mat.randomVector(d, random),
                1e-5f); // the block stores ε as a float
    }

    private static double[] ones(int d) {
        double[] one = new double[d];
        java.util.Arrays.fill(one, 1);
        return one;
    }

    /** Reads the weights of an initialised block. */
    public static HopfWeights of(Block block, double epsilon) {
        return new HopfWeights(matrix(block, "selfLiteral"), matrix(block, "selfClause"),
                matrix(block, "literalToClause"), matrix(block, "clauseToLiteral"), matrix(block, "flip"),
                vector(block, "gainLiteral"), vector(block, "shiftLiteral"), vector(block, "gainClause"),
                vector(block, "shiftClause"), epsilon);
    }

    /** Writes these weights into an initialised block. */
    public void writeTo(Block block) {
        set(block, "selfLiteral", Mat.flatten(selfLiteral));
        set(block, "selfClause", Mat.flatten(selfClause));
        set(block, "literalToClause", Mat.flatten(literalToClause));
        set(block, "clauseToLiteral", Mat.flatten(clauseToLiteral));
        set(block, "flip", Mat.flatten(flip));
        set(block, "gainLiteral", gainLiteral);
        set(block, "shiftLiteral", shiftLiteral);
        set(block, "gainClause", gainClause);
        set(block, "shiftClause", shiftClause);
    }

    static double[][] matrix(Block block, String name) {
        NDArray array = parameter(block, name).getArray();
        long[] shape = array.getShape().getShape();
        return Mat.unflatten(array.toType(DataType.FLOAT64, false).toDoubleArray(), (int) shape[0], (int) shape[1]);
    }

    static double[] vector(Block block, String name) {
        return parameter(block, name).getArray().toType(DataType.FLOAT64, false).toDoubleArray();
    }

    static Parameter parameter(Block block, String name) {
        Parameter p = block.getDirectParameters().get(name);
        if (p == null) {
            throw new IllegalArgumentException("no parameter " + name + " in " + block);
        }
        return p;
    }

    static void set(Block block, String name, double[] values) {
        NDArray array = parameter(block, name).getArray();
        if (array.getDataType() == DataType.FLOAT64) {
            array.set(values);
        } else {
            float[] f = new float[values.length];
            for (int i = 0; i < f.length; i++) {
                f[i] = (float) values[i];
            }
            array.set(f);
        }
    }
}
