package org.traceoid.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import org.sat4j.core.LiteralsUtils;
import org.sat4j.core.VecInt;
import org.sat4j.minisat.core.IOrder;
import org.sat4j.minisat.core.Solver;
import org.sat4j.minisat.core.SolverStats;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.ISolver;
import org.sat4j.specs.ISolverService;
import org.sat4j.specs.IVecInt;
import org.sat4j.specs.SearchListener;
import org.sat4j.specs.SearchListenerAdapter;
import org.sat4j.specs.TimeoutException;
import org.sat4j.tools.MultiTracing;
import org.traceoid.cnf.Assignment;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.cnf.proof.ProofListener;
import org.traceoid.encoding.Cardinality;
import org.traceoid.encoding.Gates;

/**
 * An incremental solver with the interface of IPASIR and PySAT, for verification tools that add
 * clauses in rounds and ask questions under assumptions; every answer is certified (unless
 * {@link SolveOptions#certify()} is off) before it is returned.
 *
 * <table>
 *   <caption>IPASIR / PySAT and their counterparts here</caption>
 *   <tr><th>IPASIR</th><th>PySAT</th><th>here</th></tr>
 *   <tr><td>{@code ipasir_add}</td><td>{@code add_clause}, {@code append_formula}</td><td>{@link #addClause}, {@link #append(Cnf)}, {@link #addClauses}</td></tr>
 *   <tr><td>{@code ipasir_assume} + {@code ipasir_solve}</td><td>{@code solve(assumptions)}, {@code solve_limited}</td><td>{@link #solve(int...)}, {@link #solve(Budget, int...)}</td></tr>
 *   <tr><td>{@code ipasir_val}</td><td>{@code get_model}</td><td>{@link #value(int)} (three-valued), {@link #model()}</td></tr>
 *   <tr><td>{@code ipasir_failed}</td><td>{@code get_core}</td><td>{@link #failed(int)}, {@link #failedAssumptions()}</td></tr>
 *   <tr><td>{@code ipasir_set_terminate}</td><td>{@code interrupt}, {@code clear_interrupt}</td><td>{@link #setTerminate}, {@link #interrupt()}, {@link #clearInterrupt()}</td></tr>
 *   <tr><td>—</td><td>{@code set_phases}</td><td>{@link #setPhase(int)}, {@link #clearPhase(int)}</td></tr>
 *   <tr><td>—</td><td>{@code IDPool}</td><td>{@link #variables()}, {@link #newVariable()}</td></tr>
 *   <tr><td>—</td><td>{@code enum_models}</td><td>{@link #enumerate(int, int[], int...)}, reusable afterwards</td></tr>
 *   <tr><td>—</td><td>{@code CardEnc}</td><td>{@link #addAtMost}, {@link #addAtLeast}, {@link #addExactly}, {@link #cardinality}</td></tr>
 *   <tr><td>—</td><td>{@code accum_stats}</td><td>{@link #statistics()}, {@link #certificationStatistics()}</td></tr>
 * </table>
 *
 * <p>Certification ({@link IncrementalCertifier}): a model is checked against every clause added
 * so far and the assumptions; an UNSAT answer under assumptions {@code A} with failed
 * assumptions {@code F ⊆ A} by checking that {@code ¬F} follows by reverse unit propagation
 * from the clauses and Sat4j's lemmas, which an {@link org.traceoid.proofcheck.IncrementalRupChecker}
 * checks one by one at the end of the call that learned them and keeps for all later calls.
 * So certifying a call costs that call's lemmas plus one propagation, not the whole history
 * (measured in docs/performance.md, "Incremental certification"). With
 * {@link SolveOptions#proofOutput()} the whole run is also written as an IDRUP proof
 * ({@link IdrupWriter}; text only) that {@code idrup-check} verifies.
 *
 * <p>No preprocessing in incremental mode: variable elimination would remove variables that
 * later clauses or assumptions mention (it needs frozen variables, which IPASIR solvers track
 * and Sat4j does not), so the solver runs Sat4j's CDCL on the clauses as given.
 *
 * <pre>{@code
 * try (IncrementalSolver solver = new IncrementalSolver(SolveOptions.defaults())) {
 *     solver.addClause(1, 2);          // x1 or x2
 *     solver.addClause(-1, 2);         // x1 implies x2
 *     CertifiedResult sat = solver.solve(1);        // under the assumption x1
 *     assert sat.status() == SolveStatus.SATISFIABLE && solver.value(2) == TruthValue.TRUE;
 *     CertifiedResult unsat = solver.solve(1, -2);  // x1 and not x2: impossible
 *     assert unsat.status() == SolveStatus.UNSATISFIABLE;
 *     int[] core = solver.failedAssumptions();     // a subset of {1, -2}, here both
 * }
 * }</pre>
 *
 * <p>Not thread-safe, except {@link #interrupt()} and {@link #clearInterrupt()}, which any
 * thread may call; an interrupt stops the search, not a certification check under way.
 */
