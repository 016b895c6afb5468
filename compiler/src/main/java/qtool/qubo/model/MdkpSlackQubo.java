package qtool.qubo.model;

/**
 * MDKP as a QUBO with binary slack (the Qiskit-converter style of compiler-passes.md §C.2):
 * {@code E = -Σ p_i x_i + Σ_k (A / c_k²) (Σ_i w_ki x_i + Σ_t b_kt s_kt - c_k)²}. Each capacity gets
 * slack bits with coefficients {@code 1, 2, 4, …, 2^{K-2}} and a last one making the total exactly
 * {@code c_k}, so every slack value in {@code [0, c_k]} is representable and a feasible selection
 * with its best slack has {@code E = -profit}. Item i is variable i; slack bits follow, constraint
 * by constraint. {@code A = factor × max p}.
 */
public final class MdkpSlackQubo {
    private MdkpSlackQubo() {
    }

    /** The slack coefficients of a capacity. */
    public static long[] slackCoefficients(long capacity) {
        if (capacity <= 0) {
            return new long[0];
        }
        int k = 64 - Long.numberOfLeadingZeros(capacity); // bits to write capacity
        long[] c = new long[k];
        long sum = 0;
        for (int t = 0; t < k - 1; t++) {
            c[t] = 1L << t;
            sum += c[t];
        }
        c[k - 1] = capacity - sum;
        return c;
    }

    public static int variables(Mdkp mdkp) {
        int v = mdkp.items();
        for (long c : mdkp.capacities()) {
            v += slackCoefficients(c).length;
        }
        return v;
    }

    public static Qubo encode(Mdkp mdkp, double factor) {
        int n = mdkp.items();
        Qubo.Builder b = Qubo.builder(variables(mdkp));
        long maxProfit = 1;
        for (int i = 0; i < n; i++) {
            b.linear(i, -mdkp.profits()[i]);
            maxProfit = Math.max(maxProfit, mdkp.profits()[i]);
        }
        double a = factor * maxProfit;
        int next = n;
        for (int k = 0; k < mdkp.constraints(); k++) {
            long cap = mdkp.capacities()[k];
            long[] slack = slackCoefficients(cap);
            int[] vars = new int[n + slack.length];
            double[] coeffs = new double[vars.length];
            for (int i = 0; i < n; i++) {
                vars[i] = i;
                coeffs[i] = mdkp.weights()[k][i];
            }
            for (int t = 0; t < slack.length; t++) {
                vars[n + t] = next + t;
                coeffs[n + t] = slack[t];
            }
            next += slack.length;
            double scale = cap > 0 ? (double) cap * cap : 1;
            b.squaredLinear(vars, coeffs, -cap, a / scale);
        }
        return b.build();
    }
}
