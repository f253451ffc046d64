package org.traceoid.graphs;

import org.traceoid.cnf.Cnf;

/**
 * The clause × literal incidence of a formula as plain arrays, in the layout of HOPF.md §3.
 *
 * <p>Literal nodes are numbered by <em>row</em>: the positive literals of variables {@code 1..n} take
 * rows {@code 0..n-1}, the negative ones rows {@code n..2n-1}. The flip {@code l ↦ ¬l} is then the
 * row permutation "rows {@code [n:]} then {@code [:n]}", a slice and a concatenation on a tensor.
 * Clause nodes are numbered {@code 0..m-1} in file order.
 *
 * <p>{@code B} ({@code m × 2n}, one entry per literal occurrence) is stored in clause order, exactly
 * as the formula lists its literals; {@code Bᵀ} ({@code 2n × m}) is its own COO, sorted by literal
 * row by a stable counting sort, so sparse tensors are never transposed. Building costs
 * {@code O(E + n + m)} time and {@code 4·(4E + 2n + m)} bytes for {@code E} occurrences. Clauses are
 * sets already ({@code CnfBuilder} removed repeated literals), so every entry of {@code B} is 1.
 */
public final class IncidenceIndex {
    private final int variableCount;
    private final int clauseCount;
    private final int[] clauseOfOccurrence;      // B rows, clause order
    private final int[] literalOfOccurrence;     // B columns
    private final int[] transposeLiteralRows;    // Bᵀ rows, sorted by literal row
    private final int[] transposeClauseColumns;  // Bᵀ columns
    private final int[] literalDegrees;
    private final int[] clauseLengths;

    private IncidenceIndex(Cnf cnf) {
        variableCount = cnf.variableCount();
        clauseCount = cnf.clauseCount();
        int occurrences = cnf.literalCount();
        clauseOfOccurrence = new int[occurrences];
        literalOfOccurrence = new int[occurrences];
        literalDegrees = new int[2 * variableCount];
        clauseLengths = new int[clauseCount];
        int e = 0;
        for (int c = 0; c < clauseCount; c++) {
            for (int p = cnf.clauseStart(c); p < cnf.clauseEnd(c); p++) {
                int row = literalRow(cnf.literalAt(p), variableCount);
                clauseOfOccurrence[e] = c;
                literalOfOccurrence[e] = row;
                literalDegrees[row]++;
                e++;
            }
            clauseLengths[c] = cnf.clauseLength(c);
        }
        // Counting sort by literal row: offsets from degrees, then one stable pass.
        int[] next = new int[2 * variableCount + 1];
        for (int row = 0; row < 2 * variableCount; row++) {
            next[row + 1] = next[row] + literalDegrees[row];
        }
        transposeLiteralRows = new int[occurrences];
        transposeClauseColumns = new int[occurrences];
        for (int i = 0; i < occurrences; i++) {
            int slot = next[literalOfOccurrence[i]]++;
            transposeLiteralRows[slot] = literalOfOccurrence[i];
            transposeClauseColumns[slot] = clauseOfOccurrence[i];
        }
    }

    /** The incidence of a formula, in {@code O(E + n + m)}. */
    public static IncidenceIndex of(Cnf cnf) {
        return new IncidenceIndex(cnf);
    }

    /** The row of a DIMACS literal among {@code 2n} literal nodes: {@code v-1} for {@code v}, {@code n+v-1} for {@code -v}. */
    public static int literalRow(int dimacsLiteral, int variableCount) {
        return dimacsLiteral > 0 ? dimacsLiteral - 1 : variableCount - dimacsLiteral - 1;
    }

    /** The DIMACS literal of a literal row (inverse of {@link #literalRow}). */
    public static int dimacsLiteral(int row, int variableCount) {
        return row < variableCount ? row + 1 : -(row - variableCount + 1);
    }

    public int variableCount() {
        return variableCount;
    }

    public int clauseCount() {
        return clauseCount;
    }

    /** {@code 2n}: literal nodes. */
    public int literalNodeCount() {
        return 2 * variableCount;
    }

    /** {@code 2n + m}: all nodes of the literal–clause quiver. */
    public int nodeCount() {
        return 2 * variableCount + clauseCount;
    }

    /** {@code E}: literal occurrences, the number of non-zeros of {@code B}. */
    public int occurrenceCount() {
        return clauseOfOccurrence.length;
    }

    /** The row of the negation of literal row {@code row}. */
    public int flip(int row) {
        return row < variableCount ? row + variableCount : row - variableCount;
    }

    /** The flip as a permutation of {@code 0..2n-1} ({@code result[row] = flip(row)}). */
    public int[] flipPermutation() {
        int[] flip = new int[2 * variableCount];
        for (int row = 0; row < flip.length; row++) {
            flip[row] = flip(row);
        }
        return flip;
    }

    /** Clause (row of {@code B}) of occurrence {@code i}. */
    public int clauseOf(int occurrence) {
        return clauseOfOccurrence[occurrence];
    }

    /** Literal row (column of {@code B}) of occurrence {@code i}. */
    public int literalOf(int occurrence) {
        return literalOfOccurrence[occurrence];
    }

    /** A copy of {@code B}'s row indices (clauses), one per occurrence, in clause order. */
    public int[] incidenceRows() {
        return clauseOfOccurrence.clone();
    }

    /** A copy of {@code B}'s column indices (literal rows). */
    public int[] incidenceColumns() {
        return literalOfOccurrence.clone();
    }

    /** A copy of {@code Bᵀ}'s row indices (literal rows), sorted. */
    public int[] transposeRows() {
        return transposeLiteralRows.clone();
    }

    /** A copy of {@code Bᵀ}'s column indices (clauses). */
    public int[] transposeColumns() {
        return transposeClauseColumns.clone();
    }

    /** {@code B} as the {@code [2][E]} index array sparse-tensor libraries take (row, column). */
    public long[][] incidenceCoo() {
        return toLong(clauseOfOccurrence, literalOfOccurrence);
    }

    /** {@code Bᵀ} as a {@code [2][E]} index array, sorted by literal row. */
    public long[][] transposeCoo() {
        return toLong(transposeLiteralRows, transposeClauseColumns);
    }

    private static long[][] toLong(int[] rows, int[] columns) {
        long[][] coo = new long[2][rows.length];
        for (int i = 0; i < rows.length; i++) {
            coo[0][i] = rows[i];
            coo[1][i] = columns[i];
        }
        return coo;
    }

    /** Occurrences of literal row {@code row}. */
    public int literalDegree(int row) {
        return literalDegrees[row];
    }

    public int clauseLength(int clause) {
        return clauseLengths[clause];
    }

    @Override
    public String toString() {
        return "IncidenceIndex[" + variableCount + " variables, " + clauseCount + " clauses, "
                + occurrenceCount() + " occurrences]";
    }
}