public final class IncrementalSolver implements AutoCloseable {
    private final SolveOptions options;
    private final ISolver sat4j;
    private final UserPhases phases;
    private final IncrementalCertifier certifier;
    private final UnaryOperator<ProofListener> proofTap;
    private final VariablePool pool = new VariablePool();
    private int variables;
    private boolean refutedWhileAdding;
    private boolean closed;
    private volatile boolean interruptRequested;
    private volatile BooleanSupplier terminate = () -> false;
    private Gates gates; // created on the first cardinality constraint

    private SolveStatus lastStatus = SolveStatus.UNKNOWN;
    private Assignment lastModel;
    private int[] lastFailed;
    private long addNanos;
    private long solveNanos;
    private long checkNanos;
    private int calls;

    /** A solver with {@link SolveOptions#defaults()}: no budgets, every answer certified. */
    public IncrementalSolver() {
        this(SolveOptions.defaults());
    }

    /**
     * A solver whose {@link #solve(int...)} calls use {@code options}' timeout and conflict
     * budget; with {@link SolveOptions#proofOutput()} the run is written there as an IDRUP proof.
     *
     * @throws IllegalArgumentException if a binary proof is asked for (IDRUP is text only)
     * @throws java.io.UncheckedIOException if the proof file cannot be created
     */
    public IncrementalSolver(SolveOptions options) {
        this(options, UnaryOperator.identity());
    }

    /** Test seam: {@code proofTap} wraps the listener that receives Sat4j's proof events. */
    IncrementalSolver(SolveOptions options, UnaryOperator<ProofListener> proofTap) {
        this.options = Objects.requireNonNull(options, "options");
        this.proofTap = Objects.requireNonNull(proofTap, "proofTap");
        if (options.proofOutput().isPresent() && options.proofFormat() != SolveOptions.ProofFormat.TEXT) {
            throw new IllegalArgumentException("an incremental proof is IDRUP text; binary DRAT is for one-shot solving");
        }
        this.sat4j = Sat4jConfiguration.newSolver();
        this.certifier = new IncrementalCertifier(options.certify(), options.proofOutput().orElse(null));
        if (certifier.recordsProof()) {
            Sat4jProofAdapter.prepare(sat4j);
        }
        if (sat4j instanceof Solver<?> minisat) {
            IOrder order = minisat.getOrder();
            phases = new UserPhases(order.getPhaseSelectionStrategy());
            order.setPhaseSelectionStrategy(phases);
        } else {
            phases = null;
        }
    }

    // ---- clauses ---------------------------------------------------------------------------

    /**
     * Adds a clause (DIMACS literals; an empty array is the empty clause). The clause stays
     * for all later calls.
     *
     * @throws IllegalArgumentException if a literal is 0
     */
    public void addClause(int... dimacsLiterals) {
        ensureOpen();
        long start = System.nanoTime();
        growVariables(dimacsLiterals);
        int[] clause = dimacsLiterals.clone();
        certifier.input(clause);
        if (!refutedWhileAdding) {
            try {
                sat4j.addClause(new VecInt(clause.clone()));
            } catch (ContradictionException e) {
                // Sat4j found the clauses refuted by unit propagation; it keeps no state that
                // says so, so we remember it and answer UNSAT from now on (certified like any UNSAT).
                refutedWhileAdding = true;
            }
        }
        addNanos += System.nanoTime() - start;
    }

