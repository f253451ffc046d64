package org.traceoid.cnf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Example;
import org.traceoid.cnf.testing.RandomCnf;

/** The certificate for a SAT answer: every clause has a true literal, else the first one without. */
class ModelCheckTest {
    private final Cnf cnf = Cnf.of(3, new int[] {1, 2}, new int[] {-1, 3}, new int[] {-2, -3});

    @Example
    void aModelSatisfiesEveryClause() {
        assertEquals(new ModelCheck(true, 3, -1), ModelCheck.check(cnf, Assignment.fromModel(3, 1, -2, 3)));
    }

    @Example
    void theFirstFalsifiedClauseIsNamed() {
        assertEquals(new ModelCheck(false, 3, 1), ModelCheck.check(cnf, Assignment.fromModel(3, 1, 2, -3)));
        assertEquals(new ModelCheck(false, 3, 0), ModelCheck.check(cnf, Assignment.fromModel(3, -1, -2, -3)));
    }

    @Example
    void unassignedLiteralsSatisfyNothing() {
        assertEquals(new ModelCheck(false, 3, 0), ModelCheck.check(cnf, Assignment.fromModel(3)));
    }

    @Example
    void anEmptyClauseIsFalsifiedByEveryAssignment() {
        Cnf withEmpty = Cnf.of(1, new int[] {1}, new int[0]);
        assertEquals(new ModelCheck(false, 2, 1), ModelCheck.check(withEmpty, Assignment.fromModel(1, 1)));
    }

    @Example
    void theEmptyFormulaIsSatisfiedByAnything() {
        assertEquals(new ModelCheck(true, 0, -1), ModelCheck.check(Cnf.of(0), Assignment.fromModel(0)));
    }

    /** Against the definition evaluated independently, on random formulas and total assignments. */
    @Property(tries = 200)
    void agreesWithTheDefinition(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int variables = 1 + random.nextInt(8);
        Cnf formula = RandomCnf.messy(variables, random.nextInt(12), 4, seed);
        boolean[] value = new boolean[variables + 1];
        int[] model = new int[variables];
        for (int v = 1; v <= variables; v++) {
            value[v] = random.nextBoolean();
            model[v - 1] = value[v] ? v : -v;
        }
        int firstFalse = -1;
        for (int c = formula.clauseCount() - 1; c >= 0; c--) {
            boolean sat = false;
            for (int literal : formula.clause(c)) {
                sat |= literal > 0 == value[Math.abs(literal)];
            }
            if (!sat) {
                firstFalse = c;
            }
        }
        assertEquals(new ModelCheck(firstFalse < 0, formula.clauseCount(), firstFalse),
                ModelCheck.check(formula, Assignment.fromModel(variables, model)));
    }
}
