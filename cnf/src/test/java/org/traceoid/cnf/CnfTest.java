package org.traceoid.cnf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.traceoid.cnf.testing.RandomCnf;

/** The formula's flat storage: access by position, equality, and the memory target. */
class CnfTest {
    private final Cnf cnf = Cnf.of(5, new int[] {1, -2}, new int[0], new int[] {3, 4, -5}, new int[] {-1});

    @Test
    void clausesAreReachedByPositionInTheFlatSequence() {
        assertEquals(4, cnf.clauseCount());
        assertEquals(6, cnf.literalCount());
        int[] starts = {0, 2, 2, 5};
        int[] ends = {2, 2, 5, 6};
        for (int c = 0; c < cnf.clauseCount(); c++) {
            assertEquals(starts[c], cnf.clauseStart(c));
            assertEquals(ends[c], cnf.clauseEnd(c));
            assertEquals(ends[c] - starts[c], cnf.clauseLength(c));
        }
        int[] flat = new int[cnf.literalCount()];
        for (int p = 0; p < flat.length; p++) {
            flat[p] = cnf.literalAt(p);
        }
        assertArrayEquals(new int[] {1, -2, 3, 4, -5, -1}, flat);
    }

    @Test
    void clauseReturnsACopy() {
        int[] clause = cnf.clause(2);
        assertArrayEquals(new int[] {3, 4, -5}, clause);
        clause[0] = 99;
        assertArrayEquals(new int[] {3, 4, -5}, cnf.clause(2));
    }

    @Test
    void writeToReplaysEveryClauseInOrder() {
        List<int[]> seen = new ArrayList<>();
        cnf.writeTo(literals -> seen.add(literals.clone()));
        assertEquals(4, seen.size());
        for (int c = 0; c < seen.size(); c++) {
            assertArrayEquals(cnf.clause(c), seen.get(c));
        }
        CnfBuilder copy = new CnfBuilder().declareVariables(cnf.variableCount());
        cnf.writeTo(copy);
        assertEquals(cnf, copy.build());
    }

    @Test
    void equalityIsSameVariablesSameClausesSameOrder() {
        Cnf same = Cnf.of(5, new int[] {1, -2}, new int[0], new int[] {3, 4, -5}, new int[] {-1});
        assertEquals(cnf, same);
        assertEquals(cnf.hashCode(), same.hashCode());
        assertNotEquals(cnf, Cnf.of(6, new int[] {1, -2}, new int[0], new int[] {3, 4, -5}, new int[] {-1}));
        assertNotEquals(cnf, Cnf.of(5, new int[] {-2, 1}, new int[0], new int[] {3, 4, -5}, new int[] {-1}));
        assertNotEquals(cnf, Cnf.of(5, new int[0], new int[] {1, -2}, new int[] {3, 4, -5}, new int[] {-1}));
        // Same literals, different clause boundaries.
        assertNotEquals(Cnf.of(3, new int[] {1, 2}, new int[] {3}), Cnf.of(3, new int[] {1}, new int[] {2, 3}));
        assertNotEquals(cnf, "p cnf 5 4");
        // Sets: a repeated literal is not part of the clause.
        assertEquals(Cnf.of(2, new int[] {1, 2, 1}), Cnf.of(2, new int[] {1, 2}));
    }

    @Test
    void toStringGivesTheSize() {
        assertEquals("Cnf[5 variables, 4 clauses]", cnf.toString());
    }

    @Test
    void storageBytesCountsTheArrays() {
        assertEquals(4L * 6 + 4L * (4 + 1), cnf.storageBytes());
        assertEquals(4, Cnf.of(0).storageBytes());
    }

    /** The target: at most 4.5 bytes per literal occurrence plus 4 per clause, on a large formula. */
    @Test
    void largeFormulaStaysWithinTheMemoryTarget() {
        int clauses = 1_000_000;
        Cnf large = RandomCnf.uniform(3, 200_000, clauses, 42);
        assertEquals(clauses, large.clauseCount());
        assertEquals(3L * clauses, large.literalCount());
        long bound = (long) (4.5 * large.literalCount()) + 4L * large.clauseCount();
        assertTrue(large.storageBytes() <= bound, large.storageBytes() + " > " + bound);
    }
}
