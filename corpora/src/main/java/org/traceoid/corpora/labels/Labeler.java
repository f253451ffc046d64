package org.traceoid.corpora.labels;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.BitSet;
import org.traceoid.cnf.Assignment;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.proofcheck.CheckOptions;
import org.traceoid.proofcheck.CheckResult;
import org.traceoid.proofcheck.DratChecker;
import org.traceoid.solver.CertifiedResult;
import org.traceoid.solver.IncrementalSolver;
import org.traceoid.solver.SolveOptions;
import org.traceoid.solver.Traceoid;

/**
 * Labels from certified runs only (HOPF.md §3):
 * <ul>
 *   <li><b>UNSAT</b>: {@link Traceoid#solve} writes Sat4j's DRAT proof and certifies it; our
 *       {@link DratChecker} then checks that proof file once more and reports the core it
 *       verified (NeuroCore, arXiv 1903.04671), which is then minimised by deletion with
 *       certified calls (see {@code minimise}); the labels are the minimised core's variables. The
 *       second check costs about as much as the first; we pay it because the solver-bridge hands
 *       back a verdict, not a core.</li>
 *   <li><b>SAT</b>: the backbone (NeuroBack, arXiv 2110.14053). A first model {@code M} gives
 *       candidates {@code M(v)}; for each candidate we ask for a model of the formula with the
 *       assumption {@code ¬M(v)} in {@link IncrementalSolver}: an UNSAT answer (certified by a
 *       checked DRAT proof there) makes {@code M(v)} a backbone literal, a SAT answer's model
 *       removes every candidate it disagrees with. At most {@code n + 1} solver calls.</li>
 * </ul>
 * Each solver call has {@code timeout}; past it the instance is {@code unknown}, or a backbone
 * question stays undecided (and is masked in training). No unchecked answer becomes a label.
 */
public final class Labeler {
    private final Duration timeout;

    public Labeler(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        this.timeout = timeout;
    }

    public InstanceLabels label(Cnf cnf) {
        long start = System.nanoTime();
        Path proof = null;
        try {
            proof = Files.createTempFile("traceoid-label", ".drat");
            CertifiedResult result = Traceoid.solve(cnf, SolveOptions.builder().timeout(timeout).proofOutput(proof).build());
            return switch (result.status()) {
                case UNSATISFIABLE -> core(cnf, proof, result, start);
                case SATISFIABLE -> backbone(cnf, result.model().orElseThrow(), result, start);
                case UNKNOWN -> new InstanceLabels("unknown", null, null, null, null, result.certificate(), millis(start));
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (proof != null) {
                try {
                    Files.deleteIfExists(proof);
                } catch (IOException ignored) {
                    // a temp file left behind is not worth failing a label for
                }
            }
        }
    }

    private InstanceLabels core(Cnf cnf, Path proof, CertifiedResult result, long start) throws IOException {
        CheckResult check = new DratChecker(CheckOptions.defaults()).check(cnf, proof);
        if (!check.isVerified()) {
            throw new IllegalStateException("the certified UNSAT proof did not verify on the second check: " + check.message());
        }
        int[] coreClauses = check.coreClauseIndices();
        int[] minimal = minimise(cnf, coreClauses);
        return new InstanceLabels("unsat", variablesOf(cnf, minimal), minimal.length, null, null,
                result.certificate() + (minimal.length < coreClauses.length
                        ? "; core of " + coreClauses.length + " clauses minimised to " + minimal.length : ""),
                millis(start));
    }

    private static int[] variablesOf(Cnf cnf, int[] clauses) {
        BitSet variables = new BitSet();
        for (int c : clauses) {
            for (int p = cnf.clauseStart(c); p < cnf.clauseEnd(c); p++) {
                variables.set(Math.abs(cnf.literalAt(p)));
            }
        }
        return variables.stream().toArray();
    }

    /**
     * Deletion-based core minimisation (Marques-Silva 2010, "Minimal unsatisfiability: models,
     * algorithms and applications", §4): clause {@code i} of the verified core gets a selector
     * {@code s_i} (clause {@code C_i ∨ ¬s_i}); for each clause still in the core we ask whether the
     * others alone are UNSAT (assumptions {@code s_j}, {@code j ≠ i}). A certified UNSAT answer's
     * failed assumptions are a smaller core (our DRAT checker verified clauses + failed
     * assumptions); a SAT answer keeps clause {@code i}. Every clause of the result is
     * necessary given the rest: a minimal unsatisfiable subset when no call timed out. At most
     * {@code |core|} calls, each under {@link #timeout}; past the time budget of the whole
     * minimisation (also {@link #timeout}) the smallest certified core so far is kept.
     */
    private int[] minimise(Cnf cnf, int[] core) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int selectorBase = cnf.variableCount();
        try (IncrementalSolver solver = new IncrementalSolver(SolveOptions.builder().timeout(timeout).build())) {
            for (int c : core) {
                int[] clause = cnf.clause(c);
                int[] guarded = Arrays.copyOf(clause, clause.length + 1);
                guarded[clause.length] = -(selectorBase + 1 + c);
                solver.addClause(guarded);
            }
            java.util.TreeSet<Integer> current = new java.util.TreeSet<>();
            for (int c : core) {
                current.add(c);
            }
            java.util.List<Integer> order = new java.util.ArrayList<>(current);
            for (int candidate : order) {
                if (!current.contains(candidate) || System.nanoTime() > deadline) {
                    continue;
                }
                int[] assumptions = current.stream().filter(c -> c != candidate).mapToInt(c -> selectorBase + 1 + c).toArray();
                CertifiedResult answer = solver.solve(assumptions);
                if (answer.status() == SolveStatus.UNSATISFIABLE) {
                    current.clear();
                    for (int selector : solver.failedAssumptions()) {
                        current.add(selector - selectorBase - 1);
                    }
                }
            }
            return current.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    private InstanceLabels backbone(Cnf cnf, Assignment model, CertifiedResult result, long start) {
        int n = cnf.variableCount();
        // candidate[v] = the literal of v true in every model seen so far; 0 once refuted.
        int[] candidate = new int[n + 1];
        for (int v = 1; v <= n; v++) {
            // A variable a checked model leaves unassigned can take either value: not backbone.
            candidate[v] = !model.isAssigned(v) ? 0 : model.isTrue(v) ? v : -v;
        }
        int[] backbone = new int[n];
        int backboneCount = 0;
        int[] undecided = new int[n];
        int undecidedCount = 0;
        try (IncrementalSolver solver = new IncrementalSolver(SolveOptions.builder().timeout(timeout).build())) {
            for (int c = 0; c < cnf.clauseCount(); c++) {
                solver.addClause(cnf.clause(c));
            }
            for (int v = 1; v <= n; v++) {
                if (candidate[v] == 0) {
                    continue;
                }
                CertifiedResult answer = solver.solve(-candidate[v]);
                switch (answer.status()) {
                    case UNSATISFIABLE -> backbone[backboneCount++] = candidate[v];
                    case SATISFIABLE -> {
                        Assignment other = answer.model().orElseThrow();
                        for (int u = v; u <= n; u++) {
                            if (candidate[u] != 0 && (!other.isAssigned(u) || !other.isTrue(candidate[u]))) {
                                candidate[u] = 0;
                            }
                        }
                    }
                    case UNKNOWN -> undecided[undecidedCount++] = v;
                }
            }
        }
        return new InstanceLabels("sat", null, null, Arrays.copyOf(backbone, backboneCount),
                Arrays.copyOf(undecided, undecidedCount), result.certificate(), millis(start));
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
