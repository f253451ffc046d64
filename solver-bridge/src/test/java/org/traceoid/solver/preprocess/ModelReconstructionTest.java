package org.traceoid.solver.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.traceoid.cnf.Assignment;
import org.traceoid.cnf.Literals;

/** The reconstruction stack replayed backwards (MiniSat's extendModel). */
class ModelReconstructionTest {
    private static int[] indices(int... dimacs) {
        int[] out = new int[dimacs.length];
        for (int i = 0; i < dimacs.length; i++) {
            out[i] = Literals.toIndex(dimacs[i]);
        }
        return out;
    }

    @Test
    void anEliminatedVariableSatisfiesItsStoredClausesOrTakesItsDefault() {
        ReconstructionStack stack = new ReconstructionStack();
        // 1 eliminated from (1 2), (-1 3): the positive side is stored, the default is ¬1.
        int[] clause = indices(2, 1);
        stack.push(Literals.toIndex(1), clause, 0, 2);
        stack.pushUnit(Literals.toIndex(-1));
        ModelReconstruction reconstruction = stack.build(3, 3);
        assertTrue(reconstruction.extend(Assignment.fromModel(3, -2, 3)).isTrue(1), "(1 2) needs 1");
        assertTrue(reconstruction.extend(Assignment.fromModel(3, 2, -3)).isTrue(-1), "the default");
        assertTrue(reconstruction.extend(Assignment.fromModel(3, 2, 3, 1)).isTrue(-1), "the given value is overwritten");
        assertEquals(2, reconstruction.entryCount());
    }

    @Test
    void laterStepsAreReplayedFirst() {
        ReconstructionStack stack = new ReconstructionStack();
        stack.pushEquivalence(Literals.toIndex(2), Literals.toIndex(-3)); // 2 ≡ ¬3, then 3 eliminated
        stack.push(Literals.toIndex(3), indices(3, 4), 0, 2);
        stack.pushUnit(Literals.toIndex(-3));
        ModelReconstruction reconstruction = stack.build(4, 4);
        Assignment model = reconstruction.extend(Assignment.fromModel(4, 1, -4));
        assertTrue(model.isTrue(3), "(3 4) with 4 false");
        assertTrue(model.isTrue(-2), "2 ≡ ¬3 replayed after 3 was set");
        model = reconstruction.extend(Assignment.fromModel(4, 1, 4));
        assertTrue(model.isTrue(-3) && model.isTrue(2));
    }

    @Test
    void unitsAreSetFirstAndEveryVariableIsAssigned() {
        ReconstructionStack stack = new ReconstructionStack();
        stack.fixed(Literals.toIndex(-5));
        ModelReconstruction reconstruction = stack.build(1_000_000_000, 5);
        Assignment model = reconstruction.extend(Assignment.fromModel(1_000_000_000, 5));
        assertTrue(model.isTrue(-5));
        for (int v = 1; v <= 5; v++) {
            assertTrue(model.isAssigned(v));
        }
        assertFalse(model.isAssigned(6), "no memory for a header's unused variables");
        assertEquals(1_000_000_000, model.variableCount());
    }
}
