package org.traceoid.solver;

import java.util.Objects;
import org.sat4j.core.LiteralsUtils;
import org.sat4j.minisat.core.Solver;
import org.sat4j.specs.IConstr;
import org.sat4j.specs.ISolver;
import org.sat4j.specs.ISolverService;
import org.sat4j.specs.Lbool;
import org.sat4j.specs.RandomAccessModel;
import org.sat4j.specs.SearchListener;
import org.sat4j.specs.SearchListenerAdapter;
import org.traceoid.cnf.proof.ProofListener;

/**
 * Translates Sat4j's search events into DRAT proof events: it only translates (literals from
 * Sat4j's internal {@code 2v / 2v+1} encoding to DIMACS), it decides nothing. Modelled on
 * Sat4j 2.3.6's own {@code org.sat4j.tools.RupSearchListener}, read against
 * {@code org.sat4j.minisat.core.Solver} of that release.
 *
 * <p>What Sat4j does to its clause database, and how each step reaches the proof:
 * <ul>
 *   <li><b>Learned clauses</b> ({@code Solver.learn}, size ≥ 2): reported by
 *       {@link #learn(IConstr)} before the clause is registered; logged as lemmas. Sat4j's
 *       {@code MiniSATLearning} (our configuration's learner) keeps every clause it is given,
 *       so no clause is used for propagation without having been logged. (A limited learner
 *       would drop clauses after using them once: the proof would then be incomplete, and the
 *       check would fail loudly, never pass wrongly.)</li>
 *   <li><b>Learned units</b> ({@code Solver.record}, size 1): never reach {@code learn}; Sat4j
 *       reports them through {@link #learnUnit(int)} with a DIMACS literal. Logged as unit
 *       lemmas.</li>
 *   <li><b>Conflict-clause minimisation</b> ({@code EXPENSIVE_SIMPLIFICATION}) and dropping
 *       literals false at decision level 0 from learned clauses: harmless, the result is still
 *       RUP, because every level-0 assignment follows by unit propagation from the input, the
 *       logged units and the logged lemmas. Left on.</li>
 *   <li><b>Clause-database reduction</b> ({@code GlucoseLCDS.reduce} and the other LCDS):
 *       reported by {@link #delete(IConstr)} after the clause is unwatched (its literals stay
 *       readable); logged as deletions. Sat4j never removes a locked (reason) clause there; a
 *       checker following drat-trim ignores deletions of unit and reason clauses anyway.</li>
 *   <li><b>Root-level database simplification</b> ({@code Solver.simplifyDB}, removing
 *       clauses satisfied at level 0, original ones included) happens without any event. Dropping
 *       clauses silently is sound for DRAT (the checker simply keeps more clauses) but makes
 *       the checker's database diverge from the solver's and costs checking time, so
 *       {@link #prepare(ISolver)} switches it off ({@code setDBSimplificationAllowed(false)};
 *       it is off by default in 2.3.6, we make it explicit).</li>
 *   <li><b>Conflicts at decision level 0</b> (in {@code search} and in the first propagation
 *       of {@code isSatisfiable}) end the search with UNSAT without learning anything: no
 *       event carries the empty clause. {@code end(FALSE)} is also reported for UNSAT under
 *       assumptions, where the empty clause does not follow, so this adapter never adds it:
 *       the caller, who knows whether the answer is a refutation, appends it (see
 *       {@code ProofSink#refuted()}).</li>
 *   <li><b>Loading</b>: {@code addClause} drops tautologies and clauses already satisfied, and
 *       may drop literals false at level 0; the checker reads the input as given, which is at
 *       least as strong, so nothing needs logging. A {@code ContradictionException} while
 *       loading means the formula is refuted by unit propagation alone: the proof is just the
 *       empty clause.</li>
 * </ul>
 * Cost: one {@code int[]} of the clause's length per event, O(length) each.
 *
 * <p>Sat4j takes one search listener. Rather than Sat4j's {@code MultiTracing}, which loops over
 * a list for every event, including the per-literal {@code propagating}/{@code enqueueing}
 * events of the hot path, this adapter decorates the listener it is given ({@code next}, e.g.
 * the stop condition): every event is forwarded to it, and the three clause events also go
 * to the proof.
 */
final class Sat4jProofAdapter implements SearchListener<ISolverService> {
    private static final long serialVersionUID = 1L;
    private static final int[] NO_LITERALS = new int[0];

    private final transient ProofListener target;
    private final SearchListener<ISolverService> next;

    /** A proof adapter with no other listener. */
    Sat4jProofAdapter(ProofListener target) {
        this(target, new SearchListenerAdapter<ISolverService>() {
            private static final long serialVersionUID = 1L;
        });
    }

    Sat4jProofAdapter(ProofListener target, SearchListener<ISolverService> next) {
        this.target = Objects.requireNonNull(target, "target");
        this.next = Objects.requireNonNull(next, "next");
    }

    /** Switches off what would change the clause database without an event (see the class comment). */
    static void prepare(ISolver solver) {
        if (solver instanceof Solver<?> minisat) {
            minisat.setDBSimplificationAllowed(false);
        }
    }

    @Override
    public void learn(IConstr clause) {
        target.lemmaAdded(toDimacs(clause));
        next.learn(clause);
    }

    @Override
    public void learnUnit(int dimacsLiteral) {
        target.lemmaAdded(new int[] {dimacsLiteral});
        next.learnUnit(dimacsLiteral);
    }

    @Override
    public void delete(IConstr clause) {
        target.clauseDeleted(toDimacs(clause));
        next.delete(clause);
    }

    // Every other event only passes through.

    @Override
    public void init(ISolverService solverService) {
        next.init(solverService);
    }

    @Override
    public void assuming(int p) {
        next.assuming(p);
    }

    @Override
    public void propagating(int p) {
        next.propagating(p);
    }

    @Override
    public void enqueueing(int p, IConstr reason) {
        next.enqueueing(p, reason);
    }

    @Override
    public void backtracking(int p) {
        next.backtracking(p);
    }

    @Override
    public void adding(int p) {
        next.adding(p);
    }

    @Override
    public void conflictFound(IConstr confl, int dlevel, int trailLevel) {
        next.conflictFound(confl, dlevel, trailLevel);
    }

    @Override
    public void conflictFound(int p) {
        next.conflictFound(p);
    }

    @Override
    public void solutionFound(int[] model, RandomAccessModel lazyModel) {
        next.solutionFound(model, lazyModel);
    }

    @Override
    public void beginLoop() {
        next.beginLoop();
    }

    @Override
    public void start() {
        next.start();
    }

    @Override
    public void end(Lbool result) {
        next.end(result);
    }

    @Override
    public void restarting() {
        next.restarting();
    }

    @Override
    public void backjump(int backjumpLevel) {
        next.backjump(backjumpLevel);
    }

    @Override
    public void cleaning() {
        next.cleaning();
    }

    private static int[] toDimacs(IConstr clause) {
        int size = clause.size();
        if (size == 0) {
            return NO_LITERALS;
        }
        int[] literals = new int[size];
        for (int i = 0; i < size; i++) {
            literals[i] = LiteralsUtils.toDimacs(clause.get(i));
        }
        return literals;
    }
}
