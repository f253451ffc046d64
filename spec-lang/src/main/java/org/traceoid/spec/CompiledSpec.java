package org.traceoid.spec;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.traceoid.cnf.Assignment;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.CnfBuilder;

/**
 * A spec compiled to CNF, with what is needed to speak about the CNF in the spec's terms:
 * the variables behind each name, the activation literal of each assertion, provenance, and
 * the decoding of a model into values by name.
 */
public final class CompiledSpec {
    private final Spec spec;
    private final Cnf cnf;
    private final Map<String, int[]> bitsByName;
    private final int[] activation;
    private final int trueVariable;
    private final Provenance provenance;

    CompiledSpec(Spec spec, Cnf cnf, Map<String, int[]> bitsByName, int[] activation, int trueVariable,
            Provenance provenance) {
        this.spec = spec;
        this.cnf = cnf;
        this.bitsByName = bitsByName;
        this.activation = activation;
        this.trueVariable = trueVariable;
        this.provenance = provenance;
    }

    public Spec spec() {
        return spec;
    }

    /**
     * The clauses: range constraints, and {@code act -> assertion} per assertion. With no
     * activation literal fixed, this CNF is satisfiable by switching everything off; see
     * {@link #withActive}.
     */
    public Cnf cnf() {
        return cnf;
    }

    /** The activation literal of each assertion, in {@link Spec#assertions()} order. */
    public int[] activationLiterals() {
        return activation.clone();
    }

    public int activationLiteral(String assertionName) {
        List<Assertion> assertions = spec.assertions();
        for (int i = 0; i < assertions.size(); i++) {
            if (assertions.get(i).name().equals(assertionName)) {
                return activation[i];
            }
        }
        throw new IllegalArgumentException("no assertion named " + assertionName);
    }

    /** The variables of a declared name: one for a bool; for an int the bits of {@code x - low}, least significant first. */
    public int[] variables(String name) {
        int[] bits = bitsByName.get(name);
        if (bits == null) {
            throw new IllegalArgumentException("no variable named " + name);
        }
        return bits.clone();
    }

    /** The variable forced true, which stands for constants. */
    public int trueVariable() {
        return trueVariable;
    }

    public Provenance provenance() {
        return provenance;
    }

    /**
     * The CNF with the named assertions switched on (their activation literals as unit
     * clauses) and all others switched off.
     */
    public Cnf withActive(Collection<String> assertionNames) {
        CnfBuilder builder = new CnfBuilder().declareVariables(cnf.variableCount());
        cnf.writeTo(builder);
        List<Assertion> assertions = spec.assertions();
        for (int i = 0; i < assertions.size(); i++) {
            builder.addClause(assertionNames.contains(assertions.get(i).name()) ? activation[i] : -activation[i]);
        }
        return builder.build();
    }

    /** The CNF with every assertion switched on: its models are exactly the spec's. */
    public Cnf allActive() {
        return withActive(spec.assertions().stream().map(Assertion::name).toList());
    }

    /** The value of every declared name under a model: {@link Boolean} or {@link Long}, in declaration order. */
    public Map<String, Object> decode(Assignment model) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Variable v : spec.variables()) {
            int[] bits = bitsByName.get(v.name());
            if (v.type() == Type.BOOL) {
                values.put(v.name(), model.isTrue(bits[0]));
            } else {
                long offset = 0;
                for (int i = 0; i < bits.length; i++) {
                    if (model.isTrue(bits[i])) {
                        offset |= 1L << i;
                    }
                }
                values.put(v.name(), v.low() + offset);
            }
        }
        return values;
    }

    /** {@code c} lines for a DIMACS file: which variables hold which name, which literal switches which assertion. */
    public List<String> dimacsComments() {
        List<String> lines = new ArrayList<>();
        lines.add("spec " + spec.file() + ": " + spec.variables().size() + " names, " + spec.assertions().size()
                + " assertions");
        for (Variable v : spec.variables()) {
            int[] bits = bitsByName.get(v.name());
            if (v.type() == Type.BOOL) {
                lines.add("var " + v.name() + " = " + bits[0]);
            } else {
                StringBuilder line = new StringBuilder("var " + v.name() + " in " + v.low() + ".." + v.high()
                        + " = " + v.low() + " + bits");
                for (int bit : bits) {
                    line.append(' ').append(bit);
                }
                lines.add(line + " (least significant first)");
            }
        }
        for (int i = 0; i < activation.length; i++) {
            lines.add("assert " + spec.assertions().get(i).label() + " = " + activation[i]);
        }
        lines.add("true = " + trueVariable);
        return lines;
    }
}
