package org.traceoid.solver;

import java.util.Objects;
import java.util.Optional;
import org.sat4j.minisat.core.Solver;
import org.sat4j.minisat.core.SolverStats;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.IConstr;
import org.sat4j.specs.ISolver;
import org.sat4j.specs.ISolverService;
import org.sat4j.specs.SearchListenerAdapter;
import org.sat4j.specs.TimeoutException;
import org.traceoid.cnf.Assignment;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.ModelCheck;
import org.traceoid.cnf.SolveStatus;

/**
 * One solve of one formula with Sat4j (see {@code Sat4jConfiguration}), which another thread may
 * {@link #interrupt()}. Use once: {@link #run()} on the solving thread.
 *
 * <p>Stopping: a search listener checks the deadline and the interrupt flag at every
 * conflict and every 256th decision and then expires Sat4j's timeout, so the search stops at
 * its next loop iteration; an interrupt that arrives before the search starts is seen before
 * it starts. The answer is then UNKNOWN.
 */
public final class SolveSession {
    private static final String UNSAT_NOT_CERTIFIED = "UNSAT answer not certified: proof checking not available yet";

    private final Cnf cnf;
    private final SolveOptions options;
    private volatile boolean interrupted;
    private volatile ISolver solver;
    private boolean started;

    public SolveSession(Cnf cnf, SolveOptions options) {
        this.cnf = Objects.requireNonNull(cnf, "cnf");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Asks the solve to stop as soon as possible; safe from any thread, idempotent. */
    public void interrupt() {
        interrupted = true;
        ISolver current = solver;
        if (current != null) {
            current.expireTimeout();
        }
    }

    /**
     * Loads the formula, searches, and certifies a SAT answer by checking its model against
     * every clause of the formula as given.
     *
     * @throws CertificationException if the solver's model falsifies a clause
     */
    public CertifiedResult run() {
        synchronized (this) {
            if (started) {
                throw new IllegalStateException("a SolveSession runs once");
            }
            started = true;
        }
        long start = System.nanoTime();
        long deadline = options.timeout().map(limit -> start + limit.toNanos()).orElse(Long.MAX_VALUE);
        ISolver sat4j = Sat4jConfiguration.newSolver();
        sat4j.setSearchListener(new StopCondition(sat4j, deadline));
        solver = sat4j;

        try {
            Sat4jLoader.load(cnf, sat4j);
        } catch (ContradictionException trivial) {
            long loaded = System.nanoTime();
            return new CertifiedResult(SolveStatus.UNSATISFIABLE, Optional.empty(), UNSAT_NOT_CERTIFIED, false,
                    statistics(sat4j, loaded - start, 0));
        }
        long loaded = System.nanoTime();
        SolveStatus status;
        if (interrupted || loaded >= deadline) {
            status = SolveStatus.UNKNOWN;
        } else {
            try {
                status = sat4j.isSatisfiable() ? SolveStatus.SATISFIABLE : SolveStatus.UNSATISFIABLE;
            } catch (TimeoutException stopped) {
                status = SolveStatus.UNKNOWN;
            }
        }
        long solved = System.nanoTime();
        SolverStatistics statistics = statistics(sat4j, loaded - start, solved - loaded);
        return switch (status) {
            case SATISFIABLE -> certifiedModel(sat4j.model(), statistics, solved);
            case UNSATISFIABLE -> new CertifiedResult(status, Optional.empty(), UNSAT_NOT_CERTIFIED, false, statistics);
            case UNKNOWN -> new CertifiedResult(status, Optional.empty(),
                    interrupted ? "interrupted" : "time limit reached", false, statistics);
        };
    }

    private CertifiedResult certifiedModel(int[] sat4jModel, SolverStatistics statistics, long checkStart) {
        Assignment model = Assignment.fromModel(cnf.variableCount(), sat4jModel);
        ModelCheck check = ModelCheck.check(cnf, model);
        if (!check.satisfied()) {
            throw new CertificationException("Sat4j's model falsifies clause " + (check.firstFalsifiedClause() + 1)
                    + " of " + cnf.clauseCount() + ": " + java.util.Arrays.toString(cnf.clause(check.firstFalsifiedClause())));
        }
        long checkNanos = System.nanoTime() - checkStart;
        return new CertifiedResult(SolveStatus.SATISFIABLE, Optional.of(model),
                "model satisfies all " + cnf.clauseCount() + " clauses", true, statistics.withCheckNanos(checkNanos));
    }

    private static SolverStatistics statistics(ISolver sat4j, long loadNanos, long solveNanos) {
        if (sat4j instanceof Solver<?> minisat) {
            SolverStats stats = minisat.getStats();
            return new SolverStatistics(stats.getDecisions(), stats.getConflicts(), stats.getPropagations(),
                    stats.getStarts(), loadNanos, solveNanos, 0);
        }
        return new SolverStatistics(0, 0, 0, 0, loadNanos, solveNanos, 0);
    }

    /** Stops the search on interrupt or deadline (Sat4j polls its timeout flag each loop). */
    private final class StopCondition extends SearchListenerAdapter<ISolverService> {
        private static final long serialVersionUID = 1L;
        private final transient ISolver sat4j;
        private final long deadline;
        private int decisions;

        StopCondition(ISolver sat4j, long deadline) {
            this.sat4j = sat4j;
            this.deadline = deadline;
        }

        @Override
        public void assuming(int literal) {
            if ((++decisions & 255) == 0) {
                poll();
            }
        }

        @Override
        public void conflictFound(IConstr confl, int dlevel, int trailLevel) {
            poll();
        }

        @Override
        public void start() {
            poll();
        }

        private void poll() {
            if (interrupted || System.nanoTime() >= deadline) {
                sat4j.expireTimeout();
            }
        }
    }
}
