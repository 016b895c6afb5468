package qtool.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ejml.data.ZMatrixRMaj;
import qtool.dense.Matrices;
import qtool.ir.Gate;
import qtool.ir.GateFlag;

/**
 * The unitary {@code qtool synth} is asked for, parsed from one argument:
 * <ul>
 * <li>a one-qubit gate of the gate table by its OpenQASM name, with constant arguments:
 *     {@code t}, {@code h}, {@code sx}, {@code rz(0.3)}, {@code rx(pi/7)}, {@code p(-3pi/8)},
 *     {@code u(0.1, 0.2, 0.3)} (textbook u3), {@code U(...)} (OpenQASM 3 built-in);</li>
 * <li>Euler angles {@code zyz(a, b, c)} = Rz(a)·Ry(b)·Rz(c);</li>
 * <li>a 2×2 matrix {@code [[a, b], [c, d]]} (rows), entries complex expressions such as
 *     {@code 1/sqrt(2)}, {@code exp(i*pi/8)}, {@code 0.6-0.8i}.</li>
 * </ul>
 * Expressions use numbers, {@code pi} (or π), {@code i}, {@code + - * / ^}, parentheses and
 * {@code sqrt exp cos sin}; a number may multiply a name directly ({@code 3pi}, {@code 0.5i}). A matrix
 * must be unitary to 1e-9. Parse errors are IllegalArgumentExceptions naming the column.
 */
record SynthTarget(String text, ZMatrixRMaj matrix, Double rzAngle) {
    private static final double UNITARY_TOL = 1e-9;