    /** Adds every clause of {@code cnf} (PySAT's {@code append_formula}). */
    public void append(Cnf cnf) {
        for (int c = 0; c < cnf.clauseCount(); c++) {
            addClause(cnf.clause(c));
        }
    }

    /** Adds every clause of {@code clauses}. */
    public void addClauses(Iterable<int[]> clauses) {
        for (int[] clause : clauses) {
            addClause(clause);
        }
    }

    // ---- variables and cardinality -----------------------------------------------------------

    /**
     * The solver's variable pool: named and anonymous fresh variables that no clause uses yet
     * (every variable the solver sees is reserved in it).
     */
    public VariablePool variables() {
        return pool;
    }

    /** A fresh variable, known to the solver from now on. */
    public int newVariable() {
        ensureOpen();
        int variable = pool.fresh();
        growVariables(new int[] {variable});
        return variable;
    }

    /** Adds "at most {@code bound} of {@code literals} are true" for all later calls. */
    public void addAtMost(int bound, int... literals) {
        addClause(cardinality(Cardinality.Relation.AT_MOST, bound, literals));
    }

    /** Adds "at least {@code bound} of {@code literals} are true" for all later calls. */
    public void addAtLeast(int bound, int... literals) {
        addClause(cardinality(Cardinality.Relation.AT_LEAST, bound, literals));
    }

    /** Adds "exactly {@code bound} of {@code literals} are true" for all later calls. */
    public void addExactly(int bound, int... literals) {
        addClause(cardinality(Cardinality.Relation.EXACTLY, bound, literals));
    }

    /**
     * A literal equivalent to "the number of true {@code literals} {@code relation}
     * {@code bound}", defined by clauses added now (a unary counter from the {@code encodings}
     * module, its variables from {@link #variables()}). Assume it to ask a question under the
     * constraint, or assert it with {@link #addClause}; it may also be negated or guarded.
     *
     * @throws IllegalArgumentException if {@code bound} is negative or a literal is 0
     */
    public int cardinality(Cardinality.Relation relation, int bound, int... literals) {
        ensureOpen();
        growVariables(literals);
        if (gates == null) {
            int constant = newVariable();
            addClause(constant);
            gates = new Gates(this::addClause, this::newVariable, constant);
        }
        return new Cardinality(gates).reify(relation, bound, literals);
    }

    // ---- phases and termination ------------------------------------------------------------

    /**
     * Makes {@code dimacsLiteral} the value Sat4j tries first whenever it decides its variable,
     * in this and every later call, until {@link #clearPhase(int)}. A preference, not a
     * constraint: answers and their certificates do not depend on it.
     */
    public void setPhase(int dimacsLiteral) {
        ensureOpen();
        growVariables(new int[] {dimacsLiteral});
        if (phases != null) {
            phases.set(dimacsLiteral);
        }
    }

    /** Returns {@code variable} to Sat4j's own phase choice. */
    public void clearPhase(int variable) {
        if (phases != null) {
            phases.clear(variable);
        }
    }

    /**
     * Stops the solve running now, or, if none is running, the next one; that call answers
     * UNKNOWN ({@code interrupted}) and the interrupt is used up. Safe from any thread; the
     * solver stays usable. {@link #clearInterrupt()} withdraws an interrupt not yet used.
     */
    public void interrupt() {
        interruptRequested = true;
        sat4j.expireTimeout();
    }

    /** Withdraws a pending {@link #interrupt()} (for one that arrived after the call it was meant for). */
    public void clearInterrupt() {
        interruptRequested = false;
    }

    /**
     * IPASIR's terminate callback: {@code terminate} is polled during every later search (at every
     * conflict and every 256th decision) and a {@code true} ends the call with UNKNOWN
     * ({@code interrupted}). {@code null} removes it.
     */
    public void setTerminate(BooleanSupplier terminate) {
        this.terminate = terminate == null ? () -> false : terminate;
    }

    // ---- solving ---------------------------------------------------------------------------

    /**
     * Solves the clauses added so far under {@code assumptions} (literals assumed true for
     * this call only), within the timeout and conflict budget of the solver's {@link SolveOptions}.
     *
     * @return the certified answer; its statistics cover this call
     * @throws CertificationException if the answer does not check
     * @throws IllegalArgumentException if an assumption is 0
     */
    public CertifiedResult solve(int... assumptions) {
        return solve(Budget.of(options), assumptions);
    }

