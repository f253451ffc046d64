package org.traceoid.cnf;

/**
 * What loading a formula found, beyond its size: clauses are stored as sets, so repeated
 * literals are dropped (and counted here); tautologies and empty clauses are kept as given
 * but counted, since both usually point at a bug in whatever produced the file.
 *
 * @param variables          the declared number of variables (at least the highest one used)
 * @param maxVariable        the highest variable that occurs in some clause (0 if none)
 * @param clauses            the number of clauses
 * @param literalOccurrences the total length of all clauses after removing duplicates
 * @param duplicateLiterals  literals dropped because they repeated within their clause
 * @param tautologies        clauses containing both {@code x} and {@code -x}
 * @param emptyClauses       clauses with no literal at all
 */
public record CnfStatistics(
        int variables,
        int maxVariable,
        int clauses,
        long literalOccurrences,
        long duplicateLiterals,
        int tautologies,
        int emptyClauses) {
}
