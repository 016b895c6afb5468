package qtool.qubo.repair;

import qtool.qubo.model.Mdkp;

/**
 * Local-search polish of a feasible knapsack selection: first-improvement over "add one item" and
 * "swap one selected item for one or two unselected items" moves that keep every capacity, until
 * no move increases the profit. Deterministic; never leaves the feasible set.
 */
public final class MdkpLocalSearch {
    private MdkpLocalSearch() {
    }

    public static boolean[] polish(Mdkp mdkp, boolean[] feasible) {
        int n = mdkp.items();
        int m = mdkp.constraints();
        boolean[] x = feasible.clone();
        long[] load = new long[m];
        for (int k = 0; k < m; k++) {
            load[k] = mdkp.load(x, k);
        }
        long[][] w = mdkp.weights();
        long[] p = mdkp.profits();
        boolean improved = true;
        while (improved) {
            improved = false;
            MdkpRepair.fill(mdkp, x, load, MdkpRepair.byEfficiency(mdkp));
            for (int out = 0; out < n && !improved; out++) {
                if (!x[out]) {
                    continue;
                }
                for (int in = 0; in < n && !improved; in++) {
                    if (x[in]) {
                        continue;
                    }
                    if (p[in] > p[out] && fitsSwap(w, load, mdkp.capacities(), out, in, -1)) {
                        apply(x, load, w, out, in, -1);
                        improved = true;
                        break;
                    }
                    for (int in2 = in + 1; in2 < n; in2++) {
                        if (!x[in2] && p[in] + p[in2] > p[out] && fitsSwap(w, load, mdkp.capacities(), out, in, in2)) {
                            apply(x, load, w, out, in, in2);
                            improved = true;
                            break;
                        }
                    }
                }
            }
        }
        return x;
    }

    private static boolean fitsSwap(long[][] w, long[] load, long[] cap, int out, int in, int in2) {
        for (int k = 0; k < load.length; k++) {
            long l = load[k] - w[k][out] + w[k][in] + (in2 >= 0 ? w[k][in2] : 0);
            if (l > cap[k]) {
                return false;
            }
        }
        return true;
    }

    private static void apply(boolean[] x, long[] load, long[][] w, int out, int in, int in2) {
        x[out] = false;
        x[in] = true;
        if (in2 >= 0) {
            x[in2] = true;
        }
        for (int k = 0; k < load.length; k++) {
            load[k] += -w[k][out] + w[k][in] + (in2 >= 0 ? w[k][in2] : 0);
        }
    }
}
