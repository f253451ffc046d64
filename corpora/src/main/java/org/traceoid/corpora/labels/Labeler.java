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
 *       verified (NeuroCore, arXiv 1903.04671); the labels are that core's variables. The
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
        BitSet variables = new BitSet();
        for (int c : coreClauses) {
            for (int p = cnf.clauseStart(c); p < cnf.clauseEnd(c); p++) {
                variables.set(Math.abs(cnf.literalAt(p)));
            }
        }
        return new InstanceLabels("unsat", variables.stream().toArray(), coreClauses.length, null, null,
                result.certificate(), millis(start));
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
