package org.traceoid.solver;

import static org.sat4j.core.LiteralsUtils.negLit;
import static org.sat4j.core.LiteralsUtils.posLit;

import java.util.Arrays;
import org.sat4j.minisat.core.IPhaseSelectionStrategy;

/**
 * Phases fixed by the user ({@link IncrementalSolver#setPhase(int)}, CaDiCaL's {@code phase},
 * PySAT's {@code set_phases}) in front of Sat4j's own phase strategy: when Sat4j decides a
 * variable with a user phase, that is the value it tries first, in every call until
 * {@link #clear(int)}; every other variable keeps Sat4j's phase saving. A phase is a choice,
 * never a fact: propagation and learned clauses may still force the other value, and the
 * proof and certification do not see phases at all. O(1) per decision.
 */
final class UserPhases implements IPhaseSelectionStrategy {
    private static final long serialVersionUID = 1L;

    private final IPhaseSelectionStrategy sat4j;
    private int[] phase = new int[16]; // by variable: Sat4j's internal literal, 0 for none

    UserPhases(IPhaseSelectionStrategy sat4j) {
        this.sat4j = sat4j;
    }

    /** Sets the phase of {@code |dimacsLiteral|} to {@code dimacsLiteral}'s sign. */
    void set(int dimacsLiteral) {
        int variable = Math.abs(dimacsLiteral);
        if (variable >= phase.length) {
            phase = Arrays.copyOf(phase, Math.max(phase.length * 2, variable + 1));
        }
        phase[variable] = dimacsLiteral > 0 ? posLit(variable) : negLit(variable);
    }

    void clear(int variable) {
        int v = Math.abs(variable);
        if (v < phase.length) {
            phase[v] = 0;
        }
    }

    @Override
    public int select(int variable) {
        if (variable < phase.length && phase[variable] != 0) {
            return phase[variable];
        }
        return sat4j.select(variable);
    }

    @Override
    public void updateVar(int p) {
        sat4j.updateVar(p);
    }

    @Override
    public void init(int nlength) {
        sat4j.init(nlength);
    }

    @Override
    public void init(int var, int p) {
        sat4j.init(var, p);
    }

    @Override
    public void assignLiteral(int p) {
        sat4j.assignLiteral(p);
    }

    @Override
    public void updateVarAtDecisionLevel(int q) {
        sat4j.updateVarAtDecisionLevel(q);
    }

    @Override
    public String toString() {
        return "user phases over " + sat4j;
    }
}
