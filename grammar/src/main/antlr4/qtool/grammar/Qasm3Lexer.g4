/*
 * qtool's OpenQASM 3 lexer, written for qtool from the OpenQASM 3.0/3.1 language specification.
 *
 * Modes exist because a few constructs cannot be tokenised with the default rules: the version
 * number after OPENQASM (so that "3.0" is a version, not a float) and the free text that follows
 * `pragma` and `@annotation` up to the end of the line.
 */
lexer grammar Qasm3Lexer;


OPENQASM: 'OPENQASM' -> pushMode(VERSION_MODE);
INCLUDE: 'include';
DEFCALGRAMMAR: 'defcalgrammar';
DEF: 'def';
DEFCAL: 'defcal';
CAL: 'cal';
GATE: 'gate';
EXTERN: 'extern';
BOX: 'box';
LET: 'let';

BREAK: 'break';
CONTINUE: 'continue';
IF: 'if';
ELSE: 'else';
END: 'end';
RETURN: 'return';
FOR: 'for';
WHILE: 'while';
IN: 'in';
SWITCH: 'switch';
CASE: 'case';
DEFAULT: 'default';
NOP: 'nop';

PRAGMA: '#'? 'pragma' -> pushMode(LINE_MODE);
// No predicate here: a predicate at the start of a lexer rule stops ANTLR from caching the DFA
// start state and made lexing ~50x slower. So `@name` directly after a modifier's `@` (written
// without a space, as in `ctrl @x q;`) lexes as an annotation, as in the official grammar.
ANNOTATION: '@' IdentifierText ('.' IdentifierText)* -> pushMode(LINE_MODE);

INPUT: 'input';
OUTPUT: 'output';
CONST: 'const';
READONLY: 'readonly';
MUTABLE: 'mutable';

QREG: 'qreg';
QUBIT: 'qubit';
CREG: 'creg';
BOOL: 'bool';
BIT: 'bit';
INT: 'int';
UINT: 'uint';
FLOAT: 'float';
ANGLE: 'angle';
COMPLEX: 'complex';
ARRAY: 'array';
VOID: 'void';
DURATION: 'duration';
STRETCH: 'stretch';

GPHASE: 'gphase';
INV: 'inv';
POW: 'pow';
CTRL: 'ctrl';
NEGCTRL: 'negctrl';

DIM: '#dim';
DURATIONOF: 'durationof';
DELAY: 'delay';
RESET: 'reset';
MEASURE: 'measure';
BARRIER: 'barrier';

BooleanLiteral: 'true' | 'false';

LBRACKET: '[';
RBRACKET: ']';
LBRACE: '{';
RBRACE: '}';
LPAREN: '(';
RPAREN: ')';
COLON: ':';
SEMICOLON: ';';
DOT: '.';
COMMA: ',';
EQUALS: '=';
ARROW: '->';
PLUS: '+';
DOUBLE_PLUS: '++';
MINUS: '-';
ASTERISK: '*';
DOUBLE_ASTERISK: '**';
SLASH: '/';
PERCENT: '%';
PIPE: '|';
DOUBLE_PIPE: '||';
AMPERSAND: '&';
DOUBLE_AMPERSAND: '&&';
CARET: '^';
AT: '@';
TILDE: '~';
EXCLAMATION_POINT: '!';

EqualityOperator: '==' | '!=';
CompoundAssignmentOperator: '+=' | '-=' | '*=' | '/=' | '&=' | '|=' | '~=' | '^=' | '<<=' | '>>=' | '%=' | '**=';
ComparisonOperator: '>' | '<' | '>=' | '<=';
BitshiftOperator: '>>' | '<<';

ImaginaryLiteral: (DecimalIntegerLiteral | FloatLiteral) [ \t]* 'im';
BinaryIntegerLiteral: '0' [bB] ([01] '_'?)* [01];
OctalIntegerLiteral: '0' [oO] ([0-7] '_'?)* [0-7];
DecimalIntegerLiteral: ([0-9] '_'?)* [0-9];
HexIntegerLiteral: '0' [xX] ([0-9a-fA-F] '_'?)* [0-9a-fA-F];

Identifier: IdentifierText;
HardwareQubit: '$' [0-9]+;

FloatLiteral
    : DecimalIntegerLiteral Exponent
    | '.' DecimalIntegerLiteral Exponent?
    | DecimalIntegerLiteral '.' DecimalIntegerLiteral? Exponent?
    ;

TimingLiteral: (DecimalIntegerLiteral | FloatLiteral) [ \t]* TimeUnit;

BitstringLiteral: '"' ([01] '_'?)* [01] '"';
StringLiteral: '"' ~["\r\n]* '"' | '\'' ~['\r\n]* '\'';

WHITESPACE: [ \t\f]+ -> skip;
NEWLINE: [\r\n]+ -> skip;
LINE_COMMENT: '//' ~[\r\n]* -> skip;
BLOCK_COMMENT: '/*' .*? '*/' -> skip;

fragment IdentifierText: FirstIdCharacter IdCharacter*;
fragment FirstIdCharacter: [\p{L}] | '_' | [\p{Nl}];
fragment IdCharacter: FirstIdCharacter | [0-9];
fragment Exponent: [eE] [+-]? DecimalIntegerLiteral;
fragment TimeUnit: 'dt' | 'ns' | 'us' | '\u00b5s' | 'ms' | 's';

mode VERSION_MODE;
VERSION_WHITESPACE: [ \t\r\n]+ -> skip;
VERSION_COMMENT: ('//' ~[\r\n]* | '/*' .*? '*/') -> skip;
VersionSpecifier: [0-9]+ ('.' [0-9]+)? -> popMode;

mode LINE_MODE;
LINE_WHITESPACE: [ \t]+ -> skip;
RemainingLineContent: ~[ \t\r\n] ~[\r\n]*;
LINE_END: [\r\n] -> skip, popMode;
