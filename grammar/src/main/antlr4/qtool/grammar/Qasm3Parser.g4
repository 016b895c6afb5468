/*
 * qtool's OpenQASM 3 parser, written for qtool from the OpenQASM 3.0/3.1 language specification.
 *
 * The syntax is deliberately permissive: scoping, typing and "what may appear where" (for example
 * "a gate body holds only gate calls") are checked by qtool's builder, which can give better
 * messages than a parse error. qtool parses one top-level statement at a time (rule `topLevel`), so
 * no parse tree of a whole file is ever held in memory.
 */
parser grammar Qasm3Parser;

options {
    tokenVocab = Qasm3Lexer;
}

// A whole program; used by tests and tools. qtool's reader drives `version` and `topLevel` itself.
program: version? statementOrScope* EOF;

version: OPENQASM VersionSpecifier SEMICOLON;

topLevel: statementOrScope;

statementOrScope: statement | scope;

scope: LBRACE statementOrScope* RBRACE;

statement
    : pragma
    | annotation* statementBody
    ;

pragma: PRAGMA RemainingLineContent?;

annotation: ANNOTATION RemainingLineContent?;

statementBody
    : includeStatement
    | calibrationGrammarStatement
    | breakStatement
    | continueStatement
    | endStatement
    | forStatement
    | ifStatement
    | returnStatement
    | whileStatement
    | switchStatement
    | barrierStatement
    | boxStatement
    | delayStatement
    | nopStatement
    | gateCallStatement
    | measureArrowAssignmentStatement
    | resetStatement
    | aliasDeclarationStatement
    | classicalDeclarationStatement
    | constDeclarationStatement
    | ioDeclarationStatement
    | oldStyleDeclarationStatement
    | quantumDeclarationStatement
    | defStatement
    | externStatement
    | gateStatement
    | calStatement
    | defcalStatement
    | assignmentStatement
    | expressionStatement
    ;

includeStatement: INCLUDE (StringLiteral | BitstringLiteral) SEMICOLON;
calibrationGrammarStatement: DEFCALGRAMMAR (StringLiteral | BitstringLiteral) SEMICOLON;

breakStatement: BREAK SEMICOLON;
continueStatement: CONTINUE SEMICOLON;
endStatement: END SEMICOLON;
returnStatement: RETURN (expression | measureExpression)? SEMICOLON;

forStatement: FOR scalarType? Identifier IN (setExpression | LBRACKET rangeExpression RBRACKET | expression) body=statementOrScope;
ifStatement: IF LPAREN expression RPAREN thenBody=statementOrScope (ELSE elseBody=statementOrScope)?;
whileStatement: WHILE LPAREN expression RPAREN body=statementOrScope;
switchStatement: SWITCH LPAREN expression RPAREN LBRACE switchCaseItem* RBRACE;
switchCaseItem
    : CASE expressionList scope
    | DEFAULT scope
    ;

barrierStatement: BARRIER gateOperandList? SEMICOLON;
boxStatement: BOX designator? scope;
delayStatement: DELAY designator gateOperandList? SEMICOLON;
nopStatement: NOP gateOperandList? SEMICOLON;

gateCallStatement
    : gateModifier* Identifier (LPAREN expressionList? RPAREN)? designator? gateOperandList SEMICOLON
    | gateModifier* GPHASE (LPAREN expressionList? RPAREN)? designator? gateOperandList? SEMICOLON
    ;

gateModifier
    : (INV | POW LPAREN expression RPAREN | (CTRL | NEGCTRL) (LPAREN expression RPAREN)?) AT
    ;

measureArrowAssignmentStatement: measureExpression (ARROW indexedIdentifier)? SEMICOLON;
resetStatement: RESET gateOperand SEMICOLON;

aliasDeclarationStatement: LET Identifier EQUALS aliasExpression SEMICOLON;
classicalDeclarationStatement: (scalarType | arrayType) Identifier (EQUALS declarationExpression)? SEMICOLON;
constDeclarationStatement: CONST scalarType Identifier EQUALS declarationExpression SEMICOLON;
ioDeclarationStatement: (INPUT | OUTPUT) (scalarType | arrayType) Identifier SEMICOLON;
oldStyleDeclarationStatement: (CREG | QREG) Identifier designator? SEMICOLON;
quantumDeclarationStatement: qubitType Identifier SEMICOLON;

defStatement: DEF Identifier LPAREN argumentDefinitionList? RPAREN returnSignature? scope;
externStatement: EXTERN Identifier LPAREN externArgumentList? RPAREN returnSignature? SEMICOLON;
gateStatement: GATE Identifier (LPAREN params=identifierList? RPAREN)? qubits=identifierList scope;

