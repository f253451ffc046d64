package org.traceoid.cnf;

/**
 * Where clauses go: a formula under construction, a solver, a DIMACS writer, a proof
 * checker. Encodings and generators write into a sink, so they never need to know which.
 */
@FunctionalInterface
public interface ClauseSink {
    /**
     * Adds one clause given as DIMACS literals (no terminating 0). The sink must not keep a
     * reference to the array, so that producers may reuse it.
     */
    void addClause(int... dimacsLiterals);
}
