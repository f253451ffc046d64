package org.traceoid.cnf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Building an assignment from a model, and what it says about literals. */
class AssignmentTest {

    @Test
    void literalsOfTheModelAreTrueTheirNegationsFalse() {
        Assignment a = Assignment.fromModel(4, 1, -3);
        assertTrue(a.isTrue(1));
        assertFalse(a.isTrue(-1));
        assertTrue(a.isTrue(-3));
        assertFalse(a.isTrue(3));
        assertEquals(4, a.variableCount());
    }

    @Test
    void unmentionedVariablesAreUnassignedAndNeitherLiteralIsTrue() {
        Assignment a = Assignment.fromModel(4, 1);
        assertTrue(a.isAssigned(1));
        assertFalse(a.isAssigned(2));
        assertFalse(a.isTrue(2));
        assertFalse(a.isTrue(-2));
        assertFalse(a.isAssigned(0));
        assertFalse(a.isAssigned(5));
        assertFalse(a.isTrue(7), "beyond the variable count nothing is true");
    }

    @Test
    void aModelAssigningBothPolaritiesIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Assignment.fromModel(3, 1, 2, -1));
        assertEquals("model assigns variable 1 both true and false", e.getMessage());
    }

    @Test
    void zeroAndVariablesAboveTheCountAreRejected() {
        assertEquals("literal 0 is not over variables 1..3",
                assertThrows(IllegalArgumentException.class, () -> Assignment.fromModel(3, 0)).getMessage());
        assertEquals("literal -4 is not over variables 1..3",
                assertThrows(IllegalArgumentException.class, () -> Assignment.fromModel(3, -4)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Assignment.fromModel(3, Integer.MIN_VALUE));
    }

    @Test
    void aRepeatedLiteralIsFine() {
        assertEquals(Assignment.fromModel(2, 1), Assignment.fromModel(2, 1, 1));
    }

    @Test
    void toDimacsListsEveryVariableUnassignedOnesNegative() {
        assertArrayEquals(new int[] {1, -2, -3, 4, -5}, Assignment.fromModel(4, 1, -2, 4).toDimacs(5));
    }

    @Test
    void equalityFollowsTheValues() {
        assertEquals(Assignment.fromModel(3, 1, -2), Assignment.fromModel(3, -2, 1));
        assertEquals(Assignment.fromModel(3, 1, -2).hashCode(), Assignment.fromModel(3, -2, 1).hashCode());
        assertNotEquals(Assignment.fromModel(3, 1, -2), Assignment.fromModel(3, 1, 2));
        assertNotEquals(Assignment.fromModel(3, 1), Assignment.fromModel(4, 1));
    }
}
