package org.traceoid.gnn.algebra;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** HOPF.md §4 row "Hopf coherence": {@code m(S⊗id)Δ = ηε = m(id⊗S)Δ} in {@code k[Z₂]} and {@code k^{Z₂}}. */
class HopfCoherenceTest {
    @Test
    void coherenceInGroupAndFunctionAlgebrasOfZ2() {
        for (FiniteHopfAlgebra h : new FiniteHopfAlgebra[] {
            FiniteHopfAlgebra.groupAlgebra(2), FiniteHopfAlgebra.functionAlgebra(2),
            FiniteHopfAlgebra.groupAlgebra(3), FiniteHopfAlgebra.functionAlgebra(3)}) {
            assertHopf(h);
        }
    }

    @Test
    void aWrongAntipodeBreaksCoherence() {
        // In Z₃ the inverse is not the identity, so S = id must fail (in Z₂ it would be correct).
        FiniteHopfAlgebra wrong = FiniteHopfAlgebra.groupAlgebra(3).withAntipode(Mat.identity(3));
        double[] g = {0, 1, 0};
        assertTrue(Mat.maxAbsDifference(wrong.coherence(g, true), wrong.unitCounit(g)) > 0.5);
        FiniteHopfAlgebra wrongFunctions = FiniteHopfAlgebra.functionAlgebra(3).withAntipode(Mat.identity(3));
        double[] delta1 = {0, 1, 0};
        assertTrue(Mat.maxAbsDifference(wrongFunctions.coherence(delta1, false), wrongFunctions.unitCounit(delta1)) > 0.5);
    }

    private static void assertHopf(FiniteHopfAlgebra h) {
        int n = h.dimension();
        SplittableRandom random = new SplittableRandom(n);
        for (int trial = 0; trial < 10; trial++) {
            double[] x = Mat.randomVector(n, random);
            double[] y = Mat.randomVector(n, random);
            assertArrayEquals(h.unitCounit(x), h.coherence(x, true), 1e-12);
            assertArrayEquals(h.unitCounit(x), h.coherence(x, false), 1e-12);
            // bialgebra: Δ is multiplicative, unit is a unit
            assertEquals(0, Mat.maxAbsDifference(h.comultiply(h.multiply(x, y)),
                    h.multiplyTensors(h.comultiply(x), h.comultiply(y))), 1e-12);
            assertArrayEquals(x, h.multiply(h.unit(), x), 1e-12);
        }
    }

    /**
     * Polarity mixing {@code h'_l = S h_l + W h_¬l} is convolution in {@code M_d[Z₂]}: its Fourier
     * transform is block-diagonal, {@code h_x + h_¬x ↦ (S + W)}, {@code h_x − h_¬x ↦ (S − W)}.
     */
    @Test
    void polarityMixingIsDiagonalisedByTheZ2FourierTransform() {
        SplittableRandom random = new SplittableRandom(11);
        int d = 5;
        double[][] s = Mat.random(d, d, random);
        double[][] w = Mat.random(d, d, random);
        double[] hx = Mat.randomVector(d, random);
        double[] hnx = Mat.randomVector(d, random);
        // convolution (f * h)(a) = Σ_b f(b) h(a - b) on Z₂ with f(0) = S, f(1) = W
        double[] outX = Mat.add(Mat.apply(s, hx), Mat.apply(w, hnx));
        double[] outNx = Mat.add(Mat.apply(s, hnx), Mat.apply(w, hx));
        double[] sum = Mat.add(hx, hnx);
        double[] diff = Mat.add(hx, Mat.apply(Mat.scale(Mat.identity(d), -1), hnx));
        assertArrayEquals(Mat.apply(Mat.add(s, w), sum), Mat.add(outX, outNx), 1e-12);
        assertArrayEquals(Mat.apply(Mat.add(s, Mat.scale(w, -1)), diff),
                Mat.add(outX, Mat.apply(Mat.scale(Mat.identity(d), -1), outNx)), 1e-12);
    }
}
