package qtool.qubo.solve;

import java.util.Random;
import qtool.qubo.model.Ising;

/**
 * Classical baseline: single-spin-flip Metropolis annealing on an Ising energy with a geometric
 * temperature schedule from the largest local field down to a small fraction of the smallest
 * nonzero one, several restarts; returns the lowest-energy spins seen.
 */
public final class SimulatedAnnealing {
    private final int sweeps;
    private final int restarts;

    public SimulatedAnnealing(int sweeps, int restarts) {
        this.sweeps = sweeps;
        this.restarts = restarts;
    }

    public int[] minimise(Ising ising, Random random) {
        int n = ising.size();
        int[] best = new int[n];
        java.util.Arrays.fill(best, 1);
        if (n == 0) {
            return best;
        }
        double bestEnergy = ising.energy(best);
        double hot = 0;
        double cold = Double.POSITIVE_INFINITY;
        for (int a = 0; a < n; a++) {
            double f = Math.abs(ising.h()[a]);
            for (int b = 0; b < n; b++) {
                f += Math.abs(ising.j()[a][b]);
                if (ising.j()[a][b] != 0) {
                    cold = Math.min(cold, Math.abs(ising.j()[a][b]));
                }
            }
            if (ising.h()[a] != 0) {
                cold = Math.min(cold, Math.abs(ising.h()[a]));
            }
            hot = Math.max(hot, f);
        }
        if (hot == 0) {
            return best;
        }
        double t0 = 2 * hot;
        double t1 = Math.max(1e-9, 0.05 * cold);
        for (int r = 0; r < restarts; r++) {
            int[] s = new int[n];
            for (int a = 0; a < n; a++) {
                s[a] = random.nextBoolean() ? 1 : -1;
            }
            double[] field = new double[n];
            for (int a = 0; a < n; a++) {
                double f = ising.h()[a];
                for (int b = 0; b < n; b++) {
                    f += ising.j()[a][b] * s[b];
                }
                field[a] = f;
            }
            double e = ising.energy(s);
            for (int sweep = 0; sweep < sweeps; sweep++) {
                double t = t0 * Math.pow(t1 / t0, sweeps == 1 ? 1 : (double) sweep / (sweeps - 1));
                for (int a = 0; a < n; a++) {
                    double delta = -2 * s[a] * field[a];
                    if (delta <= 0 || random.nextDouble() < Math.exp(-delta / t)) {
                        s[a] = -s[a];
                        e += delta;
                        double[] ja = ising.j()[a];
                        for (int b = 0; b < n; b++) {
                            field[b] += 2 * ja[b] * s[a];
                        }
                        if (e < bestEnergy - 1e-12) {
                            bestEnergy = e;
                            best = s.clone();
                        }
                    }
                }
            }
        }
        return best;
    }
}
