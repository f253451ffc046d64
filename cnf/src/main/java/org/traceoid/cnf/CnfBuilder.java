package org.traceoid.cnf;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Collects clauses into a {@link Cnf}. Arrays grow geometrically from a small start (or from
 * a caller's {@link #expectClauses hint}, which is capped), so a hostile header such as
 * {@code p cnf 2000000000 2000000000} never makes it allocate: memory follows the clauses
 * actually added.
 *
 * <p>Each clause is normalised to a set: a repeated literal is dropped (the first occurrence
 * keeps its place). Duplicate detection needs no per-variable array (which a huge declared
 * variable count would make huge): short clauses are compared pairwise, long ones through a
 * sorted copy. Cost O(k²) for k ≤ 16 and O(k log k) above, per clause of length k.
 */
public final class CnfBuilder implements ClauseSink {
    private static final int SHORT_CLAUSE = 16;
    // 64 Ki clauses (256 KiB of offsets): enough to skip the first doublings, small enough
    // that a header's clause count alone never costs real memory.
    private static final int MAX_HINT = 1 << 16;

    private int declaredVariables = -1;
    private int maxVariable;
    private int[] literals = new int[1024];
    private int literalCount;
    private int[] offsets = new int[257];
    private int clauseCount;
    private long duplicateLiterals;
    private int tautologies;
    private int emptyClauses;
    private int[] scratch = new int[64];

    /** Declares the number of variables (as a DIMACS header does). */
    public CnfBuilder declareVariables(int variables) {
        if (variables < 0) {
            throw new IllegalArgumentException("variable count must not be negative: " + variables);
        }
        this.declaredVariables = variables;
        return this;
    }

    /** A capacity hint; values beyond a few million are capped so a header cannot force allocation. */
    public CnfBuilder expectClauses(long clauses) {
        int capacity = (int) Math.min(Math.max(clauses, 16), MAX_HINT) + 1;
        if (capacity > offsets.length) {
            offsets = Arrays.copyOf(offsets, capacity);
        }
        return this;
    }

    @Override
    public void addClause(int... dimacsLiterals) {
        addClause(dimacsLiterals, 0, dimacsLiterals.length);
    }

    /** Adds the clause {@code dimacsLiterals[from..to)} without copying the caller's array. */
    public void addClause(int[] dimacsLiterals, int from, int to) {
        int length = to - from;
        // Check first, so that a rejected clause leaves nothing half-added behind.
        int clauseMax = 0;
        for (int i = from; i < to; i++) {
            int literal = dimacsLiterals[i];
            checkLiteral(literal);
            clauseMax = Math.max(clauseMax, Math.abs(literal));
        }
        maxVariable = Math.max(maxVariable, clauseMax);
        ensureLiteralCapacity(length);
        int start = literalCount;
        boolean tautology = false;
        if (length <= SHORT_CLAUSE) {
            for (int i = from; i < to; i++) {
                int literal = dimacsLiterals[i];
                boolean repeated = false;
                for (int j = start; j < literalCount; j++) {
                    int seen = literals[j];
                    if (seen == literal) {
                        repeated = true;
                        break;
                    }
                    if (seen == -literal) {
                        tautology = true;
                    }
                }
                if (repeated) {
                    duplicateLiterals++;
                } else {
                    literals[literalCount++] = literal;
                }
            }
        } else {
            tautology = addLongClause(dimacsLiterals, from, to);
        }
        if (tautology) {
            tautologies++;
        }
        if (literalCount == start) {
            emptyClauses++;
        }
        endClause();
    }

    private boolean addLongClause(int[] dimacsLiterals, int from, int to) {
        int length = to - from;
        if (scratch.length < length) {
            scratch = new int[Math.max(length, scratch.length * 2)];
        }
        for (int i = 0; i < length; i++) {
            scratch[i] = dimacsLiterals[from + i];
        }
        Arrays.sort(scratch, 0, length);
        boolean repeats = false;
        for (int i = 1; i < length; i++) {
            if (scratch[i] == scratch[i - 1]) {
                repeats = true;
                break;
            }
        }
        // Sorted by value, x and -x are far apart: look each negative literal up by binary search.
        boolean tautology = false;
        for (int i = 0; i < length && scratch[i] < 0 && !tautology; i++) {
            tautology = Arrays.binarySearch(scratch, 0, length, -scratch[i]) >= 0;
        }
        if (!repeats) {
            System.arraycopy(dimacsLiterals, from, literals, literalCount, length);
            literalCount += length;
        } else {
            Set<Integer> seen = new HashSet<>();
            for (int i = from; i < to; i++) {
                if (seen.add(dimacsLiterals[i])) {
                    literals[literalCount++] = dimacsLiterals[i];
                } else {
                    duplicateLiterals++;
                }
            }
        }
        return tautology;
    }

    private static void checkLiteral(int literal) {
        if (literal == 0 || literal == Integer.MIN_VALUE) {
            throw new IllegalArgumentException("not a DIMACS literal: " + literal);
        }
    }

    private void ensureLiteralCapacity(int more) {
        long needed = (long) literalCount + more;
        if (needed > literals.length) {
            if (needed > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("formula too large: more than 2^31 literal occurrences");
            }
            long grown = Math.max(needed, Math.min((long) literals.length * 2, Integer.MAX_VALUE - 8));
            literals = Arrays.copyOf(literals, (int) grown);
        }
    }

    private void endClause() {
        if (clauseCount + 2 > offsets.length) {
            long grown = Math.min((long) offsets.length * 2, Integer.MAX_VALUE - 8);
            if (grown < clauseCount + 2) {
                throw new IllegalStateException("formula too large: more than 2^31 clauses");
            }
            offsets = Arrays.copyOf(offsets, (int) grown);
        }
        clauseCount++;
        offsets[clauseCount] = literalCount;
    }

    /** The number of clauses added so far. */
    public int clauseCount() {
        return clauseCount;
    }

    /** The highest variable used so far. */
    public int maxVariable() {
        return maxVariable;
    }

    /**
     * The formula. Its variable count is the declared one, raised to the highest variable
     * used (a reader that must reject literals above the header checks that itself). The
     * arrays are trimmed to size, so the result holds exactly 4 bytes per literal and clause.
     */
    public Cnf build() {
        int variables = Math.max(declaredVariables, maxVariable);
        CnfStatistics statistics = new CnfStatistics(variables, maxVariable, clauseCount, literalCount,
                duplicateLiterals, tautologies, emptyClauses);
        return new Cnf(variables, Arrays.copyOf(literals, literalCount),
                Arrays.copyOf(offsets, clauseCount + 1), statistics);
    }
}
