package org.traceoid.gnn.algebra;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The path coalgebra {@code kQ} (HOPF.md §1): deconcatenation
 * {@code Δ(p) = Σ_{i=0..k} (a_k⋯a_{i+1}) ⊗ (a_i⋯a_1)} and counit {@code ε(e_v) = 1},
 * {@code ε(p) = 0} for {@code |p| ≥ 1}. Elements are finite linear combinations, tensors are maps
 * from lists of paths (left factor first) to coefficients.
 */
public final class PathCoalgebra {
    private PathCoalgebra() {
    }

    /** {@code Δ(p)} as the list of pairs {@code {q, r}} with {@code p = q ∘ r}, each with coefficient 1. */
    public static List<Path[]> delta(Path p) {
        List<Path[]> terms = new ArrayList<>(p.length() + 1);
        for (int i = 0; i <= p.length(); i++) {
            terms.add(new Path[] {p.suffix(i), p.prefix(i)});
        }
        return terms;
    }

    public static double counit(Path p) {
        return p.isTrivial() ? 1 : 0;
    }

    /** {@code Δ} extended linearly to an element. */
    public static Map<List<Path>, Double> delta(Map<List<Path>, Double> element) {
        return applyAt(element, 0, true);
    }

    /**
     * Applies {@code Δ} (or {@code ε} when {@code comultiply} is false) to tensor factor
     * {@code position} of every term: {@code (id⊗…⊗Δ⊗…⊗id)} extended linearly.
     */
    public static Map<List<Path>, Double> applyAt(Map<List<Path>, Double> tensor, int position, boolean comultiply) {
        Map<List<Path>, Double> out = new HashMap<>();
        tensor.forEach((factors, coefficient) -> {
            Path p = factors.get(position);
            if (comultiply) {
                for (Path[] pair : delta(p)) {
                    List<Path> f = new ArrayList<>(factors);
                    f.remove(position);
                    f.add(position, pair[1]);
                    f.add(position, pair[0]);
                    out.merge(f, coefficient, Double::sum);
                }
            } else if (counit(p) != 0) {
                List<Path> f = new ArrayList<>(factors);
                f.remove(position);
                out.merge(f, coefficient * counit(p), Double::sum);
            }
        });
        out.values().removeIf(c -> c == 0);
        return out;
    }

    /** A basis element as a one-factor tensor. */
    public static Map<List<Path>, Double> of(Path p) {
        Map<List<Path>, Double> element = new HashMap<>();
        element.put(List.of(p), 1.0);
        return element;
    }
}
