package org.traceoid.solver.preprocess;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.cnf.proof.ProofListener;

/**
 * Certified preprocessing of a {@link Cnf} before search, in the manner of MiniSat's
 * {@code SimpSolver} (Eén &amp; Biere, SAT 2005) with equivalent-literal substitution and
 * failed-literal probing added. A run loads the formula into a {@code ClauseStore} (occurrence
 * lists, root assignment), propagates units, then repeats rounds of
 * {@link EquivalentLiterals equivalences}, {@link FailedLiterals failed literals},
 * {@link Subsumption subsumption} and {@link VariableElimination elimination} while they change
 * the formula and budget is left (at most {@link #MAX_ROUNDS}). Every change goes to the proof
 * listener as DRAT, so that these steps followed by any DRAT refutation of the simplified
 * formula form a refutation of the original; models come back through the
 * {@link ModelReconstruction}. The listener's {@code proofFinished} is not called: the
 * search's proof follows.
 *
 * <pre>{@code
 * PreprocessResult result = new Preprocessor(PreprocessOptions.defaults()).run(cnf, proof, () -> false);
 * // solve result.simplified(); for a model m of it: result.reconstruction().extend(m) satisfies cnf
 * }</pre>
 *
 * <p>Cost: O(literals) to load and write back, plus at most the tick budget (each technique its
 * share, see {@link #SHARES}). A preprocessor is immutable and may run on several threads at once.
 */
public final class Preprocessor {
    /** Rounds of all techniques, at most (later rounds only run while the previous one changed something). */
    static final int MAX_ROUNDS = 4;

    /** Each technique's share of the tick budget per phase, by {@link Technique} ordinal (units are not bounded). */
    static final double[] SHARES = {1.0, 0.05, 0.15, 0.30, 0.50};

    private final PreprocessOptions options;

    public Preprocessor(PreprocessOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    public PreprocessOptions options() {
        return options;
    }

    /**
     * Simplifies cnf, writing every step to proof (never null; use a no-op listener for none).
     * {@code stop} is polled throughout; once it says true, the run ends after the step in
     * progress and returns what was simplified so far (sound, only less simplified).
     */
    public PreprocessResult run(Cnf cnf, ProofListener proof, BooleanSupplier stop) {
        Objects.requireNonNull(cnf, "cnf");
        Objects.requireNonNull(proof, "proof");
        Objects.requireNonNull(stop, "stop");
        long begin = System.nanoTime();
        long[] nanos = new long[Technique.values().length];
        Budget budget = new Budget(options.tickBudget(), stop);
        int variablesBefore = occurringVariables(cnf);
        ClauseStore store = ClauseStore.load(cnf, options, proof, budget);
        if (store == null) {
            // Stopped while loading: nothing was written to the proof; the formula is unchanged.
            List<TechniqueStatistics> none = new ArrayList<>();
            for (Technique technique : Technique.values()) {
                none.add(new TechniqueStatistics(technique, 0, 0, 0, 0, 0));
            }
            PreprocessStatistics statistics = new PreprocessStatistics(variablesBefore, cnf.clauseCount(),
                    cnf.literalCount(), variablesBefore, cnf.clauseCount(), cnf.literalCount(), none, budget.spent(),
                    System.nanoTime() - begin, false, true);
            return new PreprocessResult(cnf, Optional.empty(),
                    new ReconstructionStack().build(cnf.variableCount(), cnf.maxVariable()), statistics);
        }
        store.propagate();
        nanos[Technique.UNITS.ordinal()] = System.nanoTime() - begin;
        Subsumption subsumption = options.subsumption() ? new Subsumption(store, budget) : null;
        boolean exhausted = false;
        for (int round = 0; round < MAX_ROUNDS && !store.isUnsat() && !budget.stopped() && !budget.spentAll(); round++) {
            long changes = store.changes();
            if (options.equivalences()) {
                exhausted |= phase(Technique.EQUIVALENCES, budget, nanos, () -> new EquivalentLiterals(store, budget).run());
            }
            if (options.failedLiterals() && !store.isUnsat()) {
                exhausted |= phase(Technique.FAILED_LITERALS, budget, nanos, () -> new FailedLiterals(store, budget).run());
            }
            if (subsumption != null && !store.isUnsat()) {
                final int thisRound = round;
                exhausted |= phase(Technique.SUBSUMPTION, budget, nanos, () -> {
                    if (thisRound > 0) {
                        subsumption.gatherTouched();
                    }
                    boolean ok = subsumption.run();
                    store.clearQueue(); // what the budget left unchecked waits for the next round's gathering
                    return ok;
                });
            }
            if (options.elimination() && !store.isUnsat()) {
                exhausted |= phase(Technique.ELIMINATION, budget, nanos,
                        () -> new VariableElimination(store, budget, subsumption, options).run());
            }
            if (store.changes() == changes) {
                break;
            }
        }
        Cnf simplified;
        Optional<SolveStatus> decided;
        if (store.isUnsat()) {
            simplified = Cnf.of(cnf.variableCount(), new int[0]);
            decided = Optional.of(SolveStatus.UNSATISFIABLE);
        } else {
            simplified = store.toCnf(cnf.variableCount());
            decided = store.liveClauses() == 0 ? Optional.of(SolveStatus.SATISFIABLE) : Optional.empty();
        }
        List<TechniqueStatistics> techniques = new ArrayList<>();
        for (Technique technique : Technique.values()) {
            techniques.add(store.statistics(technique, nanos[technique.ordinal()]));
        }
        PreprocessStatistics statistics = new PreprocessStatistics(variablesBefore, cnf.clauseCount(),
                cnf.literalCount(), occurringVariables(simplified), simplified.clauseCount(), simplified.literalCount(),
                techniques, budget.spent(), System.nanoTime() - begin, (exhausted || budget.spentAll()) && !budget.stopped(),
                budget.stopped());
        return new PreprocessResult(simplified, decided, store.reconstruction(cnf.variableCount()), statistics);
    }

    /** Runs one technique as a budget phase, adding its time; true if the phase ran out of budget. */
    private static boolean phase(Technique technique, Budget budget, long[] nanos, java.util.function.BooleanSupplier body) {
        if (budget.stopped() || budget.spentAll()) {
            return true;
        }
        long start = System.nanoTime();
        budget.startPhase(SHARES[technique.ordinal()]);
        body.getAsBoolean();
        boolean exhausted = budget.exhausted();
        nanos[technique.ordinal()] += System.nanoTime() - start;
        return exhausted;
    }

    /** The number of distinct variables in the clauses of {@code cnf}; O(literals), one bit per variable. */
    static int occurringVariables(Cnf cnf) {
        java.util.BitSet seen = new java.util.BitSet(cnf.maxVariable() + 1);
        for (int p = 0; p < cnf.literalCount(); p++) {
            seen.set(Math.abs(cnf.literalAt(p)));
        }
        return seen.cardinality();
    }
}
