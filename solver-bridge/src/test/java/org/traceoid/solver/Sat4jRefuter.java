package org.traceoid.solver;

import java.util.Optional;
import org.sat4j.specs.ContradictionException;
import org.sat4j.specs.ISolver;
import org.sat4j.specs.TimeoutException;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.proof.ProofListener;

/**
 * Test helper for other packages (the preprocessor's tests and benchmark): loads or solves a formula with our Sat4j
 * configuration while its DRAT proof goes to a listener, through the same package-private
 * loader and proof adapter that {@link SolveSession} uses, without a proof file or a check.
 */
public final class Sat4jRefuter {
    private Sat4jRefuter() {
    }

    /** Loads {@code cnf} into {@code solver} as SolveSession does ({@code Sat4jLoader}). */
    public static void load(Cnf cnf, ISolver solver) throws ContradictionException {
        Sat4jLoader.load(cnf, solver);
    }

    /**
     * Solves {@code cnf}: a model (Sat4j's, unchecked) if satisfiable; empty if unsatisfiable, and
     * then {@code proof} has received Sat4j's proof ending with the empty clause.
     */
    public static Optional<int[]> solve(Cnf cnf, ProofListener proof) {
        ISolver sat4j = Sat4jConfiguration.newSolver();
        Sat4jProofAdapter.prepare(sat4j);
        sat4j.setSearchListener(new Sat4jProofAdapter(proof));
        try {
            Sat4jLoader.load(cnf, sat4j);
            if (sat4j.isSatisfiable()) {
                return Optional.of(sat4j.model());
            }
        } catch (ContradictionException trivial) {
            // refuted by propagation while loading: the empty clause alone is the proof
        } catch (TimeoutException e) {
            throw new IllegalStateException("no timeout was set", e);
        }
        proof.lemmaAdded(new int[0]);
        return Optional.empty();
    }
}
