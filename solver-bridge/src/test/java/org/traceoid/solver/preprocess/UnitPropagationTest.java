package org.traceoid.solver.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.traceoid.solver.preprocess.Formulas.clauses;
import static org.traceoid.solver.preprocess.Formulas.only;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.traceoid.cnf.Assignment;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.proofcheck.RecordedProof;

/** Root-level unit propagation on hand-made formulas: exact results and exact proof steps. */
class UnitPropagationTest {

    @Test
    void unitsFixTheirVariablesSatisfyAndStrengthenClauses() {
        Cnf cnf = Cnf.of(4, new int[] {1}, new int[] {-1, 2}, new int[] {-2, 3, 4}, new int[] {-3, -4}, new int[] {1, 3});
        ProofSteps steps = new ProofSteps();
        PreprocessResult result = Formulas.run(cnf, only().units(true).build(), steps, new RecordedProof());
        assertEquals(clauses(new int[] {3, 4}, new int[] {-3, -4}), clauses(result.simplified()));
        assertEquals(4, result.simplified().variableCount());
        // (1 3) is satisfied; (-1 2) becomes the unit 2, which strengthens (-2 3 4). Units are never deleted.
        assertEquals("d 1 3 0\n2 0\nd -1 2 0\n3 4 0\nd -2 3 4 0\n", steps.text());
        assertEquals(Optional.empty(), result.decided());
        assertEquals(2, result.statistics().of(Technique.UNITS).variablesRemoved());
        assertEquals(2, result.statistics().of(Technique.UNITS).literalsRemoved());
        Assignment model = result.reconstruction().extend(Assignment.fromModel(4, 3, -4));
        assertTrue(model.isTrue(1) && model.isTrue(2) && model.isTrue(3) && model.isTrue(-4));
        PreprocessCheck.solveCertified(cnf, only().units(true).build());
    }

    @Test
    void contradictingUnitsRefuteWithTheEmptyClause() {
        Cnf cnf = Cnf.of(2, new int[] {1, 2}, new int[] {1}, new int[] {-1});
        ProofSteps steps = new ProofSteps();
        RecordedProof proof = new RecordedProof();
        PreprocessResult result = Formulas.run(cnf, PreprocessOptions.defaults(), steps, proof);
        assertEquals(Optional.of(SolveStatus.UNSATISFIABLE), result.decided());
        assertEquals(clauses(new int[0]), clauses(result.simplified()));
        assertEquals("0\n", steps.text(), "the second unit contradicts the first while loading");
        assertEquals(SolveStatus.UNSATISFIABLE, PreprocessCheck.certify(cnf, result, proof).status());
    }

    @Test
    void anEmptyInputClauseRefutesAtOnce() {
        Cnf cnf = Cnf.of(3, new int[] {1, 2}, new int[0], new int[] {3});
        ProofSteps steps = new ProofSteps();
        PreprocessResult result = Formulas.run(cnf, PreprocessOptions.defaults(), steps, new RecordedProof());
        assertEquals(Optional.of(SolveStatus.UNSATISFIABLE), result.decided());
        assertEquals("0\n", steps.text());
    }

    @Test
    void propagationToTheEndLeavesNoClauseAndDecidesSat() {
        Cnf cnf = Cnf.of(3, new int[] {-1, 2}, new int[] {-2, 3}, new int[] {1});
        PreprocessResult result = new Preprocessor(only().units(true).build()).run(cnf, new ProofSteps(), () -> false);
        assertEquals(Optional.of(SolveStatus.SATISFIABLE), result.decided());
        assertEquals(0, result.simplified().clauseCount());
        Assignment model = result.reconstruction().extend(Assignment.fromModel(3));
        assertTrue(model.isTrue(1) && model.isTrue(2) && model.isTrue(3));
    }

    @Test
    void tautologiesAreDeletedAndVariablesKeepTheirNumbers() {
        Cnf cnf = Cnf.of(9, new int[] {4, -4, 7}, new int[] {2, 5});
        ProofSteps steps = new ProofSteps();
        PreprocessResult result = Formulas.run(cnf, only().units(true).build(), steps, new RecordedProof());
        assertEquals(clauses(new int[] {2, 5}), clauses(result.simplified()));
        assertEquals(9, result.simplified().variableCount());
        assertEquals("d 4 -4 7 0\n", steps.text());
    }

    @Test
    void withUnitPropagationOffUnitsStayAsClausesAndFreezeTheirVariable() {
        Cnf cnf = Cnf.of(3, new int[] {1}, new int[] {-1, 2}, new int[] {-2, 3});
        PreprocessResult result = new Preprocessor(only().elimination(true).build()).run(cnf, new ProofSteps(), () -> false);
        // 1 is kept (a unit, frozen); 2 and 3 are eliminated, leaving only the unit.
        assertEquals(clauses(new int[] {1}), clauses(result.simplified()));
        assertEquals(Optional.of(SolveStatus.SATISFIABLE), result.decided());
        PreprocessCheck.solveCertified(cnf, only().elimination(true).build());
    }

    @Test
    void frozenFixedVariablesStayAsUnitClauses() {
        Cnf cnf = Cnf.of(3, new int[] {1}, new int[] {-1, 2}, new int[] {2, 3});
        PreprocessResult result = new Preprocessor(only().units(true).frozenVariables(2).build())
                .run(cnf, new ProofSteps(), () -> false);
        assertEquals(clauses(new int[] {2}), clauses(result.simplified()));
    }
}
