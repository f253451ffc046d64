package org.traceoid.spec;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * Builds the AST from ANTLR's parse tree; the only class besides {@link SpecParser} that sees
 * ANTLR types. Checks nothing but the size of numbers, which must be read to be held.
 */
final class AstBuilder {
    private final String file;

    AstBuilder(String file) {
        this.file = file;
    }

    record Parsed(List<Variable> variables, List<Assertion> assertions) {
    }

    Parsed build(SpecGrammarParser.SpecContext spec) throws SpecSyntaxException {
        List<Variable> variables = new ArrayList<>();
        List<Assertion> assertions = new ArrayList<>();
        for (SpecGrammarParser.StatementContext statement : spec.statement()) {
            if (statement.declaration() instanceof SpecGrammarParser.BoolDeclarationContext bools) {
                for (Token name : bools.names) {
                    variables.add(Variable.bool(name.getText(), position(name)));
                }
            } else if (statement.declaration() instanceof SpecGrammarParser.IntDeclarationContext ints) {
                long low = signed(ints.low);
                long high = signed(ints.high);
                if (low > high) {
                    throw error(position(ints.low.start), "empty range " + low + ".." + high + ", expected low <= high");
                }
                for (Token name : ints.names) {
                    variables.add(Variable.integer(name.getText(), low, high, position(name)));
                }
            } else {
                SpecGrammarParser.AssertionContext assertion = statement.assertion();
                Position at = position(assertion.start);
                boolean named = assertion.second != null;
                String name = Assertion.lineName(at.line());
                if (named) {
                    if (!(assertion.first instanceof SpecGrammarParser.ReferenceContext label)) {
                        throw error(position(assertion.first.start), "an assertion's label must be a plain name,"
                                + " expected a name before ':'");
                    }
                    name = label.ID().getText();
                }
                assertions.add(new Assertion(name, named, expr(named ? assertion.second : assertion.first), at));
            }
        }
        return new Parsed(variables, assertions);
    }

    private long signed(SpecGrammarParser.SignedIntContext context) throws SpecSyntaxException {
        boolean negative = context.MINUS() != null;
        return number(context.NUMBER().getSymbol(), negative, position(context.start));
    }

    private long number(Token token, boolean negative, Position at) throws SpecSyntaxException {
        BigInteger value = new BigInteger(token.getText());
        if (negative) {
            value = value.negate();
        }
        if (value.abs().compareTo(BigInteger.valueOf(SpecParser.INT_LIMIT)) > 0) {
            throw error(at, "constant " + value + " out of range, expected " + SpecParser.limits());
        }
        return value.longValueExact();
    }

    private Expr expr(SpecGrammarParser.ExprContext context) throws SpecSyntaxException {
        if (context instanceof SpecGrammarParser.UnaryContext unary) {
            Expr operand = expr(unary.expr());
            return unary.op.getType() == SpecGrammarParser.NOT
                    ? new Expr.Not(operand, position(unary.op))
                    : new Expr.Negate(operand, position(unary.op));
        }
        if (context instanceof SpecGrammarParser.BinaryContext binary) {
            return new Expr.Binary(BinaryOp.ofSymbol(binary.op.getText()), expr(binary.expr(0)), expr(binary.expr(1)),
                    position(binary.op));
        }
        if (context instanceof SpecGrammarParser.CardinalityContext card) {
            Expr.Kind kind = switch (card.kind.getType()) {
                case SpecGrammarParser.EXACTLY -> Expr.Kind.EXACTLY;
                case SpecGrammarParser.ATMOST -> Expr.Kind.ATMOST;
                default -> Expr.Kind.ATLEAST;
            };
            List<Expr> operands = new ArrayList<>();
            for (SpecGrammarParser.ExprContext operand : card.operands) {
                operands.add(expr(operand));
            }
            long bound = number(card.bound, false, position(card.bound));
            if (bound > operands.size()) {
                throw error(position(card.bound), "cardinality bound " + bound + " out of range, expected 0.."
                        + operands.size() + " (the number of operands)");
            }
            return new Expr.Cardinality(kind, (int) bound, operands, position(card.kind));
        }
        if (context instanceof SpecGrammarParser.ParenthesizedContext parens) {
            return expr(parens.expr());
        }
        if (context instanceof SpecGrammarParser.BoolLiteralContext bool) {
            return new Expr.BoolLiteral(bool.value.getType() == SpecGrammarParser.TRUE, position(bool.start));
        }
        if (context instanceof SpecGrammarParser.IntLiteralContext number) {
            return new Expr.IntLiteral(number(number.NUMBER().getSymbol(), false, position(number.start)),
                    position(number.start));
        }
        SpecGrammarParser.ReferenceContext reference = (SpecGrammarParser.ReferenceContext) context;
        return new Expr.Reference(reference.ID().getText(), position(reference.start));
    }

    private static Position position(Token token) {
        return new Position(token.getLine(), token.getCharPositionInLine() + 1);
    }

    @SuppressWarnings("unused")
    private static Position position(ParserRuleContext context) {
        return position(context.start);
    }

    private SpecSyntaxException error(Position at, String problem) {
        return new SpecSyntaxException(file, at, problem);
    }
}
