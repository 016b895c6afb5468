package qtool.decoders;

import java.util.Arrays;

/**
 * The growth phase of weighted union-find decoding, as per-thread scratch sized to one graph.
 *
 * <p>Growth is simulated event by event rather than in global rounds. All odd clusters grow at unit
 * speed in a shared clock {@code time}; an edge grows at a rate equal to the number of its ends that
 * lie in odd clusters (0, 1 or 2), so its completion time is known, and a heap of nodes keyed by
 * their earliest edge completion yields the next edge to complete. This is the round-by-round
 * process "grow every odd cluster's frontier edges by the smallest remaining slack, counting both
 * sides" (each completion is one such step; edges completing at the same instant are taken one at a
 * time), but a step costs O(log) plus local work instead of a pass over every frontier edge. Rates
 * change only where the clustering changes: the edges of a node that joins a cluster, and the
 * frontier of a cluster that turns odd or even; only those edges are re-timed.
 *
 * <p>Clusters are disjoint-set trees over the nodes (union by size, path halving). The boundary
 * node never joins one: clusters that reach it stay independent and only record that they did,
 * which makes them neutral. Each cluster keeps a linked list of its frontier nodes (members that may
 * still have a growing edge), concatenated in O(1) on merges and pruned lazily when walked.
 *
 * <p>Arrays are reset only where the previous shot wrote (the touched node and edge lists), so a
 * shot costs time in proportion to the region it grows, not to the graph.
 */
final class UnionFindClusters {
    /**
     * Edge status bytes: the state in bits 2-3, the growth rate (0, 1 or 2) in bits 0-1, so one
     * load answers both. GROWN and INTERNAL edges no longer grow.
     */
    private static final int UNSEEN = 0;
    private static final int GROWING = 1 << 2;
    private static final int GROWN = 2 << 2;
    /** Both ends in the same cluster: growing it would connect nothing new. */
    private static final int INTERNAL = 3 << 2;
    private static final int RATE = 3;
    private static final int ODD = 1;
    private static final int BOUNDARY = 2;

    private final UnionFindDecoder.Flat g;
    private final int boundary;

    // Per node. parent[v] < 0: v belongs to no cluster. Cluster fields are valid at roots only.
    private final int[] parent;
    private final int[] size;
    /** Root flags: ODD (odd number of events) and BOUNDARY (reached the boundary); one load. */
    private final byte[] flags;
    private final int[] frontierHead;
    private final int[] frontierTail;
    private final int[] frontierNext;
    private final boolean[] event;
    private final int[] touchedNodes;
    private int touchedNodeCount;

    // Per edge. A growing edge's val is its completion time while its rate is positive, and its
    // remaining slack while the rate is 0; one double per edge keeps the hot loop's loads few.
    private final byte[] status;
    private final double[] val;
    private final int[] touchedEdges;
    private int touchedEdgeCount;
    /**
     * Grown edges that joined two different components (counting the boundary as one node shared
     * by every cluster that reached it): in growth order they form a spanning forest of the grown
     * subgraph, as in Kruskal's algorithm, so peeling needs no search of its own.
     */
    private final int[] forestEdges;
    private int forestCount;

    private final UnionFindHeap heap;
    /**
     * The time of each node's current heap entry, NaN if it has none (NaN fails every comparison,
     * so {@link #schedule} then always pushes); other entries for the node are stale.
     */
    private final double[] nodeDue;
    private double time;
    private int activeClusters;

    UnionFindClusters(UnionFindDecoder.Flat g) {
        this.g = g;
        this.boundary = g.boundary;
        int nodes = g.numNodes();
        int m = g.numEdges();
        parent = new int[nodes];
        Arrays.fill(parent, -1);
        size = new int[nodes];
        flags = new byte[nodes];
        frontierHead = new int[nodes];
        frontierTail = new int[nodes];
        frontierNext = new int[nodes];
        event = new boolean[nodes];
        touchedNodes = new int[nodes];
        status = new byte[m];
        val = new double[m];
        touchedEdges = new int[m];
        forestEdges = new int[m];
        heap = new UnionFindHeap(nodes);
        nodeDue = new double[nodes];
        Arrays.fill(nodeDue, Double.NaN);
    }

