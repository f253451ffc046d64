/**
 * Certified preprocessing: simplifies a {@code cnf.Cnf} before Sat4j sees it, writing every
 * step as DRAT to a {@code cnf.proof.ProofListener} and keeping what is needed to turn a model
 * of the simplified formula back into one of the original.
 *
 * <p>The public surface is {@link org.traceoid.solver.preprocess.Preprocessor} (configured by
 * {@link org.traceoid.solver.preprocess.PreprocessOptions}), its
 * {@link org.traceoid.solver.preprocess.PreprocessResult} with the simplified {@code Cnf}, a
 * {@link org.traceoid.solver.preprocess.ModelReconstruction} and
 * {@link org.traceoid.solver.preprocess.PreprocessStatistics}. The shape follows MiniSat's
 * {@code SimpSolver}: a package-private {@code ClauseStore} owns the clauses, their occurrence
 * lists and the root assignment, and is the only place that writes the proof; one small
 * class per technique works on it ({@code Subsumption}, {@code VariableElimination},
 * {@code EquivalentLiterals}, {@code FailedLiterals} with its {@code ProbePropagator}); a
 * {@code Budget} of ticks bounds the work and carries the caller's stop request; a
 * {@code ReconstructionStack} collects eliminated clauses (MiniSat's {@code elimclauses}).
 * Neighbours: the package depends on {@code cnf} only (no Sat4j type), so a caller in
 * {@code org.traceoid.solver} solves the simplified formula with the proof listener it gave
 * here continuing to receive the search's proof, and certifies the answer against the
 * original formula as before: the model after {@code extend}, the proof from the first
 * preprocessing step on.
 */
package org.traceoid.solver.preprocess;
