package qtool.ir;

import java.util.Map;

/**
 * Test-only reader of OpenQASM expressions into {@link Param}s, built through the public factories
 * exactly as the real readers evaluate (literals via {@code Double.parseDouble}, left to right,
 * unary minus below {@code **} and above {@code *}). It lets {@code ParamTest} check the
 * {@code toQasm} round trip without the ANTLR front end.
 */
final class ExprParser {
    private final String s;
    private final int version;
    private final Map<String, Param> names;
    private int pos;

    private ExprParser(String s, int version, Map<String, Param> names) {
        this.s = s;
        this.version = version;
        this.names = names;
    }

    /** Parses {@code text}; identifiers other than pi become symbols. */
    static Param parse(String text, int version) {
        return parse(text, version, Map.of());
    }

    /** Parses {@code text}; identifiers found in {@code names} are replaced by their values. */
    static Param parse(String text, int version, Map<String, Param> names) {
        ExprParser p = new ExprParser(text, version, names);
        Param r = p.additive();
        p.skipSpace();
        if (p.pos != p.s.length()) {
            throw new IllegalArgumentException("trailing text at " + p.pos + " in '" + text + "'");
        }
        return r;
    }

    private Param additive() {
        Param left = multiplicative();
        while (true) {
            if (eat("+")) {
                left = left.plus(multiplicative());
            } else if (peekMinusOperator()) {
                eat("-");
                left = left.minus(multiplicative());
            } else {
                return left;
            }
        }
    }

    private boolean peekMinusOperator() {
        skipSpace();
        return pos < s.length() && s.charAt(pos) == '-';
    }

    private Param multiplicative() {
        Param left = unary();
        while (true) {
            skipSpace();
            if (!lookingAt("**") && eat("*")) {
                left = left.times(unary());
            } else if (eat("/")) {
                left = left.dividedBy(unary());
            } else {
                return left;
            }
        }
    }

    private Param unary() {
        if (eat("-")) {
            return unary().negate();
        }
        if (eat("+")) {
            return unary();
        }
        return power();
    }

    private Param power() {
        Param base = atom();
        if (eat(version == 2 ? "^" : "**")) {
            return base.pow(unary());
        }
        return base;
    }

    private Param atom() {
        skipSpace();
        if (eat("(")) {
            Param inner = additive();
            expect(")");
            return inner;
        }
        if (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
            int start = pos;
            while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                pos++;
            }
            if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                pos++;
                if (s.charAt(pos) == '+' || s.charAt(pos) == '-') {
                    pos++;
                }
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
            }
            return Param.constant(Double.parseDouble(s.substring(start, pos)));
        }
        int start = pos;
        while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
            pos++;
        }
        String id = s.substring(start, pos);
        if (id.isEmpty()) {
            throw new IllegalArgumentException("unexpected text at " + pos + " in '" + s + "'");
        }
        if (eat("(")) {
            Param arg = additive();
            expect(")");
            return Param.function(id, arg);
        }
        if (id.equals("pi") || id.equals("π")) {
            return Param.PI;
        }
        Param bound = names.get(id);
        return bound != null ? bound : Param.symbol(id);
    }

    private void skipSpace() {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
            pos++;
        }
    }

    private boolean lookingAt(String tok) {
        skipSpace();
        return s.startsWith(tok, pos);
    }

    private boolean eat(String tok) {
        if (lookingAt(tok)) {
            pos += tok.length();
            return true;
        }
        return false;
    }

    private void expect(String tok) {
        if (!eat(tok)) {
            throw new IllegalArgumentException("expected '" + tok + "' at " + pos + " in '" + s + "'");
        }
    }
}
