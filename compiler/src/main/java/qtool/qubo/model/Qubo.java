package qtool.qubo.model;

/**
 * A quadratic unconstrained binary problem: minimise
 * {@code E(x) = offset + Σ_i a_i x_i + Σ_{i<j} b_{ij} x_i x_j} over x in {0,1}^n. The couplings
 * are kept as a dense symmetric matrix with zero diagonal (the problems here have at most a few
 * hundred variables, and the shrinker needs random access). Built with {@link Builder}.
 */
public final class Qubo {
    private final double offset;
    private final double[] linear;
    private final double[][] coupling;

    private Qubo(double offset, double[] linear, double[][] coupling) {
        this.offset = offset;
        this.linear = linear;
        this.coupling = coupling;
    }

    public static Builder builder(int n) {
        return new Builder(n);
    }

    public int size() {
        return linear.length;
    }

    public double offset() {
        return offset;
    }

    public double linear(int i) {
        return linear[i];
    }

    /** The coefficient of {@code x_i x_j} for i != j (symmetric). */
    public double coupling(int i, int j) {
        return coupling[i][j];
    }

    public double energy(boolean[] x) {
        double e = offset;
        int n = linear.length;
        for (int i = 0; i < n; i++) {
            if (x[i]) {
                e += linear[i];
                double[] row = coupling[i];
                for (int j = i + 1; j < n; j++) {
                    if (x[j]) {
                        e += row[j];
                    }
                }
            }
        }
        return e;
    }

    /**
     * The same energy in spins {@code s = 1 - 2x} (s = +1 for x = 0):
     * {@code x_i = (1 - s_i)/2}, so a linear term a gives {@code a/2 - (a/2) s_i} and a coupling b
     * gives {@code b/4 (1 - s_i - s_j + s_i s_j)}.
     */
    public Ising toIsing() {
        int n = linear.length;
        double c = offset;
        double[] h = new double[n];
        double[][] j = new double[n][n];
        for (int i = 0; i < n; i++) {
            c += linear[i] / 2;
            h[i] -= linear[i] / 2;
            for (int k = i + 1; k < n; k++) {
                double b = coupling[i][k];
                if (b != 0) {
                    c += b / 4;
                    h[i] -= b / 4;
                    h[k] -= b / 4;
                    j[i][k] += b / 4;
                    j[k][i] += b / 4;
                }
            }
        }
        return new Ising(c, h, j);
    }

    /** Accumulates terms; adding the same pair twice sums the coefficients. */
    public static final class Builder {
        private double offset;
        private final double[] linear;
        private final double[][] coupling;

        private Builder(int n) {
            linear = new double[n];
            coupling = new double[n][n];
        }

        public Builder offset(double v) {
            offset += v;
            return this;
        }

        public Builder linear(int i, double v) {
            linear[i] += v;
            return this;
        }

        /** Adds {@code v x_i x_j}; with i == j this is the linear term {@code v x_i} (x² = x). */
        public Builder quadratic(int i, int j, double v) {
            if (i == j) {
                linear[i] += v;
            } else {
                coupling[i][j] += v;
                coupling[j][i] += v;
            }
            return this;
        }

        /**
         * Adds {@code weight · (Σ_t c_t x_{v_t} + constant)²}, expanded with {@code x² = x}: the
         * penalty form of a linear equality.
         */
        public Builder squaredLinear(int[] vars, double[] coeffs, double constant, double weight) {
            offset += weight * constant * constant;
            for (int t = 0; t < vars.length; t++) {
                linear[vars[t]] += weight * (coeffs[t] * coeffs[t] + 2 * constant * coeffs[t]);
                for (int u = t + 1; u < vars.length; u++) {
                    quadratic(vars[t], vars[u], 2 * weight * coeffs[t] * coeffs[u]);
                }
            }
            return this;
        }

        public Qubo build() {
            double[][] c = new double[coupling.length][];
            for (int i = 0; i < c.length; i++) {
                c[i] = coupling[i].clone();
            }
            return new Qubo(offset, linear.clone(), c);
        }
    }
}
