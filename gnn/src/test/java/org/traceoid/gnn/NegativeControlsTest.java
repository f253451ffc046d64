package org.traceoid.gnn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.traceoid.cnf.Cnf;
import org.traceoid.gnn.ReferenceNetwork.Mutation;

/**
 * HOPF.md §4 row "the tests can fail": the same symmetry checks that the real network passes must
 * reject the classic wrong designs. The mutants are test-only variants of the Java reference
 * network (which equals the DJL network, see {@link EquivarianceTest}).
 */
class NegativeControlsTest {
    private static final double BROKEN = 1e-3;

    private static double worstFlip(Function<Cnf, GnnOutputs> model, Cnf cnf) {
        double worst = 0;
        for (int v = 1; v <= cnf.variableCount(); v++) {
            worst = Math.max(worst, Symmetries.flip(model, cnf, v));
        }
        return worst;
    }

    @ParameterizedTest
    @EnumSource(value = Mutation.class, names = {"IS_POSITIVE_FEATURE", "CONCAT_READOUT", "LITERAL_INDEX_FEATURE"})
    void eachMutantBreaksTheFlipTestWhileTheModelPassesIt(Mutation mutation) {
        int broken = 0;
        for (long seed = 0; seed < 10; seed++) {
            try (EquivarianceTest.Setup s = EquivarianceTest.Setup.of(seed)) {
                ReferenceNetwork reference = ReferenceNetwork.of(s.ranker());
                assertEquals(0, worstFlip(reference::evaluate, s.cnf()), 1e-9, "the unmutated model passes");
                if (worstFlip(reference.mutated(mutation, seed)::evaluate, s.cnf()) > BROKEN) {
                    broken++;
                }
            }
        }
        assertEquals(10, broken, mutation + " must fail the flip test on every formula");
    }

    /**
     * A feature {@code v/n} shared by both literals of {@code v} is invariant under flips, so the flip
     * test cannot see it (by design: it is a symmetry of the feature); renaming does.
     */
    @Test
    void variableIndexFeatureBreaksRenaming() {
        for (long seed = 0; seed < 10; seed++) {
            try (EquivarianceTest.Setup s = EquivarianceTest.Setup.of(seed)) {
                ReferenceNetwork mutant = ReferenceNetwork.of(s.ranker()).mutated(Mutation.VARIABLE_INDEX_FEATURE, seed);
                assertEquals(0, worstFlip(mutant::evaluate, s.cnf()), 1e-9);
                SplittableRandom random = new SplittableRandom(seed);
                double renamed = 0;
                for (int trial = 0; trial < 3; trial++) {
                    renamed = Math.max(renamed, Symmetries.renaming(mutant::evaluate, s.cnf(), random));
                }
                assertTrue(renamed > BROKEN, "renaming deviation " + renamed);
                assertEquals(0, Symmetries.renaming(ReferenceNetwork.of(s.ranker())::evaluate, s.cnf(), random), 1e-9);
            }
        }
    }
}
