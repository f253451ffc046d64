package org.traceoid.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.traceoid.spec.encoding.CardinalityEncoding;
import org.traceoid.spec.encoding.SequentialCounter;
import org.traceoid.spec.encoding.Totalizer;

/**
 * The compiler against the language's meaning: for random small specs, the models of the
 * compiled CNF, projected onto the declared names, are exactly the assignments under which
 * the evaluator says every assertion holds, with either cardinality encoding.
 */
class SemanticsProperties {
    @Property(tries = 300, seed = "20261123")
    void compiledModelsAreTheSpecsModels(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2) int encoding)
            throws SpecSyntaxException {
        String text = new RandomSpecs(seed).generate();
        Spec spec = SpecParser.parse(text, "random.spec");
        CardinalityEncoding forced = switch (encoding) {
            case 0 -> null;
            case 1 -> new SequentialCounter();
            default -> new Totalizer();
        };
        CompiledSpec compiled = forced == null ? SpecCompiler.compile(spec) : SpecCompiler.compile(spec, forced);
        Set<Map<String, Object>> expected = Models.bruteForce(spec);
        Set<Map<String, Object>> actual = Models.fromCnf(compiled, 512);
        assertEquals(expected, actual, text);
    }
}
