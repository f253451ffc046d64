package org.traceoid.gnn.training;

import org.traceoid.cnf.Cnf;

/**
 * One labelled formula, as plain Java. Any label may be absent (null).
 *
 * @param name          for messages and metrics
 * @param cnf           the formula
 * @param coreVariables UNSAT: variables of a verified core (NeuroCore target); null otherwise
 * @param backbone      SAT: backbone literals (NeuroBack target); null otherwise
 * @param satisfiable   the certified status, for the optional SAT head; null if unknown
 */
public record TrainingExample(String name, Cnf cnf, int[] coreVariables, int[] backbone, Boolean satisfiable) {
    public TrainingExample {
        int n = cnf.variableCount();
        if (coreVariables != null) {
            for (int v : coreVariables) {
                if (v < 1 || v > n) {
                    throw new IllegalArgumentException(name + ": core variable " + v + " outside 1.." + n);
                }
            }
        }
        if (backbone != null) {
            for (int literal : backbone) {
                if (literal == 0 || Math.abs(literal) > n) {
                    throw new IllegalArgumentException(name + ": backbone literal " + literal + " outside ±1.." + n);
                }
            }
        }
    }

    boolean hasCore() {
        return coreVariables != null && coreVariables.length > 0;
    }

    boolean hasBackbone() {
        return backbone != null && backbone.length > 0;
    }
}
