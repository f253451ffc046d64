package org.traceoid.cnf.testing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.traceoid.cnf.Cnf;
import org.traceoid.cnf.CnfBuilder;

/**
 * jqwik generators for formulas as written by hand or by buggy tools: clauses of any
 * length including empty, repeated literals and tautologies, variable counts from 0 to
 * {@code Integer.MAX_VALUE}; and a renderer that writes one as DIMACS with random (legal)
 * whitespace, line breaks and comments between tokens.
 */
public final class CnfArbitraries {
    private CnfArbitraries() {
    }

    /**
     * A formula as its raw clauses (before the builder's set normalisation).
     *
     * @param variables the header's variable count
     * @param clauses   DIMACS literals per clause, possibly repeating or complementary
     */
    public record RawFormula(int variables, List<int[]> clauses) {
        /** The formula as {@link CnfBuilder} normalises it: what any reading must return. */
        public Cnf cnf() {
            CnfBuilder builder = new CnfBuilder().declareVariables(variables);
            clauses.forEach(builder::addClause);
            return builder.build();
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("p cnf " + variables + " " + clauses.size() + " |");
            clauses.forEach(c -> text.append(' ').append(java.util.Arrays.toString(c)));
            return text.toString();
        }
    }

    public static Arbitrary<RawFormula> rawFormulas() {
        Arbitrary<Integer> variableCounts = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(1, Integer.MAX_VALUE));
        return variableCounts.flatMap(variables -> {
            Arbitrary<int[]> clause = variables == 0
                    ? Arbitraries.just(new int[0])
                    : Arbitraries.integers().between(-variables, variables).filter(l -> l != 0)
                            .array(int[].class).ofMaxSize(8);
            return clause.list().ofMaxSize(30).map(clauses -> new RawFormula(variables, clauses));
        });
    }

    public static Arbitrary<Cnf> formulas() {
        return rawFormulas().map(RawFormula::cnf);
    }

    private static final String[] SEPARATORS = {
        " ", " ", "\t", "\n", "\r\n", "   ", "\n\n", " \u000b", "\u000c",
        "\nc a comment 1 2 0 p cnf 1 1 %\n", " c to the end of the line -1 0\n", "\r\nc\r\n",
    };

    /** The raw formula as DIMACS text, tokens separated by random legal whitespace and comments. */
    public static String noisyDimacs(RawFormula formula, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(3); i > 0; i--) {
            text.append(random.nextBoolean() ? "c leading comment\n" : "c\n");
        }
        String[] blanks = {" ", "\t", "  ", " \t "};
        text.append(blanks[random.nextInt(2)].trim()).append('p')
                .append(blanks[random.nextInt(blanks.length)]).append("cnf")
                .append(blanks[random.nextInt(blanks.length)]).append(formula.variables())
                .append(blanks[random.nextInt(blanks.length)]).append(formula.clauses().size())
                .append(random.nextBoolean() ? "" : blanks[random.nextInt(blanks.length)])
                .append(random.nextBoolean() ? "\n" : "\r\n");
        for (int[] clause : formula.clauses()) {
            for (int literal : clause) {
                separator(text, random).append(literal);
            }
            separator(text, random).append('0');
        }
        if (random.nextBoolean()) {
            separator(text, random);
        }
        if (random.nextInt(4) == 0) {
            text.append("\n%\n0\n");
        }
        return text.toString();
    }

    private static StringBuilder separator(StringBuilder text, SplittableRandom random) {
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            text.append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
        }
        return text;
    }

    public static byte[] noisyDimacsBytes(RawFormula formula, long seed) {
        return noisyDimacs(formula, seed).getBytes(StandardCharsets.ISO_8859_1);
    }
}
