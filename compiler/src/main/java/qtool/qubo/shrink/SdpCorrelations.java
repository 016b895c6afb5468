package qtool.qubo.shrink;

import java.util.Random;

/**
 * Correlations from the Goemans–Williamson relaxation {@code min Σ w_ab X_ab, diag X = 1, X ⪰ 0},
 * solved in Burer–Monteiro form: {@code X = V Vᵀ} with unit rows {@code v_a} of dimension
 * {@code r ≈ √(2n)} (enough for an optimal low-rank solution to exist, Barvinok–Pataki). The
 * rows are improved by exact block-coordinate steps — the minimiser of the objective in
 * {@code v_a} alone is {@code -g/|g|} with {@code g = Σ_b w_ab v_b} (the "mixing method") — until
 * a sweep improves the objective by less than a relative tolerance. Then {@code c_ab = v_a·v_b}.
 */
public final class SdpCorrelations implements CorrelationSource {
    private final int maxSweeps;
    private final double tolerance;

    public SdpCorrelations() {
        this(500, 1e-7);
    }

    public SdpCorrelations(int maxSweeps, double tolerance) {
        this.maxSweeps = maxSweeps;
        this.tolerance = tolerance;
    }

    @Override
    public String name() {
        return "sdp";
    }

    @Override
    public double[][] correlations(double[][] w, Random random) {
        double[][] v = solve(w, random);
        int n = w.length;
        double[][] c = new double[n][n];
        for (int a = 0; a < n; a++) {
            c[a][a] = 1;
            for (int b = a + 1; b < n; b++) {
                double d = 0;
                for (int t = 0; t < v[a].length; t++) {
                    d += v[a][t] * v[b][t];
                }
                c[a][b] = Math.max(-1, Math.min(1, d));
                c[b][a] = c[a][b];
            }
        }
        return c;
    }

    /** The unit vectors of a (locally) optimal factorisation. */
    public double[][] solve(double[][] w, Random random) {
        int n = w.length;
        int r = Math.max(2, Math.min(n, (int) Math.ceil(Math.sqrt(2.0 * n)) + 1));
        double[][] v = new double[n][r];
        for (double[] row : v) {
            for (int t = 0; t < r; t++) {
                row[t] = random.nextGaussian();
            }
            normalise(row);
        }
        double scale = 0;
        for (double[] row : w) {
            for (double x : row) {
                scale += Math.abs(x);
            }
        }
        if (scale == 0) {
            return v;
        }
        double[] g = new double[r];
        double previous = objective(w, v);
        for (int sweep = 0; sweep < maxSweeps; sweep++) {
            for (int a = 0; a < n; a++) {
                java.util.Arrays.fill(g, 0);
                double[] wa = w[a];
                for (int b = 0; b < n; b++) {
                    double x = wa[b];
                    if (x != 0 && b != a) {
                        double[] vb = v[b];
                        for (int t = 0; t < r; t++) {
                            g[t] += x * vb[t];
                        }
                    }
                }
                double norm = 0;
                for (double x : g) {
                    norm += x * x;
                }
                if (norm > 0) {
                    norm = Math.sqrt(norm);
                    for (int t = 0; t < r; t++) {
                        v[a][t] = -g[t] / norm;
                    }
                }
            }
            double current = objective(w, v);
            if (previous - current <= tolerance * scale) {
                break;
            }
            previous = current;
        }
        return v;
    }

    /** {@code Σ_{a<b} w_ab v_a·v_b}. */
    static double objective(double[][] w, double[][] v) {
        double s = 0;
        for (int a = 0; a < w.length; a++) {
            for (int b = a + 1; b < w.length; b++) {
                if (w[a][b] != 0) {
                    double d = 0;
                    for (int t = 0; t < v[a].length; t++) {
                        d += v[a][t] * v[b][t];
                    }
                    s += w[a][b] * d;
                }
            }
        }
        return s;
    }

    private static void normalise(double[] row) {
        double norm = 0;
        for (double x : row) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        for (int t = 0; t < row.length; t++) {
            row[t] /= norm;
        }
    }
}
