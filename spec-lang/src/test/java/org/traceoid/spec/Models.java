package org.traceoid.spec;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.traceoid.cnf.Assignment;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.CnfBuilder;
import org.traceoid.cnf.SolveStatus;
import org.traceoid.solver.CertifiedResult;
import org.traceoid.solver.SolveOptions;
import org.traceoid.solver.Traceoid;

/** The models of a spec two ways: by brute force over its names, and from its CNF by blocking clauses. */
final class Models {
    private Models() {
    }

    /** Every assignment of values to the declared names under which all assertions hold. */
    static Set<Map<String, Object>> bruteForce(Spec spec) {
        Set<Map<String, Object>> models = new HashSet<>();
        enumerate(spec, 0, new LinkedHashMap<>(), models);
        return models;
    }

    private static void enumerate(Spec spec, int index, Map<String, Object> values, Set<Map<String, Object>> models) {
        if (index == spec.variables().size()) {
            if (new Evaluator(values).satisfies(spec)) {
                models.add(new LinkedHashMap<>(values));
            }
            return;
        }
        Variable v = spec.variables().get(index);
        if (v.type() == Type.BOOL) {
            for (boolean value : new boolean[] {false, true}) {
                values.put(v.name(), value);
                enumerate(spec, index + 1, values, models);
            }
        } else {
            for (long value = v.low(); value <= v.high(); value++) {
                values.put(v.name(), value);
                enumerate(spec, index + 1, values, models);
            }
        }
        values.remove(v.name());
    }

    /**
     * The models of the compiled CNF (all assertions on), projected onto the declared names:
     * solve, decode, block that projection, repeat. Fails past {@code limit} models.
     */
    static Set<Map<String, Object>> fromCnf(CompiledSpec compiled, int limit) {
        Cnf base = compiled.allActive();
        List<int[]> blocking = new ArrayList<>();
        Set<Map<String, Object>> models = new HashSet<>();
        List<int[]> projected = new ArrayList<>();
        for (Variable v : compiled.spec().variables()) {
            projected.add(compiled.variables(v.name()));
        }
        while (true) {
            CnfBuilder builder = new CnfBuilder().declareVariables(base.variableCount());
            base.writeTo(builder);
            blocking.forEach(builder::addClause);
            CertifiedResult result = Traceoid.solve(builder.build(), SolveOptions.defaults());
            if (result.status() == SolveStatus.UNSATISFIABLE) {
                return models;
            }
            if (result.status() != SolveStatus.SATISFIABLE) {
                throw new AssertionError("unknown answer on a tiny formula");
            }
            Assignment model = result.model().orElseThrow();
            if (!models.add(compiled.decode(model)) || models.size() > limit) {
                throw new AssertionError("blocking did not exclude a model, or too many models: " + models.size());
            }
            List<Integer> clause = new ArrayList<>();
            for (int[] bits : projected) {
                for (int bit : bits) {
                    clause.add(model.isTrue(bit) ? -bit : bit);
                }
            }
            if (clause.isEmpty()) {
                return models; // no names, one model
            }
            blocking.add(clause.stream().mapToInt(Integer::intValue).toArray());
        }
    }
}
