package org.traceoid.solver.preprocess;

import org.traceoid.cnf.Literals;
import org.traceoid.cnf.proof.ProofListener;

/**
 * Writes the store's changes to the proof listener as DRAT steps, turning literal indices into
 * DIMACS literals in reused arrays of exactly the clause's length (the {@code ProofListener}
 * contract lets a listener keep an array only by copying it). Cost: O(length) per step, no
 * allocation for clauses up to 16 literals.
 */
final class DratSteps {
    private static final int[] EMPTY = new int[0];

    private final ProofListener proof;
    private final int[][] scratch = new int[17][];

    DratSteps(ProofListener proof) {
        this.proof = proof;
    }

    /** Adds the lemma {@code literals[from .. from + length)} (literal indices). */
    void added(int[] literals, int from, int length) {
        proof.lemmaAdded(toDimacs(literals, from, length, scratch(length)));
    }

    /** Deletes the clause {@code literals[from .. from + length)} (literal indices). */
    void deleted(int[] literals, int from, int length) {
        proof.clauseDeleted(toDimacs(literals, from, length, scratch(length)));
    }

    /** Deletes a clause given as DIMACS literals. */
    void deletedDimacs(int[] dimacsLiterals) {
        proof.clauseDeleted(dimacsLiterals);
    }

    /** Adds the empty clause. */
    void empty() {
        proof.lemmaAdded(EMPTY);
    }

    /** Writes literal indices as DIMACS literals into {@code out}, which it returns. */
    static int[] toDimacs(int[] literals, int from, int length, int[] out) {
        for (int i = 0; i < length; i++) {
            out[i] = Literals.toDimacs(literals[from + i]);
        }
        return out;
    }

    private int[] scratch(int length) {
        if (length >= scratch.length) {
            return new int[length];
        }
        int[] out = scratch[length];
        if (out == null) {
            out = scratch[length] = new int[length];
        }
        return out;
    }
}
