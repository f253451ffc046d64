package org.traceoid.gnn.algebra;

import java.util.SplittableRandom;

/** Small dense double matrices for the reference computations ({@code double[rows][cols]}). */
public final class Mat {
    private Mat() {
    }

    public static double[][] zeros(int rows, int cols) {
        return new double[rows][cols];
    }

    public static double[][] identity(int d) {
        double[][] m = new double[d][d];
        for (int i = 0; i < d; i++) {
            m[i][i] = 1;
        }
        return m;
    }

    public static double[][] random(int rows, int cols, SplittableRandom random) {
        double[][] m = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                m[i][j] = 2 * random.nextDouble() - 1;
            }
        }
        return m;
    }

    public static double[] randomVector(int d, SplittableRandom random) {
        double[] v = new double[d];
        for (int i = 0; i < d; i++) {
            v[i] = 2 * random.nextDouble() - 1;
        }
        return v;
    }

    public static double[][] multiply(double[][] a, double[][] b) {
        int inner = b.length;
        double[][] c = new double[a.length][b.length == 0 ? 0 : b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int k = 0; k < inner; k++) {
                double aik = a[i][k];
                if (aik != 0) {
                    for (int j = 0; j < c[i].length; j++) {
                        c[i][j] += aik * b[k][j];
                    }
                }
            }
        }
        return c;
    }

    /** Row vector times matrix: {@code x W}. */
    public static double[] times(double[] x, double[][] w) {
        double[] y = new double[w[0].length];
        for (int k = 0; k < x.length; k++) {
            for (int j = 0; j < y.length; j++) {
                y[j] += x[k] * w[k][j];
            }
        }
        return y;
    }

    /** Matrix times column vector: {@code A x}. */
    public static double[] apply(double[][] a, double[] x) {
        double[] y = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < x.length; j++) {
                y[i] += a[i][j] * x[j];
            }
        }
        return y;
    }

    public static double[][] add(double[][] a, double[][] b) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = add(a[i], b[i]);
        }
        return c;
    }

    public static double[] add(double[] a, double[] b) {
        double[] c = a.clone();
        for (int i = 0; i < c.length; i++) {
            c[i] += b[i];
        }
        return c;
    }

    public static void addInto(double[] target, double[] x) {
        for (int i = 0; i < target.length; i++) {
            target[i] += x[i];
        }
    }

    public static double[][] scale(double[][] a, double s) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
            for (int j = 0; j < c[i].length; j++) {
                c[i][j] *= s;
            }
        }
        return c;
    }

    public static double[][] transpose(double[][] a) {
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    public static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /** Inverse by Gauss–Jordan with partial pivoting. */
    public static double[][] inverse(double[][] a) {
        int d = a.length;
        double[][] m = copy(a);
        double[][] inv = identity(d);
        for (int col = 0; col < d; col++) {
            int pivot = col;
            for (int r = col + 1; r < d; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(m[pivot][col]) < 1e-12) {
                throw new ArithmeticException("singular matrix");
            }
            double[] t = m[col]; m[col] = m[pivot]; m[pivot] = t;
            t = inv[col]; inv[col] = inv[pivot]; inv[pivot] = t;
            double p = m[col][col];
            for (int j = 0; j < d; j++) {
                m[col][j] /= p;
                inv[col][j] /= p;
            }
            for (int r = 0; r < d; r++) {
                if (r != col && m[r][col] != 0) {
                    double f = m[r][col];
                    for (int j = 0; j < d; j++) {
                        m[r][j] -= f * m[col][j];
                        inv[r][j] -= f * inv[col][j];
                    }
                }
            }
        }
        return inv;
    }

    public static double maxAbsDifference(double[][] a, double[][] b) {
        if (a.length != b.length) {
            return Double.POSITIVE_INFINITY;
        }
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, maxAbsDifference(a[i], b[i]));
        }
        return max;
    }

    public static double maxAbsDifference(double[] a, double[] b) {
        if (a.length != b.length) {
            return Double.POSITIVE_INFINITY;
        }
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    public static double[] flatten(double[][] a) {
        int cols = a.length == 0 ? 0 : a[0].length;
        double[] flat = new double[a.length * cols];
        for (int i = 0; i < a.length; i++) {
            System.arraycopy(a[i], 0, flat, i * cols, cols);
        }
        return flat;
    }

    public static double[][] unflatten(double[] flat, int rows, int cols) {
        double[][] a = new double[rows][cols];
        for (int i = 0; i < rows; i++) {
            System.arraycopy(flat, i * cols, a[i], 0, cols);
        }
        return a;
    }
}
