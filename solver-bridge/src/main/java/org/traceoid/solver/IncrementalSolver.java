package org.traceoid.solver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sat4j.core.LiteralsUtils;
import org.sat4j.core.VecInt;
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
import org.traceoid.cnf.CnfBuilder;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.cnf.dimacs.DimacsWriter;
import org.traceoid.cnf.proof.ProofListener;
import org.traceoid.proofcheck.CheckOptions;
import org.traceoid.proofcheck.CheckResult;
import org.traceoid.proofcheck.DratChecker;
import org.traceoid.proofcheck.RecordedProof;

/**
 * An incremental solver in the spirit of IPASIR and PySAT, for verification tools that add
 * clauses in rounds and ask questions under assumptions. Every answer is certified (unless
 * {@link SolveOptions#certify()} is off):
 * <ul>
 *   <li><b>SAT</b>: the model is checked against every clause added so far, and every
 *       assumption must be true in it;</li>
 *   <li><b>UNSAT</b> under assumptions {@code A} with failed assumptions {@code F ⊆ A}: we check
 *       that {@code F ⊆ A} and that the clauses plus {@code F} as unit clauses are refuted, by
 *       DRAT-checking Sat4j's own proof: every clause Sat4j learned and deleted in all calls so
 *       far (each follows from the clauses alone, so it is valid for every later question),
 *       followed by the empty clause. The empty clause is RUP there because Sat4j's final
 *       conflict follows by unit propagation from {@code F} over the clauses it holds, and
 *       those are exactly the input and the logged lemmas. With {@code F} empty this is a plain
 *       refutation of the clauses.</li>
 * </ul>
 * We chose checking Sat4j's proof over re-solving the core in a second, proof-logging solver:
 * it certifies the reasoning that produced the answer rather than a second search, and
 * costs no second search (which can be as hard as the first). Its cost: the proof of all calls
 * is kept in memory (about 4 bytes per literal of every learned clause), and each UNSAT answer
 * re-checks it backwards, O(proof so far) per answer; a long-running tool that asks many
 * UNSAT questions pays that each time.
 *
 * <pre>{@code
 * try (IncrementalSolver solver = new IncrementalSolver(SolveOptions.defaults())) {
 *     solver.addClause(1, 2);          // x1 or x2
 *     solver.addClause(-1, 2);         // x1 implies x2
 *     CertifiedResult sat = solver.solve(1);        // under the assumption x1
 *     assert sat.status() == SolveStatus.SATISFIABLE && solver.value(2);
 *     CertifiedResult unsat = solver.solve(1, -2);  // x1 and not x2: impossible
 *     assert unsat.status() == SolveStatus.UNSATISFIABLE;
 *     int[] core = solver.failedAssumptions();     // a subset of {1, -2}, here both
 * }
 * }</pre>
 *
 * <p>Budgets ({@link SolveOptions#timeout()}, {@link SolveOptions#conflictBudget()}) apply to
 * each {@link #solve} call; past them the answer is UNKNOWN and the solver stays usable.
 * {@link SolveOptions#proofOutput()} is not supported here. Not thread-safe, except
 * {@link #interrupt()}, which any thread may call; it stops the search, not a certification
 * check already under way.
 */
public final class IncrementalSolver implements AutoCloseable {
    private final SolveOptions options;
    private final ISolver sat4j;
    private final CnfBuilder clauses = new CnfBuilder();
    private Cnf clausesSnapshot = Cnf.of(0); // clauses as of the last check; rebuilt when clauses were added
    private final RecordedProof history;
    private final ProofListener proofTarget;
    private int variables;
    private boolean refutedWhileAdding;
    private boolean closed;
    private volatile boolean interruptRequested;

    private SolveStatus lastStatus = SolveStatus.UNKNOWN;
    private Assignment lastModel;
    private int[] lastFailed;
    private long decisions;
    private long conflicts;
    private long propagations;
    private long restarts;
    private long addNanos;
    private long solveNanos;
    private long checkNanos;

    /** A solver with {@link SolveOptions#defaults()}: no budgets, every answer certified. */
    public IncrementalSolver() {
        this(SolveOptions.defaults());
    }

