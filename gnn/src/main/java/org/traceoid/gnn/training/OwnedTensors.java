package org.traceoid.gnn.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * Constants for the loss whose memory libtorch owns.
 *
 * <p>Why: with the PyTorch engine on CPU, DJL 0.35.1 builds every tensor created from Java data
 * ({@code manager.create(float[])}, and the scalar behind {@code array.mul(Number)} and friends)
 * with {@code from_blob} over a Java direct buffer, which only the Java {@code NDArray} keeps
 * alive. {@code mul(Number)} closes its scalar at once, yet autograd saves that tensor for the
 * backward pass ({@code d(x·c)/dx = c}); when the GC frees the buffer in between and the memory is
 * reused, backward multiplies by whatever is there now. Training then drifted apart at random
 * steps between runs with the same seed and learned far worse under GC pressure (reproduced in
 * {@code TrainerTest}). The same class of bug as the COO indices in {@code GraphTensors}. Every
 * constant the loss multiplies or divides by therefore comes from here: allocated by libtorch
 * ({@code full}) or copied into libtorch memory ({@code clone}) while the Java buffer is live.
 */
final class OwnedTensors {
    private OwnedTensors() {
    }

    /** A 0-dimensional tensor holding {@code value}, allocated by libtorch. */
    static NDArray scalar(NDManager manager, double value, DataType type) {
        return manager.full(new Shape(), (float) value, type);
    }

    /** {@code values} copied into libtorch-owned memory. */
    static NDArray of(NDManager manager, float[] values) {
        try (NDArray wrapped = manager.create(values)) {
            return wrapped.duplicate();
        }
    }

    /** {@code values} copied into libtorch-owned memory. */
    static NDArray of(NDManager manager, long[] values) {
        try (NDArray wrapped = manager.create(values)) {
            return wrapped.duplicate();
        }
    }
}
