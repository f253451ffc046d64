package org.traceoid.solver.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.traceoid.solver.preprocess.Formulas.clauses;
import static org.traceoid.solver.preprocess.Formulas.only;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.traceoid.cnf.Assignment;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.CnfBuilder;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.proofcheck.RecordedProof;

/** Equivalent-literal substitution from the SCCs of the binary implication graph. */
class EquivalentLiteralsTest {

    @Test
    void equivalentLiteralsAreReplacedByTheLowestVariable() {
        Cnf cnf = Cnf.of(5, new int[] {-1, 2}, new int[] {1, -2}, new int[] {2, 3, 4}, new int[] {-1, -3, 5});
        ProofSteps steps = new ProofSteps();
        RecordedProof proof = new RecordedProof();
        PreprocessOptions options = only().equivalences(true).frozenVariables(3, 4, 5).build();
        PreprocessResult result = Formulas.run(cnf, options, steps, proof);
        assertEquals(clauses(new int[] {-1, -3, 5}, new int[] {1, 3, 4}), clauses(result.simplified()));
        // The helper binaries (¬2 ∨ 1), (2 ∨ ¬1) first, then each clause with 2 rewritten (tautologies just go).
        assertEquals("-2 1 0\n2 -1 0\nd -1 2 0\n1 3 4 0\nd 2 3 4 0\nd 1 -2 0\nd -2 1 0\nd 2 -1 0\n", steps.text());
        assertEquals(1, result.statistics().substitutedVariables());
        assertTrue(result.reconstruction().extend(Assignment.fromModel(5, 1, -3, 4, 5)).isTrue(2));
        assertTrue(result.reconstruction().extend(Assignment.fromModel(5, -1, 3, -4, 5)).isTrue(-2));
        assertEquals(SolveStatus.SATISFIABLE, PreprocessCheck.certify(cnf, result, proof).status());
    }

    @Test
    void negativeEquivalencesMapToTheNegatedRepresentative() {
        // 1 ≡ ¬2: (1 2), (-1 -2); then (2 3) becomes (-1 3).
        Cnf cnf = Cnf.of(3, new int[] {1, 2}, new int[] {-1, -2}, new int[] {2, 3});
        PreprocessResult result = new Preprocessor(only().equivalences(true).frozenVariables(3).build())
                .run(cnf, new ProofSteps(), () -> false);
        assertEquals(clauses(new int[] {-1, 3}), clauses(result.simplified()));
    }

    @Test
    void aFrozenVariableRepresentsAndIsNeverSubstituted() {
        Cnf cnf = Cnf.of(3, new int[] {-1, 2}, new int[] {1, -2}, new int[] {1, 3});
        PreprocessResult result = new Preprocessor(only().equivalences(true).frozenVariables(2, 3).build())
                .run(cnf, new ProofSteps(), () -> false);
        assertEquals(clauses(new int[] {2, 3}), clauses(result.simplified()));
        Cnf twoFrozen = Cnf.of(2, new int[] {-1, 2}, new int[] {1, -2});
        assertEquals(twoFrozen, new Preprocessor(only().equivalences(true).frozenVariables(1, 2).build())
                .run(twoFrozen, new ProofSteps(), () -> false).simplified());
    }

    @Test
    void aLiteralEquivalentToItsNegationRefutes() {
        Cnf cnf = Cnf.of(3, new int[] {-1, 2}, new int[] {-2, -1}, new int[] {1, 2}, new int[] {1, -2}, new int[] {2, 3});
        ProofSteps steps = new ProofSteps();
        RecordedProof proof = new RecordedProof();
        PreprocessResult result = Formulas.run(cnf, only().equivalences(true).build(), steps, proof);
        assertEquals(Optional.of(SolveStatus.UNSATISFIABLE), result.decided());
        assertTrue(steps.text().endsWith("0\n0\n"), steps.text());
        assertEquals(SolveStatus.UNSATISFIABLE, PreprocessCheck.certify(cnf, result, proof).status());
    }

    /** A recursive Tarjan overflows the stack on this: one cycle through 300,000 literals. */
    @Test
    void aVeryLongImplicationCycleIsOneComponent() {
        int n = 300_000;
        CnfBuilder builder = new CnfBuilder().declareVariables(n + 1);
        for (int v = 1; v <= n; v++) {
            builder.addClause(-v, v % n + 1);
        }
        builder.addClause(n / 2, n + 1);
        Cnf cnf = builder.build();
        RecordedProof proof = new RecordedProof();
        PreprocessResult result = new Preprocessor(only().equivalences(true).frozenVariables(n + 1).build())
                .run(cnf, proof, () -> false);
        assertEquals(n - 1, result.statistics().substitutedVariables());
        assertEquals(clauses(new int[] {1, n + 1}), clauses(result.simplified()));
        Assignment model = result.reconstruction().extend(Assignment.fromModel(n + 1, 1, -(n + 1)));
        for (int v = 1; v <= n; v++) {
            assertTrue(model.isTrue(v));
        }
        assertEquals(SolveStatus.SATISFIABLE, PreprocessCheck.certify(cnf, result, proof).status());
    }
}
