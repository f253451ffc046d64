package org.traceoid.gnn.layers;

import org.traceoid.gnn.algebra.Mat;
import org.traceoid.graphs.IncidenceIndex;

/**
 * The Hopf convolution layer in pure Java double precision, three ways: an explicit loop over
 * edges, the dense form {@code Σ_t A_t X W_t} over the stacked node features, and (with the LayerNorm,
 * ReLU and residual of HOPF.md §2) the full layer. Rows are nodes; literal rows follow
 * {@link IncidenceIndex}. For tests only: cost {@code O(E·d + N·d²)} (loop) and {@code O(N²·d)} (dense).
 */
public final class ReferenceLayer {
    private ReferenceLayer() {
    }

    /** {@code {Z_L, Z_C}} by a loop over the arrows of the quiver. */
    public static double[][][] linearLoop(IncidenceIndex index, double[][] hL, double[][] hC, HopfWeights w) {
        double[][] zL = new double[hL.length][];
        double[][] zC = new double[hC.length][];
        for (int l = 0; l < hL.length; l++) {
            zL[l] = Mat.add(Mat.times(hL[l], w.selfLiteral()), Mat.times(hL[index.flip(l)], w.flip()));
        }
        for (int c = 0; c < hC.length; c++) {
            zC[c] = Mat.times(hC[c], w.selfClause());
        }
        for (int e = 0; e < index.occurrenceCount(); e++) {
            int l = index.literalOf(e);
            int c = index.clauseOf(e);
            Mat.addInto(zC[c], Mat.times(hL[l], w.literalToClause()));
            Mat.addInto(zL[l], Mat.times(hC[c], w.clauseToLiteral()));
        }
        return new double[][][] {zL, zC};
    }

    /**
     * {@code Z = Σ_t A_t X W_t} with {@code X} the {@code (2n+m) × d} stack of literal then clause rows
     * and one dense {@code (2n+m) × (2n+m)} adjacency {@code A_t} per path type
     * ({@code e_L}, {@code e_C}, {@code lc}, {@code cl}, {@code fl}), {@code A_t[target][source] = 1}.
     */
    public static double[][][] linearDense(IncidenceIndex index, double[][] hL, double[][] hC, HopfWeights w) {
        int literals = hL.length;
        int nodes = literals + hC.length;
        double[][] x = new double[nodes][];
        System.arraycopy(hL, 0, x, 0, literals);
        System.arraycopy(hC, 0, x, literals, hC.length);
        double[][] selfL = new double[nodes][nodes];
        double[][] selfC = new double[nodes][nodes];
        double[][] lc = new double[nodes][nodes];
        double[][] cl = new double[nodes][nodes];
        double[][] fl = new double[nodes][nodes];
        for (int l = 0; l < literals; l++) {
            selfL[l][l] = 1;
            fl[index.flip(l)][l] = 1;
        }
        for (int c = literals; c < nodes; c++) {
            selfC[c][c] = 1;
        }
        for (int e = 0; e < index.occurrenceCount(); e++) {
            int l = index.literalOf(e);
            int c = literals + index.clauseOf(e);
            lc[c][l] += 1;
            cl[l][c] += 1;
        }
        double[][] z = Mat.zeros(nodes, w.d());
        z = Mat.add(z, Mat.multiply(Mat.multiply(selfL, x), w.selfLiteral()));
        z = Mat.add(z, Mat.multiply(Mat.multiply(selfC, x), w.selfClause()));
        z = Mat.add(z, Mat.multiply(Mat.multiply(lc, x), w.literalToClause()));
        z = Mat.add(z, Mat.multiply(Mat.multiply(cl, x), w.clauseToLiteral()));
        z = Mat.add(z, Mat.multiply(Mat.multiply(fl, x), w.flip()));
        double[][] zL = new double[literals][];
        double[][] zC = new double[hC.length][];
        System.arraycopy(z, 0, zL, 0, literals);
        System.arraycopy(z, literals, zC, 0, hC.length);
        return new double[][][] {zL, zC};
    }

    /** The full layer {@code H' = H + ReLU(LayerNorm(Z))}: returns {@code {H_L', H_C'}}. */
    public static double[][][] layer(IncidenceIndex index, double[][] hL, double[][] hC, HopfWeights w) {
        double[][][] z = linearLoop(index, hL, hC, w);
        return new double[][][] {
            residual(hL, z[0], w.gainLiteral(), w.shiftLiteral(), w.epsilon()),
            residual(hC, z[1], w.gainClause(), w.shiftClause(), w.epsilon())};
    }

    private static double[][] residual(double[][] h, double[][] z, double[] gain, double[] shift, double epsilon) {
        double[][] out = new double[h.length][];
        for (int i = 0; i < h.length; i++) {
            double[] normed = layerNorm(z[i], gain, shift, epsilon);
            out[i] = h[i].clone();
            for (int j = 0; j < normed.length; j++) {
                out[i][j] += Math.max(0, normed[j]);
            }
        }
        return out;
    }

    static double[] layerNorm(double[] z, double[] gain, double[] shift, double epsilon) {
        double mean = 0;
        for (double v : z) {
            mean += v;
        }
        mean /= z.length;
        double variance = 0;
        for (double v : z) {
            variance += (v - mean) * (v - mean);
        }
        variance /= z.length;
        double scale = 1 / Math.sqrt(variance + epsilon);
        double[] out = new double[z.length];
        for (int j = 0; j < z.length; j++) {
            out[j] = (z[j] - mean) * scale * gain[j] + shift[j];
        }
        return out;
    }
}
