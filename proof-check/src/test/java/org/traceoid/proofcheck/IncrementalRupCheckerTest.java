package org.traceoid.proofcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.traceoid.cnf.testing.TestData;

class IncrementalRupCheckerTest {
    @Test
    void acceptsRupLemmasAndRejectsOthers() {
        IncrementalRupChecker checker = new IncrementalRupChecker();
        checker.addInput(1, 2);
        checker.addInput(-1, 2);
        checker.addInput(-2, 3);
        assertFalse(checker.addLemma(-3), "not implied");
        assertTrue(checker.addLemma(2), "x2 by resolution of the first two: RUP");
        assertEquals(1, checker.rootValue(2));
        assertEquals(1, checker.rootValue(3), "the unit lemma propagates at the root");
        assertTrue(checker.isRup(3));
        assertFalse(checker.isRup(-3));
        assertFalse(checker.isRup());
        assertEquals(1, checker.lemmaCount());
    }

    @Test
    void clausesAddedBetweenCallsStrengthenTheDatabase() {
        IncrementalRupChecker checker = new IncrementalRupChecker();
        checker.addInput(1, 2, 3);
        assertFalse(checker.isRup(1));
        checker.addInput(-2);
        checker.addInput(-3);
        assertTrue(checker.isRup(1));
        assertFalse(checker.isRup());
        checker.addInput(-1);
        assertTrue(checker.isInconsistent());
        assertTrue(checker.isRup());
        assertTrue(checker.addLemma(-7, 8), "everything follows from a refuted database");
    }

    @Test
    void queriesUnderAssumptionsAreTheNegatedCore() {
        // x1 -> x2, x2 -> x3: assuming x1 and not x3 is refuted, shown by the RUP of (-1 v 3).
        IncrementalRupChecker checker = new IncrementalRupChecker();
        checker.addInput(-1, 2);
        checker.addInput(-2, 3);
        assertTrue(checker.isRup(-1, 3));
        assertFalse(checker.isRup(-1));
        assertFalse(checker.isRup(3));
    }

    @Test
    void deletionsRemoveOneCopyAndIgnoreUnknownClauses() {
        IncrementalRupChecker checker = new IncrementalRupChecker();
        checker.addInput(1, 2);
        checker.addInput(2, 1);
        checker.addInput(-1, 2);
        checker.delete(1, 2);
        assertTrue(checker.isRup(2), "one copy of (1 2) is left");
        checker.delete(2, 1);
        assertFalse(checker.isRup(2), "both copies gone");
        checker.delete(5, 6);
        assertEquals(1, checker.ignoredDeletions());
        assertEquals(2, checker.deletionCount());
        assertEquals(1, checker.clauseCount());
    }

    @Test
    void rootUnitsOutliveTheirReasons() {
        IncrementalRupChecker checker = new IncrementalRupChecker();
        checker.addInput(1);
        checker.addInput(-1, 2);
        checker.delete(-1, 2);
        assertEquals(1, checker.rootValue(2), "implied when derived, and the inputs only grow");
        assertTrue(checker.isRup(2));
    }

    @Test
    void duplicateLiteralsAndTautologies() {
        IncrementalRupChecker checker = new IncrementalRupChecker();
        checker.addInput(1, 1, 2, 2);
        checker.addInput(3, -3);
        checker.addInput(-2);
        assertEquals(1, checker.rootValue(1));
        assertTrue(checker.isRup(4, -4), "a tautology is RUP");
        checker.delete(2, 1, 2);
        assertEquals(0, checker.ignoredDeletions());
    }

    @Test
    void zeroIsNoLiteral() {
        IncrementalRupChecker checker = new IncrementalRupChecker();
        assertEquals("not a DIMACS literal: 0",
                assertThrows(IllegalArgumentException.class, () -> checker.addInput(1, 0)).getMessage());
    }

