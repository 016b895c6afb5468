package qtool.qubo.shrink;

import java.util.Random;

/**
 * Correlations {@code c_ab = ⟨Z_a Z_b⟩} of single-layer QAOA on the Max-Cut graph itself (the
 * anchor is one more qubit, no fields), at angles that minimise the QAOA energy (Fischer et al.,
 * arXiv:2404.17242, use the same source). Weights are scaled to a largest magnitude of 1. For
 * each γ the energy is {@code ½ a sin4β + b sin²2β} with {@code a = Σ w A}, {@code b = Σ w B}, so
 * the best β is closed-form; γ is searched on a grid and refined by golden section.
 */
public final class QaoaCorrelations implements CorrelationSource {
    private static final int GRID = 24;

    @Override
    public String name() {
        return "qaoa1";
    }

    @Override
    public double[][] correlations(double[][] weights, Random random) {
        int n = weights.length;
        double max = 0;
        for (double[] row : weights) {
            for (double x : row) {
                max = Math.max(max, Math.abs(x));
            }
        }
        double[][] c = new double[n][n];
        for (int a = 0; a < n; a++) {
            c[a][a] = 1;
        }
        if (max == 0) {
            return c;
        }
        double[][] w = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                w[a][b] = a == b ? 0 : weights[a][b] / max;
            }
        }
        QaoaP1Expectations qaoa = new QaoaP1Expectations(new double[n], w);
        double bestGamma = 0;
        double bestEnergy = Double.POSITIVE_INFINITY;
        double step = Math.PI / 2 / GRID;
        for (int t = 1; t <= GRID; t++) {
            double e = bestEnergyAt(qaoa, w, t * step)[0];
            if (e < bestEnergy) {
                bestEnergy = e;
                bestGamma = t * step;
            }
        }
        double lo = Math.max(1e-6, bestGamma - step);
        double hi = bestGamma + step;
        double phi = (Math.sqrt(5) - 1) / 2;
        for (int it = 0; it < 20; it++) {
            double m1 = hi - phi * (hi - lo);
            double m2 = lo + phi * (hi - lo);
            if (bestEnergyAt(qaoa, w, m1)[0] < bestEnergyAt(qaoa, w, m2)[0]) {
                hi = m2;
            } else {
                lo = m1;
            }
        }
        double gamma = (lo + hi) / 2;
        double beta = bestEnergyAt(qaoa, w, gamma)[1];
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                c[a][b] = qaoa.zz(a, b, gamma, beta);
                c[b][a] = c[a][b];
            }
        }
        return c;
    }

    /** {energy, β} minimising the p = 1 energy at this γ. */
    static double[] bestEnergyAt(QaoaP1Expectations qaoa, double[][] w, double gamma) {
        double a = 0;
        double b = 0;
        for (int u = 0; u < w.length; u++) {
            for (int v = u + 1; v < w.length; v++) {
                if (w[u][v] != 0) {
                    double[] t = qaoa.zzTerms(u, v, gamma);
                    a += w[u][v] * t[0];
                    b += w[u][v] * t[1];
                }
            }
        }
        // E(β) = a cos2β sin2β + b sin²2β = b/2 + (a/2) sin4β - (b/2) cos4β.
        double amp = Math.hypot(a, b) / 2;
        double fourBeta = Math.atan2(-a, b);
        return new double[] {b / 2 - amp, fourBeta / 4};
    }
}
