package org.traceoid.gnn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.nio.DoubleBuffer;
import org.junit.jupiter.api.Test;

/** The engine loads libtorch from the native jar offline, and sparse COO matmul works in double with gradients. */
class EngineSmokeTest {
    @Test
    void pytorchLoadsOfflineAndCooMatmulBackpropagates() {
        assertEquals("PyTorch", Engine.getInstance().getEngineName());
        try (NDManager manager = NDManager.newBaseManager()) {
            // B = [[1,0,1],[0,1,0]] as COO
            long[][] indices = {{0, 0, 1}, {0, 2, 1}};
            NDArray b = manager.createCoo(DoubleBuffer.wrap(new double[] {1, 1, 1}), indices, new Shape(2, 3));
            NDArray x = manager.create(new double[] {1, 2, 3, 4, 5, 6}, new Shape(3, 2));
            x.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray y = b.matMul(x);
                assertEquals(DataType.FLOAT64, y.getDataType());
                assertArrayEquals(new double[] {6, 8, 3, 4}, y.toDoubleArray(), 1e-12);
                collector.backward(y.sum());
            }
            // d sum(BX)/dX = column sums of B broadcast: rows 0,1,2 get 1 each
            assertArrayEquals(new double[] {1, 1, 1, 1, 1, 1}, x.getGradient().toDoubleArray(), 1e-12);
        }
    }
}
