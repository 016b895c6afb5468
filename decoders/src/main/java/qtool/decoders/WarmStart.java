package qtool.decoders;

/**
 * Makes a proposed starting state of {@link RegionBlossom} valid: radii y(v) and a partial
 * matching such that every pair satisfies y(u) + y(v) ≤ cost, every radius y(v) ≤ its boundary
 * cost, every matched pair (and boundary match) is tight, and every free event has an even radius
 * (the parity {@link RegionBlossom} relies on for integer meeting times: a free event starts
 * growing at time 0, and tight matched pairs with even costs pass the parity on to every region a
 * tree takes in).
 *
 * <p>The proposal comes from the greedy growth, rounded to the solver's integer grid, so it
 * is off by a unit or two here and there. Repairs only ever unmatch events and lower radii, which
 * never breaks another pair's inequality: a matched pair that is not exactly tight, or not mutual,
 * is unmatched; a pair over its cost is unmatched on both sides and its radii lowered until it
 * fits; free radii are rounded down to even (and to at least 0). Unmatched events simply grow
 * trees in the solver, so a repair costs time, never optimality.
 */
final class WarmStart {
    private WarmStart() {
    }

    static void repair(int k, int m, int[] edgeU, int[] edgeV, long[] cost, long[] boundaryCost, long[] radius,
            int[] mate) {
        for (int v = 0; v < k; v++) {
            if (radius[v] < 0) {
                radius[v] = 0;
                free(v, mate, edgeU, edgeV);
            }
            if (radius[v] > boundaryCost[v]) {
                radius[v] = boundaryCost[v];
                free(v, mate, edgeU, edgeV);
            }
            int e = mate[v];
            if (e == RegionBlossom.START_BOUNDARY) {
                if (radius[v] != boundaryCost[v]) {
                    mate[v] = RegionBlossom.START_FREE;
                }
            } else if (e >= 0) {
                int w = edgeU[e] == v ? edgeV[e] : edgeU[e];
                if (mate[w] != e || radius[v] + radius[w] != cost[e]) {
                    free(v, mate, edgeU, edgeV);
                }
            }
        }
        for (int e = 0; e < m; e++) {
            int u = edgeU[e];
            int v = edgeV[e];
            long excess = radius[u] + radius[v] - cost[e];
            if (excess > 0) {
                free(u, mate, edgeU, edgeV);
                free(v, mate, edgeU, edgeV);
                long fromU = Math.min(excess, radius[u]);
                radius[u] -= fromU;
                radius[v] = Math.max(0, radius[v] - (excess - fromU));
            }
        }
        for (int v = 0; v < k; v++) {
            if (mate[v] == RegionBlossom.START_FREE) {
                radius[v] &= ~1L;
            }
        }
    }

    /** Unmatches v and, when it was in a pair, its partner. */
    private static void free(int v, int[] mate, int[] edgeU, int[] edgeV) {
        int e = mate[v];
        if (e >= 0) {
            int w = edgeU[e] == v ? edgeV[e] : edgeU[e];
            if (mate[w] == e) {
                mate[w] = RegionBlossom.START_FREE;
            }
        }
        mate[v] = RegionBlossom.START_FREE;
    }
}
