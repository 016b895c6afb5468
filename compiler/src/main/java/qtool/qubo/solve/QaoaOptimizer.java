package qtool.qubo.solve;

/**
 * Finds QAOA angles of depth p on {@link DiagonalQaoa} by minimising {@code <C>}. The cost is
 * standardised first ({@code (C - mean)/std} over all basis states) so that one γ range fits every
 * problem. Depth 1 starts from the best point of a γ×β grid; each deeper level starts from the
 * previous optimum interpolated to one more layer (the INTERP rule of Zhou et al., PRX 10, 021067)
 * and is refined by Nelder–Mead. Deterministic: no random starts.
 */
public final class QaoaOptimizer {
    private final int depth;
    private final int evaluationsPerLevel;

    public QaoaOptimizer(int depth, int evaluationsPerLevel) {
        if (depth < 1) {
            throw new IllegalArgumentException("QAOA depth must be at least 1");
        }
        this.depth = depth;
        this.evaluationsPerLevel = evaluationsPerLevel;
    }

    public QaoaAngles optimise(DiagonalQaoa sim) {
        double[] e = sim.energies();
        double mean = 0;
        for (double x : e) {
            mean += x;
        }
        mean /= e.length;
        double var = 0;
        for (double x : e) {
            var += (x - mean) * (x - mean);
        }
        double std = Math.sqrt(var / e.length);
        if (std == 0) {
            std = 1;
        }
        final double scale = std;
        int[] evals = {0};
        java.util.function.ToDoubleFunction<double[]> cost = v -> {
            int p = v.length / 2;
            double[] g = new double[p];
            double[] b = new double[p];
            for (int l = 0; l < p; l++) {
                g[l] = v[l] / scale;
                b[l] = v[p + l];
            }
            sim.run(g, b);
            evals[0]++;
            return sim.expectation();
        };
        double[] best = null;
        double bestValue = Double.POSITIVE_INFINITY;
        for (int gi = 1; gi <= 6; gi++) {
            for (int bi = 0; bi < 6; bi++) {
                double[] v = {gi * 0.3, -Math.PI / 2 + (bi + 0.5) * Math.PI / 6};
                double val = cost.applyAsDouble(v);
                if (val < bestValue) {
                    bestValue = val;
                    best = v;
                }
            }
        }
        double[] r = NelderMead.minimise(cost, best, 0.1, evaluationsPerLevel, 1e-9);
        double[] current = java.util.Arrays.copyOf(r, 2);
        bestValue = r[2];
        for (int p = 2; p <= depth; p++) {
            double[] start = interpolate(current, p - 1);
            r = NelderMead.minimise(cost, start, 0.05, evaluationsPerLevel, 1e-9);
            current = java.util.Arrays.copyOf(r, 2 * p);
            bestValue = r[2 * p];
        }
        double[] gammas = new double[depth];
        double[] betas = new double[depth];
        for (int l = 0; l < depth; l++) {
            gammas[l] = current[l] / scale;
            betas[l] = current[depth + l];
        }
        sim.run(gammas, betas);
        return new QaoaAngles(gammas, betas, bestValue, evals[0] + 1);
    }

    /** INTERP: angles for p+1 layers from p layers, {@code x'_i = (i/p) x_{i-1} + ((p-i)/p) x_i}. */
    static double[] interpolate(double[] v, int p) {
        double[] out = new double[2 * (p + 1)];
        for (int half = 0; half < 2; half++) {
            for (int i = 0; i <= p; i++) {
                double prev = i - 1 >= 0 ? v[half * p + i - 1] : 0;
                double here = i < p ? v[half * p + i] : 0;
                out[half * (p + 1) + i] = (double) i / p * prev + (double) (p - i) / p * here;
            }
        }
        return out;
    }
}
