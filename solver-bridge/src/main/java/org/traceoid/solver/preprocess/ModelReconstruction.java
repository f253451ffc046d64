package org.traceoid.solver.preprocess;

import org.traceoid.cnf.Assignment;

/**
 * Turns a model of the simplified formula into a model of the original one (MiniSat's
 * {@code SimpSolver::extendModel}): first every literal fixed by a unit is set, then the
 * elimination stack is replayed backwards, each entry a clause with its pivot literal: if no
 * other literal of the clause is true, the pivot is made true. An eliminated variable's entries
 * are the clauses of one polarity and a unit of the other, so that it ends up satisfying all of
 * its removed clauses whenever the model satisfies their resolvents; a substituted literal
 * {@code x ≡ r} has the two entries {@code (x ∨ ¬r)} and {@code (¬x ∨ r)}. Replaying backwards
 * sets every variable after all later steps have fixed the variables its entries mention.
 *
 * <p>Immutable and thread-safe; cost of {@link #extend}: O(variables + stack).
 */
public final class ModelReconstruction {
    private final int variableCount;
    private final int maxVariable;
    private final int[] units;   // DIMACS literals
    private final int[] entries; // per entry: pivot, other literals (DIMACS), then the entry's length

    ModelReconstruction(int variableCount, int maxVariable, int[] units, int[] entries) {
        this.variableCount = variableCount;
        this.maxVariable = maxVariable;
        this.units = units;
        this.entries = entries;
    }

    /**
     * A model of the original formula from a model of the simplified one. The result assigns
     * every variable {@code 1..maxVariable()} of the original formula, the variables its clauses
     * use; those above occur in no clause and stay unassigned (which {@code Assignment.toDimacs}
     * prints as false, as for Sat4j's models), so that memory follows the formula, never a
     * header's variable count. Variables the given model leaves unassigned count as false.
     *
     * @param modelOfSimplified a model of {@link PreprocessResult#simplified()}; when
     *        {@link PreprocessResult#decided()} is SATISFIABLE any assignment, even an empty one
     */
    public Assignment extend(Assignment modelOfSimplified) {
        int highest = maxVariable;
        byte[] value = new byte[highest + 1];
        for (int v = 1; v <= highest; v++) {
            value[v] = modelOfSimplified.isTrue(v) ? (byte) 1 : (byte) -1;
        }
        for (int literal : units) {
            value[Math.abs(literal)] = literal > 0 ? (byte) 1 : (byte) -1;
        }
        int i = entries.length - 1;
        while (i >= 0) {
            int length = entries[i];
            int first = i - length; // the pivot
            boolean satisfied = false;
            for (int p = first + 1; p < i && !satisfied; p++) {
                satisfied = isTrue(value, entries[p]);
            }
            if (!satisfied) {
                int pivot = entries[first];
                value[Math.abs(pivot)] = pivot > 0 ? (byte) 1 : (byte) -1;
            }
            i = first - 1;
        }
        int[] model = new int[highest];
        for (int v = 1; v <= highest; v++) {
            model[v - 1] = value[v] > 0 ? v : -v;
        }
        return Assignment.fromModel(variableCount, model);
    }

    /** The highest variable of the original formula's clauses: the result of {@link #extend} assigns 1..this. */
    public int maxVariable() {
        return maxVariable;
    }

    /**
     * Whether {@code extend} computes {@code variable} from the others: it was eliminated or
     * substituted by an equivalent literal (never a frozen variable). Fixed variables do not count.
     */
    public boolean determines(int variable) {
        for (int i = entries.length - 1; i >= 0; i -= entries[i] + 1) {
            if (Math.abs(entries[i - entries[i]]) == variable) {
                return true;
            }
        }
        return false;
    }

    /** The number of stack entries (clauses and units kept for reconstruction). */
    public int entryCount() {
        int count = 0;
        for (int i = entries.length - 1; i >= 0; i -= entries[i] + 1) {
            count++;
        }
        return count;
    }

    private static boolean isTrue(byte[] value, int literal) {
        byte v = value[Math.abs(literal)];
        return literal > 0 ? v > 0 : v < 0;
    }
}
