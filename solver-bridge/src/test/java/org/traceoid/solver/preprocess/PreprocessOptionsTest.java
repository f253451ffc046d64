package org.traceoid.solver.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PreprocessOptionsTest {

    @Test
    void defaultsSwitchEveryTechniqueOnWithMiniSatsLimits() {
        PreprocessOptions options = PreprocessOptions.defaults();
        assertTrue(options.units() && options.failedLiterals() && options.subsumption() && options.elimination()
                && options.equivalences());
        assertEquals(20, options.maxResolventLength());
        assertEquals(100, options.maxOccurrences());
        assertEquals(100_000_000L, options.tickBudget());
        assertEquals(0, options.frozenVariables().length);
        assertEquals(options, options.toBuilder().build());
    }

    @Test
    void frozenVariablesAreCopiedInAndOut() {
        int[] frozen = {3, 1};
        PreprocessOptions options = PreprocessOptions.builder().frozenVariables(frozen).build();
        frozen[0] = 99;
        assertArrayEquals(new int[] {3, 1}, options.frozenVariables());
        options.frozenVariables()[0] = 7;
        assertArrayEquals(new int[] {3, 1}, options.frozenVariables());
        assertEquals(options, PreprocessOptions.builder().frozenVariables(3, 1).build());
        assertFalse(options.equals(PreprocessOptions.defaults()));
    }

    @Test
    void badValuesAreRejectedWithTheReason() {
        assertEquals("maxResolventLength must be at least 1: 0", assertThrows(IllegalArgumentException.class,
                () -> PreprocessOptions.builder().maxResolventLength(0).build()).getMessage());
        assertEquals("maxOccurrences must not be negative: -1", assertThrows(IllegalArgumentException.class,
                () -> PreprocessOptions.builder().maxOccurrences(-1).build()).getMessage());
        assertEquals("tickBudget must not be negative: -5", assertThrows(IllegalArgumentException.class,
                () -> PreprocessOptions.builder().tickBudget(-5).build()).getMessage());
        assertEquals("not a DIMACS variable: 0", assertThrows(IllegalArgumentException.class,
                () -> PreprocessOptions.builder().frozenVariables(2, 0).build()).getMessage());
    }

    @Test
    void noTechniquesSwitchesAllOff() {
        PreprocessOptions options = PreprocessOptions.builder().noTechniques().build();
        assertFalse(options.units() || options.failedLiterals() || options.subsumption() || options.elimination()
                || options.equivalences());
    }
}
