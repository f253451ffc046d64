/*
 * The spec language (docs/spec-language.md). Precedence, from tightest: ! and unary -, *, + -,
 * comparisons, &, ^, |, -> (right-associative), <->. ANTLR's left-recursive rules give the
 * alternatives listed first the tighter binding, so the order of the expr alternatives IS the
 * precedence table. Generated classes are made package-private by the build (see pom.xml).
 */
grammar SpecGrammar;

spec        : statement* EOF ;

statement   : declaration
            | assertion
            ;

declaration : BOOL names+=ID (',' names+=ID)* ';'                                   # boolDeclaration
            | INT names+=ID (',' names+=ID)* IN low=signedInt RANGE high=signedInt ';' # intDeclaration
            ;

signedInt   : MINUS? NUMBER ;

// "assert name: expr;" is parsed as "assert expr (: expr)?;" and the builder checks that
// the first is a plain name: predicting an optional label before the expression would need
// unbounded lookahead, and on a bad file ANTLR's message would then point at the wrong place.
assertion   : ASSERT first=expr (':' second=expr)? ';' ;

expr        : op=(NOT | MINUS) expr                                           # unary
            | expr op=STAR expr                                               # binary
            | expr op=(PLUS | MINUS) expr                                     # binary
            | expr op=(EQ | NE | LT | LE | GT | GE) expr                      # binary
            | expr op=AND expr                                                # binary
            | expr op=XOR expr                                                # binary
            | expr op=OR expr                                                 # binary
            | <assoc=right> expr op=IMPLIES expr                              # binary
            | expr op=IFF expr                                                # binary
            | kind=(EXACTLY | ATMOST | ATLEAST) '(' bound=NUMBER (',' operands+=expr)* ')' # cardinality
            | '(' expr ')'                                                    # parenthesized
            | value=(TRUE | FALSE)                                            # boolLiteral
            | NUMBER                                                          # intLiteral
            | ID                                                              # reference
            ;

BOOL    : 'bool' ;
INT     : 'int' ;
IN      : 'in' ;
ASSERT  : 'assert' ;
TRUE    : 'true' ;
FALSE   : 'false' ;
EXACTLY : 'exactly' ;
ATMOST  : 'atmost' ;
ATLEAST : 'atleast' ;

RANGE   : '..' ;
IFF     : '<->' ;
IMPLIES : '->' ;
EQ      : '==' ;
NE      : '!=' ;
LE      : '<=' ;
GE      : '>=' ;
LT      : '<' ;
GT      : '>' ;
NOT     : '!' ;
AND     : '&' ;
XOR     : '^' ;
OR      : '|' ;
PLUS    : '+' ;
MINUS   : '-' ;
STAR    : '*' ;
LPAREN  : '(' ;
RPAREN  : ')' ;
COMMA   : ',' ;
SEMI    : ';' ;
COLON   : ':' ;

ID      : [a-zA-Z_] [a-zA-Z_0-9]* ;
NUMBER  : [0-9]+ ;

LINE_COMMENT  : '//' ~[\r\n]* -> skip ;
BLOCK_COMMENT : '/*' .*? '*/' -> skip ;
WS            : [ \t\r\n\f]+ -> skip ;