    @Test
    void ratLemmasAreNotAccepted() throws Exception {
        // drat-trim's example-4-vars: its first lemma (-1) is RAT, not RUP (the backward checker
        // verifies the proof with RAT); this checker is RUP only, so it must refuse it.
        var cnf = org.traceoid.cnf.dimacs.DimacsReader.strict().read(TestData.proofs().resolve("example-4-vars.cnf"));
        RecordedProof proof = new DratChecker(CheckOptions.defaults())
                .readProof(TestData.proofs().resolve("example-4-vars.drat"));
        assertTrue(new DratChecker(CheckOptions.defaults()).check(cnf, proof).isVerified());
        IncrementalRupChecker checker = new IncrementalRupChecker();
        for (int c = 0; c < cnf.clauseCount(); c++) {
            checker.addInput(cnf.clause(c));
        }
        assertFalse(checker.addLemma(proof.stepLiterals(0)));
        assertFalse(checker.isRup());
    }

    /**
     * Random interleavings of inputs, candidate lemmas, deletions and queries, each answer
     * compared with a from-scratch unit propagation over the live clause list (no watches, no
     * kept state), so the watched, persistent state must agree with the naive definition.
     */
    @Property(tries = 200)
    void agreesWithFromScratchPropagation(@ForAll long seed) {
        Random random = new Random(seed);
        int variables = 3 + random.nextInt(8);
        IncrementalRupChecker checker = new IncrementalRupChecker();
        List<int[]> database = new ArrayList<>();
        int operations = 20 + random.nextInt(120);
        for (int op = 0; op < operations; op++) {
            int kind = random.nextInt(10);
            int[] clause = randomClause(random, variables);
            if (kind < 4) {
                checker.addInput(clause);
                database.add(clause);
            } else if (kind < 7) {
                boolean expected = NaiveRup.isRup(database, clause);
                assertEquals(expected, checker.addLemma(clause), "lemma " + Arrays.toString(clause) + " seed " + seed);
                if (expected) {
                    database.add(clause);
                }
            } else if (kind < 8 && !database.isEmpty()) {
                int[] victim = database.get(random.nextInt(database.size()));
                // The checker keeps root-level units (and a root conflict) past a deletion of their
                // reason; the naive model keeps them too, as the unit (or empty) clauses they are.
                database.addAll(NaiveRup.rootConsequences(database));
                database.remove(victim);
                checker.delete(victim);
            } else {
                assertEquals(NaiveRup.isRup(database, clause), checker.isRup(clause),
                        "query " + Arrays.toString(clause) + " seed " + seed);
            }
        }
    }

    private static int[] randomClause(Random random, int variables) {
        int width = random.nextInt(4);
        int[] clause = new int[width];
        for (int i = 0; i < width; i++) {
            int v = 1 + random.nextInt(variables);
            clause[i] = random.nextBoolean() ? v : -v;
        }
        return clause;
    }

    /** RUP by definition: propagate the negation over every clause, round after round, until fixpoint or conflict. */
    static final class NaiveRup {
        static boolean isRup(List<int[]> database, int[] clause) {
            java.util.Map<Integer, Boolean> value = new java.util.HashMap<>();
            for (int literal : clause) {
                Boolean known = value.get(Math.abs(literal));
                if (known != null && known == literal > 0) {
                    return true; // tautology
                }
                value.put(Math.abs(literal), literal < 0);
            }
            return !propagate(database, value);
        }

        /** The root-level units as unit clauses, or the empty clause if propagation conflicts. */
        static List<int[]> rootConsequences(List<int[]> database) {
            java.util.Map<Integer, Boolean> value = new java.util.HashMap<>();
            List<int[]> units = new ArrayList<>();
            if (propagate(database, value)) {
                value.forEach((v, positive) -> units.add(new int[] {positive ? v : -v}));
            } else {
                units.add(new int[0]);
            }
            return units;
        }

        /** False on conflict. */
        private static boolean propagate(List<int[]> database, java.util.Map<Integer, Boolean> value) {
            boolean changed = true;
            while (changed) {
                changed = false;
                for (int[] c : database) {
                    java.util.Set<Integer> open = new java.util.HashSet<>();
                    boolean satisfied = false;
                    for (int literal : c) {
                        Boolean v = value.get(Math.abs(literal));
                        if (v == null) {
                            open.add(literal);
                        } else if (v == literal > 0) {
                            satisfied = true;
                        }
                    }
                    if (satisfied) {
                        continue;
                    }
                    if (open.isEmpty()) {
                        return false;
                    }
                    if (open.size() == 1) {
                        int unit = open.iterator().next();
                        value.put(Math.abs(unit), unit > 0);
                        changed = true;
                    }
                }
            }
            return true;
        }
    }
}
