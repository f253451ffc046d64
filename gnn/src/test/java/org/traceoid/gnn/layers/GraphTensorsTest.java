package org.traceoid.gnn.layers;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.testing.RandomCnf;
import org.traceoid.graphs.IncidenceIndex;

class GraphTensorsTest {
    @Test
    void incidenceTensorsHaveTheRightShapesAndDegrees() {
        Cnf cnf = Cnf.of(3, new int[] {1, -2}, new int[] {2, 3, -1});
        try (NDManager manager = NDManager.newBaseManager()) {
            NDList coo = GraphTensors.of(manager, IncidenceIndex.of(cnf), DataType.FLOAT64);
            assertEquals(new Shape(2, 6), coo.get(0).getShape());
            assertEquals(new Shape(6, 2), coo.get(1).getShape());
            // B·1 = clause lengths, Bᵀ·1 = literal degrees (rows 1,2,3,-1,-2,-3)
            assertArrayEquals(new double[] {2, 3}, coo.get(0).matMul(manager.ones(new Shape(6, 1), DataType.FLOAT64)).toDoubleArray());
            assertArrayEquals(new double[] {1, 1, 1, 1, 1, 0},
                    coo.get(1).matMul(manager.ones(new Shape(2, 1), DataType.FLOAT64)).toDoubleArray());
        }
    }

    /**
     * Regression: DJL's {@code createCoo} leaves the sparse tensor pointing into Java direct buffers
     * that the GC frees; after a collection the matmul read freed memory and crashed the JVM.
     */
    @Test
    void cooSurvivesGarbageCollection() {
        Cnf cnf = RandomCnf.uniform(3, 2000, 8000, 3);
        try (NDManager manager = NDManager.newBaseManager()) {
            NDList coo = GraphTensors.of(manager, IncidenceIndex.of(cnf), DataType.FLOAT32);
            for (int round = 0; round < 5; round++) {
                byte[][] garbage = new byte[500][];
                for (int i = 0; i < garbage.length; i++) {
                    garbage[i] = new byte[100_000];
                }
                System.gc();
            }
            NDArray sums = coo.get(0).matMul(manager.ones(new Shape(4000, 4)));
            assertEquals(cnf.literalCount() * 4.0, sums.sum().getFloat(), 1e-3);
            assertEquals(cnf.literalCount() * 4.0, coo.get(1).matMul(manager.ones(new Shape(8000, 4))).sum().getFloat(), 1e-3);
        }
    }
}
