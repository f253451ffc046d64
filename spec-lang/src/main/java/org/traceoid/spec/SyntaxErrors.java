package org.traceoid.spec;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns the first lexer or parser error into a {@link SpecSyntaxException} and stops there:
 * ANTLR's recovery would go on and report follow-on errors that only confuse. The "expected"
 * part comes from the parser's expected-token set, with the long lists a user does not want
 * to read (every binary operator, every way an expression can start) said in two words.
 */
final class SyntaxErrors extends BaseErrorListener {
    /** Carries the exception through ANTLR's call stack, which allows no checked exceptions. */
    static final class Bail extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Bail(SpecSyntaxException cause) {
            super(cause.getMessage(), cause, false, false);
        }

        SpecSyntaxException error() {
            return (SpecSyntaxException) getCause();
        }
    }

    private static final int[] OPERATORS = {
        SpecGrammarParser.STAR, SpecGrammarParser.PLUS, SpecGrammarParser.MINUS, SpecGrammarParser.EQ,
        SpecGrammarParser.NE, SpecGrammarParser.LT, SpecGrammarParser.LE, SpecGrammarParser.GT, SpecGrammarParser.GE,
        SpecGrammarParser.AND, SpecGrammarParser.XOR, SpecGrammarParser.OR, SpecGrammarParser.IMPLIES,
        SpecGrammarParser.IFF,
    };
    private static final int[] EXPRESSION_STARTS = {
        SpecGrammarParser.NOT, SpecGrammarParser.MINUS, SpecGrammarParser.LPAREN, SpecGrammarParser.TRUE,
        SpecGrammarParser.FALSE, SpecGrammarParser.NUMBER, SpecGrammarParser.ID, SpecGrammarParser.EXACTLY,
        SpecGrammarParser.ATMOST, SpecGrammarParser.ATLEAST,
    };

    private final String file;

    SyntaxErrors(String file) {
        this.file = file;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
            String msg, RecognitionException e) {
        Position position = new Position(line, charPositionInLine + 1);
        String problem;
        if (recognizer instanceof Lexer lexer) {
            problem = lexerProblem(lexer);
        } else {
            Token token = (Token) offendingSymbol;
            IntervalSet expected = ((Parser) recognizer).getExpectedTokens();
            problem = "unexpected " + describe(token) + ", expected " + expected(expected);
        }
        throw new Bail(new SpecSyntaxException(file, position, problem));
    }

    private static String lexerProblem(Lexer lexer) {
        CharStream input = lexer.getInputStream();
        int start = lexer._tokenStartCharIndex;
        String ahead = input.getText(Interval.of(start, Math.min(start + 1, input.size() - 1)));
        if (ahead.startsWith("/*")) {
            return "unterminated block comment, expected '*/'";
        }
        int codePoint = ahead.isEmpty() ? '?' : ahead.codePointAt(0);
        return "unexpected character '" + new String(Character.toChars(codePoint))
                + "', expected a name, a number, an operator, a comment or one of ( ) , ; : ..";
    }

    private static String describe(Token token) {
        if (token.getType() == Token.EOF) {
            return "end of file";
        }
        return switch (token.getType()) {
            case SpecGrammarParser.ID -> "name '" + token.getText() + "'";
            case SpecGrammarParser.NUMBER -> "number " + token.getText();
            default -> "'" + token.getText() + "'";
        };
    }

    /** {@code ';'}, {@code ';' or an operator}, {@code an expression}, {@code one of ...}. */
    static String expected(IntervalSet expected) {
        EnumSet<Group> groups = EnumSet.noneOf(Group.class);
        IntervalSet rest = new IntervalSet(expected);
        if (containsAll(expected, OPERATORS)) {
            groups.add(Group.OPERATOR);
            remove(rest, OPERATORS);
        }
        if (containsAll(expected, EXPRESSION_STARTS)) {
            groups.add(Group.EXPRESSION);
            remove(rest, EXPRESSION_STARTS);
        }
        if (rest.contains(SpecGrammarParser.SEMI)) {
            rest.remove(SpecGrammarParser.COLON); // after "assert a", a missing ';' is the likely slip, not a label
        }
        List<String> words = new ArrayList<>();
        for (int type : rest.toArray()) {
            if (type != Token.EOF) {
                words.add(tokenName(type));
            }
        }
        for (Group group : groups) {
            words.add(group.words);
        }
        if (rest.contains(Token.EOF)) {
            words.add(tokenName(Token.EOF));
        }
        if (words.isEmpty()) {
            return "nothing more";
        }
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    private enum Group {
        OPERATOR("an operator"),
        EXPRESSION("an expression");

        final String words;

        Group(String words) {
            this.words = words;
        }
    }

    private static boolean containsAll(IntervalSet set, int[] types) {
        for (int type : types) {
            if (!set.contains(type)) {
                return false;
            }
        }
        return true;
    }

    private static void remove(IntervalSet set, int[] types) {
        for (int type : types) {
            set.remove(type);
        }
    }

    static String tokenName(int type) {
        return switch (type) {
            case Token.EOF -> "end of file";
            case SpecGrammarParser.ID -> "a name";
            case SpecGrammarParser.NUMBER -> "a number";
            default -> SpecGrammarParser.VOCABULARY.getLiteralName(type) != null
                    ? SpecGrammarParser.VOCABULARY.getLiteralName(type)
                    : SpecGrammarParser.VOCABULARY.getDisplayName(type);
        };
    }
}
