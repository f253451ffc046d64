package org.traceoid.solver;

import org.traceoid.cnf.proof.ProofListener;

/**
 * Reaches solver-bridge's package-private test hook from the command-line tests (same package
 * name, test class path only): breaks every proof before it is checked, until restored.
 */
public final class ProofTampering {
    private ProofTampering() {
    }

    /** Drops every lemma but the empty clause: for any formula not refuted by unit propagation the check must fail. */
    public static void dropLemmas() {
        SolveSession.proofTamperForTests = target -> new ProofListener() {
            @Override
            public void lemmaAdded(int[] dimacsLiterals) {
                if (dimacsLiterals.length == 0) {
                    target.lemmaAdded(dimacsLiterals);
                }
            }
        };
    }

    public static void restore() {
        SolveSession.proofTamperForTests = java.util.function.UnaryOperator.identity();
    }
}
