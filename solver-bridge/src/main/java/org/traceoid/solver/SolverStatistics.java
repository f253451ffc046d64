package org.traceoid.solver;

/**
 * What one solve cost.
 *
 * @param decisions    branching decisions
 * @param conflicts    conflicts (each one learns a clause)
 * @param propagations unit propagations
 * @param restarts     search restarts
 * @param loadNanos    time to load the formula into the solver
 * @param solveNanos   time spent searching
 * @param checkNanos   time spent certifying the answer
 */
public record SolverStatistics(
        long decisions,
        long conflicts,
        long propagations,
        long restarts,
        long loadNanos,
        long solveNanos,
        long checkNanos) {

    /** The same statistics with the certification time set. */
    SolverStatistics withCheckNanos(long nanos) {
        return new SolverStatistics(decisions, conflicts, propagations, restarts, loadNanos, solveNanos, nanos);
    }
}
