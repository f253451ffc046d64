package org.traceoid.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed and checked spec: declarations and assertions in file order. Every name used is
 * declared, every expression is well typed and no integer expression leaves
 * {@link SpecParser#INT_LIMIT -INT_LIMIT..INT_LIMIT}.
 *
 * @param file the file name used in messages
 */
public record Spec(String file, List<Variable> variables, List<Assertion> assertions) {
    public Spec {
        variables = List.copyOf(variables);
        assertions = List.copyOf(assertions);
    }

    /** The declarations by name, in declaration order. */
    public Map<String, Variable> variablesByName() {
        Map<String, Variable> byName = new LinkedHashMap<>();
        for (Variable v : variables) {
            byName.put(v.name(), v);
        }
        return byName;
    }

    public Optional<Assertion> assertion(String name) {
        return assertions.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** The same spec with only the assertions whose names are given (declarations unchanged). */
    public Spec restrictedTo(java.util.Collection<String> assertionNames) {
        return new Spec(file, variables, assertions.stream().filter(a -> assertionNames.contains(a.name())).toList());
    }
}
