package org.traceoid.cnf.testing;

import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.CnfBuilder;

/** Small formulas that are hard for resolution, for tests of budgets, interrupts and proofs. */
public final class HardFormulas {
    private HardFormulas() {
    }

    /**
     * Pigeonhole: {@code holes + 1} pigeons into {@code holes} holes, unsatisfiable and
     * exponential for resolution (Haken 1985). Variable {@code p * holes + h + 1} says pigeon
     * {@code p} sits in hole {@code h}; one clause per pigeon (somewhere), then one per hole and
     * pair of pigeons (not both).
     */
    public static Cnf pigeonhole(int holes) {
        if (holes < 1) {
            throw new IllegalArgumentException("holes must be positive, got " + holes);
        }
        int pigeons = holes + 1;
        CnfBuilder builder = new CnfBuilder().declareVariables(pigeons * holes);
        for (int p = 0; p < pigeons; p++) {
            int[] somewhere = new int[holes];
            for (int h = 0; h < holes; h++) {
                somewhere[h] = p * holes + h + 1;
            }
            builder.addClause(somewhere);
        }
        for (int h = 0; h < holes; h++) {
            for (int p = 0; p < pigeons; p++) {
                for (int q = p + 1; q < pigeons; q++) {
                    builder.addClause(-(p * holes + h + 1), -(q * holes + h + 1));
                }
            }
        }
        return builder.build();
    }
}
