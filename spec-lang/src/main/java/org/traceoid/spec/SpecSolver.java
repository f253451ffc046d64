package org.traceoid.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.solver.CertificationException;
import org.traceoid.solver.CertifiedResult;
import org.traceoid.solver.SolveOptions;
import org.traceoid.solver.Traceoid;

/**
 * Solves a compiled spec and answers in its own terms: values by name, or a minimal set of
 * conflicting assertions (a MUS over the activation literals).
 *
 * <p>The MUS is deletion-based (Marques-Silva, "Minimal Unsatisfiability: Models, Algorithms
 * and Applications", ISMVL 2010, §4): starting from all assertions, drop each one in turn and
 * keep it dropped when the rest is still UNSAT. n + 1 one-shot solves for n assertions, each
 * a fresh {@link Traceoid#solve} of the CNF with activation units, so each UNSAT step is as
 * certified as {@code Traceoid.solve} makes UNSAT answers. The core's certificate is the one of
 * the last UNSAT step, whose active set is exactly the core. With an incremental solver this
 * becomes one loaded formula solved under assumptions, and the solver's own core of each
 * UNSAT step can drop several assertions at once (clause-set refinement).
 */
public final class SpecSolver {
    private SpecSolver() {
    }

    /**
     * The answer.
     *
     * @param values      for SAT, every declared name's value ({@link Boolean} or {@link Long})
     * @param core        for UNSAT, the conflicting assertions in file order
     * @param minimal     whether the core is known minimal (false only if a step hit the time
     *                    limit or the thread was interrupted; the core is UNSAT either way)
     * @param certificate how the final answer was checked (the core's refutation for UNSAT)
     * @param solveCalls  how many solver calls were made
     */
    public record Answer(SolveStatus status, Optional<Map<String, Object>> values, List<Assertion> core,
            boolean minimal, String certificate, boolean certified, int solveCalls) {
    }

    public static Answer solve(CompiledSpec compiled, SolveOptions options) {
        Spec spec = compiled.spec();
        List<String> active = new ArrayList<>(spec.assertions().stream().map(Assertion::name).toList());
        CertifiedResult result = Traceoid.solve(compiled.withActive(active), options);
        int calls = 1;
        if (result.status() == SolveStatus.SATISFIABLE) {
            Map<String, Object> values = compiled.decode(result.model().orElseThrow());
            // An answer in the user's terms, checked in the user's terms: every assertion holds.
            if (!new Evaluator(values).satisfies(spec)) {
                throw new CertificationException("decoded values " + values + " violate an assertion of " + spec.file());
            }
            return new Answer(SolveStatus.SATISFIABLE, Optional.of(values), List.of(), true,
                    result.certificate() + "; values satisfy all " + spec.assertions().size() + " assertions",
                    result.certified(), calls);
        }
        if (result.status() == SolveStatus.UNKNOWN) {
            return new Answer(SolveStatus.UNKNOWN, Optional.empty(), List.of(), false, result.certificate(), false, calls);
        }
        CertifiedResult coreRefutation = result;
        boolean minimal = true;
        for (Assertion candidate : spec.assertions()) {
            if (Thread.currentThread().isInterrupted()) {
                minimal = false; // cancelled: the current set is UNSAT, just not shrunk further
                break;
            }
            List<String> without = new ArrayList<>(active);
            without.remove(candidate.name());
            CertifiedResult step = Traceoid.solve(compiled.withActive(without), options);
            calls++;
            if (step.status() == SolveStatus.UNSATISFIABLE) {
                active = without;
                coreRefutation = step;
            } else if (step.status() == SolveStatus.UNKNOWN) {
                minimal = false; // kept without knowing it is needed
            }
        }
        List<String> core = active;
        return new Answer(SolveStatus.UNSATISFIABLE, Optional.empty(),
                spec.assertions().stream().filter(a -> core.contains(a.name())).toList(), minimal,
                coreRefutation.certificate(), coreRefutation.certified(), calls);
    }
}
