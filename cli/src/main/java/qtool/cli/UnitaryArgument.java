package qtool.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ejml.data.ZMatrixRMaj;
import qtool.ir.Gate;
import qtool.ir.GateFlag;

/**
 * Parses the target unitary of {@code qtool synth-rl U}: a named gate with constant arguments
 * ({@code t}, {@code h}, {@code rz(pi/7)}, {@code u3(1,2,3)}, {@code cx}), ZYZ Euler angles
 * ({@code euler:θ,φ,λ}, meaning {@code rz(φ)·ry(θ)·rz(λ)}), or a matrix
 * ({@code [[a,b],[c,d]]} with complex entries such as {@code 0.5+0.5i}, {@code -i}, {@code 1/sqrt(2)}).
 * Arguments are arithmetic on numbers, {@code pi}, {@code sqrt(...)}, + − * / and parentheses.
 * Malformed text throws IllegalArgumentException with a message for the user.
 */
final class UnitaryArgument {
    private UnitaryArgument() {
    }

    /** The matrix as {re, im}. */
    static double[][][] parse(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty unitary");
        }
        if (s.startsWith("[")) {
            return matrix(s);
        }
        if (s.toLowerCase(Locale.ROOT).startsWith("euler:")) {
            List<String> parts = splitTop(s.substring(6));
            if (parts.size() != 3) {
                throw new IllegalArgumentException("euler: needs three angles θ,φ,λ, got '" + s.substring(6) + "'");
            }
            double[] a = new double[3];
            for (int i = 0; i < 3; i++) {
                a[i] = new Expression(parts.get(i)).evaluate();
            }
            return qtool.synthesis.rl.RlBenchmark.split(Gate.U3.matrix(a));
        }
        String name = s;
        double[] args = new double[0];
        int open = s.indexOf('(');
        if (open >= 0) {
            if (!s.endsWith(")")) {
                throw new IllegalArgumentException("missing ')' in '" + s + "'");
            }
            name = s.substring(0, open).strip();
            List<String> parts = splitTop(s.substring(open + 1, s.length() - 1));
            args = new double[parts.size()];
            for (int i = 0; i < args.length; i++) {
                args[i] = new Expression(parts.get(i)).evaluate();
            }
        }
        String gateName = name;
        Gate g = Gate.byName(name).filter(x -> x.is(GateFlag.UNITARY) && x.numQubits() >= 1 && x.numQubits() <= 2)
                .orElseThrow(() -> new IllegalArgumentException("'" + gateName
                        + "' is not a one- or two-qubit gate name (see 'qtool gates'), Euler angles (euler:θ,φ,λ) or a matrix ([[a,b],[c,d]])"));
        if (args.length != g.numParams()) {
            throw new IllegalArgumentException("gate " + name + " takes " + g.numParams() + " argument(s), got " + args.length);
        }
        return qtool.synthesis.rl.RlBenchmark.split(g.matrix(args));
    }

    private static double[][][] matrix(String s) {
        if (!s.startsWith("[") || !s.endsWith("]")) {
            throw new IllegalArgumentException("a matrix is written [[a,b],[c,d]]");
        }
        List<String> rows = splitTop(s.substring(1, s.length() - 1));
        int n = rows.size();
        if (n != 2 && n != 4) {
            throw new IllegalArgumentException("a matrix must be 2x2 or 4x4, got " + n + " rows");
        }
        double[][] re = new double[n][n];
        double[][] im = new double[n][n];
        for (int r = 0; r < n; r++) {
            String row = rows.get(r).strip();
            if (!row.startsWith("[") || !row.endsWith("]")) {
                throw new IllegalArgumentException("row " + (r + 1) + " must be written [a,b,...]");
            }
            List<String> entries = splitTop(row.substring(1, row.length() - 1));
            if (entries.size() != n) {
                throw new IllegalArgumentException("row " + (r + 1) + " has " + entries.size() + " entries, expected " + n);
            }
            for (int c = 0; c < n; c++) {
                double[] z = new Expression(entries.get(c)).evaluateComplex();
                re[r][c] = z[0];
                im[r][c] = z[1];
            }
        }
        return new double[][][] {re, im};
    }

    /** Splits on commas outside brackets and parentheses. */
    private static List<String> splitTop(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if (c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        if (out.size() == 1 && out.get(0).isBlank()) {
            return List.of();
        }
        return out;
    }

    /** Recursive descent over complex arithmetic: sums of products of atoms (numbers, pi, i, sqrt(x), (e)). */
    private static final class Expression {
        private final String s;
        private int pos;

        Expression(String text) {
            s = text.replace(" ", "");
        }

        double evaluate() {
            double[] z = evaluateComplex();
            if (Math.abs(z[1]) > 0) {
                throw new IllegalArgumentException("'" + s + "' must be real");
            }
            return z[0];
        }

        double[] evaluateComplex() {
            if (s.isEmpty()) {
                throw new IllegalArgumentException("empty number");
            }
            double[] z = sum();
            if (pos != s.length()) {
                throw new IllegalArgumentException("cannot read '" + s + "' at '" + s.substring(pos) + "'");
            }
            if (!Double.isFinite(z[0]) || !Double.isFinite(z[1])) {
                throw new IllegalArgumentException("'" + s + "' is not a finite number");
            }
            return z;
        }

        private double[] sum() {
            double[] z = product();
            while (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                boolean minus = s.charAt(pos++) == '-';
                double[] w = product();
                z = new double[] {z[0] + (minus ? -w[0] : w[0]), z[1] + (minus ? -w[1] : w[1])};
            }
            return z;
        }

        private double[] product() {
            double[] z = unary();
            while (pos < s.length() && (s.charAt(pos) == '*' || s.charAt(pos) == '/' || Character.isLetter(s.charAt(pos)))) {
                char op = s.charAt(pos);
                if (op == '*' || op == '/') {
                    pos++;
                }
                double[] w = unary();
                if (op == '/') {
                    double d = w[0] * w[0] + w[1] * w[1];
                    z = new double[] {(z[0] * w[0] + z[1] * w[1]) / d, (z[1] * w[0] - z[0] * w[1]) / d};
                } else {
                    z = new double[] {z[0] * w[0] - z[1] * w[1], z[0] * w[1] + z[1] * w[0]};
                }
            }
            return z;
        }

        private double[] unary() {
            if (pos < s.length() && (s.charAt(pos) == '-' || s.charAt(pos) == '+')) {
                boolean minus = s.charAt(pos++) == '-';
                double[] z = unary();
                return minus ? new double[] {-z[0], -z[1]} : z;
            }
            return atom();
        }

        private double[] atom() {
            if (pos >= s.length()) {
                throw new IllegalArgumentException("'" + s + "' ends too early");
            }
            char c = s.charAt(pos);
            if (c == '(') {
                pos++;
                double[] z = sum();
                expect(')');
                return z;
            }
            if (Character.isDigit(c) || c == '.') {
                int start = pos;
                while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) {
                    pos++;
                }
                if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                    int save = pos;
                    pos++;
                    if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                        pos++;
                    }
                    if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                        while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                            pos++;
                        }
                    } else {
                        pos = save;
                    }
                }
                try {
                    return new double[] {Double.parseDouble(s.substring(start, pos)), 0};
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("bad number '" + s.substring(start, pos) + "'");
                }
            }
            if (s.startsWith("pi", pos)) {
                pos += 2;
                return new double[] {Math.PI, 0};
            }
            if (c == 'π') {
                pos++;
                return new double[] {Math.PI, 0};
            }
            if (s.startsWith("sqrt(", pos)) {
                pos += 5;
                double[] z = sum();
                expect(')');
                if (z[1] != 0 || z[0] < 0) {
                    throw new IllegalArgumentException("sqrt needs a non-negative real argument in '" + s + "'");
                }
                return new double[] {Math.sqrt(z[0]), 0};
            }
            if (c == 'i' || c == 'j') {
                pos++;
                return new double[] {0, 1};
            }
            throw new IllegalArgumentException("cannot read '" + s + "' at '" + s.substring(pos) + "'");
        }

        private void expect(char c) {
            if (pos >= s.length() || s.charAt(pos) != c) {
                throw new IllegalArgumentException("missing '" + c + "' in '" + s + "'");
            }
            pos++;
        }
    }
}
