package org.traceoid.solver;

import java.util.Arrays;
import java.util.Locale;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.CnfBuilder;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.cnf.proof.ProofListener;
import org.traceoid.encoding.BitVectors;
import org.traceoid.encoding.Gates;
import org.traceoid.proofcheck.CheckOptions;
import org.traceoid.proofcheck.CheckResult;
import org.traceoid.proofcheck.DratChecker;
import org.traceoid.proofcheck.RecordedProof;

/**
 * The incremental-certification benchmark behind bench/incremental-certification.sh (not a
 * test). A BMC loop in the style of a verification tool: a miter of two {@code w}-bit
 * accumulators fed the same free input every step, one adding it in one ripple-carry adder,
 * the other in two halves (low bits, then high bits), so the circuits differ; the safety
 * property is that they agree. Call {@code k} adds frame {@code k} (both transitions) and asks
 * whether they can differ at step {@code k} (assuming the negated equality literal: UNSAT, the
 * proof needs real search), and every {@code satEvery}-th call also asks whether the first
 * accumulator can hold a given value (SAT: a model to check).
 *
 * <p>Per UNSAT call it measures (thread CPU time), on the very same Sat4j run: the
 * incremental certification that {@link IncrementalSolver} does (this call's lemmas by forward
 * RUP, then the RUP of the negated core), and what the previous design did, a backward
 * {@link DratChecker} check of the whole history (every lemma of every call so far) against
 * all clauses plus the failed assumptions, which the proof tap records beside it. Prints one
 * line per call, then a table by blocks of calls (docs/performance.md, "Incremental
 * certification"). Arguments: {@code CALLS WIDTH SAT_EVERY [FULL_RECHECK_EVERY]}.
 */
public final class IncrementalCertificationBenchmark {
    private IncrementalCertificationBenchmark() {
    }

    public static void main(String[] args) {
        int calls = Integer.parseInt(args[0]);
        int width = Integer.parseInt(args[1]);
        int satEvery = Integer.parseInt(args[2]);
        int recheckEvery = args.length > 3 ? Integer.parseInt(args[3]) : 1;
        RecordedProof history = new RecordedProof();
        ProofListener both = history; // the tap: Sat4j's events go to the solver's checker and to the history
        CnfBuilder allClauses = new CnfBuilder();
        double[] incremental = new double[calls + 1];
        double[] full = new double[calls + 1];
        double[] solve = new double[calls + 1];
        double[] sat = new double[calls + 1];
        long[] lemmas = new long[calls + 1];
        System.out.println("call\tstatus\tconflicts\tlemmas_call\tlemmas_total\tsolve_ms\tcert_incremental_ms\tcert_full_recheck_ms\tclauses");
        try (IncrementalSolver solver = new IncrementalSolver(SolveOptions.defaults(), target -> fanOut(target, both))) {
            ClauseSinkRecorder sink = new ClauseSinkRecorder(solver, allClauses);
            int constant = solver.newVariable();
            sink.addClause(constant);
            Gates gates = new Gates(sink, solver::newVariable, constant);
            BitVectors bits = new BitVectors(gates);
            int[] a = zeros(gates, width);
            int[] b = zeros(gates, width);
            int half = width / 2;
            for (int k = 1; k <= calls; k++) {
                int[] input = new int[width];
                for (int i = 0; i < width; i++) {
                    input[i] = solver.newVariable();
                }
                a = truncate(bits.add(a, input), width, gates);
                int[] low = input.clone();
                int[] high = input.clone();
                Arrays.fill(low, half, width, gates.constant(false));
                Arrays.fill(high, 0, half, gates.constant(false));
                b = truncate(bits.add(truncate(bits.add(b, low), width, gates), high), width, gates);
                int equal = bits.equal(a, b);

                long lemmasBefore = solver.certificationStatistics().lemmasChecked();
                long cpuBefore = solver.certificationStatistics().checkCpuNanos();
                CertifiedResult answer = solver.solve(-equal);
                if (answer.status() != SolveStatus.UNSATISFIABLE || !answer.certified()) {
                    throw new IllegalStateException("call " + k + ": " + answer.status() + " " + answer.certificate());
                }
                double checkMs = (solver.certificationStatistics().checkCpuNanos() - cpuBefore) / 1e6;
                incremental[k] = checkMs;
                solve[k] = answer.statistics().solveNanos() / 1e6;
                lemmas[k] = solver.certificationStatistics().lemmasChecked() - lemmasBefore;
                full[k] = Double.NaN;
                if (k % recheckEvery == 0) {
                    full[k] = fullRecheckMillis(allClauses, history, solver.failedAssumptions(), solver.variableCount());
                }
                System.out.printf(Locale.ROOT, "%d\tUNSAT\t%d\t%d\t%d\t%.2f\t%.3f\t%.3f\t%d%n", k, answer.statistics().conflicts(),
                        lemmas[k], solver.certificationStatistics().lemmasChecked(), solve[k], incremental[k], full[k],
                        solver.clauseCount());

                if (satEvery > 0 && k % satEvery == 0) {
                    int target = bits.equal(a, bits.constant(k % (1L << width))); // reachable: the inputs are free
                    long satCpuBefore = solver.certificationStatistics().checkCpuNanos();
                    CertifiedResult model = solver.solve(target);
                    if (model.status() != SolveStatus.SATISFIABLE || !model.certified()) {
                        throw new IllegalStateException("call " + k + " (SAT): " + model.status());
                    }
                    sat[k] = (solver.certificationStatistics().checkCpuNanos() - satCpuBefore) / 1e6;
                    System.out.printf(Locale.ROOT, "%d\tSAT\t%d\t-\t%d\t-\t%.3f\t-\t%d%n", k, model.statistics().conflicts(),
                            solver.certificationStatistics().lemmasChecked(), sat[k], solver.clauseCount());
                }
            }
        }
        int block = Math.max(1, calls / 10);
        System.out.println();
        System.out.println("| calls | lemmas checked per call (mean) | search per call (wall ms, median) "
                + "| incremental certification per call (CPU ms, median / max) | full re-check per call (CPU ms, median) "
                + "| full / incremental (medians) | SAT call certification (CPU ms, median) |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int from = 1; from <= calls; from += block) {
            int to = Math.min(calls, from + block - 1);
            double[] inc = Arrays.copyOfRange(incremental, from, to + 1);
            double[] srch = Arrays.copyOfRange(solve, from, to + 1);
            double[] fl = Arrays.stream(full, from, to + 1).filter(x -> !Double.isNaN(x)).toArray();
            double[] sm = Arrays.stream(sat, from, to + 1).filter(x -> x > 0).toArray();
            double lm = Arrays.stream(lemmas, from, to + 1).average().orElse(0);
            System.out.printf(Locale.ROOT, "| %d–%d | %.0f | %.1f | %.2f / %.1f | %s | %s | %s |%n", from, to, lm, median(srch),
                    median(inc), Arrays.stream(inc).max().orElse(0),
                    fl.length == 0 ? "–" : String.format(Locale.ROOT, "%.1f", median(fl)),
                    fl.length == 0 ? "–" : String.format(Locale.ROOT, "%.0f×", median(fl) / median(inc)),
                    sm.length == 0 ? "–" : String.format(Locale.ROOT, "%.2f", median(sm)));
        }
    }

