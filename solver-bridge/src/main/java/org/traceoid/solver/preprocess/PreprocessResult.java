package org.traceoid.solver.preprocess;

import java.util.Objects;
import java.util.Optional;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.SolveStatus;

/**
 * What {@link Preprocessor#run} produced: the simplified formula (same variable numbering and
 * variable count as the input; eliminated, substituted and fixed variables no longer occur,
 * except that a fixed frozen variable, or with unit propagation off any unit, stays as a unit
 * clause), the answer if preprocessing alone decided it, the reconstruction for models, and
 * the statistics. Immutable.
 */
public final class PreprocessResult {
    private final Cnf simplified;
    private final Optional<SolveStatus> decided;
    private final ModelReconstruction reconstruction;
    private final PreprocessStatistics statistics;

    PreprocessResult(Cnf simplified, Optional<SolveStatus> decided, ModelReconstruction reconstruction,
            PreprocessStatistics statistics) {
        this.simplified = Objects.requireNonNull(simplified);
        this.decided = Objects.requireNonNull(decided);
        this.reconstruction = Objects.requireNonNull(reconstruction);
        this.statistics = Objects.requireNonNull(statistics);
    }

    /** The simplified formula: satisfiable exactly when the input is (and, over the frozen variables, with the same models). */
    public Cnf simplified() {
        return simplified;
    }

    /**
     * {@code UNSATISFIABLE}: the empty clause was derived and added to the proof as a lemma (the
     * simplified formula is then the empty clause alone); {@code SATISFIABLE}: no clause is left
     * but unit clauses on distinct variables, so {@code reconstruction().extend(...)} of any
     * assignment is a model; empty otherwise.
     */
    public Optional<SolveStatus> decided() {
        return decided;
    }

    public ModelReconstruction reconstruction() {
        return reconstruction;
    }

    public PreprocessStatistics statistics() {
        return statistics;
    }

    @Override
    public String toString() {
        return "PreprocessResult[" + simplified + ", decided " + decided.map(Enum::name).orElse("no") + "; "
                + statistics + "]";
    }
}
