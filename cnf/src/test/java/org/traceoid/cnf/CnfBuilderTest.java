package org.traceoid.cnf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/** Clauses as sets: what the builder keeps, drops and counts, on both its short- and long-clause paths. */
class CnfBuilderTest {

    @Example
    void repeatedLiteralsAreDroppedKeepingTheFirstOccurrence() {
        Cnf cnf = Cnf.of(3, new int[] {3, -1, 3, 2, -1, 3});
        assertArrayEquals(new int[] {3, -1, 2}, cnf.clause(0));
        assertEquals(3, cnf.statistics().duplicateLiterals());
        assertEquals(3, cnf.statistics().literalOccurrences());
        assertEquals(0, cnf.statistics().tautologies());
    }

    @Example
    void tautologiesAreKeptAndCounted() {
        Cnf cnf = Cnf.of(2, new int[] {1, -1, 2}, new int[] {2}, new int[] {-2, 1, 2});
        assertArrayEquals(new int[] {1, -1, 2}, cnf.clause(0));
        assertArrayEquals(new int[] {-2, 1, 2}, cnf.clause(2));
        assertEquals(2, cnf.statistics().tautologies());
    }

    @Example
    void emptyClausesAreKeptAndCounted() {
        Cnf cnf = Cnf.of(1, new int[0], new int[] {1}, new int[0]);
        assertEquals(3, cnf.clauseCount());
        assertEquals(0, cnf.clauseLength(0));
        assertEquals(2, cnf.statistics().emptyClauses());
    }

    @Example
    void longClausesFollowTheSameSetSemantics() {
        // 40 literals: past the pairwise path, through the sorted one.
        int[] clause = new int[40];
        for (int i = 0; i < clause.length; i++) {
            clause[i] = (i % 2 == 0 ? 1 : -1) * (1 + i % 13);
        }
        Cnf cnf = Cnf.of(13, clause);
        assertArrayEquals(reference(clause), cnf.clause(0));
        assertEquals(40 - cnf.clauseLength(0), cnf.statistics().duplicateLiterals());
        assertEquals(1, cnf.statistics().tautologies());
    }

    @Property(tries = 300)
    void anyClauseIsStoredAsItsSetOfLiteralsInFirstOccurrenceOrder(@ForAll("clauses") List<Integer> literals) {
        int[] clause = literals.stream().mapToInt(Integer::intValue).toArray();
        Cnf cnf = Cnf.of(10, clause);
        int[] expected = reference(clause);
        assertArrayEquals(expected, cnf.clause(0));
        assertEquals(clause.length - expected.length, cnf.statistics().duplicateLiterals());
        boolean tautology = literals.stream().anyMatch(l -> literals.contains(-l));
        assertEquals(tautology ? 1 : 0, cnf.statistics().tautologies());
        assertEquals(clause.length == 0 ? 1 : 0, cnf.statistics().emptyClauses());
        assertEquals(expected.length == 0 ? 0 : Math.abs(literals.stream().mapToInt(Math::abs).max().orElse(0)),
                cnf.maxVariable());
    }

    @Provide
    Arbitrary<List<Integer>> clauses() {
        // Few variables, lengths on both sides of the 16-literal switch: many repeats and tautologies.
        return Arbitraries.integers().between(-10, 10).filter(l -> l != 0).list().ofMaxSize(60);
    }

    /** The set semantics written the obvious way. */
    private static int[] reference(int[] clause) {
        Set<Integer> kept = new LinkedHashSet<>();
        for (int literal : clause) {
            kept.add(literal);
        }
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    @Example
    void statisticsDescribeTheWholeFormula() {
        Cnf cnf = Cnf.of(10, new int[] {1, -2, 1}, new int[] {3, -3}, new int[0], new int[] {-7});
        assertEquals(new CnfStatistics(10, 7, 4, 5, 1, 1, 1), cnf.statistics());
    }

    @Example
    void variableCountIsTheDeclaredOneRaisedToTheHighestUsed() {
        assertEquals(10, Cnf.of(10, new int[] {1, -2}).variableCount());
        assertEquals(2, Cnf.of(10, new int[] {1, -2}).maxVariable());
        CnfBuilder builder = new CnfBuilder();
        builder.addClause(4, -9);
        Cnf undeclared = builder.build();
        assertEquals(9, undeclared.variableCount());
        assertEquals(0, new CnfBuilder().build().variableCount());
    }

    @Example
    void zeroAndMinValueAreNotLiterals() {
        CnfBuilder builder = new CnfBuilder();
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class, () -> builder.addClause(1, 0));
        assertEquals("not a DIMACS literal: 0", zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> builder.addClause(Integer.MIN_VALUE));
    }

    @Example
    void aRejectedClauseLeavesNothingBehind() {
        CnfBuilder builder = new CnfBuilder();
        builder.addClause(1, 2);
        assertThrows(IllegalArgumentException.class, () -> builder.addClause(5, 6, 0, 7));
        int[] longBad = new int[30];
        java.util.Arrays.fill(longBad, 8);
        longBad[29] = 0;
        assertThrows(IllegalArgumentException.class, () -> builder.addClause(longBad));
        builder.addClause(-3);
        assertEquals(Cnf.of(3, new int[] {1, 2}, new int[] {-3}), builder.build());
        assertEquals(3, builder.maxVariable());
    }

    @Example
    void negativeVariableCountIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new CnfBuilder().declareVariables(-1));
    }

    @Example
    void addClauseWithRangeReadsOnlyThatRangeAndKeepsNoReference() {
        int[] buffer = {9, 1, -2, 3, 9};
        CnfBuilder builder = new CnfBuilder().declareVariables(9);
        builder.addClause(buffer, 1, 4);
        buffer[1] = 5;
        assertArrayEquals(new int[] {1, -2, 3}, builder.build().clause(0));
        assertEquals(1, builder.clauseCount());
    }

    @Example
    void aHugeClauseCountHintAllocatesNothingLikeIt() {
        CnfBuilder builder = new CnfBuilder().declareVariables(Integer.MAX_VALUE).expectClauses(Integer.MAX_VALUE);
        builder.addClause(Integer.MAX_VALUE, -1);
        Cnf cnf = builder.build();
        assertEquals(Integer.MAX_VALUE, cnf.variableCount());
        assertEquals(4 * 2 + 4 * 2, cnf.storageBytes());
    }
}
