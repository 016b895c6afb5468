package qtool.decoders;

/**
 * Exact matching of a large component with {@link BlossomEdmonds}. With a boundary, the component
 * is doubled so that a perfect matching exists and means the right thing: event u gets a twin u'
 * joined by an edge of cost b(u); a candidate pair (u, v) becomes u–v with its cost plus a free
 * edge u'–v', which lets the twins of two paired events pair off with each other. A perfect
 * matching of that graph is exactly a matching with boundary of the events, at the same cost.
 * Without a boundary the candidate pairs are matched directly.
 *
 * <p>Costs become integers on a fine grid (the largest cost maps to 2^{@value #BITS}), so the
 * blossom code compares slacks exactly; rounding moves a matching's cost by far less than the
 * decoder's tolerances. Minimum cost turns into maximum weight through weight = C - cost with C
 * above every cost: all perfect matchings have the same number of edges, so among them the
 * heaviest is the cheapest, and maximum cardinality makes the result perfect when possible.
 * Mutable per-thread scratch.
 */
final class BlossomMatcher {
    private static final int BITS = 44;
    private final BlossomEdmonds blossom = new BlossomEdmonds();
    private int[] u = new int[64];
    private int[] v = new int[64];
    private long[] w = new long[64];

    /** Solves p; false when no perfect matching exists. */
    boolean solve(LocalProblem p) {
        int n = p.n;
        boolean doubled = p.hasBoundary();
        if (!doubled && (n & 1) == 1) {
            return false;
        }
        double max = 0;
        for (int e = 0; e < p.m; e++) {
            max = Math.max(max, p.edgeCost[e]);
        }
        if (doubled) {
            for (int i = 0; i < n; i++) {
                if (p.boundaryCost[i] < Double.POSITIVE_INFINITY) {
                    max = Math.max(max, p.boundaryCost[i]);
                }
            }
        }
        double scale = max > 0 ? Math.scalb(1.0, BITS) / max : 1;
        long top = Math.round(max * scale) + 1;
        int edges = p.m * (doubled ? 2 : 1) + (doubled ? n : 0);
        if (u.length < edges) {
            int c = 2 * edges;
            u = new int[c];
            v = new int[c];
            w = new long[c];
        }
        int k = 0;
        for (int e = 0; e < p.m; e++) {
            k = add(k, p.edgeU[e], p.edgeV[e], top - Math.round(p.edgeCost[e] * scale));
            if (doubled) {
                k = add(k, n + p.edgeU[e], n + p.edgeV[e], top);
            }
        }
        if (doubled) {
            for (int i = 0; i < n; i++) {
                if (p.boundaryCost[i] < Double.POSITIVE_INFINITY) {
                    k = add(k, i, n + i, top - Math.round(p.boundaryCost[i] * scale));
                }
            }
        }
        int vertices = doubled ? 2 * n : n;
        blossom.solve(vertices, k, u, v, w);
        for (int i = 0; i < n; i++) {
            int j = blossom.mate(i);
            if (j < 0) {
                return false;
            }
            p.choice[i] = -1;
        }
        for (int e = 0; e < p.m; e++) {
            int a = p.edgeU[e];
            int b = p.edgeV[e];
            if (blossom.mate(a) == b) {
                p.choice[a] = e;
                p.choice[b] = e;
            }
        }
        return true;
    }

    private int add(int k, int a, int b, long weight) {
        u[k] = a;
        v[k] = b;
        w[k] = weight;
        return k + 1;
    }
}
