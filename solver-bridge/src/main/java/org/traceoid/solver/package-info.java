/**
 * Solving with Sat4j behind a plain-Java facade, and certification of every answer.
 *
 * <p>{@link org.traceoid.solver.Traceoid} solves one {@code Cnf};
 * {@link org.traceoid.solver.IncrementalSolver} keeps a solver open for clauses added in rounds
 * and questions under assumptions. Both take {@link org.traceoid.solver.SolveOptions} and return
 * a {@link org.traceoid.solver.CertifiedResult}. An answer leaves this package only after it was
 * checked: a model by {@code cnf}'s {@code ModelCheck} against the clauses as given (never the
 * solver's copy), an UNSAT answer by {@code proof-check}'s {@code DratChecker} on the DRAT proof
 * that the package-private {@code Sat4jProofAdapter} recorded from Sat4j's search events
 * through {@code cnf.proof.ProofListener}s ({@link org.traceoid.solver.DratProofWriter} writes
 * the same events as a DRAT file). A failed check throws
 * {@link org.traceoid.solver.CertificationException}. Sat4j types never cross the package
 * boundary: the loader ({@code Sat4jLoader}), the proof adapter and the stop condition are
 * package-private.
 */
package org.traceoid.solver;
