package org.traceoid.gnn.layers;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import org.traceoid.graphs.IncidenceIndex;

/**
 * The sparse tensors a {@link TraceoidGnn} reads: {@code B} ({@code m × 2n}) and {@code Bᵀ}
 * ({@code 2n × m}), each its own COO of ones built from an {@link IncidenceIndex} in {@code O(E)}.
 * Transposing a sparse tensor is avoided on purpose (HOPF.md §3).
 *
 * <p>Why not {@code NDManager.createCoo(Buffer, long[][], Shape)}: in DJL 0.35.1 with PyTorch it
 * wraps Java direct buffers with {@code from_blob} and closes those wrappers at once, so the
 * sparse tensor's values and indices live in memory that the garbage collector frees later; a GC
 * between creation and use makes the next matmul read freed memory (a SIGSEGV in
 * {@code s_addmm_out_sparse_dense_worker}; reproduced in {@code GraphTensorsTest}). Here the values
 * are allocated by libtorch ({@code ones}) and the indices are cloned into libtorch memory while
 * their Java buffer is still referenced, so the COO owns everything it points to. This ties the
 * class to the PyTorch engine, which is the only one the {@code gnn} module ships.
 */
public final class GraphTensors {
    private GraphTensors() {
    }

    /** {@code [B, Bᵀ]} on {@code manager}, with values of {@code dataType} (FLOAT32 or FLOAT64). */
    public static NDList of(NDManager manager, IncidenceIndex index, DataType dataType) {
        if (dataType != DataType.FLOAT32 && dataType != DataType.FLOAT64) {
            throw new IllegalArgumentException("incidence values must be FLOAT32 or FLOAT64, not " + dataType);
        }
        int m = index.clauseCount();
        int literals = index.literalNodeCount();
        NDArray b = coo(manager, index.incidenceCoo(), new Shape(m, literals), dataType);
        NDArray bT = coo(manager, index.transposeCoo(), new Shape(literals, m), dataType);
        return new NDList(b, bT);
    }

    private static NDArray coo(NDManager manager, long[][] indices, Shape shape, DataType dataType) {
        int nnz = indices[0].length;
        try (NDArray values = manager.ones(new Shape(nnz), dataType);
                NDArray wrapped = manager.create(indices);
                NDArray owned = JniUtils.clone((PtNDArray) wrapped)) {
            return JniUtils.createSparseCoo((PtNDArray) owned, (PtNDArray) values, shape);
        }
    }
}
