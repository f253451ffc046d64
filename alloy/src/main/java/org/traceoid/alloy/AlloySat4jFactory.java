package org.traceoid.alloy;

import java.time.Duration;
import kodkod.engine.satlab.SATFactory;
import kodkod.engine.satlab.SATSolver;
import kodkod.solvers.SAT4J;
import org.sat4j.minisat.SolverFactory;
import org.sat4j.specs.ISolver;

/**
 * Alloy's own Sat4j binding exactly as Alloy's default {@code SAT4JRef} builds it
 * ({@code new kodkod.solvers.SAT4J(SolverFactory.instance().defaultSolver())}), with an optional
 * time limit per SAT call set on the Sat4j solver (Kodkod's binding then reports "timed out").
 * The reference that Traceoid's answers are compared with; nothing here is certified.
 */
final class AlloySat4jFactory extends SATFactory {
    private static final long serialVersionUID = 1L;

    private final Duration limit; // null: none

    AlloySat4jFactory(Duration limit) {
        this.limit = limit;
    }

    @Override
    public String id() {
        return "sat4j";
    }

    @Override
    public String type() {
        return "java";
    }

    @Override
    public boolean incremental() {
        return true;
    }

    @Override
    protected SATSolver createSolver() {
        ISolver solver = SolverFactory.instance().defaultSolver();
        if (limit != null) {
            solver.setTimeoutMs(Math.max(1, limit.toMillis()));
        }
        return new SAT4J(solver);
    }
}
