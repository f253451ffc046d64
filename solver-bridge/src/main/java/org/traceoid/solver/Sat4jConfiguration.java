package org.traceoid.solver;

import org.sat4j.minisat.SolverFactory;
import org.sat4j.specs.ISolver;

/**
 * Which Sat4j solver we run, chosen by measurement (docs/performance.md, "Choosing the Sat4j
 * configuration"): {@code SolverFactory.newDefaultAutoErasePhaseSaving()} is Sat4j's default
 * CDCL solver (same data structures, learning, restarts and clause deletion) with
 * auto-erase phase saving instead of plain phase saving. On the public SATLIB corpus it
 * answered every instance within 10 s (5.5 s in all), where {@code newDefault()} needed 80 s
 * and timed out on five {@code dubois} instances that cadical solves in milliseconds.
 */
final class Sat4jConfiguration {
    private Sat4jConfiguration() {
    }

    /** A fresh solver. */
    static ISolver newSolver() {
        return SolverFactory.newDefaultAutoErasePhaseSaving();
    }
}
