package qtool.ir;

import java.util.Locale;

/**
 * Prints {@link Param} trees as OpenQASM expressions that parse back into the identical tree.
 *
 * <p>Two rules carry the round trip. Constants print as float literals (never integers: OpenQASM 3
 * reads {@code 1/2} as integer division) or, when the text {@code k*pi/m} evaluates the way the
 * readers evaluate it to the very same double, as that multiple of pi. Parentheses follow the
 * grammars' precedence (power, unary minus, multiplicative, additive; all binary operators but
 * power associate left) and are also put around any right operand that starts with a minus sign,
 * so that no output depends on how a grammar treats {@code a - -b}.
 */
final class ParamFormat {
    private static final int ADD = 1;
    private static final int MUL = 2;
    private static final int UNARY = 3;
    private static final int POW = 4;
    private static final int ATOM = 5;

    /** Largest numerator tried for pi multiples. */
    private static final long MAX_NUMERATOR = 1L << 20;
    /** Denominators tried for pi multiples: 1..64, then powers of two. */
    private static final long[] DENOMINATORS = denominators();

    private ParamFormat() {
    }

    static String format(Param p, int version) {
        if (version != 2 && version != 3) {
            throw new IllegalArgumentException("OpenQASM version must be 2 or 3, got " + version);
        }
        return print(p, version).text;
    }

    /** Printed text with its top-level precedence and whether it starts with a minus sign. */
    private static final class Printed {
        final String text;
        final int precedence;

        Printed(String text, int precedence) {
            this.text = text;
            this.precedence = precedence;
        }

        boolean leadingMinus() {
            return text.startsWith("-");
        }
    }

    private static Printed print(Param p, int version) {
        if (p instanceof Param.Const) {
            return constant(((Param.Const) p).value());
        }
        if (p instanceof Param.Sym) {
            return new Printed(((Param.Sym) p).name(), ATOM);
        }
        if (p instanceof Param.Neg) {
            Printed a = print(((Param.Neg) p).arg(), version);
            // Anything but an atom is parenthesised: "-(a*b)" must not read as (-a)*b.
            String inner = a.precedence == ATOM && !a.leadingMinus() ? a.text : "(" + a.text + ")";
            return new Printed("-" + inner, UNARY);
        }
        if (p instanceof Param.Fn) {
            Param.Fn f = (Param.Fn) p;
            return new Printed(functionName(f.name(), version) + "(" + print(f.arg(), version).text + ")", ATOM);
        }
        if (p instanceof Param.Add) {
            return binary(((Param.Add) p).left(), " + ", ((Param.Add) p).right(), ADD, version);
        }
        if (p instanceof Param.Sub) {
            return binary(((Param.Sub) p).left(), " - ", ((Param.Sub) p).right(), ADD, version);
        }
        if (p instanceof Param.Mul) {
            return binary(((Param.Mul) p).left(), "*", ((Param.Mul) p).right(), MUL, version);
        }
        if (p instanceof Param.Div) {
            return binary(((Param.Div) p).left(), "/", ((Param.Div) p).right(), MUL, version);
        }
        Param.Pow pw = (Param.Pow) p;
        Printed l = print(pw.left(), version);
        Printed r = print(pw.right(), version);
        // Both sides of a power are parenthesised unless atomic, whatever the grammar's associativity.
        String lt = l.precedence == ATOM && !l.leadingMinus() ? l.text : "(" + l.text + ")";
        String rt = r.precedence == ATOM && !r.leadingMinus() ? r.text : "(" + r.text + ")";
        return new Printed(lt + (version == 2 ? "^" : "**") + rt, POW);
    }

    private static Printed binary(Param left, String op, Param right, int precedence, int version) {
        Printed l = print(left, version);
        Printed r = print(right, version);
        String lt = l.precedence < precedence ? "(" + l.text + ")" : l.text;
        String rt = r.precedence <= precedence || r.leadingMinus() ? "(" + r.text + ")" : r.text;
        return new Printed(lt + op + rt, precedence);
    }

    private static String functionName(String canonical, int version) {
        if (version == 3) {
            switch (canonical) {
                case "asin": return "arcsin";
                case "acos": return "arccos";
                case "atan": return "arctan";
                default: return canonical;
            }
        }
        return canonical;
    }

    private static Printed constant(double v) {
        String pi = piMultiple(v);
        if (pi != null) {
            boolean atom = pi.equals("pi");
            return new Printed(pi, atom ? ATOM : pi.equals("-pi") ? UNARY : MUL);
        }
        String text = floatLiteral(v);
        return new Printed(text, text.startsWith("-") ? UNARY : ATOM);
    }

    /**
     * {@code pi}, {@code -pi/2}, {@code 3*pi/4}, ... when that text evaluates (as
     * {@code (k*pi)/m} in doubles) to exactly {@code v}; otherwise null.
     */
    static String piMultiple(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return null;
        }
        double a = Math.abs(v);
        double ratio = a / Math.PI;
        for (long m : DENOMINATORS) {
            double km = Math.rint(ratio * m);
            if (km < 1 || km > MAX_NUMERATOR) {
                continue;
            }
            long k = (long) km;
            if (gcd(k, m) != 1) {
                continue;
            }
            if (Double.doubleToLongBits(piValue(k, m)) == Double.doubleToLongBits(a)) {
                String text = (k == 1 ? "" : k + "*") + "pi" + (m == 1 ? "" : "/" + m);
                return v < 0 ? "-" + text : text;
            }
        }
        return null;
    }

    /** The value a reader computes for {@code k*pi/m} (left to right; {@code pi/m} and {@code k*pi} alone). */
    static double piValue(long k, long m) {
        double x = k == 1 ? Math.PI : (double) k * Math.PI;
        return m == 1 ? x : x / (double) m;
    }

    /**
     * The shortest round-tripping float literal Java offers, always with a decimal point and with
     * a lower-case, signed, two-digit exponent when one is needed ({@code 1.0e-07}).
     */
    static String floatLiteral(double v) {
        String s = Double.toString(v);
        int e = s.indexOf('E');
        if (e < 0) {
            return s;
        }
        String mantissa = s.substring(0, e);
        int exp = Integer.parseInt(s.substring(e + 1));
        return mantissa + String.format(Locale.ROOT, "e%s%02d", exp < 0 ? "-" : "+", Math.abs(exp));
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    private static long[] denominators() {
        long[] d = new long[64 + 56];
        int n = 0;
        for (long m = 1; m <= 64; m++) {
            d[n++] = m;
        }
        for (int j = 7; j <= 62; j++) {
            d[n++] = 1L << j;
        }
        return d;
    }
}
