package org.traceoid.solver.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.Optional;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import org.traceoid.cnf.Assignment;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.CnfBuilder;
import org.traceoid.cnf.ModelCheck;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.cnf.testing.ExternalSolver;
import org.traceoid.proofcheck.RecordedProof;
import org.traceoid.solver.Sat4jRefuter;

/**
 * Frozen variables, as an incremental caller would use them for assumptions: they are never
 * eliminated or substituted (and no variable the reconstruction determines still occurs), and the simplified formula answers every question over them as
 * the original does: for assumptions A on frozen variables, simplified ∧ A is satisfiable
 * exactly when original ∧ A is (cadical decides both), and a model of simplified ∧ A,
 * reconstructed, satisfies original ∧ A.
 */
@AddLifecycleHook(RequiresCadical.class)
class FrozenVariablesTest {

    @Property(tries = 300)
    void frozenVariablesSurviveAndAssumptionsOnThemGetTheOriginalsAnswers(@ForAll long seed) {
        Cnf cnf = PreprocessFormulas.random(seed);
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        int[] frozen = random.ints(1 + random.nextInt(Math.max(1, cnf.maxVariable() / 3)), 1, cnf.maxVariable() + 1)
                .distinct().toArray();
        PreprocessResult result = new Preprocessor(PreprocessOptions.builder().frozenVariables(frozen).build())
                .run(cnf, new RecordedProof(), () -> false);
        if (result.decided().equals(Optional.of(SolveStatus.UNSATISFIABLE))) {
            assertEquals(SolveStatus.UNSATISFIABLE, ExternalSolver.CADICAL.solve(cnf));
            return;
        }
        // A frozen variable may still vanish when all its clauses are subsumed or satisfied (it is
        // then unconstrained in both formulas), but it is never eliminated or substituted.
        BitSet remaining = occurring(result.simplified());
        for (int variable : frozen) {
            assertTrue(!result.reconstruction().determines(variable), "frozen variable " + variable + " was removed");
        }
        for (int v = 1; v <= cnf.maxVariable(); v++) {
            assertTrue(!remaining.get(v) || !result.reconstruction().determines(v), "variable " + v + " still occurs");
        }
        int[] assumptions = new int[Math.min(frozen.length, 1 + random.nextInt(3))];
        for (int i = 0; i < assumptions.length; i++) {
            assumptions[i] = random.nextBoolean() ? frozen[i] : -frozen[i];
        }
        Cnf original = withUnits(cnf, assumptions);
        Cnf simplified = withUnits(result.simplified(), assumptions);
        SolveStatus expected = ExternalSolver.CADICAL.solve(original);
        assertEquals(expected, ExternalSolver.CADICAL.solve(simplified), "same answer under the assumptions");
        Optional<int[]> model = Sat4jRefuter.solve(simplified, new RecordedProof());
        assertEquals(expected == SolveStatus.SATISFIABLE, model.isPresent());
        if (model.isPresent()) {
            Assignment extended = result.reconstruction().extend(Assignment.fromModel(cnf.variableCount(), model.get()));
            assertTrue(ModelCheck.check(original, extended).satisfied(), "reconstructed model under the assumptions");
        }
    }

    private static Cnf withUnits(Cnf cnf, int[] units) {
        CnfBuilder builder = new CnfBuilder().declareVariables(cnf.variableCount());
        cnf.writeTo(builder);
        for (int unit : units) {
            builder.addClause(unit);
        }
        return builder.build();
    }

    private static BitSet occurring(Cnf cnf) {
        BitSet seen = new BitSet();
        for (int p = 0; p < cnf.literalCount(); p++) {
            seen.set(Math.abs(cnf.literalAt(p)));
        }
        return seen;
    }
}
