package org.traceoid.graphs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.testing.RandomCnf;

class IncidenceIndexTest {
    @Test
    void smallFormulaLayout() {
        // clauses {1,-2} {2,3,-1}: n = 3, rows 0..2 positive, 3..5 negative
        IncidenceIndex index = IncidenceIndex.of(Cnf.of(3, new int[] {1, -2}, new int[] {2, 3, -1}));
        assertEquals(6, index.literalNodeCount());
        assertEquals(8, index.nodeCount());
        assertEquals(5, index.occurrenceCount());
        assertArrayEquals(new int[] {0, 0, 1, 1, 1}, index.incidenceRows());
        assertArrayEquals(new int[] {0, 4, 1, 2, 3}, index.incidenceColumns());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4}, index.transposeRows());
        assertArrayEquals(new int[] {0, 1, 1, 1, 0}, index.transposeColumns());
        assertArrayEquals(new int[] {3, 4, 5, 0, 1, 2}, index.flipPermutation());
        assertEquals(4, IncidenceIndex.literalRow(-2, 3));
        assertEquals(-2, IncidenceIndex.dimacsLiteral(4, 3));
    }

    @Property(tries = 50)
    void incidenceMatchesTheFormula(@ForAll @IntRange(min = 1, max = 30) int n,
            @ForAll @IntRange(min = 0, max = 60) int m, @ForAll long seed) {
        Cnf cnf = RandomCnf.messy(n, m, 5, seed);
        IncidenceIndex index = IncidenceIndex.of(cnf);
        assertEquals(cnf.literalCount(), index.occurrenceCount());
        int e = 0;
        for (int c = 0; c < cnf.clauseCount(); c++) {
            for (int p = cnf.clauseStart(c); p < cnf.clauseEnd(c); p++, e++) {
                assertEquals(c, index.clauseOf(e));
                assertEquals(cnf.literalAt(p), IncidenceIndex.dimacsLiteral(index.literalOf(e), n));
            }
        }
        // Bᵀ holds the same entries, sorted by literal row.
        long[] b = new long[e];
        long[] bt = new long[e];
        int[] tr = index.transposeRows();
        int[] tc = index.transposeColumns();
        for (int i = 0; i < e; i++) {
            b[i] = (long) index.literalOf(i) << 32 | index.clauseOf(i);
            bt[i] = (long) tr[i] << 32 | tc[i];
            assertTrue(i == 0 || tr[i - 1] <= tr[i]);
        }
        Arrays.sort(b);
        Arrays.sort(bt);
        assertArrayEquals(b, bt);
        for (int row = 0; row < index.literalNodeCount(); row++) {
            assertEquals(row, index.flip(index.flip(row)));
            assertEquals(-IncidenceIndex.dimacsLiteral(row, n), IncidenceIndex.dimacsLiteral(index.flip(row), n));
        }
    }
}
