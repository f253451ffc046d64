package org.traceoid.solver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.sat4j.minisat.core.Solver;
import org.sat4j.minisat.core.SolverStats;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.ISolver;
import org.sat4j.specs.TimeoutException;
import org.traceoid.cnf.Assignment;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.cnf.proof.ProofListener;

/**
 * One solve of one formula with Sat4j (see {@code Sat4jConfiguration}), which another thread may
 * {@link #interrupt()}. Use once: {@link #run()} on the solving thread.
 *
 * <p>Certification (on by default, {@link SolveOptions#certify()}): a SAT answer is returned
 * only after {@code ModelCheck} accepted the model against {@code cnf} as given; an UNSAT answer
 * only after our {@code DratChecker} verified the DRAT proof that {@code Sat4jProofAdapter}
 * recorded during the search (the empty clause appended here, since Sat4j logs none). Either
 * failure throws {@link CertificationException}. Cost of proof logging: one array per learned
 * or deleted clause; of checking: a backward DRAT check, typically as long as the solve.
 *
 * <p>Stopping: {@code StopCondition} checks the deadline, the conflict budget and the interrupt
 * flag at every conflict and every 256th decision and then expires Sat4j's timeout, so the
 * search stops at its next loop iteration; an interrupt that arrives before the search starts
 * is seen before it starts. The answer is then UNKNOWN. Certification is not limited by the
 * timeout, but an interrupt during the proof check cancels it (by interrupting the checking
 * thread, which {@code DratChecker} polls), and the answer is UNKNOWN: an UNSAT answer whose
 * check did not finish is not claimed.
 */
public final class SolveSession {
    /** The certificate text of an answer returned without checking. */
    static final String NOT_CERTIFIED = "not certified (certification switched off)";

    /**
     * Test hook (package-private, tests only): wraps the listener that receives Sat4j's proof,
     * so that a test can break the proof before it is checked. Identity in production.
     */
    static volatile UnaryOperator<ProofListener> proofTamperForTests = UnaryOperator.identity();

    /** Test hook: runs on the solving thread just before the proof check starts. */
    static volatile Consumer<SolveSession> beforeProofCheckForTests = session -> { };

    /** Test hook: literals kept in memory before the proof moves to a temporary file. */
    static volatile long proofMemoryLiteralsForTests = ProofSink.DEFAULT_MEMORY_LITERALS;

    private final Cnf cnf;
    private final SolveOptions options;
    private volatile boolean interrupted;
    private Thread checkingThread; // guarded by this: the thread running the proof check, if any
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
        synchronized (this) {
            if (checkingThread != null) {
                checkingThread.interrupt(); // the DratChecker polls its thread's interrupt flag
            }
        }
    }

    /**
     * Loads the formula, searches, and certifies the answer (unless certification is off).
     *
     * @throws CertificationException if the model falsifies a clause or the proof does not verify
     * @throws UncheckedIOException   if the proof file cannot be written
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
        StopCondition stop = new StopCondition(sat4j, () -> interrupted, deadline,
                options.conflictBudget().orElse(Long.MAX_VALUE));
        ProofSink proof;
        try {
            proof = ProofSink.forOptions(options, proofMemoryLiteralsForTests);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the proof file: " + e.getMessage(), e);
        }
        if (proof != null) {
            Sat4jProofAdapter.prepare(sat4j);
            sat4j.setSearchListener(new Sat4jProofAdapter(proofTamperForTests.apply(proof), stop));
        } else {
            sat4j.setSearchListener(stop);
        }
        solver = sat4j;

        SolveStatus status;
        long loaded;
        try {
            Sat4jLoader.load(cnf, sat4j);
            loaded = System.nanoTime();
            if (interrupted || stop.shouldStop()) {
                status = SolveStatus.UNKNOWN;
            } else {
                try {
                    status = sat4j.isSatisfiable() ? SolveStatus.SATISFIABLE : SolveStatus.UNSATISFIABLE;
                } catch (TimeoutException stopped) {
                    status = SolveStatus.UNKNOWN;
                }
            }
        } catch (ContradictionException trivial) {
            // Refuted by unit propagation while loading: the proof is the empty clause alone.
            loaded = System.nanoTime();
            status = SolveStatus.UNSATISFIABLE;
        }
        long solved = System.nanoTime();
        SolverStatistics statistics = statistics(sat4j, loaded - start, solved - loaded);
        int[] sat4jModel = status == SolveStatus.SATISFIABLE ? sat4j.model() : null;
        solver = null; // from here on only the certificate check runs; let the solver's memory go
        sat4j = null;
        if (status != SolveStatus.UNSATISFIABLE && proof != null) {
            proof.discardTemporary();
        }
        return switch (status) {
            case SATISFIABLE -> satisfiable(sat4jModel, statistics);
            case UNSATISFIABLE -> unsatisfiable(proof, statistics);
            case UNKNOWN -> new CertifiedResult(status, Optional.empty(),
                    interrupted ? "interrupted" : stop.describe(), false, statistics);
        };
    }

    private CertifiedResult satisfiable(int[] sat4jModel, SolverStatistics statistics) {
        Assignment model = Assignment.fromModel(cnf.variableCount(), sat4jModel);
        if (!options.certify()) {
            return new CertifiedResult(SolveStatus.SATISFIABLE, Optional.of(model), NOT_CERTIFIED, false, statistics);
        }
        long checkStart = System.nanoTime();
        String certificate = Certification.model(cnf, model, "Sat4j's model");
        return new CertifiedResult(SolveStatus.SATISFIABLE, Optional.of(model), certificate, true,
                statistics.withCheckNanos(System.nanoTime() - checkStart));
    }

    private CertifiedResult unsatisfiable(ProofSink proof, SolverStatistics statistics) {
        if (proof == null) {
            return new CertifiedResult(SolveStatus.UNSATISFIABLE, Optional.empty(), NOT_CERTIFIED, false, statistics);
        }
        proof.refuted();
        if (!options.certify()) {
            return new CertifiedResult(SolveStatus.UNSATISFIABLE, Optional.empty(), NOT_CERTIFIED, false, statistics);
        }
        long checkStart = System.nanoTime();
        String certificate;
        synchronized (this) {
            checkingThread = interrupted ? null : Thread.currentThread();
        }
        try {
            beforeProofCheckForTests.accept(this);
            certificate = interrupted ? null : proof.certify(cnf);
        } finally {
            synchronized (this) {
                if (checkingThread != null && interrupted) {
                    Thread.interrupted(); // clear the flag we set; the caller gets UNKNOWN instead
                }
                checkingThread = null;
            }
        }
        if (certificate == null) {
            proof.discardTemporary();
            return new CertifiedResult(SolveStatus.UNKNOWN, Optional.empty(), "interrupted while checking the proof",
                    false, statistics.withCheckNanos(System.nanoTime() - checkStart));
        }
        return new CertifiedResult(SolveStatus.UNSATISFIABLE, Optional.empty(), certificate, true,
                statistics.withCheckNanos(System.nanoTime() - checkStart));
    }

    static SolverStatistics statistics(ISolver sat4j, long loadNanos, long solveNanos) {
        if (sat4j instanceof Solver<?> minisat) {
            SolverStats stats = minisat.getStats();
            return new SolverStatistics(stats.getDecisions(), stats.getConflicts(), stats.getPropagations(),
                    stats.getStarts(), loadNanos, solveNanos, 0);
        }
        return new SolverStatistics(0, 0, 0, 0, loadNanos, solveNanos, 0);
    }
}
