package qtool.decoders;

/**
 * Exact minimum-weight matching of a small component (n ≤ {@link #MAX_EVENTS}) by dynamic
 * programming over subsets: the cheapest way to resolve a set of events either sends its lowest
 * event to the boundary or pairs it with one of its candidates in the set. Evaluated top-down from
 * the full set with memoisation, so only reachable subsets cost anything. At most O(2^n ·
 * degree); with n ≤ 8 that is a few hundred steps, cheaper than a blossom instance (above that the
 * 2^n states cost more than {@link BlossomEdmonds}).
 * Mutable per-thread scratch.
 */
final class SubsetMatcher {
    static final int MAX_EVENTS = 8;

    private final double[] best = new double[1 << MAX_EVENTS];
    private final int[] step = new int[1 << MAX_EVENTS];
    private final int[] adjStart = new int[MAX_EVENTS + 1];
    private int[] adjEdge = new int[64];
    /** best/step of a mask are valid when known[mask] == round. */
    private final int[] known = new int[1 << MAX_EVENTS];
    private int round;
    private LocalProblem problem;

    /**
     * The cheapest resolution of the events in mask, memoised. Only subsets reachable from the
     * full set are ever visited (a prefix of low events gone plus some of their partners), far
     * fewer than all 2^n when candidates are sparse.
     */
    private double resolve(int mask) {
        if (mask == 0) {
            return 0;
        }
        if (known[mask] == round) {
            return best[mask];
        }
        LocalProblem p = problem;
        int i = Integer.numberOfTrailingZeros(mask);
        int rest = mask & ~(1 << i);
        double b = p.boundaryCost[i] + resolve(rest);
        int how = -1;
        for (int t = adjStart[i]; t < adjStart[i + 1]; t++) {
            int e = adjEdge[t];
            int j = p.edgeU[e] + p.edgeV[e] - i;
            if ((rest & (1 << j)) != 0) {
                double c = p.edgeCost[e] + resolve(rest & ~(1 << j));
                if (c < b) {
                    b = c;
                    how = e;
                }
            }
        }
        known[mask] = round;
        best[mask] = b;
        step[mask] = how;
        return b;
    }

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
        problem = p;
        if (++round == Integer.MAX_VALUE) {
            java.util.Arrays.fill(known, 0);
            round = 1;
        }
        resolve(full);
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
