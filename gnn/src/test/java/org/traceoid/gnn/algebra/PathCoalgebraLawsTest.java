package org.traceoid.gnn.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.traceoid.cnf.testing.RandomCnf;
import org.traceoid.graphs.IncidenceIndex;

/** HOPF.md §4 rows "coassociativity, counit": enumerate paths up to length 4. */
class PathCoalgebraLawsTest {
    static Quiver smallQuiver(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = 3 + random.nextInt(4);
        int m = 3 + random.nextInt(6);
        return Quiver.of(IncidenceIndex.of(RandomCnf.messy(n, m, 3, random.nextLong())));
    }

    @Property(tries = 20)
    void coassociativeAndCounitalOnEveryPathUpToLength4(@ForAll long seed) {
        Quiver quiver = smallQuiver(seed);
        List<Path> paths = quiver.paths(4);
        assertTrue(paths.size() > quiver.vertexCount());
        for (Path p : paths) {
            Map<List<Path>, Double> delta = PathCoalgebra.delta(PathCoalgebra.of(p));
            assertEquals(p.length() + 1, delta.size());
            // (Δ⊗id)Δ = (id⊗Δ)Δ
            assertEquals(PathCoalgebra.applyAt(delta, 0, true), PathCoalgebra.applyAt(delta, 1, true), p.toString());
            // (ε⊗id)Δ = id = (id⊗ε)Δ
            assertEquals(PathCoalgebra.of(p), PathCoalgebra.applyAt(delta, 0, false));
            assertEquals(PathCoalgebra.of(p), PathCoalgebra.applyAt(delta, 1, false));
            for (Path[] qr : PathCoalgebra.delta(p)) {
                assertEquals(p, Path.compose(qr[0], qr[1]));
            }
        }
    }

    @Property(tries = 20)
    void lawsHoldOnRandomLinearCombinations(@ForAll long seed) {
        Quiver quiver = smallQuiver(seed);
        List<Path> paths = quiver.paths(4);
        SplittableRandom random = new SplittableRandom(seed);
        Map<List<Path>, Double> x = new HashMap<>();
        for (int i = 0; i < 12; i++) {
            x.merge(List.of(paths.get(random.nextInt(paths.size()))), random.nextDouble() * 2 - 1, Double::sum);
        }
        Map<List<Path>, Double> delta = PathCoalgebra.delta(x);
        assertClose(PathCoalgebra.applyAt(delta, 0, true), PathCoalgebra.applyAt(delta, 1, true));
        assertClose(x, PathCoalgebra.applyAt(delta, 0, false));
        assertClose(x, PathCoalgebra.applyAt(delta, 1, false));
    }

    /** Negative control: the counit check catches a wrong coproduct, the "diagonal" {@code Δ'(p) = p⊗p}. */
    @Property(tries = 5)
    void counitCheckRejectsADiagonalCoproduct(@ForAll long seed) {
        Quiver quiver = PathCoalgebraLawsTest.smallQuiver(seed);
        int caught = 0;
        for (Path p : quiver.paths(2)) {
            Map<List<Path>, Double> diagonal = new HashMap<>();
            diagonal.put(List.of(p, p), 1.0);
            if (!PathCoalgebra.of(p).equals(PathCoalgebra.applyAt(diagonal, 0, false))) {
                caught++;
            }
            assertEquals(p.isTrivial() ? 0 : 1, PathCoalgebra.of(p).equals(PathCoalgebra.applyAt(diagonal, 0, false)) ? 0 : 1);
        }
        assertTrue(caught > 0);
    }

    static void assertClose(Map<List<Path>, Double> a, Map<List<Path>, Double> b) {
        Map<List<Path>, Double> diff = new HashMap<>(a);
        b.forEach((k, v) -> diff.merge(k, -v, Double::sum));
        for (double v : diff.values()) {
            assertEquals(0, v, 1e-9);
        }
    }
}
