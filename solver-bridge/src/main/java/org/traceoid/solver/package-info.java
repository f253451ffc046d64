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
 *
 * <p>Incremental use: {@link org.traceoid.solver.IncrementalSolver} is the IPASIR/PySAT-level
 * facade (per-call {@link org.traceoid.solver.Budget}s, three-valued
 * {@link org.traceoid.solver.TruthValue}s, a {@link org.traceoid.solver.VariablePool}, phases
 * through the package-private {@code UserPhases}, model {@link org.traceoid.solver.ModelEnumeration},
 * cardinality constraints from the {@code encodings} module). Its answers are certified by the
 * package-private {@code IncrementalCertifier}, which keeps {@code proof-check}'s
 * {@code IncrementalRupChecker} in step with Sat4j across calls (each lemma checked once) and
 * writes the optional IDRUP proof ({@code IdrupWriter}); what that cost comes back as
 * {@link org.traceoid.solver.CertificationStatistics}.
 *
 * <p>Guidance: a {@link org.traceoid.solver.Guidance} carries a ranker as a plain
 * {@code Function<Cnf, VariableRanking>} (the cli passes the GNN's; DJL never enters this
 * package). The package-private {@code GuidedSearch} runs it within its time budget while the
 * formula loads, and installs {@code GuidedVariableOrder}, a Sat4j {@code VarOrderHeap} seeded
 * from the ranking; it changes which literal is decided next and nothing else, so the proof
 * events, the proof and the certification are those of an unguided solve. What it did comes
 * back as a {@link org.traceoid.solver.GuidanceReport}.
 */
package org.traceoid.solver;