    /**
     * As {@link #solve(int...)}, within {@code budget} for this call only (PySAT's
     * {@code solve_limited} after {@code conf_budget}/{@code prop_budget}).
     */
    public CertifiedResult solve(Budget budget, int... assumptions) {
        ensureOpen();
        Objects.requireNonNull(budget, "budget");
        growVariables(assumptions);
        int[] assumed = assumptions.clone();
        calls++;
        lastStatus = SolveStatus.UNKNOWN;
        lastModel = null;
        lastFailed = null;
        long start = System.nanoTime();
        long deadline = budget.time().map(limit -> start + limit.toNanos()).orElse(Long.MAX_VALUE);
        BooleanSupplier stopRequested = this::stopRequested;
        StopCondition stop = new StopCondition(sat4j, stopRequested, deadline,
                budget.conflicts().orElse(Long.MAX_VALUE), budget.propagations().orElse(Long.MAX_VALUE));
        FalsifiedAssumptionProbe probe = new FalsifiedAssumptionProbe();
        ProofListener callProof = certifier.startCall(assumed);
        long[] before = counters();
        SolveStatus status;
        if (refutedWhileAdding) {
            status = SolveStatus.UNSATISFIABLE;
        } else if (stop.shouldStop()) {
            status = SolveStatus.UNKNOWN;
        } else {
            SearchListener<ISolverService> limits = new MultiTracing<ISolverService>(List.of(stop, probe));
            sat4j.setSearchListener(certifier.recordsProof()
                    ? new Sat4jProofAdapter(proofTap.apply(callProof), limits) : limits);
            try {
                status = sat4j.isSatisfiable(new VecInt(assumed.clone())) ? SolveStatus.SATISFIABLE
                        : SolveStatus.UNSATISFIABLE;
            } catch (TimeoutException stopped) {
                status = SolveStatus.UNKNOWN;
            }
        }
        long solved = System.nanoTime();
        // interrupt() also expires Sat4j's timeout directly, so the search may end before the stop
        // condition has polled the flag: then no limit was recorded, and the request is the reason.
        boolean interrupted = stop.reason() == StopCondition.Reason.INTERRUPTED
                || (status == SolveStatus.UNKNOWN && stop.reason() == StopCondition.Reason.NONE && stopRequested());
        if (interrupted || status != SolveStatus.UNKNOWN) {
            interruptRequested = false; // used up (or not needed)
        }
        long[] after = counters();
        long callSolveNanos = solved - start;
        solveNanos += callSolveNanos;
        SolverStatistics statistics = new SolverStatistics(after[0] - before[0], after[1] - before[1],
                after[2] - before[2], after[3] - before[3], 0, callSolveNanos, 0);

        long lemmaNanos = certifier.endCall();
        CertifiedResult result = switch (status) {
            case SATISFIABLE -> satisfiable(assumed, statistics, lemmaNanos);
            case UNSATISFIABLE -> unsatisfiable(assumed, probe.falsified, statistics, lemmaNanos);
            case UNKNOWN -> {
                certifier.unknown();
                yield new CertifiedResult(status, Optional.empty(), interrupted ? "interrupted" : stop.describe(), false,
                        statistics.withCheckNanos(lemmaNanos));
            }
        };
        checkNanos += result.statistics().checkNanos();
        lastStatus = status;
        return result;
    }

    private boolean stopRequested() {
        return interruptRequested || terminate.getAsBoolean();
    }

    private CertifiedResult satisfiable(int[] assumptions, SolverStatistics statistics, long lemmaNanos) {
        Assignment model = Assignment.fromModel(variables, sat4j.model());
        lastModel = model;
        long start = System.nanoTime();
        String certificate = certifier.satisfiable(model, assumptions, variables);
        return new CertifiedResult(SolveStatus.SATISFIABLE, Optional.of(model), certificate, certifier.certifies(),
                statistics.withCheckNanos(lemmaNanos + System.nanoTime() - start));
    }

