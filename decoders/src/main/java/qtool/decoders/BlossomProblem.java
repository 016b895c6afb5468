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

    /**
     * Per event: the cost of its ball's frontier (see {@link SinglePassMatching}), a pseudo-pair
     * that stops the solver when the event's radius reaches it; NO_FRONTIER when there is none.
     */
    long[] frontierCost = new long[16];
    /** Pairs added while solving go to per-event linked lists after the packed ones. */
    int built;
    int[] liveHead = new int[16];
    int[] liveNext = new int[64];
    int[] liveOther = new int[64];
    int[] liveEdge = new int[64];
    long[] liveCost = new long[64];
    private int liveCount;
    /** Per pair: its slot on edgeU's side and on edgeV's side (a packed slot, or ~live slot). */
    private int[] slotU = new int[64];
    private int[] slotV = new int[64];

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
            frontierCost = new long[n];
            liveHead = new int[n];
        }
        Arrays.fill(boundaryCost, 0, k, RegionBlossom.NO_BOUNDARY);
        Arrays.fill(frontierCost, 0, k, RegionBlossom.NO_FRONTIER);
        Arrays.fill(liveHead, 0, k, -1);
        liveCount = 0;
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
            slotU = Arrays.copyOf(slotU, 2 * m);
            slotV = Arrays.copyOf(slotV, 2 * m);
        }
        edgeU[m] = u;
        edgeV[m] = v;
        edgeCost[m] = cost;
        return m++;
    }

    /** Adds pair (u, v) after {@link #buildAdjacency}, to the live lists of both events. */
    int addLiveEdge(int u, int v, long cost) {
        int e = addEdge(u, v, cost);
        slotU[e] = ~addLiveSlot(u, v, e, cost);
        slotV[e] = ~addLiveSlot(v, u, e, cost);
        return e;
    }

    private int addLiveSlot(int at, int other, int e, long cost) {
        if (liveCount == liveNext.length) {
            int n = 2 * liveCount;
            liveNext = Arrays.copyOf(liveNext, n);
            liveOther = Arrays.copyOf(liveOther, n);
            liveEdge = Arrays.copyOf(liveEdge, n);
            liveCost = Arrays.copyOf(liveCost, n);
        }
        int i = liveCount++;
        liveOther[i] = other;
        liveEdge[i] = e;
        liveCost[i] = cost;
        liveNext[i] = liveHead[at];
        liveHead[at] = i;
        return i;
    }

    /** Sets pair e's cost, in the pair list and in both events' slots. */
    void setCost(int e, long cost) {
        edgeCost[e] = cost;
        setSlotCost(slotU[e], cost);
        setSlotCost(slotV[e], cost);
    }

    private void setSlotCost(int slot, long cost) {
        if (slot >= 0) {
            adjCost[slot] = cost;
        } else {
            liveCost[~slot] = cost;
        }
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
            slotU[e] = i;
            int j = fill[v]++;
            adjEdge[j] = e;
            adjOther[j] = u;
            adjCost[j] = edgeCost[e];
            slotV[e] = j;
        }
        built = m;
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
