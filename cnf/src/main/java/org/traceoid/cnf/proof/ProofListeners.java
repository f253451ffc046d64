package org.traceoid.cnf.proof;

import java.util.List;

/** Combinators over {@link ProofListener}s. */
public final class ProofListeners {
    private ProofListeners() {
    }

    /** A listener that forwards every event, in order, to each of {@code listeners}. */
    public static ProofListener fanOut(ProofListener... listeners) {
        List<ProofListener> targets = List.of(listeners);
        return new ProofListener() {
            @Override
            public void lemmaAdded(int[] dimacsLiterals) {
                for (ProofListener target : targets) {
                    target.lemmaAdded(dimacsLiterals);
                }
            }

            @Override
            public void clauseDeleted(int[] dimacsLiterals) {
                for (ProofListener target : targets) {
                    target.clauseDeleted(dimacsLiterals);
                }
            }

            @Override
            public void proofFinished() {
                for (ProofListener target : targets) {
                    target.proofFinished();
                }
            }
        };
    }
}
