package qtool.qubo.model;

/**
 * QAP as a QUBO over the n² assignment variables: the cost
 * {@code Σ_{i,j,k,l} f_ij d_kl x_ik x_jl} plus {@code A [Σ_i (Σ_k x_ik - 1)² + Σ_k (Σ_i x_ik - 1)²]}.
 * On permutation matrices the penalty vanishes and E equals the assignment cost. The default
 * weight A is {@code factor ×} half the largest total coupling of one variable, the most a single
 * removed assignment can save.
 */
public final class QapQubo {
    private QapQubo() {
    }

    public static Qubo encode(Qap qap, double factor) {
        int n = qap.size();
        Qubo.Builder b = Qubo.builder(n * n);
        double[] rowSum = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                long f = qap.flow()[i][j];
                if (f == 0) {
                    continue;
                }
                for (int k = 0; k < n; k++) {
                    for (int l = 0; l < n; l++) {
                        long d = qap.distance()[k][l];
                        if (d == 0) {
                            continue;
                        }
                        int u = qap.variable(i, k);
                        int v = qap.variable(j, l);
                        b.quadratic(u, v, (double) f * d);
                        if (u != v) {
                            rowSum[u] += Math.abs((double) f * d);
                            rowSum[v] += Math.abs((double) f * d);
                        }
                    }
                }
            }
        }
        double max = 0;
        for (double s : rowSum) {
            max = Math.max(max, s);
        }
        double a = factor * Math.max(1, max / 2);
        int[] vars = new int[n];
        double[] ones = new double[n];
        java.util.Arrays.fill(ones, 1);
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                vars[k] = qap.variable(i, k);
            }
            b.squaredLinear(vars, ones, -1, a);
        }
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                vars[i] = qap.variable(i, k);
            }
            b.squaredLinear(vars, ones, -1, a);
        }
        return b.build();
    }
}
