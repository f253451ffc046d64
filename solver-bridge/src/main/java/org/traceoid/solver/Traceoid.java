package org.traceoid.solver;

import org.traceoid.cnf.Cnf;

/**
 * The library's entry point for one formula; for clauses added in rounds and questions under
 * assumptions, use {@link IncrementalSolver}.
 *
 * <pre>{@code
 * Cnf cnf = DimacsReader.strict().read(Path.of("uuf50-01.cnf"));
 * CertifiedResult result = Traceoid.solve(cnf, SolveOptions.builder()
 *         .timeout(Duration.ofSeconds(60))
 *         .proofOutput(Path.of("uuf50-01.drat"))   // optional: keep the DRAT proof
 *         .build());
 * switch (result.status()) {
 *     case SATISFIABLE -> use(result.model().orElseThrow()); // checked against every clause of cnf
 *     case UNSATISFIABLE -> log(result.certificate());        // "DRAT proof verified (...) in 0.012 s"
 *     case UNKNOWN -> log(result.certificate());              // "time limit reached", "interrupted", ...
 * }
 * }</pre>
 * For a solve that another thread may interrupt, use {@link SolveSession} directly.
 */
public final class Traceoid {
    private Traceoid() {
    }

    /**
     * Solves {@code cnf} and, unless {@link SolveOptions#certify()} is off, certifies the answer:
     * a model is checked against every clause of {@code cnf}, an UNSAT answer by checking
     * Sat4j's DRAT proof with our {@code DratChecker}.
     *
     * @throws CertificationException if the answer does not check (never a silent fallback)
     * @throws java.io.UncheckedIOException if the proof file cannot be written
     */
    public static CertifiedResult solve(Cnf cnf, SolveOptions options) {
        return new SolveSession(cnf, options).run();
    }
}
