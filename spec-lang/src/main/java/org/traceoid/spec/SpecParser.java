package org.traceoid.spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;

/**
 * Reads a spec: ANTLR lexer and parser (the first error stops everything), the AST, then the
 * static checks. The entry point of the language; ANTLR types stay behind it.
 *
 * <pre>{@code
 * Spec spec = SpecParser.parse(Path.of("examples/schedule.spec"));
 * CompiledSpec compiled = SpecCompiler.compile(spec);
 * }</pre>
 */
public final class SpecParser {
    /**
     * Every integer constant, declared bound and (by interval arithmetic) every integer
     * expression lies within {@code -INT_LIMIT..INT_LIMIT}: 2^20, so bit-vectors stay at most
     * 21 bits wide and no intermediate value overflows a {@code long}.
     */
    public static final long INT_LIMIT = 1L << 20;

    private SpecParser() {
    }

    /** Parses and checks a file; messages name it as given. */
    public static Spec parse(Path file) throws IOException, SpecSyntaxException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Parses and checks spec text; {@code fileName} is what messages start with. */
    public static Spec parse(String text, String fileName) throws SpecSyntaxException {
        SyntaxErrors errors = new SyntaxErrors(fileName);
        SpecGrammarLexer lexer = new SpecGrammarLexer(CharStreams.fromString(text, fileName));
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        SpecGrammarParser parser = new SpecGrammarParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        SpecGrammarParser.SpecContext tree;
        try {
            tree = parser.spec();
        } catch (SyntaxErrors.Bail bail) {
            throw bail.error();
        }
        AstBuilder.Parsed parsed = new AstBuilder(fileName).build(tree);
        return new Checker(fileName).check(parsed.variables(), parsed.assertions());
    }

    static String limits() {
        return -INT_LIMIT + ".." + INT_LIMIT;
    }
}
