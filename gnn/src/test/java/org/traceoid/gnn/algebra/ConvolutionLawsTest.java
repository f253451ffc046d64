package org.traceoid.gnn.algebra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** HOPF.md §4 rows "convolution", "module" and "inverse". */
class ConvolutionLawsTest {
    @Property(tries = 15)
    void convolutionIsAssociativeWithUnit(@ForAll long seed, @ForAll @IntRange(min = 2, max = 4) int d) {
        Quiver quiver = PathCoalgebraLawsTest.smallQuiver(seed);
        SplittableRandom random = new SplittableRandom(seed);
        Convolution.Kernel phi = Convolution.random(d, 4, random);
        Convolution.Kernel psi = Convolution.random(d, 4, random);
        Convolution.Kernel chi = Convolution.random(d, 4, random);
        Convolution.Kernel u = Convolution.unit(d);
        Convolution.Kernel left = Convolution.star(Convolution.star(phi, psi, d), chi, d);
        Convolution.Kernel right = Convolution.star(phi, Convolution.star(psi, chi, d), d);
        for (Path p : quiver.paths(4)) {
            assertEquals(0, Mat.maxAbsDifference(left.apply(p), right.apply(p)), 1e-9, p.toString());
            assertEquals(0, Mat.maxAbsDifference(Convolution.star(u, phi, d).apply(p), phi.apply(p)), 1e-12);
            assertEquals(0, Mat.maxAbsDifference(Convolution.star(phi, u, d).apply(p), phi.apply(p)), 1e-12);
        }
    }

    @Property(tries = 15)
    void featuresAreAModule(@ForAll long seed, @ForAll @IntRange(min = 2, max = 5) int d) {
        Quiver quiver = PathCoalgebraLawsTest.smallQuiver(seed);
        SplittableRandom random = new SplittableRandom(seed);
        // φ, ψ on paths of length ≤ 2, so φ⋆ψ lives on length ≤ 4
        Convolution.Kernel phi = Convolution.random(d, 2, random);
        Convolution.Kernel psi = Convolution.random(d, 2, random);
        double[][] x = Mat.random(quiver.vertexCount(), d, random);
        List<Path> upTo4 = quiver.paths(4);
        double[][] composite = Convolution.rho(upTo4, Convolution.star(phi, psi, d), x);
        double[][] stepwise = Convolution.rho(quiver, phi, 2, Convolution.rho(quiver, psi, 2, x));
        assertEquals(0, Mat.maxAbsDifference(composite, stepwise), 1e-9);
        assertEquals(0, Mat.maxAbsDifference(x, Convolution.rho(upTo4, Convolution.unit(d), x)), 0);
        // and the order matters in general (the check is not vacuous)
        double[][] swapped = Convolution.rho(quiver, psi, 2, Convolution.rho(quiver, phi, 2, x));
        assertTrue(Mat.maxAbsDifference(composite, swapped) > 1e-6);
    }

    @Property(tries = 15)
    void takeuchiRecursionGivesATwoSidedInverse(@ForAll long seed, @ForAll @IntRange(min = 2, max = 4) int d,
            @ForAll @IntRange(min = 1, max = 2) int support) {
        Quiver quiver = PathCoalgebraLawsTest.smallQuiver(seed);
        SplittableRandom random = new SplittableRandom(seed);
        Convolution.Kernel raw = Convolution.random(d, support, random);
        // φ(e_v) = random + d·I is invertible (diagonally dominant)
        Convolution.Kernel phi = p -> p.isTrivial() ? Mat.add(raw.apply(p), Mat.scale(Mat.identity(d), d)) : raw.apply(p);
        Convolution.Kernel psi = Convolution.inverse(phi, d);
        Convolution.Kernel u = Convolution.unit(d);
        Convolution.Kernel right = Convolution.star(phi, psi, d);
        Convolution.Kernel left = Convolution.star(psi, phi, d);
        for (Path p : quiver.paths(4)) {
            assertEquals(0, Mat.maxAbsDifference(right.apply(p), u.apply(p)), 1e-9, p.toString());
            assertEquals(0, Mat.maxAbsDifference(left.apply(p), u.apply(p)), 1e-9, p.toString());
        }
    }
}
