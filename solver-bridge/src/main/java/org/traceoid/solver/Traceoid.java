package org.traceoid.solver;

import org.traceoid.cnf.Cnf;

/**
 * The library's entry point.
 *
 * <pre>{@code
 * Cnf cnf = DimacsReader.strict().read(Path.of("uf20-01.cnf"));
 * CertifiedResult result = Traceoid.solve(cnf, SolveOptions.defaults());
 * if (result.status() == SolveStatus.SATISFIABLE) {
 *     Assignment model = result.model().orElseThrow(); // already checked against cnf
 * }
 * }</pre>
 * For a solve that another thread may interrupt, use {@link SolveSession} directly.
 */
public final class Traceoid {
    private Traceoid() {
    }

    /** Solves {@code cnf}; a SAT answer carries a model checked against every clause of {@code cnf}. */
    public static CertifiedResult solve(Cnf cnf, SolveOptions options) {
        return new SolveSession(cnf, options).run();
    }
}
