package qtool.decoders;

/**
 * Exact minimum-weight matching of a small component (n ≤ {@link #MAX_EVENTS}) by dynamic
 * programming over subsets: the cheapest way to resolve a set of events either sends its lowest
 * event to the boundary or pairs it with one of its candidates in the set. Subsets are numbers and
 * every transition removes bits, so increasing numeric order is a valid evaluation order. O(2^n ·
 * degree); with n ≤ 12 that is a few thousand steps, cheaper than building a blossom instance.
 * Mutable per-thread scratch.
 */
final class SubsetMatcher {
    static final int MAX_EVENTS = 12;

    private final double[] best = new double[1 << MAX_EVENTS];
    private final int[] step = new int[1 << MAX_EVENTS];
    private final int[] adjStart = new int[MAX_EVENTS + 1];
    private int[] adjEdge = new int[64];

    /** Solves p; false when no perfect matching exists (only possible without a boundary). */
    boolean solve(LocalProblem p) {
        int n = p.n;
        if (n > MAX_EVENTS) {
            throw new IllegalArgumentException("component of " + n + " events is too large for subset DP");
        }
        // Pair edges listed at their lower endpoint: only the lowest event of a subset picks a partner.
        java.util.Arrays.fill(adjStart, 0, n + 1, 0);
        for (int e = 0; e < p.m; e++) {
            adjStart[Math.min(p.edgeU[e], p.edgeV[e]) + 1]++;
        }
        for (int i = 0; i < n; i++) {
            adjStart[i + 1] += adjStart[i];
        }
        if (adjEdge.length < p.m) {
            adjEdge = new int[p.m * 2];
        }
        int[] fill = new int[n];
        for (int e = 0; e < p.m; e++) {
            int lo = Math.min(p.edgeU[e], p.edgeV[e]);
            adjEdge[adjStart[lo] + fill[lo]++] = e;
        }
        int full = (1 << n) - 1;
        best[0] = 0;
        for (int mask = 1; mask <= full; mask++) {
            int i = Integer.numberOfTrailingZeros(mask);
            int rest = mask & ~(1 << i);
            double b = p.boundaryCost[i] + best[rest];
            int how = -1;
            for (int t = adjStart[i]; t < adjStart[i + 1]; t++) {
                int e = adjEdge[t];
                int j = p.edgeU[e] + p.edgeV[e] - i;
                if ((rest & (1 << j)) != 0) {
                    double c = p.edgeCost[e] + best[rest & ~(1 << j)];
                    if (c < b) {
                        b = c;
                        how = e;
                    }
                }
            }
            best[mask] = b;
            step[mask] = how;
        }
        if (best[full] == Double.POSITIVE_INFINITY) {
            return false;
        }
        for (int mask = full; mask != 0;) {
            int i = Integer.numberOfTrailingZeros(mask);
            int e = step[mask];
            p.choice[i] = e;
            mask &= ~(1 << i);
            if (e >= 0) {
                int j = p.edgeU[e] + p.edgeV[e] - i;
                p.choice[j] = e;
                mask &= ~(1 << j);
            }
        }
        return true;
    }
}
