package org.traceoid.proofcheck;

import java.util.Arrays;
import org.traceoid.cnf.proof.ProofListener;

/**
 * A DRAT proof held in memory as two growing {@code int[]}s: every step's DIMACS literals back
 * to back, and one header per step ({@code start << 1 | deletion}). About 4 bytes per literal
 * plus 4 per step; nothing per step object. It is a {@link ProofListener}, so a solver can stream
 * its proof into it (through {@code ProofListeners.fanOut} beside a DRAT file writer) and then
 * hand it to {@link DratChecker#check(org.traceoid.cnf.Cnf, RecordedProof)}; the proof readers
 * fill one too.
 *
 * <p>Not thread-safe: one producer appends, then the checker reads.
 */
public final class RecordedProof implements ProofListener {
    private int[] literals = new int[1 << 12];
    private int literalCount;
    private int[] steps = new int[1 << 10]; // start << 1 | deletionBit, one per step
    private int stepCount;
    private boolean finished;

    @Override
    public void lemmaAdded(int[] dimacsLiterals) {
        append(dimacsLiterals, 0, dimacsLiterals.length, false);
    }

    @Override
    public void clauseDeleted(int[] dimacsLiterals) {
        append(dimacsLiterals, 0, dimacsLiterals.length, true);
    }

    @Override
    public void proofFinished() {
        finished = true;
    }

    /** Appends one step from {@code dimacsLiterals[from..to)} (the readers' path: no array per step). */
    void append(int[] dimacsLiterals, int from, int to, boolean deletion) {
        int length = to - from;
        if (literalCount + length > literals.length) {
            literals = Arrays.copyOf(literals, Math.max(literals.length * 2, literalCount + length));
        }
        if (literalCount > (Integer.MAX_VALUE >> 1) - length) {
            throw new IllegalStateException("proof too large: over 2^30 literals");
        }
        for (int i = from; i < to; i++) {
            int literal = dimacsLiterals[i];
            if (literal == 0 || literal == Integer.MIN_VALUE) {
                throw new IllegalArgumentException("0 or MIN_VALUE is not a DIMACS literal");
            }
            literals[literalCount++] = literal;
        }
        if (stepCount + 1 >= steps.length) {
            steps = Arrays.copyOf(steps, steps.length * 2);
        }
        steps[stepCount++] = ((literalCount - length) << 1) | (deletion ? 1 : 0);
        steps[stepCount] = literalCount << 1; // sentinel: end of the last step
    }

    /** The number of steps (additions and deletions). */
    public int stepCount() {
        return stepCount;
    }

    /** Whether step {@code step} (0-based) deletes a clause. */
    public boolean isDeletion(int step) {
        return (steps[step] & 1) != 0;
    }

    /** A copy of step {@code step}'s DIMACS literals. */
    public int[] stepLiterals(int step) {
        return Arrays.copyOfRange(literals, stepStart(step), stepEnd(step));
    }

    /** The number of lemma additions. */
    public int lemmaCount() {
        int count = 0;
        for (int s = 0; s < stepCount; s++) {
            count += 1 - (steps[s] & 1);
        }
        return count;
    }

    /** Whether the producer said {@link #proofFinished()}. */
    public boolean isFinished() {
        return finished;
    }

    int stepStart(int step) {
        return steps[step] >>> 1;
    }

    int stepEnd(int step) {
        return step + 1 < stepCount ? steps[step + 1] >>> 1 : literalCount;
    }

    int literalAt(int position) {
        return literals[position];
    }

    /** The highest variable used by any step (0 for an empty proof). */
    int maxVariable() {
        int max = 0;
        for (int i = 0; i < literalCount; i++) {
            max = Math.max(max, Math.abs(literals[i]));
        }
        return max;
    }
}
