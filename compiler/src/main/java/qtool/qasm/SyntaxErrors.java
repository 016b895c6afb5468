package qtool.qasm;

import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Turns ANTLR recognition failures into messages a user can act on. No raw ANTLR text ever reaches
 * the user: a missing {@code ;} is reported just after the previous token, a reserved word used as a
 * name says so, and other errors name the unexpected token and, when short, what was expected.
 */
final class SyntaxErrors {
    private SyntaxErrors() {
    }

    /** Message and position of a syntax error. */
    record Located(int line, int column, String message) {
    }

    static Located describe(Parser parser, RecognitionException e, Token offending, Token previous, int semicolonType,
            int identifierType, boolean qasm2) {
        Vocabulary vocab = parser.getVocabulary();
        IntervalSet expected = null;
        try {
            expected = e != null ? e.getExpectedTokens() : null;
        } catch (RuntimeException ignored) {
            // Some contexts cannot compute their expected set; the message then omits it.
        }
        if (e instanceof InputMismatchException || e instanceof NoViableAltException || e == null) {
            if (expected != null && expected.contains(semicolonType) && previous != null
                    && offending.getType() != semicolonType) {
                if (offending.getType() == Token.EOF || offending.getLine() > previous.getLine()
                        || expected.size() <= 4) {
                    return new Located(previous.getLine(), endColumn(previous),
                            "missing ';' after '" + previous.getText() + "'");
                }
            }
        }
        if (offending.getType() == Token.EOF) {
            return new Located(offending.getLine(), offending.getCharPositionInLine() + 1,
                    "unexpected end of file" + expectedList(expected, vocab));
        }
        String text = offending.getText();
        if (!qasm2 && isKeyword(vocab, offending.getType()) && expected != null && expected.contains(identifierType)) {
            return new Located(offending.getLine(), offending.getCharPositionInLine() + 1,
                    "'" + text + "' is a reserved word in OpenQASM 3; use another name");
        }
        return new Located(offending.getLine(), offending.getCharPositionInLine() + 1,
                "unexpected " + display(vocab, offending) + expectedList(expected, vocab));
    }

    private static int endColumn(Token t) {
        String text = t.getText();
        int nl = text.lastIndexOf('\n');
        return nl >= 0 ? text.length() - nl : t.getCharPositionInLine() + text.length() + 1;
    }

    static boolean isKeyword(Vocabulary vocab, int type) {
        String lit = vocab.getLiteralName(type);
        return lit != null && lit.length() > 2 && Character.isLetter(lit.charAt(1));
    }

    private static String display(Vocabulary vocab, Token t) {
        String text = t.getText();
        if (text.length() > 40) {
            text = text.substring(0, 37) + "...";
        }
        return "'" + text + "'";
    }

    private static String expectedList(IntervalSet expected, Vocabulary vocab) {
        if (expected == null || expected.isNil() || expected.size() > 8) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (int type : expected.toList()) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(name(vocab, type));
        }
        return "; expected " + (expected.size() == 1 ? "" : "one of ") + sb;
    }

    private static String name(Vocabulary vocab, int type) {
        if (type == Token.EOF) {
            return "end of file";
        }
        String lit = vocab.getLiteralName(type);
        if (lit != null) {
            return lit;
        }
        String sym = vocab.getSymbolicName(type);
        if (sym == null) {
            return "token " + type;
        }
        switch (sym) {
            case "Identifier":
            case "ID":
                return "an identifier";
            case "DecimalIntegerLiteral":
            case "INT":
                return "an integer";
            case "FloatLiteral":
            case "REAL":
                return "a real number";
            case "StringLiteral":
            case "STRING":
                return "a string";
            case "HardwareQubit":
                return "a hardware qubit";
            case "VersionSpecifier":
                return "a version number";
            default:
                return sym.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        }
    }
}