    UnionFindDecoder.Flat graph() {
        return g;
    }

    /**
     * Grows clusters from the events until none is odd; afterwards the spanning forest of the grown
     * edges is readable. Throws IllegalArgumentException for events no correction can explain.
     */
    void grow(int[] events, int count) {
        reset();
        for (int i = 0; i < count; i++) {
            int v = events[i];
            if (v < 0 || v >= g.numDetectors) {
                throw new IllegalArgumentException("event at detector " + v + ", but the graph has detectors 0.."
                        + (g.numDetectors - 1));
            }
            if (g.adjStart[v] == g.adjStart[v + 1]) {
                throw new IllegalArgumentException("detector " + v
                        + " fired but has no edges in the decoding graph, so no correction can explain it");
            }
            if (parent[v] >= 0) {
                throw new IllegalArgumentException("events must be strictly increasing; detector " + v + " repeats");
            }
            makeCluster(v);
            event[v] = true;
            flags[v] = ODD;
        }
        activeClusters = count;
        // Timed only once every event has its cluster, so edges between two events get rate 2.
        for (int i = 0; i < count; i++) {
            retimeFrontier(events[i], events[i]);
        }
        while (activeClusters > 0) {
            int e = nextCompletion();
            if (e < 0) {
                throw new IllegalArgumentException("the events connected to detector " + someOddCluster()
                        + " are odd in number and their part of the decoding graph has no boundary edge,"
                        + " so no correction can explain them");
            }
            status[e] = GROWN;
            fuse(e);
        }
    }

    /** Undoes the previous shot's writes; O(what it touched). */
    private void reset() {
        for (int k = 0; k < touchedNodeCount; k++) {
            int v = touchedNodes[k];
            parent[v] = -1;
            event[v] = false;
            nodeDue[v] = Double.NaN;
        }
        for (int k = 0; k < touchedEdgeCount; k++) {
            status[touchedEdges[k]] = UNSEEN;
        }
        heap.clear();
        touchedNodeCount = 0;
        touchedEdgeCount = 0;
        forestCount = 0;
        time = 0;
    }

    /** A one-node cluster at {@code v}, which becomes its own frontier. */
    private void makeCluster(int v) {
        parent[v] = v;
        size[v] = 1;
        flags[v] = 0;
        frontierHead[v] = v;
        frontierTail[v] = v;
        frontierNext[v] = -1;
        touchedNodes[touchedNodeCount++] = v;
    }

    private boolean active(int root) {
        return flags[root] == ODD;
    }

    /** Merges the clusters joined by a fully grown edge, or neutralises one that reached the boundary. */
    private void fuse(int e) {
        int a = g.edgeA[e];
        int b = g.edgeB[e];
        if (b == boundary) {
            int r = find(a);
            if ((flags[r] & BOUNDARY) == 0) {
                forestEdges[forestCount++] = e;
                boolean was = active(r);
                flags[r] |= BOUNDARY;
                if (was && --activeClusters > 0) {
                    retimeFrontier(r, r);
                }
            }
            return;
        }
        int ra = parent[a] < 0 ? -1 : find(a);
        int rb = parent[b] < 0 ? -1 : find(b);
        if (ra != rb) {
            forestEdges[forestCount++] = e;
        }
        if (ra < 0) {
            adopt(a, rb);
        } else if (rb < 0) {
            adopt(b, ra);
        } else if (ra != rb) {
            union(ra, rb);
        }
    }

    /**
     * Adds a node outside every cluster to the cluster rooted at {@code r}. The cluster's parity is
     * unchanged, so only the new node's own edges need new rates.
     */
    private void adopt(int v, int r) {
        parent[v] = r;
        size[r]++;
        frontierNext[v] = -1;
        if (frontierHead[r] < 0) {
            frontierHead[r] = v;
        } else {
            frontierNext[frontierTail[r]] = v;
        }
        frontierTail[r] = v;
        touchedNodes[touchedNodeCount++] = v;
        retimeNode(v, r);
    }

