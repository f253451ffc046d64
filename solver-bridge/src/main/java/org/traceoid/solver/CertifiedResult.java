package org.traceoid.solver;

import java.util.Objects;
import java.util.Optional;
import org.traceoid.cnf.Assignment;
import org.traceoid.cnf.SolveStatus;

/**
 * An answer together with how it was certified.
 *
 * @param status      SAT, UNSAT or UNKNOWN
 * @param model       for SAT, the model, already checked against every original clause
 * @param certificate one line saying how the answer was checked (or that it was not, and why),
 *                    for example {@code model satisfies all 91 clauses} or
 *                    {@code DRAT proof verified (60 lemmas, core 116 clauses) in 0.013 s}
 * @param certified   whether the answer was checked; false only for UNKNOWN, or when
 *                    certification was switched off, and then {@code certificate} says so
 * @param statistics  solver effort and timings
 */
public record CertifiedResult(
        SolveStatus status,
        Optional<Assignment> model,
        String certificate,
        boolean certified,
        SolverStatistics statistics) {

    public CertifiedResult {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(statistics, "statistics");
        if (model.isPresent() != (status == SolveStatus.SATISFIABLE)) {
            throw new IllegalArgumentException("a model comes with SATISFIABLE and only with it");
        }
    }
}
