/*
 * qtool's OpenQASM 2.0 grammar, written for qtool from the OpenQASM 2 paper (arXiv:1707.03429).
 *
 * A separate grammar because OpenQASM 2 lexes differently from OpenQASM 3: words that are OQ3
 * keywords (output, delay, input, ...) are identifiers here, `^` is the power operator and `opaque`
 * exists. The grammar is lenient where real-world files are (identifiers may start upper-case,
 * exponents without a decimal point, block comments) and the builder does the semantic checks.
 */
grammar Qasm2;

program: header? statement* EOF;

header: OPENQASM REAL SEMI;

topLevel: statement;

statement
    : includeStatement
    | registerDeclaration
    | gateDeclaration
    | opaqueDeclaration
    | quantumOperation
    | ifStatement
    | barrierStatement
    ;

includeStatement: INCLUDE STRING SEMI;
registerDeclaration: (QREG | CREG) ID LBRACKET INT RBRACKET SEMI;
gateDeclaration: GATE ID (LPAREN params=idList? RPAREN)? qubits=idList LBRACE gateBodyStatement* RBRACE;
opaqueDeclaration: OPAQUE ID (LPAREN params=idList? RPAREN)? qubits=idList SEMI;
gateBodyStatement: gateCall | barrierStatement;

quantumOperation
    : gateCall
    | MEASURE argument ARROW argument SEMI
    | RESET argument SEMI
    ;

gateCall: ID (LPAREN expressionList? RPAREN)? argumentList SEMI;
ifStatement: IF LPAREN ID EQUALS_EQUALS INT RPAREN quantumOperation;
barrierStatement: BARRIER argumentList SEMI;

argument: ID (LBRACKET INT RBRACKET)?;
argumentList: argument (COMMA argument)*;
idList: ID (COMMA ID)*;
expressionList: expression (COMMA expression)*;

expression
    : LPAREN expression RPAREN                            # parenthesisExpression
    | <assoc = right> expression CARET expression         # powerExpression
    | MINUS expression                                    # negationExpression
    | PLUS expression                                     # unaryPlusExpression
    | expression op = (STAR | SLASH) expression           # multiplicativeExpression
    | expression op = (PLUS | MINUS) expression           # additiveExpression
    | ID LPAREN expression RPAREN                         # functionExpression
    | (ID | REAL | INT | PI)                              # atomExpression
    ;

OPENQASM: 'OPENQASM';
INCLUDE: 'include';
QREG: 'qreg';
CREG: 'creg';
GATE: 'gate';
OPAQUE: 'opaque';
MEASURE: 'measure';
RESET: 'reset';
BARRIER: 'barrier';
IF: 'if';
PI: 'pi';

ARROW: '->';
EQUALS_EQUALS: '==';
LPAREN: '(';
RPAREN: ')';
LBRACKET: '[';
RBRACKET: ']';
LBRACE: '{';
RBRACE: '}';
SEMI: ';';
COMMA: ',';
PLUS: '+';
MINUS: '-';
STAR: '*';
SLASH: '/';
CARET: '^';

REAL
    : [0-9]+ '.' [0-9]* EXPONENT?
    | '.' [0-9]+ EXPONENT?
    | [0-9]+ EXPONENT
    ;
INT: [0-9]+;
ID: [a-zA-Z_] [a-zA-Z0-9_]*;
STRING: '"' ~["\r\n]* '"';

WHITESPACE: [ \t\r\n\f]+ -> skip;
LINE_COMMENT: '//' ~[\r\n]* -> skip;
BLOCK_COMMENT: '/*' .*? '*/' -> skip;

fragment EXPONENT: [eE] [+-]? [0-9]+;
