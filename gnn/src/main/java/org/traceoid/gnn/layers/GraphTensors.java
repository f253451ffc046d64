package org.traceoid.gnn.layers;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.Buffer;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.util.Arrays;
import org.traceoid.graphs.IncidenceIndex;

/**
 * The sparse tensors a {@link TraceoidGnn} reads: {@code B} ({@code m × 2n}) and {@code Bᵀ}
 * ({@code 2n × m}), each its own COO of ones built from an {@link IncidenceIndex} in {@code O(E)}.
 * Transposing a sparse tensor is avoided on purpose (HOPF.md §3).
 */
public final class GraphTensors {
    private GraphTensors() {
    }

    /** {@code [B, Bᵀ]} on {@code manager}, with values of {@code dataType} (FLOAT32 or FLOAT64). */
    public static NDList of(NDManager manager, IncidenceIndex index, DataType dataType) {
        int m = index.clauseCount();
        int literals = index.literalNodeCount();
        NDArray b = coo(manager, index.incidenceCoo(), new Shape(m, literals), dataType);
        NDArray bT = coo(manager, index.transposeCoo(), new Shape(literals, m), dataType);
        return new NDList(b, bT);
    }

    private static NDArray coo(NDManager manager, long[][] indices, Shape shape, DataType dataType) {
        int nnz = indices[0].length;
        Buffer ones;
        if (dataType == DataType.FLOAT64) {
            double[] values = new double[nnz];
            Arrays.fill(values, 1.0);
            ones = DoubleBuffer.wrap(values);
        } else if (dataType == DataType.FLOAT32) {
            float[] values = new float[nnz];
            Arrays.fill(values, 1f);
            ones = FloatBuffer.wrap(values);
        } else {
            throw new IllegalArgumentException("incidence values must be FLOAT32 or FLOAT64, not " + dataType);
        }
        return manager.createCoo(ones, indices, shape);
    }
}