    private static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The previous design's certificate for this answer: a backward check of every lemma so far. */
    private static double fullRecheckMillis(CnfBuilder allClauses, RecordedProof history, int[] failed,
                                            int variables) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = cpu.getCurrentThreadCpuTime();
        CnfBuilder refuted = new CnfBuilder().declareVariables(variables);
        allClauses.build().writeTo(refuted);
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
            throw new IllegalStateException("full re-check failed: " + check.message());
        }
        return (cpu.getCurrentThreadCpuTime() - start) / 1e6;
    }

    private static ProofListener fanOut(ProofListener first, ProofListener second) {
        return new ProofListener() {
            @Override
            public void lemmaAdded(int[] dimacsLiterals) {
                first.lemmaAdded(dimacsLiterals);
                second.lemmaAdded(dimacsLiterals);
            }

            @Override
            public void clauseDeleted(int[] dimacsLiterals) {
                first.clauseDeleted(dimacsLiterals);
                second.clauseDeleted(dimacsLiterals);
            }
        };
    }

    private static int[] zeros(Gates gates, int width) {
        int[] bits = new int[width];
        Arrays.fill(bits, gates.constant(false));
        return bits;
    }

    /** The low {@code width} bits (addition modulo 2^width), padded with constant zeros. */
    private static int[] truncate(int[] bits, int width, Gates gates) {
        int[] out = Arrays.copyOf(bits, width);
        for (int i = bits.length; i < width; i++) {
            out[i] = gates.constant(false);
        }
        return out;
    }

    /** Adds every clause to the solver and to a copy (for the full re-check). */
    private record ClauseSinkRecorder(IncrementalSolver solver, CnfBuilder copy) implements org.traceoid.cnf.ClauseSink {
        @Override
        public void addClause(int... dimacsLiterals) {
            solver.addClause(dimacsLiterals);
            copy.addClause(dimacsLiterals);
        }
    }
}
