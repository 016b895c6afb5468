package qtool.qubo.model;

/**
 * The slack-free MDKP form ("Cutting Slack", arXiv:2507.12159): no slack bits, only the items.
 * With normalised profits {@code p̂ = p / max p} and normalised constraint values
 * {@code g_k(x) = (Σ_i w_ki x_i - c_k) / c_k}, the energy is
 * {@code E = -Σ p̂_i x_i + Σ_k λ_k g_k(x) + (ρ/2) Σ_k g_k(x)²}: a Lagrangian term with multipliers
 * λ ≥ 0 and a quadratic term that keeps the QUBO coupled. Alone, λ_k g + ρ/2 g² is smallest at
 * {@code g = -λ_k/ρ}, so each multiplier sets how full knapsack k is driven; dual ascent
 * ({@code qtool.qubo.solve.MdkpDualAscent}) tunes them.
 */
public final class MdkpLagrangianQubo {
    private MdkpLagrangianQubo() {
    }

    public static Qubo encode(Mdkp mdkp, double[] lambda, double rho) {
        int n = mdkp.items();
        Qubo.Builder b = Qubo.builder(n);
        long maxProfit = 1;
        for (long p : mdkp.profits()) {
            maxProfit = Math.max(maxProfit, p);
        }
        for (int i = 0; i < n; i++) {
            b.linear(i, -(double) mdkp.profits()[i] / maxProfit);
        }
        int[] vars = new int[n];
        for (int i = 0; i < n; i++) {
            vars[i] = i;
        }
        for (int k = 0; k < mdkp.constraints(); k++) {
            double cap = Math.max(1, mdkp.capacities()[k]);
            double[] coeffs = new double[n];
            for (int i = 0; i < n; i++) {
                coeffs[i] = mdkp.weights()[k][i] / cap;
                b.linear(i, lambda[k] * coeffs[i]);
            }
            b.offset(-lambda[k] * mdkp.capacities()[k] / cap);
            b.squaredLinear(vars, coeffs, -mdkp.capacities()[k] / cap, rho / 2);
        }
        return b.build();
    }
}
