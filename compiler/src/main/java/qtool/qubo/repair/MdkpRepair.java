package qtool.qubo.repair;

import java.util.Arrays;
import java.util.Comparator;
import qtool.qubo.model.Mdkp;

/**
 * Makes a knapsack selection feasible: while some capacity is exceeded, drop the selected item with
 * the worst profit per normalised weight ({@link Mdkp#efficiency}); then fill greedily, best
 * efficiency first, with every item that still fits.
 */
public final class MdkpRepair {
    private MdkpRepair() {
    }

    public static boolean[] repair(Mdkp mdkp, boolean[] selection) {
        int n = mdkp.items();
        boolean[] x = Arrays.copyOf(selection, n);
        long[] load = new long[mdkp.constraints()];
        for (int k = 0; k < load.length; k++) {
            load[k] = mdkp.load(x, k);
        }
        Integer[] order = byEfficiency(mdkp);
        for (int t = n - 1; t >= 0 && !fits(mdkp, load); t--) {
            int i = order[t];
            if (x[i]) {
                x[i] = false;
                for (int k = 0; k < load.length; k++) {
                    load[k] -= mdkp.weights()[k][i];
                }
            }
        }
        fill(mdkp, x, load, order);
        return x;
    }

    /** Items sorted best efficiency first (ties by index). */
    static Integer[] byEfficiency(Mdkp mdkp) {
        Integer[] order = new Integer[mdkp.items()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -mdkp.efficiency(i)).thenComparingInt(i -> i));
        return order;
    }

    /** Adds, in the given order, every unselected item that fits; updates load. */
    static void fill(Mdkp mdkp, boolean[] x, long[] load, Integer[] order) {
        for (int i : order) {
            if (!x[i] && fitsWith(mdkp, load, i)) {
                x[i] = true;
                for (int k = 0; k < load.length; k++) {
                    load[k] += mdkp.weights()[k][i];
                }
            }
        }
    }

    static boolean fits(Mdkp mdkp, long[] load) {
        for (int k = 0; k < load.length; k++) {
            if (load[k] > mdkp.capacities()[k]) {
                return false;
            }
        }
        return true;
    }

    static boolean fitsWith(Mdkp mdkp, long[] load, int item) {
        for (int k = 0; k < load.length; k++) {
            if (load[k] + mdkp.weights()[k][item] > mdkp.capacities()[k]) {
                return false;
            }
        }
        return true;
    }
}
