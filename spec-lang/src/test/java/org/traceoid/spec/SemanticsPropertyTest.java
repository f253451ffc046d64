package org.traceoid.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.IntRange;
import org.traceoid.encoding.CardinalityEncoding;
import org.traceoid.encoding.SequentialCounter;
import org.traceoid.encoding.Totalizer;

/**
 * The compiler against the language's meaning: for random small specs, the models of the
 * compiled CNF, projected onto the declared names, are exactly the assignments under which
 * the evaluator says every assertion holds, with either cardinality encoding.
 */
class SemanticsPropertyTest {
    @Property(tries = 1000, seed = "20261123")
    void compiledModelsAreTheSpecsModels(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2) int encoding)
            throws SpecSyntaxException {
        check(new RandomSpecs(seed), encoding);
    }

    /** Deeper expressions and wider ranges (up to 8 values), many more of them: {@code mvn verify -Pslow}. */
    @Property(tries = 5000)
    @Tag("slow")
    void compiledModelsAreTheSpecsModelsForLargerSpecs(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2) int encoding)
            throws SpecSyntaxException {
        check(new RandomSpecs(seed, 4, 8), encoding);
    }

    private static void check(RandomSpecs generator, int encoding) throws SpecSyntaxException {
        String text = generator.generate();
        Spec spec = SpecParser.parse(text, "random.spec");
        assertEquals(generator.expressions.stream().map(Printer::expr).toList(),
                spec.assertions().stream().map(a -> Printer.expr(a.expr())).toList(), "parsed back: " + text);
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