    private CertifiedResult unsatisfiable(int[] assumptions, int falsifiedAssumption, SolverStatistics statistics,
                                          long lemmaNanos) {
        int[] failed = failedSubset(assumptions, falsifiedAssumption);
        lastFailed = failed;
        long start = System.nanoTime();
        String certificate = certifier.unsatisfiable(failed, assumptions, lemmaNanos, variables);
        return new CertifiedResult(SolveStatus.UNSATISFIABLE, Optional.empty(), certificate, certifier.certifies(),
                statistics.withCheckNanos(lemmaNanos + System.nanoTime() - start));
    }

    /**
     * The failed assumptions: Sat4j's explanation, deduplicated; empty when the clauses alone are
     * unsatisfiable.
     *
     * <p>Workaround for a Sat4j 2.3.6 bug, found by this class's certification: when an
     * assumption {@code p} is already false when Sat4j comes to assume it (falsified by unit
     * propagation from the assumptions before it), {@code Solver.isSatisfiable} reports
     * {@code conflictFound(p)} and calls {@code analyzeFinalConflictInTermsOfAssumptions(null,
     * assumps, p)}, which starts its walk at whatever literal is last on the trail rather than
     * at {@code ¬p}, and so may return a set that is not unsatisfiable at all (for assumptions
     * {@code 7 5 -11 -29 14 -21 -9 29} it answered {@code -21 5 29}). In that case, which the
     * {@link FalsifiedAssumptionProbe} observes, we report instead the assumptions up to and
     * including the first occurrence of {@code p}: the earlier ones propagate {@code ¬p}, so
     * together with {@code p} they are refuted by unit propagation (and certified like any
     * other answer). Not minimal, but correct.
     */
    private int[] failedSubset(int[] assumptions, int falsifiedAssumption) {
        if (refutedWhileAdding || assumptions.length == 0) {
            return new int[0];
        }
        if (falsifiedAssumption != 0) {
            Set<Integer> prefix = new LinkedHashSet<>();
            for (int assumption : assumptions) {
                prefix.add(assumption);
                if (assumption == falsifiedAssumption) {
                    break;
                }
            }
            return prefix.stream().mapToInt(Integer::intValue).toArray();
        }
        IVecInt explanation = sat4j.unsatExplanation();
        if (explanation == null) {
            return new int[0];
        }
        Set<Integer> failed = new LinkedHashSet<>();
        for (int i = 0; i < explanation.size(); i++) {
            failed.add(explanation.get(i));
        }
        return failed.stream().mapToInt(Integer::intValue).toArray();
    }

    // ---- answers ---------------------------------------------------------------------------

    /** The model of the last call, which must have answered SAT. */
    public Assignment model() {
        if (lastStatus != SolveStatus.SATISFIABLE) {
            throw new IllegalStateException("the last solve did not answer SATISFIABLE but " + lastStatus);
        }
        return lastModel;
    }

    /**
     * The value of {@code dimacsLiteral} in the model of the last call, which must have answered
     * SAT: {@link TruthValue#UNASSIGNED} for a variable the model does not cover (one the solver
     * had not seen when it solved).
     */
    public TruthValue value(int dimacsLiteral) {
        Assignment model = model();
        int variable = Math.abs(dimacsLiteral);
        if (dimacsLiteral == 0 || variable > model.variableCount() || !model.isAssigned(variable)) {
            return TruthValue.UNASSIGNED;
        }
        return TruthValue.of(model.isTrue(dimacsLiteral));
    }

    /**
     * The failed assumptions of the last call, which must have answered UNSAT: a subset of
     * its assumptions that the clauses refute (certified). Empty when the clauses alone are
     * unsatisfiable.
     */
    public int[] failedAssumptions() {
        if (lastStatus != SolveStatus.UNSATISFIABLE) {
            throw new IllegalStateException("the last solve did not answer UNSATISFIABLE but " + lastStatus);
        }
        return lastFailed.clone();
    }

    /** IPASIR's {@code ipasir_failed}: whether {@code assumption} is among {@link #failedAssumptions()}. */
    public boolean failed(int assumption) {
        for (int literal : failedAssumptions()) {
            if (literal == assumption) {
                return true;
            }
        }
        return false;
    }

    // ---- enumeration -------------------------------------------------------------------------

