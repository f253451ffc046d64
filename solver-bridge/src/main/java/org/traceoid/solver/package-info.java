/**
 * Solving with Sat4j behind a plain-Java facade, and certification of every answer.
 *
 * <p>{@link org.traceoid.solver.Traceoid} is the entry point: it takes a {@code Cnf} and
 * {@link org.traceoid.solver.SolveOptions} and returns a
 * {@link org.traceoid.solver.CertifiedResult}. A SAT answer leaves this package only after
 * {@code cnf}'s {@code ModelCheck} accepted the model against the formula as loaded, never
 * the solver's copy; a failed check throws {@link org.traceoid.solver.CertificationException}.
 * Sat4j types never cross the package boundary: the adapters that load formulas into Sat4j
 * ({@code Sat4jLoader}) and read its statistics are package-private.
 */
package org.traceoid.solver;
