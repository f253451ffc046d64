/**
 * Proof checking, independent of the solver whose answers it certifies (depends on {@code cnf}
 * only). {@link org.traceoid.proofcheck.DratChecker} checks DRAT/DRUP proofs backwards as
 * drat-trim does (core-first propagation over two watched literals, RUP then RAT) and yields a
 * {@link org.traceoid.proofcheck.CheckResult} with the core, the lemmas used and an LRAT proof;
 * {@link org.traceoid.proofcheck.LratChecker} checks LRAT proofs forwards with separate code,
 * so each checker can vouch for the other's output. Proofs arrive as files or, from a solver in
 * the same process, as {@code ProofListener} events into a
 * {@link org.traceoid.proofcheck.RecordedProof}. Solver output in SAT-competition form is read
 * by {@link org.traceoid.proofcheck.CompetitionOutputReader} for model checking. Options are one
 * {@link org.traceoid.proofcheck.CheckOptions} record; the engines are package-private.
 */
package org.traceoid.proofcheck;
