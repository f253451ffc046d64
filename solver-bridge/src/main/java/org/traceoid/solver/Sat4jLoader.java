package org.traceoid.solver;

import org.sat4j.core.LiteralsUtils;
import org.sat4j.core.VecInt;
import org.sat4j.minisat.core.ILits;
import org.sat4j.minisat.core.Solver;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.ISolver;
import org.sat4j.specs.IVec;
import org.traceoid.cnf.Cnf;

/**
 * Loads a {@link Cnf} into Sat4j by the fastest correct path we found (docs/performance.md,
 * "Loading into Sat4j").
 *
 * <p>Why the naive loop is slow: each {@code addClause} registers two watches, i.e. pushes the
 * new clause object onto the watch lists of two random literals. The cost is not the parsing
 * but memory: every watch list starts tiny and grows by doubling (garbage for the collector),
 * and every young collection has to copy the ever-growing set of live clause objects and scan
 * the old watch arrays that point at them. So we (1) declare variables and the clause count up
 * front, (2) size every watch list once from exact occurrence counts of the literals Sat4j
 * will watch, and (3) reuse one {@code VecInt} for all clauses. The launcher additionally runs
 * the JVM with the parallel collector (see the {@code traceoid} script). Clauses still go
 * through the public {@code addClause}, so Sat4j's own sanity checks (units, empty clause)
 * apply unchanged. Cost: O(literal occurrences + variables).
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
        int variables = cnf.maxVariable();
        solver.newVar(variables);
        solver.setExpectedNumberOfClauses(cnf.clauseCount());
        if (solver instanceof Solver<?> minisat) {
            presizeWatchLists(cnf, minisat.getVocabulary(), variables);
        }
        VecInt clause = new VecInt(64);
        for (int c = 0; c < cnf.clauseCount(); c++) {
            clause.clear();
            for (int p = cnf.clauseStart(c), end = cnf.clauseEnd(c); p < end; p++) {
                clause.push(cnf.literalAt(p));
            }
            solver.addClause(clause); // copies the literals; the VecInt is ours to reuse
        }
    }

    /**
     * Sat4j watches the negations of a clause's first two literals (Sat4j's internal literal
     * encoding is also {@code 2v / 2v+1}). Counting them first lets every watch list be
     * allocated once at its final size instead of growing by doubling.
     */
    private static void presizeWatchLists(Cnf cnf, ILits vocabulary, int variables) {
        int[] watchCounts = new int[2 * variables + 2];
        for (int c = 0; c < cnf.clauseCount(); c++) {
            int start = cnf.clauseStart(c);
            if (cnf.clauseLength(c) >= 2) {
                watchCounts[LiteralsUtils.toInternal(cnf.literalAt(start)) ^ 1]++;
                watchCounts[LiteralsUtils.toInternal(cnf.literalAt(start + 1)) ^ 1]++;
            }
        }
        for (int variable = 1; variable <= variables; variable++) {
            vocabulary.getFromPool(variable); // creates the variable's watch lists
            for (int literal = 2 * variable; literal <= 2 * variable + 1; literal++) {
                IVec<?> watches = vocabulary.watches(literal);
                if (watchCounts[literal] > 0 && watches != null) {
                    watches.ensure(watchCounts[literal]);
                }
            }
        }
    }
}
