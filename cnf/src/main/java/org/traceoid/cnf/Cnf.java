package org.traceoid.cnf;

import java.util.Arrays;

/**
 * An immutable CNF formula over variables {@code 1..variableCount()}.
 *
 * <p>Storage is flat: one {@code int[]} holding every clause's DIMACS literals back to back
 * and one {@code int[]} of clause start offsets, i.e. 4 bytes per literal occurrence plus 4
 * bytes per clause and nothing per clause object. Engines walk it by position:
 * <pre>{@code
 * for (int c = 0; c < cnf.clauseCount(); c++)
 *     for (int p = cnf.clauseStart(c); p < cnf.clauseEnd(c); p++)
 *         use(cnf.literalAt(p));
 * }</pre>
 * Clauses are sets: {@link CnfBuilder} removed repeated literals (keeping the first
 * occurrence's position) and counted tautologies in {@link #statistics()}. Clause order and
 * literal order are kept as read, so a formula written back is recognisably the same file.
 */
public final class Cnf {
    private final int variableCount;
    private final int[] literals;
    private final int[] clauseOffsets; // clauseCount + 1 entries; clause c is [offsets[c], offsets[c+1])
    private final CnfStatistics statistics;

    Cnf(int variableCount, int[] literals, int[] clauseOffsets, CnfStatistics statistics) {
        this.variableCount = variableCount;
        this.literals = literals;
        this.clauseOffsets = clauseOffsets;
        this.statistics = statistics;
    }

    /** A formula from explicit clauses, for tests and small programs. */
    public static Cnf of(int variableCount, int[]... clauses) {
        CnfBuilder builder = new CnfBuilder().declareVariables(variableCount);
        for (int[] clause : clauses) {
            builder.addClause(clause);
        }
        return builder.build();
    }

    /** The number of variables: as declared in the header, and at least the highest one used. */
    public int variableCount() {
        return variableCount;
    }

    /** The highest variable occurring in a clause (0 for a formula without literals). */
    public int maxVariable() {
        return statistics.maxVariable();
    }

    public int clauseCount() {
        return clauseOffsets.length - 1;
    }

    /** The total number of literal occurrences. */
    public int literalCount() {
        return literals.length;
    }

    /** Position of the first literal of clause {@code clause} in the flat literal sequence. */
    public int clauseStart(int clause) {
        return clauseOffsets[clause];
    }

    /** Position one past the last literal of clause {@code clause}. */
    public int clauseEnd(int clause) {
        return clauseOffsets[clause + 1];
    }

    public int clauseLength(int clause) {
        return clauseOffsets[clause + 1] - clauseOffsets[clause];
    }

    /** The DIMACS literal at a flat position (see {@link #clauseStart(int)}). */
    public int literalAt(int position) {
        return literals[position];
    }

    /** A copy of one clause's DIMACS literals. */
    public int[] clause(int clause) {
        return Arrays.copyOfRange(literals, clauseOffsets[clause], clauseOffsets[clause + 1]);
    }

    /** Writes every clause, in order, into a sink (a fresh copy of each clause). */
    public void writeTo(ClauseSink sink) {
        for (int c = 0; c < clauseCount(); c++) {
            sink.addClause(clause(c));
        }
    }

    public CnfStatistics statistics() {
        return statistics;
    }

    /**
     * Bytes held by this formula's arrays (excluding the fixed object overhead): the number
     * the memory target "4.5 bytes per literal occurrence plus 4 per clause" is measured on.
     */
    public long storageBytes() {
        return 4L * literals.length + 4L * clauseOffsets.length;
    }

    /** Same variables, same clauses in the same order with the same literal order. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Cnf that
                && variableCount == that.variableCount
                && Arrays.equals(literals, that.literals)
                && Arrays.equals(clauseOffsets, that.clauseOffsets);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * variableCount + Arrays.hashCode(literals)) + Arrays.hashCode(clauseOffsets);
    }

    @Override
    public String toString() {
        return "Cnf[" + variableCount + " variables, " + clauseCount() + " clauses]";
    }
}