    /**
     * Joins two clusters. A part whose activity flips (odd to even or the reverse) has every
     * frontier edge re-timed; a part whose activity is unchanged keeps its rates, except for edges
     * to the other part, which the flipping part's pass marks internal.
     */
    private void union(int x, int y) {
        boolean wasX = active(x);
        boolean wasY = active(y);
        if (size[x] < size[y]) {
            int t = x;
            x = y;
            y = t;
            boolean w = wasX;
            wasX = wasY;
            wasY = w;
        }
        parent[y] = x;
        size[x] += size[y];
        flags[x] = (byte) (((flags[x] ^ flags[y]) & ODD) | ((flags[x] | flags[y]) & BOUNDARY));
        boolean now = active(x);
        activeClusters += (now ? 1 : 0) - (wasX ? 1 : 0) - (wasY ? 1 : 0);
        // Each part's list is still reachable from its old root's fields until concatenated below.
        // Once no cluster is odd growth is over, and re-timing would only cost time.
        if (activeClusters > 0) {
            if (wasX != now) {
                retimeFrontier(x, x);
            }
            if (wasY != now) {
                retimeFrontier(y, x);
            }
        }
        if (frontierHead[y] >= 0) {
            if (frontierHead[x] < 0) {
                frontierHead[x] = frontierHead[y];
            } else {
                frontierNext[frontierTail[x]] = frontierHead[y];
            }
            frontierTail[x] = frontierTail[y];
        }
    }

    /**
     * Re-times every edge of the frontier list kept at {@code owner}, whose nodes now belong to the
     * cluster rooted at {@code root}; drops nodes that have nothing left to grow.
     */
    private void retimeFrontier(int owner, int root) {
        boolean waking = active(root);
        int prev = -1;
        int v = frontierHead[owner];
        while (v >= 0) {
            int next = frontierNext[v];
            if (waking ? retimeNode(v, root) : slowNode(v)) {
                prev = v;
            } else if (prev < 0) {
                frontierHead[owner] = next;
            } else {
                frontierNext[prev] = next;
            }
            v = next;
        }
        frontierTail[owner] = prev;
    }

    /**
     * Re-times the edges at a node whose odd cluster just stopped growing; false if none can grow any
     * more. While a cluster is odd its frontier edges carry exact rates and edges inside it are
     * marked internal (every node is fully re-timed when it joins, and a cluster is fully re-timed
     * when it turns odd), so each growing edge simply loses this side's unit of rate, with no
     * cluster look-ups. Completion times only move later, so no node needs an earlier heap entry.
     */
    private boolean slowNode(int v) {
        int[] adj = g.adj;
        boolean live = false;
        for (int i = 2 * g.adjStart[v] + 1, end = 2 * g.adjStart[v + 1]; i < end; i += 2) {
            int e = adj[i];
            int s = status[e];
            if (s >= GROWN) {
                continue;
            }
            live = true;
            int old = s & RATE;
            if (old == 0) {
                continue;
            }
            double slack = Math.max(0, (val[e] - time) * old);
            int slower = old - 1;
            val[e] = slower == 0 ? slack : time + slack / slower;
            status[e] = (byte) (GROWING | slower);
        }
        return live;
    }

