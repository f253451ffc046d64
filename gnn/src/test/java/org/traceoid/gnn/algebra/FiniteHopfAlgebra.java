package org.traceoid.gnn.algebra;

/**
 * A finite-dimensional Hopf algebra by structure constants over a basis {@code b_0..b_{N-1}}:
 * {@code b_i b_j = Σ_k mult[i][j][k] b_k}, {@code 1 = Σ unit[k] b_k},
 * {@code Δ b_i = Σ_{j,l} comult[i][j][l] b_j ⊗ b_l}, {@code ε(b_i) = counit[i]},
 * {@code S b_j = Σ_a antipode[a][j] b_a}. Used to check Hopf coherence
 * {@code m(S⊗id)Δ = ηε = m(id⊗S)Δ} in {@code k[Z_k]} and {@code k^{Z_k}} (HOPF.md §2).
 */
public record FiniteHopfAlgebra(double[][][] mult, double[] unit, double[][][] comult, double[] counit,
        double[][] antipode) {

    public int dimension() {
        return unit.length;
    }

    /** The group algebra {@code k[Z_k]}: basis {@code g^a}; {@code Δg = g⊗g}, {@code ε(g) = 1}, {@code S(g) = g⁻¹}. */
    public static FiniteHopfAlgebra groupAlgebra(int k) {
        double[][][] mult = new double[k][k][k];
        double[][][] comult = new double[k][k][k];
        double[] counit = new double[k];
        double[][] antipode = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                mult[a][b][(a + b) % k] = 1;
            }
            comult[a][a][a] = 1;
            counit[a] = 1;
            antipode[(k - a) % k][a] = 1;
        }
        double[] unit = new double[k];
        unit[0] = 1;
        return new FiniteHopfAlgebra(mult, unit, comult, counit, antipode);
    }

    /**
     * The function algebra {@code k^{Z_k}}: basis {@code δ_a}; pointwise product, unit {@code Σ δ_a},
     * {@code Δδ_a = Σ_{b+c=a} δ_b⊗δ_c}, {@code ε(δ_a) = [a=0]}, {@code S(δ_a) = δ_{-a}}.
     */
    public static FiniteHopfAlgebra functionAlgebra(int k) {
        double[][][] mult = new double[k][k][k];
        double[][][] comult = new double[k][k][k];
        double[] counit = new double[k];
        double[][] antipode = new double[k][k];
        double[] unit = new double[k];
        for (int a = 0; a < k; a++) {
            mult[a][a][a] = 1;
            unit[a] = 1;
            for (int b = 0; b < k; b++) {
                comult[a][b][((a - b) % k + k) % k] = 1;
            }
            antipode[(k - a) % k][a] = 1;
        }
        counit[0] = 1;
        return new FiniteHopfAlgebra(mult, unit, comult, counit, antipode);
    }

    /** The same algebra with another antipode (for negative controls). */
    public FiniteHopfAlgebra withAntipode(double[][] other) {
        return new FiniteHopfAlgebra(mult, unit, comult, counit, other);
    }

    public double[] multiply(double[] x, double[] y) {
        double[] z = new double[dimension()];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < y.length; j++) {
                if (x[i] != 0 && y[j] != 0) {
                    for (int k = 0; k < z.length; k++) {
                        z[k] += x[i] * y[j] * mult[i][j][k];
                    }
                }
            }
        }
        return z;
    }

    /** {@code m(S⊗id)Δ(x)} when {@code antipodeLeft}, else {@code m(id⊗S)Δ(x)}. */
    public double[] coherence(double[] x, boolean antipodeLeft) {
        int n = dimension();
        double[] result = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int l = 0; l < n; l++) {
                    double c = x[i] * comult[i][j][l];
                    if (c != 0) {
                        double[] left = antipodeLeft ? column(antipode, j) : basis(j);
                        double[] right = antipodeLeft ? basis(l) : column(antipode, l);
                        double[] product = multiply(left, right);
                        for (int k = 0; k < n; k++) {
                            result[k] += c * product[k];
                        }
                    }
                }
            }
        }
        return result;
    }

    /** {@code η(ε(x))}. */
    public double[] unitCounit(double[] x) {
        double e = 0;
        for (int i = 0; i < x.length; i++) {
            e += x[i] * counit[i];
        }
        double[] result = unit.clone();
        for (int k = 0; k < result.length; k++) {
            result[k] *= e;
        }
        return result;
    }

    /** {@code Δ(x)} as an {@code N × N} coefficient matrix. */
    public double[][] comultiply(double[] x) {
        int n = dimension();
        double[][] t = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int l = 0; l < n; l++) {
                    t[j][l] += x[i] * comult[i][j][l];
                }
            }
        }
        return t;
    }

    /** Product in {@code A⊗A}: {@code (Σ s_jl b_j⊗b_l)(Σ t_pq b_p⊗b_q)}. */
    public double[][] multiplyTensors(double[][] s, double[][] t) {
        int n = dimension();
        double[][] out = new double[n][n];
        for (int j = 0; j < n; j++) {
            for (int l = 0; l < n; l++) {
                if (s[j][l] == 0) {
                    continue;
                }
                for (int p = 0; p < n; p++) {
                    for (int q = 0; q < n; q++) {
                        double c = s[j][l] * t[p][q];
                        if (c != 0) {
                            for (int a = 0; a < n; a++) {
                                for (int b = 0; b < n; b++) {
                                    out[a][b] += c * mult[j][p][a] * mult[l][q][b];
                                }
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    private double[] basis(int i) {
        double[] e = new double[dimension()];
        e[i] = 1;
        return e;
    }

    private static double[] column(double[][] m, int j) {
        double[] c = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i][j];
        }
        return c;
    }
}
