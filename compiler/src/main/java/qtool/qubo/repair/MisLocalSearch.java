package qtool.qubo.repair;

import java.util.ArrayList;
import java.util.List;
import qtool.qubo.model.Mis;

/**
 * Local-search polish of an independent set by (1,2)-swaps (Andrade, Resende, Werneck): remove one
 * chosen vertex and insert two of its non-adjacent neighbours that have no other chosen neighbour,
 * growing the set by one; repeated until no swap applies. Keeps independence.
 */
public final class MisLocalSearch {
    private MisLocalSearch() {
    }

    public static boolean[] polish(Mis mis, boolean[] independent) {
        boolean[] x = independent.clone();
        int n = mis.vertices();
        int[] tight = new int[n]; // number of chosen neighbours
        for (int v = 0; v < n; v++) {
            if (x[v]) {
                for (int u : mis.neighbours(v)) {
                    tight[u]++;
                }
            }
        }
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int v = 0; v < n && !improved; v++) {
                if (!x[v]) {
                    continue;
                }
                List<Integer> candidates = new ArrayList<>();
                for (int u : mis.neighbours(v)) {
                    if (!x[u] && tight[u] == 1) {
                        candidates.add(u);
                    }
                }
                for (int a = 0; a < candidates.size() && !improved; a++) {
                    for (int b = a + 1; b < candidates.size(); b++) {
                        int u = candidates.get(a);
                        int w = candidates.get(b);
                        if (!mis.adjacent(u, w)) {
                            set(mis, x, tight, v, false);
                            set(mis, x, tight, u, true);
                            set(mis, x, tight, w, true);
                            for (int z = 0; z < n; z++) {
                                if (!x[z] && tight[z] == 0) {
                                    set(mis, x, tight, z, true);
                                }
                            }
                            improved = true;
                            break;
                        }
                    }
                }
            }
        }
        return x;
    }

    private static void set(Mis mis, boolean[] x, int[] tight, int v, boolean value) {
        x[v] = value;
        for (int u : mis.neighbours(v)) {
            tight[u] += value ? 1 : -1;
        }
    }
}
