package qtool.qubo.solve;

import java.util.Random;
import qtool.qubo.model.Ising;
import qtool.qubo.model.Mdkp;
import qtool.qubo.model.MdkpLagrangianQubo;
import qtool.qubo.model.Qubo;

/**
 * Dual ascent on the multipliers of {@link MdkpLagrangianQubo}: minimise the QUBO for the current
 * λ (classically, by {@link SimulatedAnnealing}), then move each multiplier along its constraint
 * value, {@code λ_k ← max(0, λ_k + η g_k(x̂))}, with a step that shrinks as 1/√t. Returns the
 * multipliers whose minimiser was feasible with the largest profit (or the last ones when none
 * was), so the final QUBO is the one that best balances profit and capacity.
 */
public final class MdkpDualAscent {
    private final int iterations;
    private final double step;

    public MdkpDualAscent(int iterations, double step) {
        this.iterations = iterations;
        this.step = step;
    }

    public double[] multipliers(Mdkp mdkp, double rho, Random random) {
        int m = mdkp.constraints();
        double[] lambda = new double[m];
        double[] best = lambda.clone();
        double bestProfit = -1;
        SimulatedAnnealing sa = new SimulatedAnnealing(200, 2);
        for (int t = 0; t < iterations; t++) {
            Qubo q = MdkpLagrangianQubo.encode(mdkp, lambda, rho);
            Ising ising = q.toIsing();
            boolean[] x = Ising.bits(sa.minimise(ising, random));
            if (mdkp.feasible(x) && mdkp.profit(x) > bestProfit) {
                bestProfit = mdkp.profit(x);
                best = lambda.clone();
            }
            double eta = step / Math.sqrt(t + 1.0);
            for (int k = 0; k < m; k++) {
                double cap = Math.max(1, mdkp.capacities()[k]);
                double g = (mdkp.load(x, k) - mdkp.capacities()[k]) / cap;
                lambda[k] = Math.max(0, lambda[k] + eta * rho * g);
            }
        }
        return bestProfit >= 0 ? best : lambda;
    }
}
