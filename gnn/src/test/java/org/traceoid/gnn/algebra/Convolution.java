package org.traceoid.gnn.algebra;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The convolution algebra {@code Hom(kQ, M_d(ℝ))} (HOPF.md §1): kernels are functions from paths to
 * {@code d × d} matrices, {@code (φ⋆ψ)(p) = Σ_{p = q∘r} φ(q) ψ(r)} computed through {@link
 * PathCoalgebra#delta(Path)}, unit {@code u = η∘ε}, and the module action on features
 * {@code (ρ(φ)x)_v = Σ_{t(p)=v} φ(p) x_{s(p)}} (matrices act on column vectors here; the DJL layer
 * multiplies rows by {@code W} on the right, so its kernel is {@code φ(p) = W_type(p)ᵀ}).
 */
public final class Convolution {
    private Convolution() {
    }

    /** A kernel. */
    public interface Kernel extends Function<Path, double[][]> {
    }

    public static Kernel star(Kernel phi, Kernel psi, int d) {
        return memo(p -> {
            double[][] sum = Mat.zeros(d, d);
            for (Path[] qr : PathCoalgebra.delta(p)) {
                sum = Mat.add(sum, Mat.multiply(phi.apply(qr[0]), psi.apply(qr[1])));
            }
            return sum;
        });
    }

    public static Kernel unit(int d) {
        return p -> p.isTrivial() ? Mat.identity(d) : Mat.zeros(d, d);
    }

    /** A random kernel on paths of length ≤ {@code maxLength} (0 beyond), memoised. */
    public static Kernel random(int d, int maxLength, SplittableRandom random) {
        Map<Path, double[][]> values = new HashMap<>();
        return p -> p.length() > maxLength ? Mat.zeros(d, d)
                : values.computeIfAbsent(p, key -> Mat.random(d, d, random));
    }

    /**
     * The two-sided convolution inverse of {@code phi} by Takeuchi's recursion:
     * {@code ψ(e_v) = φ(e_v)⁻¹}, {@code ψ(p) = −φ(e_{t(p)})⁻¹ Σ_{p=q∘r, |q|≥1} φ(q) ψ(r)}.
     */
    public static Kernel inverse(Kernel phi, int d) {
        Map<Path, double[][]> values = new HashMap<>();
        return new Kernel() {
            @Override
            public double[][] apply(Path p) {
                double[][] known = values.get(p);
                if (known != null) {
                    return known;
                }
                double[][] result;
                double[][] headInverse = Mat.inverse(phi.apply(Path.trivial(p.target())));
                if (p.isTrivial()) {
                    result = headInverse;
                } else {
                    double[][] sum = Mat.zeros(d, d);
                    for (Path[] qr : PathCoalgebra.delta(p)) {
                        if (qr[0].length() >= 1) {
                            sum = Mat.add(sum, Mat.multiply(phi.apply(qr[0]), apply(qr[1])));
                        }
                    }
                    result = Mat.scale(Mat.multiply(headInverse, sum), -1);
                }
                values.put(p, result);
                return result;
            }
        };
    }

    /** {@code ρ(φ)X} for a kernel supported on paths of length ≤ {@code maxLength}; rows of {@code x} are nodes. */
    public static double[][] rho(Quiver quiver, Kernel phi, int maxLength, double[][] x) {
        return rho(quiver.paths(maxLength), phi, x);
    }

    public static double[][] rho(List<Path> paths, Kernel phi, double[][] x) {
        double[][] out = new double[x.length][x[0].length];
        for (Path p : paths) {
            Mat.addInto(out[p.target()], Mat.apply(phi.apply(p), x[p.source()]));
        }
        return out;
    }

    private static Kernel memo(Kernel kernel) {
        Map<Path, double[][]> values = new HashMap<>();
        return p -> {
            double[][] v = values.get(p);
            if (v == null) {
                v = kernel.apply(p);
                values.put(p, v);
            }
            return v;
        };
    }
}
