package qtool.decoders;

/** Exhaustive minimum-weight correction over all edge subsets, for graphs of at most ~20 edges. */
final class BruteForce {
    private BruteForce() {
    }

    static double minimumWeight(DecodingGraph g, int[] events) {
        int m = g.numEdges();
        if (m > 22) {
            throw new IllegalArgumentException("too many edges for brute force: " + m);
        }
        long target = 0;
        for (int d : events) {
            target |= 1L << d;
        }
        long[] edgeMask = new long[m];
        for (int e = 0; e < m; e++) {
            edgeMask[e] = (1L << g.edgeA(e)) ^ (g.edgeB(e) == g.boundary() ? 0 : 1L << g.edgeB(e));
        }
        double best = Double.POSITIVE_INFINITY;
        // Gray-code walk: one edge toggles per step, so symptoms and weight update in O(1).
        long symptoms = 0;
        double weight = 0;
        boolean[] in = new boolean[m];
        if (target == 0) {
            return 0;
        }
        for (long k = 1; k < (1L << m); k++) {
            int e = Long.numberOfTrailingZeros(k);
            in[e] = !in[e];
            symptoms ^= edgeMask[e];
            weight += in[e] ? g.weight(e) : -g.weight(e);
            if (symptoms == target && weight < best) {
                best = exactWeight(g, in);
            }
        }
        return best;
    }

    /** Recomputes the weight from scratch so rounding drift of the running sum cannot matter. */
    private static double exactWeight(DecodingGraph g, boolean[] in) {
        double w = 0;
        for (int e = 0; e < in.length; e++) {
            if (in[e]) {
                w += g.weight(e);
            }
        }
        return w;
    }
}