calStatement: CAL opaqueBlock;
defcalStatement: DEFCAL defcalTarget (LPAREN defcalArgumentList? RPAREN)? defcalOperandList returnSignature? opaqueBlock;

assignmentStatement: indexedIdentifier op=(EQUALS | CompoundAssignmentOperator) (expression | measureExpression) SEMICOLON;
expressionStatement: expression SEMICOLON;

// Expressions. The order of the alternatives is the precedence table of the specification,
// tightest first.
expression
    : LPAREN expression RPAREN                                  # parenthesisExpression
    | expression indexOperator                                  # indexExpression
    | <assoc = right> expression op = DOUBLE_ASTERISK expression # powerExpression
    | op = (TILDE | EXCLAMATION_POINT | MINUS) expression        # unaryExpression
    | expression op = (ASTERISK | SLASH | PERCENT) expression   # multiplicativeExpression
    | expression op = (PLUS | MINUS) expression                 # additiveExpression
    | expression op = BitshiftOperator expression               # bitshiftExpression
    | expression op = ComparisonOperator expression             # comparisonExpression
    | expression op = EqualityOperator expression               # equalityExpression
    | expression op = AMPERSAND expression                      # bitwiseAndExpression
    | expression op = CARET expression                          # bitwiseXorExpression
    | expression op = PIPE expression                           # bitwiseOrExpression
    | expression op = DOUBLE_AMPERSAND expression               # logicalAndExpression
    | expression op = DOUBLE_PIPE expression                    # logicalOrExpression
    | (scalarType | arrayType) LPAREN expression RPAREN         # castExpression
    | DURATIONOF LPAREN scope RPAREN                            # durationofExpression
    | Identifier LPAREN expressionList? RPAREN                  # callExpression
    | (
        Identifier
        | BinaryIntegerLiteral
        | OctalIntegerLiteral
        | DecimalIntegerLiteral
        | HexIntegerLiteral
        | FloatLiteral
        | ImaginaryLiteral
        | BooleanLiteral
        | BitstringLiteral
        | TimingLiteral
        | HardwareQubit
      )                                                         # literalExpression
    ;

aliasExpression: expression (DOUBLE_PLUS expression)*;
declarationExpression: arrayLiteral | expression | measureExpression;
measureExpression: MEASURE gateOperand;
rangeExpression: expression? COLON expression? (COLON expression)?;
setExpression: LBRACE expression (COMMA expression)* COMMA? RBRACE;
arrayLiteral: LBRACE ((expression | arrayLiteral) (COMMA (expression | arrayLiteral))* COMMA?)? RBRACE;

indexOperator
    : LBRACKET
      (
        setExpression
        | (expression | rangeExpression) (COMMA (expression | rangeExpression))* COMMA?
      )
      RBRACKET
    ;

indexedIdentifier: Identifier indexOperator*;
returnSignature: ARROW scalarType;
gateOperand: indexedIdentifier | HardwareQubit;
externArgument: scalarType | arrayReferenceType | CREG designator?;
argumentDefinition
    : scalarType Identifier
    | qubitType Identifier
    | (CREG | QREG) Identifier designator?
    | arrayReferenceType Identifier
    ;

designator: LBRACKET expression RBRACKET;
qubitType: QUBIT designator?;
scalarType
    : BIT designator?
    | INT designator?
    | UINT designator?
    | FLOAT designator?
    | ANGLE designator?
    | BOOL
    | DURATION
    | STRETCH
    | COMPLEX (LBRACKET scalarType RBRACKET)?
    ;
arrayType: ARRAY LBRACKET scalarType COMMA expressionList RBRACKET;
arrayReferenceType: (READONLY | MUTABLE) ARRAY LBRACKET scalarType COMMA (expressionList | DIM EQUALS expression) RBRACKET;

defcalTarget: MEASURE | RESET | DELAY | Identifier;
defcalArgumentDefinition: expression | argumentDefinition;
defcalOperand: HardwareQubit | Identifier;

// Calibration bodies belong to another grammar (for example OpenPulse); qtool keeps them as
// balanced token blocks and rejects the construct during lowering.
opaqueBlock: LBRACE (~(LBRACE | RBRACE) | opaqueBlock)* RBRACE;

// Lists allow a trailing comma, as the specification does.
expressionList: expression (COMMA expression)* COMMA?;
identifierList: Identifier (COMMA Identifier)* COMMA?;
gateOperandList: gateOperand (COMMA gateOperand)* COMMA?;
externArgumentList: externArgument (COMMA externArgument)* COMMA?;
argumentDefinitionList: argumentDefinition (COMMA argumentDefinition)* COMMA?;
defcalArgumentList: defcalArgumentDefinition (COMMA defcalArgumentDefinition)* COMMA?;
defcalOperandList: defcalOperand (COMMA defcalOperand)* COMMA?;
