package qtool.qubo.model;

import java.util.OptionalDouble;

/**
 * A multidimensional knapsack instance: maximise {@code Σ p_i x_i} subject to
 * {@code Σ_i w_{ki} x_i ≤ c_k} for every constraint k, with binary x. Integer data, as in the
 * SAC-94 files; {@code optimum} is the published optimum when the file gives one (0 means unknown).
 */
public record Mdkp(long[] profits, long[][] weights, long[] capacities, OptionalDouble optimum) {
    public int items() {
        return profits.length;
    }

    public int constraints() {
        return capacities.length;
    }

    /** Total profit of the selected items. */
    public double profit(boolean[] x) {
        long s = 0;
        for (int i = 0; i < profits.length; i++) {
            if (x[i]) {
                s += profits[i];
            }
        }
        return s;
    }

    /** Load of constraint k. */
    public long load(boolean[] x, int k) {
        long s = 0;
        for (int i = 0; i < profits.length; i++) {
            if (x[i]) {
                s += weights[k][i];
            }
        }
        return s;
    }

    /** Whether every capacity holds. */
    public boolean feasible(boolean[] x) {
        for (int k = 0; k < capacities.length; k++) {
            if (load(x, k) > capacities[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Profit per unit of normalised weight, {@code p_i / Σ_k w_{ki}/c_k}: the greedy order of the
     * repair and of the fill step (larger is better).
     */
    public double efficiency(int i) {
        double w = 0;
        for (int k = 0; k < capacities.length; k++) {
            w += capacities[k] == 0 ? (weights[k][i] > 0 ? 1e9 : 0) : (double) weights[k][i] / capacities[k];
        }
        return w == 0 ? Double.POSITIVE_INFINITY : profits[i] / w;
    }
}
