package org.traceoid.solver;

/**
 * What certifying an {@link IncrementalSolver}'s answers has cost so far, the checker's side of
 * {@link SolverStatistics}.
 *
 * @param inputClauses     input clauses the checker holds (added, never checked)
 * @param lemmasChecked    Sat4j lemmas checked by RUP, each exactly once, in the call that learned it
 * @param deletions        deletions replayed into the checker's database
 * @param queries          UNSAT answers certified (RUP of the negated failed assumptions)
 * @param modelsChecked    SAT answers certified (model checked against every clause)
 * @param propagations     literals the checker propagated, its unit of work
 * @param checkNanos       wall-clock time spent certifying, over all calls
 * @param checkCpuNanos    CPU time of the certifying thread spent on the calls' certification (their
 *                         lemmas, queries and models; not the O(1)-per-clause intake of input clauses),
 *                         what docs/performance.md compares, since wall time on a shared machine is noise
 */
public record CertificationStatistics(long inputClauses, long lemmasChecked, long deletions, long queries,
                                      long modelsChecked, long propagations, long checkNanos, long checkCpuNanos) {
}
