package qtool.decoders;

import java.util.Arrays;

/**
 * The problem given to {@link RegionBlossom}: k events, the candidate pairs with their even
 * costs, each event's boundary cost, and optionally a starting state. {@link #buildAdjacency}
 * turns the pairs into per-event lists that hold a copy of the other event and the cost next to
 * the pair index, since the solver's innermost loop reads exactly those. Plain fields, read
 * directly by the solver's classes; the arrays only grow.
 */
final class BlossomProblem {
    int k;
    long[] boundaryCost = new long[16];
    /** Whether a starting state was given; then per event its radius and partner. */
    boolean warm;
    long[] startRadius = new long[16];
    int[] startMate = new int[16];

    int m;
    int[] edgeU = new int[64];
    int[] edgeV = new int[64];
    long[] edgeCost = new long[64];
    /** Per event v: its slots adjStart[v]..adjStart[v+1]-1. */
    int[] adjStart = new int[17];
    int[] adjEdge = new int[128];
    /** Per adjacency slot: the pair's other event and its cost (copies, read in the hot loop). */
    int[] adjOther = new int[128];
    long[] adjCost = new long[128];
    private int[] fill = new int[16];

    /** Starts a problem with {@code events} events, no pairs, no boundary, no starting state. */
    void reset(int events) {
        k = events;
        m = 0;
        if (boundaryCost.length < k) {
            int n = 2 * k;
            boundaryCost = new long[n];
            adjStart = new int[n + 1];
            startRadius = new long[n];
            startMate = new int[n];
            fill = new int[n];
        }
        Arrays.fill(boundaryCost, 0, k, RegionBlossom.NO_BOUNDARY);
        warm = false;
    }

    void warmStart(int v, long radius, int mateEdge) {
        warm = true;
        startRadius[v] = radius;
        startMate[v] = mateEdge;
    }

    int addEdge(int u, int v, long cost) {
        if (m == edgeU.length) {
            edgeU = Arrays.copyOf(edgeU, 2 * m);
            edgeV = Arrays.copyOf(edgeV, 2 * m);
            edgeCost = Arrays.copyOf(edgeCost, 2 * m);
        }
        edgeU[m] = u;
        edgeV[m] = v;
        edgeCost[m] = cost;
        return m++;
    }

    /** The other endpoint of pair e, seen from event v. */
    int other(int e, int v) {
        return edgeU[e] == v ? edgeV[e] : edgeU[e];
    }

    /** Fills the per-event pair lists, each in the order the pairs were added. */
    void buildAdjacency() {
        Arrays.fill(adjStart, 0, k + 1, 0);
        for (int e = 0; e < m; e++) {
            adjStart[edgeU[e] + 1]++;
            adjStart[edgeV[e] + 1]++;
        }
        for (int v = 0; v < k; v++) {
            adjStart[v + 1] += adjStart[v];
        }
        if (adjEdge.length < 2 * m) {
            adjEdge = new int[4 * m];
            adjOther = new int[4 * m];
            adjCost = new long[4 * m];
        }
        System.arraycopy(adjStart, 0, fill, 0, k);
        for (int e = 0; e < m; e++) {
            int u = edgeU[e];
            int v = edgeV[e];
            int i = fill[u]++;
            adjEdge[i] = e;
            adjOther[i] = v;
            adjCost[i] = edgeCost[e];
            int j = fill[v]++;
            adjEdge[j] = e;
            adjOther[j] = u;
            adjCost[j] = edgeCost[e];
        }
    }

    /**
     * Event times run from 0 to about the largest cost; a few buckets per event over that range
     * keep the event queue's buckets short.
     */
    double bucketWidth() {
        long max = 0;
        for (int v = 0; v < k; v++) {
            if (boundaryCost[v] != RegionBlossom.NO_BOUNDARY) {
                max = Math.max(max, boundaryCost[v]);
            }
        }
        for (int e = 0; e < m; e++) {
            max = Math.max(max, edgeCost[e]);
        }
        return Math.max(1, max / (4.0 * k + 4));
    }
}
