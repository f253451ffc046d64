package org.traceoid.solver;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.traceoid.cnf.Assignment;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.CnfBuilder;
import org.traceoid.cnf.dimacs.DimacsWriter;
import org.traceoid.cnf.proof.ProofListener;
import org.traceoid.proofcheck.IncrementalRupChecker;
import org.traceoid.proofcheck.RecordedProof;

/**
 * The certification half of {@link IncrementalSolver}: it keeps an {@link IncrementalRupChecker}
 * in step with Sat4j's clause database and, optionally, writes the run as an IDRUP proof
 * ({@link IdrupWriter}).
 *
 * <p>Per call: Sat4j's proof events of that call are recorded ({@link #callProof()}); when the
 * call ends, whatever its answer, they are replayed into the checker, every lemma checked by RUP
 * against the database as it was when Sat4j learned it (every lemma, since a later call may
 * build on it). Then a SAT answer is certified by checking the model against every clause added
 * so far and the assumptions; an UNSAT answer with failed assumptions {@code F} by the RUP of
 * {@code ¬F} (the empty clause when {@code F} is empty). Sat4j's lemmas follow from the
 * clauses alone (assumptions are decisions in its search, never reasons), so they stay valid for
 * every later call, and nothing is ever re-checked: a call's certification costs its own lemmas
 * plus one query, not the history. The exception is the model check, O(clauses so far), since a
 * new model must satisfy every clause.
 */
final class IncrementalCertifier implements AutoCloseable {
    private final IncrementalRupChecker checker; // null: certification off
    private final IdrupWriter proofFile;         // null: no proof file
    private final CnfBuilder clauses = new CnfBuilder();
    private Cnf clausesSnapshot = Cnf.of(0);
    private RecordedProof callProof = new RecordedProof();
    private int call;
    private long lemmasOfLastCall;
    private long queries;
    private long modelsChecked;
    private long checkNanos;
    private long checkCpuNanos;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    IncrementalCertifier(boolean certify, Path proofFile) {
        this.checker = certify ? new IncrementalRupChecker() : null;
        this.proofFile = proofFile == null ? null : new IdrupWriter(proofFile);
    }

    /** Whether Sat4j's proof events are needed at all. */
    boolean recordsProof() {
        return checker != null || proofFile != null;
    }

    boolean certifies() {
        return checker != null;
    }

    void input(int[] clause) {
        clauses.addClause(clause);
        if (checker != null) {
            long start = System.nanoTime();
            checker.addInput(clause);
            checkNanos += System.nanoTime() - start;
        }
        if (proofFile != null) {
            proofFile.input(clause);
        }
    }

    /** Starts a call: a fresh recording for its proof events. */
    ProofListener startCall(int[] assumptions) {
        call++;
        callProof = new RecordedProof();
        if (proofFile != null) {
            proofFile.query(assumptions);
        }
        return callProof;
    }

    /**
     * Replays the call's proof into the checker (and the proof file).
     *
     * @return nanoseconds spent checking
     * @throws CertificationException if a lemma is not RUP
     */
    long endCall() {
        long start = System.nanoTime();
        long cpu = cpuNow();
        RecordedProof steps = callProof;
        callProof = new RecordedProof();
        lemmasOfLastCall = steps.lemmaCount();
        for (int step = 0; step < steps.stepCount(); step++) {
            int[] literals = steps.stepLiterals(step);
            boolean deletion = steps.isDeletion(step);
            if (proofFile != null) {
                if (deletion) {
                    proofFile.deletion(literals);
                } else {
                    proofFile.lemma(literals);
                }
            }
            if (checker == null) {
                continue;
            }
            if (deletion) {
                checker.delete(literals);
            } else if (!checker.addLemma(literals)) {
                throw new CertificationException("Sat4j's lemma " + Arrays.toString(literals) + " (step " + (step + 1)
                        + " of call " + call + ") is not implied by unit propagation from the clauses and the earlier lemmas");
            }
        }
        long nanos = System.nanoTime() - start;
        checkNanos += nanos;
        checkCpuNanos += cpuNow() - cpu;
        return nanos;
    }

