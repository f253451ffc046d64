package org.traceoid.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.solver.CertificationException;
import org.traceoid.solver.CertifiedResult;
import org.traceoid.solver.IncrementalSolver;
import org.traceoid.solver.SolveOptions;

/**
 * Solves a compiled spec and answers in its own terms: values by name, or a minimal set of
 * conflicting assertions (a MUS over the activation literals).
 *
 * <p>One {@link IncrementalSolver} holds the compiled CNF, loaded once; each question is a
 * solve under assumptions: the activation literals of the assertions in play (the others are
 * left free, which switches them off: an assertion's clauses are all guarded by its activation
 * literal, and the remaining clauses are range constraints and gate definitions, which any
 * values of the names satisfy).
 *
 * <p>The MUS is assumption-based deletion with clause-set refinement, as in MUSer (Belov and
 * Marques-Silva, "MUSer2: An Efficient MUS Extractor", JSAT 8, 2012; the deletion algorithm in
 * Marques-Silva, "Minimal Unsatisfiability: Models, Algorithms and Applications", ISMVL 2010,
 * §4; failed assumptions as cores after Eén and Sörensson, "Temporal induction by incremental
 * SAT solving", 2003):
 * <ol>
 *   <li>solve under all activation literals; if UNSAT, the candidate core is the solver's
 *       failed assumptions, which drops every assertion outside them at once (core-guided);</li>
 *   <li>for each assertion of the candidate in file order, solve under the candidate without
 *       it: SAT means it is necessary (it stays, and stays necessary for every smaller
 *       candidate); UNSAT means it goes, and with it every other assertion outside that call's
 *       failed assumptions (clause-set refinement), so the candidate becomes that failed set.</li>
 * </ol>
 * At most one solve per assertion plus one, usually far fewer, on one solver that keeps its
 * learned clauses between calls. Each answer is certified by {@link IncrementalSolver} (an
 * UNSAT answer by DRAT-checking that the clauses plus its failed assumptions are refuted). The
 * candidate is only ever replaced by the failed set of an UNSAT answer, so the final core is
 * exactly the failed set of the last UNSAT answer, and that answer's certificate is the core's
 * refutation.
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

    /**
     * Solves {@code compiled}; {@code options}' budgets apply to each solver call.
     *
     * @throws CertificationException if an answer does not check
     * @throws IllegalArgumentException if {@code options} asks for a proof file (there is no
     *                                  single refutation to write: use {@code traceoid spec compile}
     *                                  and {@code traceoid solve --proof} for one)
     */
    public static Answer solve(CompiledSpec compiled, SolveOptions options) {
        Spec spec = compiled.spec();
        List<Assertion> assertions = spec.assertions();
        int[] activation = compiled.activationLiterals();
        try (IncrementalSolver solver = new IncrementalSolver(options)) {
            compiled.cnf().writeTo(solver::addClause);
            CertifiedResult result = solver.solve(activation);
            int calls = 1;
            if (result.status() == SolveStatus.SATISFIABLE) {
                Map<String, Object> values = compiled.decode(result.model().orElseThrow());
                // An answer in the user's terms, checked in the user's terms: every assertion holds.
                if (!new Evaluator(values).satisfies(spec)) {
                    throw new CertificationException("decoded values " + values + " violate an assertion of " + spec.file());
                }
                return new Answer(SolveStatus.SATISFIABLE, Optional.of(values), List.of(), true,
                        result.certificate() + "; values satisfy all " + assertions.size() + " assertions",
                        result.certified(), calls);
            }
            if (result.status() == SolveStatus.UNKNOWN) {
                return new Answer(SolveStatus.UNKNOWN, Optional.empty(), List.of(), false, result.certificate(), false,
                        calls);
            }
            Map<Integer, Integer> indexOf = new HashMap<>();
            for (int i = 0; i < activation.length; i++) {
                indexOf.put(activation[i], i);
            }
            // The candidate core, as indices in file order: the failed assumptions of the last UNSAT answer.
            List<Integer> core = failedIndices(solver.failedAssumptions(), indexOf);
            CertifiedResult coreRefutation = result;
            Set<Integer> necessary = new HashSet<>();
            boolean minimal = true;
            for (int candidate = 0; candidate < assertions.size(); candidate++) {
                if (!core.contains(candidate) || necessary.contains(candidate)) {
                    continue; // already dropped by an earlier failed set
                }
                if (Thread.currentThread().isInterrupted()) {
                    minimal = false; // cancelled: the current set is UNSAT, just not shrunk further
                    break;
                }
                List<Integer> without = new ArrayList<>(core);
                without.remove(Integer.valueOf(candidate));
                CertifiedResult step = solver.solve(without.stream().mapToInt(i -> activation[i]).toArray());
                calls++;
                if (step.status() == SolveStatus.UNSATISFIABLE) {
                    core = failedIndices(solver.failedAssumptions(), indexOf);
                    coreRefutation = step;
                } else if (step.status() == SolveStatus.SATISFIABLE) {
                    necessary.add(candidate); // a model of the rest: needed in every subset of this candidate
                } else {
                    minimal = false; // kept without knowing it is needed
                }
            }
            List<Integer> finalCore = core;
            String certificate = coreRefutation.certified()
                    ? coreRefutation.certificate() + " (the activation literals of the core's " + finalCore.size()
                            + " assertions)"
                    : coreRefutation.certificate();
            return new Answer(SolveStatus.UNSATISFIABLE, Optional.empty(),
                    finalCore.stream().map(assertions::get).toList(), minimal, certificate,
                    coreRefutation.certified(), calls);
        }
    }

    /** The assertions whose activation literals are among {@code failed}, in file order. */
    private static List<Integer> failedIndices(int[] failed, Map<Integer, Integer> indexOf) {
        List<Integer> indices = new ArrayList<>();
        for (int literal : failed) {
            Integer index = indexOf.get(literal);
            if (index == null) {
                // IncrementalSolver certifies failed ⊆ assumptions, and we assume activation literals only.
                throw new CertificationException("failed assumption " + literal + " is no activation literal");
            }
            indices.add(index);
        }
        indices.sort(null);
        return indices;
    }
}
