package org.traceoid.alloy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import kodkod.engine.satlab.SATFactory;
import kodkod.engine.satlab.SATSolver;
import org.traceoid.solver.CertifiedResult;
import org.traceoid.solver.SolveOptions;

/**
 * A Kodkod {@link SATFactory} whose solvers are Traceoid's certified {@code IncrementalSolver}
 * ({@link CertifiedSatSolver}): set it as Alloy's {@code A4Options.solver} and every SAT call
 * Kodkod makes for a command is answered with a checked model or a checked refutation. What is
 * certified is the CNF Kodkod hands to the solver (after its translation and symmetry breaking),
 * not the translation itself.
 *
 * <p>Every answer is also recorded ({@link #answers()}), so that a caller can report the
 * certificate of each call a command made. A factory serves one command at a time; make a new
 * one per command to keep their answers apart.
 */
public final class CertifiedSatFactory extends SATFactory {
    private static final long serialVersionUID = 1L;

    private final transient SolveOptions options;
    private final transient List<CertifiedResult> answers = Collections.synchronizedList(new ArrayList<>());

    /** A factory whose solvers certify every answer, without budgets. */
    public CertifiedSatFactory() {
        this(SolveOptions.defaults());
    }

    public CertifiedSatFactory(SolveOptions options) {
        this.options = options;
    }

    @Override
    public String id() {
        return "traceoid";
    }

    @Override
    public String name() {
        return "Traceoid (certified Sat4j)";
    }

    @Override
    public String type() {
        return "java";
    }

    @Override
    public Optional<String> getDescription() {
        return Optional.of("Sat4j behind Traceoid's certification: every model checked against every clause, "
                + "every refutation checked by reverse unit propagation");
    }

    @Override
    public boolean incremental() {
        return true;
    }

    @Override
    protected SATSolver createSolver() {
        return new CertifiedSatSolver(options, answers::add);
    }

    /** Every answer of every solver made so far, in order. */
    public List<CertifiedResult> answers() {
        synchronized (answers) {
            return List.copyOf(answers);
        }
    }
}