    static SynthTarget parse(String text) {
        Parser p = new Parser(text);
        SynthTarget t = p.target();
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("unexpected '" + text.charAt(p.pos) + "'");
        }
        return t;
    }

    /** Recursive-descent parser over complex numbers stored as {re, im}. */
    private static final class Parser {
        private final String s;
        private int pos;

        Parser(String s) {
            this.s = s;
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException("cannot read unitary '" + s + "' at column " + (pos + 1) + ": " + message);
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        boolean accept(char c) {
            skipSpace();
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        void expect(char c) {
            if (!accept(c)) {
                throw error(pos < s.length() ? "expected '" + c + "'" : "expected '" + c + "' at the end");
            }
        }

        SynthTarget target() {
            skipSpace();
            if (pos < s.length() && s.charAt(pos) == '[') {
                return matrix();
            }
            int start = pos;
            String name = identifier();
            if (name.isEmpty()) {
                throw error("expected a gate name, zyz(a, b, c) or a matrix [[a, b], [c, d]]");
            }
            List<Double> args = new ArrayList<>();
            if (accept('(')) {
                do {
                    int at = pos;
                    double[] v = finiteExpr();
                    if (Math.abs(v[1]) > 1e-12) {
                        pos = at;
                        throw error("gate arguments must be real");
                    }
                    args.add(v[0]);
                } while (accept(','));
                expect(')');
            }
            if (name.equals("zyz")) {
                if (args.size() != 3) {
                    throw error("zyz takes three angles, got " + args.size());
                }
                ZMatrixRMaj m = Matrices.multiply(Matrices.multiply(Gate.RZ.matrix(args.get(0)), Gate.RY.matrix(args.get(1))),
                        Gate.RZ.matrix(args.get(2)));
                return new SynthTarget(s.strip(), m, null);
            }
            Gate g = Gate.byName(name).orElse(null);
            if (g == null || !g.is(GateFlag.UNITARY) || g.numQubits() != 1) {
                pos = start;
                throw error("'" + name + "' is not a one-qubit gate (try t, h, rz(0.3), rx(pi/7), u(a, b, c), zyz(a, b, c)"
                        + " or [[a, b], [c, d]])");
            }
            if (args.size() != g.numParams()) {
                throw error(name + " takes " + g.numParams() + " argument(s), got " + args.size());
            }
            double[] v = args.stream().mapToDouble(Double::doubleValue).toArray();
            return new SynthTarget(s.strip(), g.matrix(v), g == Gate.RZ ? v[0] : null);
        }

        SynthTarget matrix() {
            expect('[');
            double[] data = new double[8];
            for (int r = 0; r < 2; r++) {
                if (r > 0) {
                    expect(',');
                }
                expect('[');
                for (int c = 0; c < 2; c++) {
                    if (c > 0) {
                        expect(',');
                    }
                    double[] v = finiteExpr();
                    data[2 * (2 * r + c)] = v[0];
                    data[2 * (2 * r + c) + 1] = v[1];
                }
                expect(']');
            }
            expect(']');
            ZMatrixRMaj m = Matrices.of(2, 2, data);
            ZMatrixRMaj mm = Matrices.multiply(m, Matrices.dagger(m));
            double dev = Matrices.maxAbsDiff(mm, Matrices.identity(2));
            if (!(dev <= UNITARY_TOL)) {
                throw new IllegalArgumentException("matrix " + s.strip() + " is not unitary (largest entry of U·U† − I is "
                        + String.format(Locale.ROOT, "%.3g", dev) + ")");
            }
            return new SynthTarget(s.strip(), m, null);
        }

        String identifier() {
            skipSpace();
            int start = pos;
            while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_' || s.charAt(pos) == 'π')) {
                if (pos == start && Character.isDigit(s.charAt(pos))) {
                    break;
                }
                pos++;
            }
            return s.substring(start, pos);
        }

        double[] expr() {
            double[] v = term();
            while (true) {
                if (accept('+')) {
                    double[] w = term();
                    v = new double[] {v[0] + w[0], v[1] + w[1]};
                } else if (accept('-')) {
                    double[] w = term();
                    v = new double[] {v[0] - w[0], v[1] - w[1]};
                } else {
                    return v;
                }
            }
        }

        double[] term() {
            double[] v = unary();
            while (true) {
                if (accept('*')) {
                    v = mul(v, unary());
                } else if (accept('/')) {
                    int at = pos;
                    double[] w = unary();
                    double d = w[0] * w[0] + w[1] * w[1];
                    if (d == 0) {
                        pos = at;
                        throw error("division by zero");
                    }
                    v = mul(v, new double[] {w[0] / d, -w[1] / d});
                } else {
                    return v;
                }
            }
        }

        double[] unary() {
            if (accept('-')) {
                double[] v = unary();
                return new double[] {-v[0], -v[1]};
            }
            if (accept('+')) {
                return unary();
            }
            double[] base = primary();
            if (accept('^')) {
                double[] e = unary();
                if (Math.abs(e[1]) > 0 || Math.abs(base[1]) > 0) {
                    throw error("only real powers of real numbers are supported");
                }
                return new double[] {Math.pow(base[0], e[0]), 0};
            }
            return base;
        }

        double[] primary() {
            skipSpace();
            if (pos >= s.length()) {
                throw error("expression ends early");
            }
            char c = s.charAt(pos);
            if (Character.isDigit(c) || c == '.') {
                double[] v = {number(), 0};
                // "3pi", "0.5i": a name right after a number multiplies it.
                if (pos < s.length() && (Character.isLetter(s.charAt(pos)) || s.charAt(pos) == 'π')) {
                    v = mul(v, primary());
                }
                return v;
            }
            if (accept('(')) {
                double[] v = expr();
                expect(')');
                return v;
            }
            int start = pos;
            String name = identifier();
            switch (name) {
                case "pi", "π" -> {
                    return new double[] {Math.PI, 0};
                }
                case "i" -> {
                    return new double[] {0, 1};
                }
                case "sqrt", "exp", "cos", "sin" -> {
                    expect('(');
                    double[] a = expr();
                    expect(')');
                    return function(name, a);
                }
                default -> {
                    pos = start;
                    throw error(name.isEmpty() ? "expected a number, name or '('" : "unknown name '" + name + "'");
                }
            }
        }

        /** An expression whose value is a finite complex number: 1e400 or 1/0 would poison the matrix. */
        double[] finiteExpr() {
            int at = pos;
            double[] v = expr();
            if (!Double.isFinite(v[0]) || !Double.isFinite(v[1])) {
                pos = at;
                throw error("not a finite number");
            }
            return v;
        }

        double number() {
            int start = pos;
            while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                pos++;
            }
            if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E') && pos + 1 < s.length()
                    && (Character.isDigit(s.charAt(pos + 1)) || ((s.charAt(pos + 1) == '-' || s.charAt(pos + 1) == '+')
                    && pos + 2 < s.length() && Character.isDigit(s.charAt(pos + 2))))) {
                pos += 2;
                while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                    pos++;
                }
            }
            try {
                return Double.parseDouble(s.substring(start, pos));
            } catch (NumberFormatException e) {
                pos = start;
                throw error("bad number '" + s.substring(start, Math.max(start + 1, pos)) + "'");
            }
        }

        private double[] function(String name, double[] a) {
            return switch (name) {
                case "sqrt" -> {
                    double r = Math.sqrt(Math.hypot(a[0], a[1]));
                    double t = Math.atan2(a[1], a[0]) / 2;
                    yield new double[] {r * Math.cos(t), r * Math.sin(t)};
                }
                case "exp" -> {
                    double r = Math.exp(a[0]);
                    yield new double[] {r * Math.cos(a[1]), r * Math.sin(a[1])};
                }
                case "cos" -> new double[] {Math.cos(a[0]) * Math.cosh(a[1]), -Math.sin(a[0]) * Math.sinh(a[1])};
                default -> new double[] {Math.sin(a[0]) * Math.cosh(a[1]), Math.cos(a[0]) * Math.sinh(a[1])};
            };
        }

        private static double[] mul(double[] a, double[] b) {
            return new double[] {a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]};
        }
    }
}
