package org.traceoid.cnf.proof;

import java.util.Arrays;

/**
 * One step of a clausal proof kept in memory: an addition or a deletion of a clause.
 *
 * @param kind          addition or deletion
 * @param dimacsLiterals the clause (owned by this step)
 */
public record ProofStep(Kind kind, int[] dimacsLiterals) {

    /** Whether the step adds a lemma or deletes a clause. */
    public enum Kind { ADD, DELETE }

    public ProofStep {
        dimacsLiterals = dimacsLiterals.clone();
    }

    public static ProofStep add(int... dimacsLiterals) {
        return new ProofStep(Kind.ADD, dimacsLiterals);
    }

    public static ProofStep delete(int... dimacsLiterals) {
        return new ProofStep(Kind.DELETE, dimacsLiterals);
    }

    /** The clause's literals (a copy). */
    @Override
    public int[] dimacsLiterals() {
        return dimacsLiterals.clone();
    }

    /** Replays this step into a listener. */
    public void replayTo(ProofListener listener) {
        if (kind == Kind.ADD) {
            listener.lemmaAdded(dimacsLiterals);
        } else {
            listener.clauseDeleted(dimacsLiterals);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProofStep that && kind == that.kind && Arrays.equals(dimacsLiterals, that.dimacsLiterals);
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + Arrays.hashCode(dimacsLiterals);
    }

    @Override
    public String toString() {
        return (kind == Kind.DELETE ? "d " : "") + Arrays.toString(dimacsLiterals);
    }
}