    /**
     * @throws IllegalArgumentException if {@code options} asks for a proof file
     */
    public IncrementalSolver(SolveOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        if (options.proofOutput().isPresent()) {
            throw new IllegalArgumentException("IncrementalSolver writes no proof file; use Traceoid.solve for one");
        }
        this.sat4j = Sat4jConfiguration.newSolver();
        if (options.certify()) {
            Sat4jProofAdapter.prepare(sat4j);
            history = new RecordedProof();
            proofTarget = SolveSession.proofTamperForTests.apply(history);
        } else {
            history = null;
            proofTarget = null;
        }
    }

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
        clauses.addClause(dimacsLiterals);
        if (!refutedWhileAdding) {
            try {
                sat4j.addClause(new VecInt(dimacsLiterals.clone()));
            } catch (ContradictionException e) {
                // Sat4j found the clauses refuted by unit propagation; it keeps no state that
                // says so, so we remember it and answer UNSAT from now on (certified like any UNSAT).
                refutedWhileAdding = true;
            }
        }
        addNanos += System.nanoTime() - start;
    }

    /**
     * Solves the clauses added so far under {@code assumptions} (literals assumed true for
     * this call only).
     *
     * @return the certified answer; its statistics cover this call
     * @throws CertificationException if the answer does not check
     * @throws IllegalArgumentException if an assumption is 0
     */
    public CertifiedResult solve(int... assumptions) {
        ensureOpen();
        growVariables(assumptions);
        lastStatus = SolveStatus.UNKNOWN;
        lastModel = null;
        lastFailed = null;
        long start = System.nanoTime();
        long deadline = options.timeout().map(limit -> start + limit.toNanos()).orElse(Long.MAX_VALUE);
        StopCondition stop = new StopCondition(sat4j, () -> interruptRequested, deadline,
                options.conflictBudget().orElse(Long.MAX_VALUE));
        FalsifiedAssumptionProbe probe = new FalsifiedAssumptionProbe();
        long[] before = counters();
        SolveStatus status;
        if (refutedWhileAdding) {
            status = SolveStatus.UNSATISFIABLE;
        } else if (stop.shouldStop()) {
            status = SolveStatus.UNKNOWN;
        } else {
            SearchListener<ISolverService> limits = new MultiTracing<ISolverService>(List.of(stop, probe));
            sat4j.setSearchListener(proofTarget == null ? limits : new Sat4jProofAdapter(proofTarget, limits));
            try {
                status = sat4j.isSatisfiable(new VecInt(assumptions.clone())) ? SolveStatus.SATISFIABLE
                        : SolveStatus.UNSATISFIABLE;
            } catch (TimeoutException stopped) {
                status = SolveStatus.UNKNOWN;
            }
        }
        long solved = System.nanoTime();
        boolean interrupted = interruptRequested;
        interruptRequested = false;
        long[] after = counters();
        long callSolveNanos = solved - start;
        solveNanos += callSolveNanos;
        SolverStatistics statistics = new SolverStatistics(after[0] - before[0], after[1] - before[1],
                after[2] - before[2], after[3] - before[3], 0, callSolveNanos, 0);

        CertifiedResult result = switch (status) {
            case SATISFIABLE -> satisfiable(assumptions, statistics);
            case UNSATISFIABLE -> unsatisfiable(assumptions, probe.falsified, statistics);
            case UNKNOWN -> new CertifiedResult(status, Optional.empty(),
                    interrupted ? "interrupted" : stop.describe(), false, statistics);
        };
        checkNanos += result.statistics().checkNanos();
        lastStatus = status;
        return result;
    }

    private CertifiedResult satisfiable(int[] assumptions, SolverStatistics statistics) {
        Assignment model = Assignment.fromModel(variables, sat4j.model());
        lastModel = model;
        if (!options.certify()) {
            return new CertifiedResult(SolveStatus.SATISFIABLE, Optional.of(model), SolveSession.NOT_CERTIFIED, false,
                    statistics);
        }
        long start = System.nanoTime();
        String certificate = Certification.model(clausesSoFar(), model, "Sat4j's model");
        for (int assumption : assumptions) {
            if (!model.isTrue(assumption)) {
                throw new CertificationException("Sat4j's model falsifies the assumption " + assumption);
            }
        }
        if (assumptions.length > 0) {
            certificate += " and all " + assumptions.length + " assumptions";
        }
        return new CertifiedResult(SolveStatus.SATISFIABLE, Optional.of(model), certificate, true,
                statistics.withCheckNanos(System.nanoTime() - start));
    }

    private CertifiedResult unsatisfiable(int[] assumptions, int falsifiedAssumption, SolverStatistics statistics) {
        int[] failed = failedSubset(assumptions, falsifiedAssumption);
        lastFailed = failed;
        if (!options.certify()) {
            return new CertifiedResult(SolveStatus.UNSATISFIABLE, Optional.empty(), SolveSession.NOT_CERTIFIED, false,
                    statistics);
        }
        long start = System.nanoTime();
        Set<Integer> assumed = new HashSet<>();
        for (int assumption : assumptions) {
            assumed.add(assumption);
        }
        for (int literal : failed) {
            if (!assumed.contains(literal)) {
                throw new CertificationException("Sat4j's failed assumption " + literal + " is not among the assumptions "
                        + Arrays.toString(assumptions));
            }
        }
        CnfBuilder refuted = new CnfBuilder().declareVariables(variables);
        clausesSoFar().writeTo(refuted);
        for (int literal : failed) {
            refuted.addClause(literal);
        }
        Cnf formula = refuted.build();
        RecordedProof proof = new RecordedProof();
        for (int step = 0; step < history.stepCount(); step++) {
            if (history.isDeletion(step)) {
                proof.clauseDeleted(history.stepLiterals(step));
            } else {
                proof.lemmaAdded(history.stepLiterals(step));
            }
        }
        proof.lemmaAdded(new int[0]);
        proof.proofFinished();
        CheckResult check = new DratChecker(CheckOptions.defaults()).check(formula, proof);
        if (!check.isVerified()) {
            Path kept = keep(formula, proof);
            throw new CertificationException("the DRAT proof that the clauses and the failed assumptions "
                    + Arrays.toString(failed) + " are unsatisfiable did not verify: " + check.message()
                    + "; formula and proof kept in " + kept, kept);
        }
        long nanos = System.nanoTime() - start;
        String certificate = String.format(Locale.ROOT,
                "DRAT proof verified (%d lemmas, core %d clauses) in %.3f s: the clauses and %d failed assumptions are unsatisfiable",
                check.statistics().lemmas(), check.statistics().coreClauses(), nanos / 1e9, failed.length);
        return new CertifiedResult(SolveStatus.UNSATISFIABLE, Optional.empty(), certificate, true,
                statistics.withCheckNanos(nanos));
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

    /** Writes the formula and proof of a failed check into a new temporary directory. */
    private static Path keep(Cnf formula, RecordedProof proof) {
        try {
            Path dir = Files.createTempDirectory("traceoid-failed-certificate-");
            DimacsWriter.write(formula, dir.resolve("formula.cnf"), List.of("clauses plus failed assumptions as units"));
            try (DratProofWriter writer = DratProofWriter.open(dir.resolve("proof.drat"), false)) {
                for (int step = 0; step < proof.stepCount(); step++) {
                    if (proof.isDeletion(step)) {
                        writer.clauseDeleted(proof.stepLiterals(step));
                    } else {
                        writer.lemmaAdded(proof.stepLiterals(step));
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the failed certificate: " + e.getMessage(), e);
        }
    }

    /** The model of the last call, which must have answered SAT. */
    public Assignment model() {
        if (lastStatus != SolveStatus.SATISFIABLE) {
            throw new IllegalStateException("the last solve did not answer SATISFIABLE but " + lastStatus);
        }
        return lastModel;
    }

    /** Whether {@code dimacsLiteral} is true in the model of the last call, which must have answered SAT. */
    public boolean value(int dimacsLiteral) {
        return model().isTrue(dimacsLiteral);
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

    /**
     * Stops the solve running now, or, if none is running, the next one, which then answers
     * UNKNOWN ({@code interrupted}). Safe from any thread; the solver stays usable.
     */
    public void interrupt() {
        interruptRequested = true;
        sat4j.expireTimeout();
    }

    /** Totals over all calls so far ({@code loadNanos}: time spent in {@link #addClause}). */
    public SolverStatistics statistics() {
        long[] now = counters();
        return new SolverStatistics(now[0], now[1], now[2], now[3], addNanos, solveNanos, checkNanos);
    }

    /** Clauses added so far. */
    public int clauseCount() {
        return clauses.clauseCount();
    }

    /** The highest variable seen so far, in clauses or assumptions. */
    public int variableCount() {
        return variables;
    }

    /** Releases the solver; later calls throw {@link IllegalStateException}. Idempotent. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            sat4j.reset();
        }
    }

    /** The clauses added so far as a {@link Cnf}; O(1) when none were added since the last call. */
    private Cnf clausesSoFar() {
        if (clausesSnapshot.clauseCount() != clauses.clauseCount()) {
            clausesSnapshot = clauses.build();
        }
        return clausesSnapshot;
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
        SolverStatistics s = SolveSession.statistics(sat4j, 0, 0);
        return new long[] {s.decisions(), s.conflicts(), s.propagations(), s.restarts()};
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
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the solver is closed");
        }
    }
}
