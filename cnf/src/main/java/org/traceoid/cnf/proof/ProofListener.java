package org.traceoid.cnf.proof;

/**
 * Receives a clausal proof (DRAT) as it is produced. Literals are DIMACS literals; for a RAT
 * lemma the pivot is the first literal, as the DRAT format specifies. Arrays are only valid
 * during the call: a listener that keeps them must copy.
 */
public interface ProofListener {
    /** A lemma (learned clause, possibly a unit or the empty clause) was added. */
    default void lemmaAdded(int[] dimacsLiterals) {
    }

    /** A clause (original or learned) was deleted. */
    default void clauseDeleted(int[] dimacsLiterals) {
    }

    /** The producer is done; no more events follow. */
    default void proofFinished() {
    }
}