    /**
     * Enumerates up to {@code limit} models under {@code assumptions}, distinct on
     * {@code projection} (the variables that tell models apart; empty: every variable the solver
     * knows now), each certified. Each model found is blocked by the clause
     * {@code ¬a ∨ ¬(its projection)} under a fresh activation literal {@code a} that every call
     * of the enumeration assumes; at the end the unit {@code ¬a} retires all blocking clauses,
     * so the solver answers later calls as if no enumeration had happened.
     *
     * @return the models (projected, as DIMACS literals) and whether they are all of them
     *         (the last call's certified UNSAT) rather than cut by the limit or a budget
     */
    public ModelEnumeration enumerate(int limit, int[] projection, int... assumptions) {
        ensureOpen();
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        growVariables(projection);
        int[] over = projection.length > 0 ? projection.clone() : allVariables();
        int activation = newVariable();
        int[] assumed = Arrays.copyOf(assumptions, assumptions.length + 1);
        assumed[assumptions.length] = activation;
        List<int[]> models = new ArrayList<>();
        CertifiedResult last = null;
        try {
            while (models.size() < limit) {
                last = solve(assumed);
                if (last.status() != SolveStatus.SATISFIABLE) {
                    break;
                }
                int[] projected = new int[over.length];
                int[] blocking = new int[over.length + 1];
                for (int i = 0; i < over.length; i++) {
                    int variable = Math.abs(over[i]);
                    projected[i] = lastModel.isTrue(variable) ? variable : -variable;
                    blocking[i] = -projected[i];
                }
                blocking[over.length] = -activation;
                models.add(projected);
                addClause(blocking);
            }
        } finally {
            addClause(-activation);
        }
        boolean complete = last != null && last.status() == SolveStatus.UNSATISFIABLE;
        return new ModelEnumeration(models, complete, last == null ? "limit 0" : last.certificate());
    }

    private int[] allVariables() {
        int[] all = new int[variables];
        for (int v = 1; v <= variables; v++) {
            all[v - 1] = v;
        }
        return all;
    }

    // ---- statistics and lifecycle -----------------------------------------------------------

    /** Totals over all calls so far ({@code loadNanos}: time spent in {@link #addClause}). */
    public SolverStatistics statistics() {
        long[] now = counters();
        return new SolverStatistics(now[0], now[1], now[2], now[3], addNanos, solveNanos, checkNanos);
    }

    /** What certification has checked and cost so far (all zero with certification off). */
    public CertificationStatistics certificationStatistics() {
        return certifier.statistics();
    }

    /** Solve calls so far. */
    public int callCount() {
        return calls;
    }

    /** Clauses added so far, the constraints' defining clauses included. */
    public int clauseCount() {
        return certifier.clauseCount();
    }

    /** The highest variable seen so far, in clauses, assumptions or from {@link #newVariable()}. */
    public int variableCount() {
        return variables;
    }

    /** Releases the solver and closes the proof file; later calls throw {@link IllegalStateException}. Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            sat4j.reset();
            certifier.close();
        }
    }

    /** Observes Sat4j's {@code conflictFound(int)}: an assumption found false before search (see {@code failedSubset}). */
    private static final class FalsifiedAssumptionProbe extends SearchListenerAdapter<ISolverService> {
        private static final long serialVersionUID = 1L;
        private int falsified; // DIMACS literal, 0 if none

        @Override
        public void conflictFound(int internalLiteral) {
            if (falsified == 0) {
                falsified = LiteralsUtils.toDimacs(internalLiteral);
            }
        }
    }

    private long[] counters() {
        if (sat4j instanceof Solver<?> minisat) {
            SolverStats stats = minisat.getStats();
            return new long[] {stats.getDecisions(), stats.getConflicts(), stats.getPropagations(), stats.getStarts()};
        }
        return new long[4];
    }

    private void growVariables(int[] literals) {
        int highest = variables;
        for (int literal : literals) {
            if (literal == 0 || literal == Integer.MIN_VALUE) {
                throw new IllegalArgumentException("not a DIMACS literal: " + literal);
            }
            highest = Math.max(highest, Math.abs(literal));
        }
        if (highest > variables) {
            sat4j.newVar(highest);
            variables = highest;
            pool.reserveUpTo(highest);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the solver is closed");
        }
    }
}
