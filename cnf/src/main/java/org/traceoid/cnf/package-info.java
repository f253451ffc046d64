/**
 * The vocabulary every other module speaks: variables, literals, clauses, formulas
 * ({@link org.traceoid.cnf.Cnf}), assignments and model checking, solve statuses and the
 * plain-value {@link org.traceoid.cnf.VariableRanking} that the GNN hands to the solver.
 *
 * <p>Two kinds of literal are named differently everywhere: the <em>DIMACS literal</em>
 * ({@code dimacsLiteral}, a non-zero signed int) used in every API, and the internal
 * <em>literal index</em> ({@code literalIndex}, {@code 2v} for {@code v}, {@code 2v+1} for
 * {@code -v}) used by array-based engines (see {@link org.traceoid.cnf.Literals}). Formulas are
 * stored flat ({@code int[]} literals plus clause offsets), so hot paths never touch objects.
 * This module depends only on the JDK and commons-compress; DIMACS I/O lives in
 * {@code org.traceoid.cnf.dimacs}, proof events in {@code org.traceoid.cnf.proof}.
 */
package org.traceoid.cnf;
