package org.traceoid.solver;

import org.sat4j.core.VecInt;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.ISolver;
import org.traceoid.cnf.Cnf;

/**
 * Loads a {@link Cnf} into Sat4j by the path we measured fastest among the correct ones
 * (docs/performance.md, "Why loading into Sat4j is slow").
 *
 * <p>Loading is bounded by memory, not by instructions: every {@code addClause} allocates a
 * clause object that stays live and pushes it onto the watch lists of two random literals, so
 * the cost is cache misses and, above all, garbage collection copying the ever-growing set of
 * live clauses. What helps is on the JVM side (the launcher's parallel collector and large
 * initial heap); here we only avoid waste: variables and the expected clause count are
 * declared up front (so Sat4j sizes its arrays once) and one {@code VecInt} is reused.
 * Pre-sizing watch lists and sorting clauses by watched literal were measured and did not
 * help. Clauses go through the public {@code addClause}, so Sat4j's own handling of units and
 * the empty clause stays in force. Cost: O(literal occurrences).
 */
final class Sat4jLoader {
    private Sat4jLoader() {
    }

    /**
     * Adds every clause of {@code cnf} to a fresh solver.
     *
     * @throws ContradictionException if Sat4j finds the formula trivially unsatisfiable while
     *         loading (an empty clause, or contradicting units)
     */
    static void load(Cnf cnf, ISolver solver) throws ContradictionException {
        solver.newVar(cnf.maxVariable());
        solver.setExpectedNumberOfClauses(cnf.clauseCount());
        VecInt clause = new VecInt(64);
        for (int c = 0; c < cnf.clauseCount(); c++) {
            clause.clear();
            for (int p = cnf.clauseStart(c), end = cnf.clauseEnd(c); p < end; p++) {
                clause.push(cnf.literalAt(p));
            }
            solver.addClause(clause); // copies the literals; the VecInt is ours to reuse
        }
    }
}
