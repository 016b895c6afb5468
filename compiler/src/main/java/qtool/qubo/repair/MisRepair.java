package qtool.qubo.repair;

import qtool.qubo.model.Mis;

/**
 * Makes a vertex set independent: while two chosen vertices are adjacent, drop the chosen vertex
 * with the most chosen neighbours (ties: higher degree, then higher index); then add, lowest degree
 * first, every vertex with no chosen neighbour (a maximal independent set).
 */
public final class MisRepair {
    private MisRepair() {
    }

    public static boolean[] repair(Mis mis, boolean[] chosen) {
        int n = mis.vertices();
        boolean[] x = java.util.Arrays.copyOf(chosen, n);
        int[] conflicts = new int[n];
        for (int v = 0; v < n; v++) {
            if (x[v]) {
                for (int u : mis.neighbours(v)) {
                    if (x[u]) {
                        conflicts[v]++;
                    }
                }
            }
        }
        while (true) {
            int worst = -1;
            for (int v = 0; v < n; v++) {
                if (x[v] && conflicts[v] > 0 && (worst < 0 || conflicts[v] > conflicts[worst]
                        || (conflicts[v] == conflicts[worst] && mis.degree(v) >= mis.degree(worst)))) {
                    worst = v;
                }
            }
            if (worst < 0) {
                break;
            }
            x[worst] = false;
            for (int u : mis.neighbours(worst)) {
                if (x[u]) {
                    conflicts[u]--;
                }
            }
            conflicts[worst] = 0;
        }
        fill(mis, x);
        return x;
    }

    /** Adds free vertices, lowest degree first (ties by index), until the set is maximal. */
    static void fill(Mis mis, boolean[] x) {
        Integer[] order = new Integer[mis.vertices()];
        for (int v = 0; v < order.length; v++) {
            order[v] = v;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(mis::degree).thenComparingInt(v -> v));
        for (int v : order) {
            if (!x[v] && free(mis, x, v)) {
                x[v] = true;
            }
        }
    }

    static boolean free(Mis mis, boolean[] x, int v) {
        for (int u : mis.neighbours(v)) {
            if (x[u]) {
                return false;
            }
        }
        return true;
    }
}