    /** Re-times the edges at node {@code v} of cluster {@code r}; false if none can grow any more. */
    private boolean retimeNode(int v, int r) {
        int[] adj = g.adj;
        int mine = active(r) ? 1 : 0;
        boolean live = false;
        double next = Double.POSITIVE_INFINITY;
        for (int i = 2 * g.adjStart[v], end = 2 * g.adjStart[v + 1]; i < end; i += 2) {
            int o = adj[i];
            int e = adj[i + 1];
            int s = status[e];
            if (s >= GROWN) {
                continue;
            }
            int newRate = mine;
            if (o != boundary && parent[o] >= 0) {
                int ro = find(o);
                if (ro == r) {
                    if (s == UNSEEN) {
                        touchedEdges[touchedEdgeCount++] = e;
                    }
                    status[e] = INTERNAL;
                    continue;
                }
                if (active(ro)) {
                    newRate++;
                }
            }
            live = true;
            if (s == UNSEEN) {
                s = GROWING;
                val[e] = g.weight[e];
                touchedEdges[touchedEdgeCount++] = e;
            }
            int old = s & RATE;
            if (old != newRate) {
                double slack = old == 0 ? val[e] : Math.max(0, (val[e] - time) * old);
                val[e] = newRate == 0 ? slack : time + slack / newRate;
            }
            if (newRate != 0 && val[e] < next) {
                next = val[e];
            }
            status[e] = (byte) (GROWING | newRate);
        }
        if (next < Double.POSITIVE_INFINITY) {
            schedule(v, next);
        }
        return live;
    }

    /**
     * Makes sure node {@code v} has a heap entry no later than {@code due}, when its earliest edge
     * completes. An existing entry that is as early or earlier is kept: it will surface first and
     * reschedule the node then, which costs nothing if growth ends before (the usual case).
     */
    private void schedule(int v, double due) {
        if (nodeDue[v] <= due) {
            return;
        }
        nodeDue[v] = due;
        heap.push(v, due);
    }

    /**
     * Finds the next edge to complete and advances the clock to it; -1 if no edge is growing.
     *
     * <p>The heap holds nodes, not edges: each entry says when the node's earliest edge completes,
     * which keeps heap traffic at one entry per re-timed node instead of one per edge. An entry is
     * current while it matches {@code nodeDue}; every re-timing of an edge schedules the node that
     * did it, so the earliest edge always has a current entry at or before its time. An entry may be
     * early (its edge was since slowed or stopped from the other end); the node is then just
     * rescheduled at its true earliest time.
     */
    private int nextCompletion() {
        int[] adj = g.adj;
        while (!heap.isEmpty()) {
            double k = heap.topKey();
            int v = heap.topItem();
            heap.removeTop();
            if (nodeDue[v] != k) {
                continue;
            }
            nodeDue[v] = Double.NaN;
            int best = -1;
            double first = Double.POSITIVE_INFINITY;
            double second = Double.POSITIVE_INFINITY;
            for (int i = 2 * g.adjStart[v] + 1, end = 2 * g.adjStart[v + 1]; i < end; i += 2) {
                int e = adj[i];
                int s = status[e];
                if ((s & ~RATE) != GROWING || (s & RATE) == 0) {
                    continue;
                }
                double d = val[e];
                if (d < first) {
                    second = first;
                    first = d;
                    best = e;
                } else if (d < second) {
                    second = d;
                }
            }
            if (best < 0) {
                continue;
            }
            if (first > k) {
                schedule(v, first);
                continue;
            }
            // Rescheduled before the edge's merge, which may re-time v again with fresher times.
            if (second < Double.POSITIVE_INFINITY) {
                schedule(v, second);
            }
            time = Math.max(time, first);
            return best;
        }
        return -1;
    }

    /** A node of some odd cluster, for error messages. */
    private int someOddCluster() {
        for (int k = 0; k < touchedNodeCount; k++) {
            int v = touchedNodes[k];
            if (active(find(v))) {
                return v;
            }
        }
        return -1;
    }

    /** The root of {@code v}'s cluster, halving the path on the way. */
    private int find(int v) {
        int[] p = parent;
        while (p[v] != v) {
            int up = p[p[v]];
            p[v] = up;
            v = up;
        }
        return v;
    }

    /** The spanning forest of the grown edges, valid up to {@link #forestCount}. */
    int[] forestEdges() {
        return forestEdges;
    }

    int forestCount() {
        return forestCount;
    }

    boolean isEvent(int v) {
        return event[v];
    }

    int[] touchedNodes() {
        return touchedNodes;
    }

    int touchedNodeCount() {
        return touchedNodeCount;
    }
}