    /** Certifies a model: every clause so far and every assumption true. @return the certificate line */
    String satisfiable(Assignment model, int[] assumptions, int variables) {
        if (proofFile != null) {
            proofFile.satisfiable(model.toDimacs(variables));
            proofFile.flush();
        }
        if (checker == null) {
            return SolveSession.NOT_CERTIFIED;
        }
        long start = System.nanoTime();
        long cpu = cpuNow();
        String certificate = Certification.model(clausesSoFar(), model, "Sat4j's model");
        for (int assumption : assumptions) {
            if (!model.isTrue(assumption)) {
                throw new CertificationException("Sat4j's model falsifies the assumption " + assumption);
            }
        }
        if (assumptions.length > 0) {
            certificate += " and all " + assumptions.length + " assumptions";
        }
        modelsChecked++;
        checkNanos += System.nanoTime() - start;
        checkCpuNanos += cpuNow() - cpu;
        return certificate;
    }

    /**
     * Certifies that the clauses and {@code failed} (a subset of {@code assumptions}) are
     * unsatisfiable, by the RUP of the clause {@code ¬failed}.
     *
     * @param lemmaNanos the time {@link #endCall()} spent on this call's lemmas, for the certificate line
     * @return the certificate line
     */
    String unsatisfiable(int[] failed, int[] assumptions, long lemmaNanos, int variables) {
        if (proofFile != null) {
            proofFile.unsatisfiable(failed);
            proofFile.flush();
        }
        if (checker == null) {
            return SolveSession.NOT_CERTIFIED;
        }
        long start = System.nanoTime();
        long cpu = cpuNow();
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
        int[] negated = new int[failed.length];
        for (int i = 0; i < failed.length; i++) {
            negated[i] = -failed[i];
        }
        if (!checker.isRup(negated)) {
            Path kept = keep(failed, variables);
            throw new CertificationException("the clauses and the failed assumptions " + Arrays.toString(failed)
                    + " are not refuted by unit propagation over the clauses and Sat4j's checked lemmas;"
                    + " the clauses with the failed assumptions as units are kept in " + kept, kept);
        }
        long nanos = System.nanoTime() - start;
        checkNanos += nanos;
        checkCpuNanos += cpuNow() - cpu;
        queries++;
        return String.format(Locale.ROOT,
                "RUP verified incrementally (%d lemmas of this call checked, %d in all) in %.3f s:"
                        + " the clauses and %d failed assumptions are unsatisfiable",
                lemmasOfLastCall, checker.lemmaCount(), (lemmaNanos + nanos) / 1e9, failed.length);
    }

    void unknown() {
        if (proofFile != null) {
            proofFile.unknown();
            proofFile.flush();
        }
    }

    CertificationStatistics statistics() {
        if (checker == null) {
            return new CertificationStatistics(0, 0, 0, 0, 0, 0, 0, 0);
        }
        return new CertificationStatistics(checker.inputCount(), checker.lemmaCount(), checker.deletionCount(),
                queries, modelsChecked, checker.propagationCount(), checkNanos, checkCpuNanos);
    }

    /** This thread's CPU time (ThreadMXBean; about a microsecond a call), 0 where the JVM does not measure it. */
    private long cpuNow() {
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : 0;
    }

    int clauseCount() {
        return clauses.clauseCount();
    }

    @Override
    public void close() {
        if (proofFile != null) {
            proofFile.close();
        }
    }

    /** The clauses added so far as a {@link Cnf}; O(1) when none were added since the last call. */
    private Cnf clausesSoFar() {
        if (clausesSnapshot.clauseCount() != clauses.clauseCount()) {
            clausesSnapshot = clauses.build();
        }
        return clausesSnapshot;
    }

    /** Writes the clauses plus the failed assumptions as units into a new temporary directory. */
    private Path keep(int[] failed, int variables) {
        try {
            Path dir = Files.createTempDirectory("traceoid-failed-certificate-");
            CnfBuilder refuted = new CnfBuilder().declareVariables(variables);
            clausesSoFar().writeTo(refuted);
            for (int literal : failed) {
                refuted.addClause(literal);
            }
            DimacsWriter.write(refuted.build(), dir.resolve("formula.cnf"),
                    List.of("clauses plus failed assumptions as units"));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the failed certificate: " + e.getMessage(), e);
        }
    }
}
