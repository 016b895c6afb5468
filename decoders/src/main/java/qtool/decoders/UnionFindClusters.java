package qtool.decoders;

import java.util.Arrays;

/**
 * The growth phase of weighted union-find decoding, as per-thread scratch sized to one graph.
 *
 * <p>Growth runs on an integer clock whose unit is one tick of the discretised weights
 * ({@link UnionFindTicks}). All odd clusters grow at unit speed. Each cluster node carries a
 * radius, how far the cluster has grown since the node joined it; every edge that is not yet grown
 * has grown by the sum of its two ends' radii (a node outside every cluster has radius 0) and
 * completes when that sum reaches its weight. This is the round-by-round process "grow every odd
 * cluster's frontier edges by one tick, counting both sides", with the rounds in which nothing
 * completes skipped.
 *
 * <p>Radii are never stored per node. A cluster root keeps the cluster's total growth (frozen
 * while it is even, running with the clock while it is odd), and every node keeps the offset of
 * its radius from its parent's in the disjoint-set tree, summed on the way to the root (union by
 * size, path halving with offsets carried along). So a cluster that turns even stops growing in
 * O(1), with no pass over its frontier, and joining two clusters adjusts one offset.
 *
 * <p>Completions come from a bucket queue keyed by tick ({@link UnionFindBucketQueue}). An edge is
 * queued at the tick it would complete at its current rate (the number of its ends in odd
 * clusters) whenever that rate may have gone up: when a node joins an odd cluster (its edges) and
 * when a cluster turns odd (its frontier). Edges whose far end is in no cluster are not queued one
 * by one but through one "solo" entry per node, for the lightest of them ({@link #queueNode}).
 * Rates that go down need nothing: the entry is then early, and when it surfaces the edge's growth
 * is recomputed from the radii and the edge queued again at its new tick, or dropped if neither
 * end grows any more. An edge grown from both sides
 * with an odd remaining slack completes half a tick late, at a whole tick; that and the
 * discretisation are the only roundings.
 *
 * <p>The boundary node never joins a cluster: clusters that reach it stay independent and only
 * record that they did, which makes them neutral. Each cluster keeps a linked list of its frontier
 * nodes (members that may still have a growing edge), concatenated in O(1) on merges and pruned
 * when walked. Arrays are reset only where the previous shot wrote (the touched node and edge
 * lists), so a shot costs time in proportion to the region it grows, not to the graph.
 */
final class UnionFindClusters {
    /** Edge states, in the low two bits of an edge word. GROWN and INTERNAL edges no longer grow. */
    private static final int UNSEEN = 0;
    private static final int GROWING = 1;
    private static final int GROWN = 2;
    /** Both ends in the same cluster: growing it would connect nothing new. */
    private static final int INTERNAL = 3;
    private static final int STATE = 3;
    /** Root flags, in the low two bits of a root word. */
    private static final int ODD = 1;
    private static final int BOUNDARY = 2;
    /**
     * Queue ticks fit in the 30 high bits of an edge word; a shot whose growth ran this long (a
     * single cluster growing across hundreds of thousands of edges) is refused.
     */
    private static final int NOT_QUEUED = (1 << 29) - 1;
    private static final int FRESH = NOT_QUEUED << 2 | UNSEEN;

    private final UnionFindDecoder.Flat g;
    private final int boundary;

    // Fields read together share one array, so the hot loops touch one cache line, not several.
    /**
     * Per node, at {@code 2v}: the parent in the disjoint-set tree, -1 if v belongs to no cluster;
     * at {@code 2v+1}: v's radius minus its parent's (unused at roots, whose radius is the
     * cluster's growth).
     */
    private final int[] tree;
    /**
     * Per root: the flags (ODD: odd number of events; BOUNDARY: reached the boundary) in the low
     * two bits, and above them the cluster's growth minus the clock while it is odd (growth runs
     * with the clock) or its frozen growth while it is not.
     */
    private final int[] rootWord;
    private final int[] size;
    private final int[] frontierHead;
    private final int[] frontierTail;
    private final int[] frontierNext;
    private final boolean[] event;
    /**
     * Per node: the position in its weight-sorted adjacency of the first edge that may still be a
     * solo edge (see {@link #queueNode}), and the tick of the node's earliest solo entry in the
     * queue, NOT_QUEUED if none.
     */
    private final int[] soloCursor;
    private final int[] soloDue;
    private final int[] touchedNodes;
    private int touchedNodeCount;

    /**
     * Per edge: the state in the low two bits, and above them the tick of the edge's earliest queue
     * entry, NOT_QUEUED if none (later entries are stale).
     */
    private final int[] edgeWord;
    private final int[] touchedEdges;
    private int touchedEdgeCount;
    /**
     * The forest: grown edges that joined two different components (counting the boundary as one
     * node shared by every cluster that reached it). In growth order they form a spanning forest
     * of the grown subgraph, as in Kruskal's algorithm, so peeling needs no search of its own. It
     * is kept per node, as peeling uses it: at {@code 2v} the number of forest edges at v, at
     * {@code 2v+1} the XOR of their ids, for the touched nodes and the boundary.
     */
    private final int[] forestLinks;

    private final UnionFindBucketQueue queue;
    private int time;
    private int activeClusters;
    /** The node whose solo edge completed last, to be queued for its next one after the merge. */
    private int soloNode = -1;
    /**
     * Set with each completion {@link #nextCompletion} returns: the roots of the edge's ends
     * ({@code edgeA}, {@code edgeB}), -1 for an end in no cluster (or the boundary). Found there
     * already, and nothing changes before {@link #fuse} uses them.
     */
    private int completedRootA;
    private int completedRootB;
    /** Set by {@link #find}: the found node's radius minus its root's. */
    private int foundOffset;

    UnionFindClusters(UnionFindDecoder.Flat g) {
        this.g = g;
        this.boundary = g.boundary;
        int nodes = g.numNodes();
        int m = g.numEdges();
        tree = new int[2 * nodes];
        for (int v = 0; v < nodes; v++) {
            tree[2 * v] = -1;
        }
        rootWord = new int[nodes];
        size = new int[nodes];
        frontierHead = new int[nodes];
        frontierTail = new int[nodes];
        frontierNext = new int[nodes];
        event = new boolean[nodes];
        soloCursor = new int[nodes];
        soloDue = new int[nodes];
        touchedNodes = new int[nodes];
        edgeWord = new int[m];
        Arrays.fill(edgeWord, FRESH);
        touchedEdges = new int[m];
        forestLinks = new int[2 * nodes];
        queue = new UnionFindBucketQueue(g.maxTicks, 4 * nodes);
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
            if (tree[2 * v] >= 0) {
                throw new IllegalArgumentException("events must be strictly increasing; detector " + v + " repeats");
            }
            makeCluster(v);
            event[v] = true;
        }
        activeClusters = count;
        // Queued only once every event has its cluster, so edges between two events get rate 2.
        for (int i = 0; i < count; i++) {
            queueEvent(events[i]);
        }
        while (activeClusters > 0) {
            int e = nextCompletion();
            if (e < 0) {
                throw new IllegalArgumentException("the events connected to detector " + someOddCluster()
                        + " are odd in number and their part of the decoding graph has no boundary edge,"
                        + " so no correction can explain them");
            }
            if ((edgeWord[e] & STATE) == UNSEEN) {
                touchedEdges[touchedEdgeCount++] = e;
            }
            edgeWord[e] = NOT_QUEUED << 2 | GROWN;
            fuse(e);
            if (soloNode >= 0) {
                requeueSolo(soloNode);
                soloNode = -1;
            }
        }
    }

    /** Undoes the previous shot's writes; O(what it touched). */
    private void reset() {
        for (int k = 0; k < touchedNodeCount; k++) {
            int v = touchedNodes[k];
            tree[2 * v] = -1;
            event[v] = false;
        }
        for (int k = 0; k < touchedEdgeCount; k++) {
            edgeWord[touchedEdges[k]] = FRESH;
        }
        queue.clear();
        touchedNodeCount = 0;
        touchedEdgeCount = 0;
        forestLinks[2 * boundary] = 0;
        forestLinks[2 * boundary + 1] = 0;
        time = 0;
        soloNode = -1;
    }

    /** A one-event cluster at {@code v}, which becomes its own frontier, odd from tick 0. */
    private void makeCluster(int v) {
        tree[2 * v] = v;
        size[v] = 1;
        rootWord[v] = ODD;
        joined(v);
        frontierHead[v] = v;
        frontierTail[v] = v;
        frontierNext[v] = -1;
    }

    /** Starts the per-node fields of a node that just joined a cluster. */
    private void joined(int v) {
        soloCursor[v] = g.adjStart[v];
        soloDue[v] = NOT_QUEUED;
        touchedNodes[touchedNodeCount++] = v;
        forestLinks[2 * v] = 0;
        forestLinks[2 * v + 1] = 0;
    }

    private boolean active(int root) {
        return (rootWord[root] & 3) == ODD;
    }

    private int flags(int root) {
        return rootWord[root] & 3;
    }

    /** How far the cluster rooted at {@code root} has grown by now. */
    private int growth(int root) {
        int w = rootWord[root];
        return (w >> 2) + ((w & 3) == ODD ? time : 0);
    }

    /** Changes a root's flags, keeping its growth so far, so the change applies from now on. */
    private void setFlags(int root, int newFlags) {
        int grown = growth(root);
        rootWord[root] = (newFlags == ODD ? grown - time : grown) << 2 | newFlags;
    }

    /** Merges the clusters joined by a fully grown edge, or neutralises one that reached the boundary. */
    private void fuse(int e) {
        int a = g.edgeA[e];
        int b = g.edgeB[e];
        int ra = completedRootA;
        int rb = completedRootB;
        if (b == boundary) {
            int r = ra;
            if ((flags(r) & BOUNDARY) == 0) {
                addToForest(e, a, b);
                if (active(r)) {
                    activeClusters--;
                }
                setFlags(r, flags(r) | BOUNDARY);
            }
            return;
        }
        if (ra == rb) {
            return;
        }
        if (ra < 0) {
            adopt(a, rb);
        } else if (rb < 0) {
            adopt(b, ra);
        } else {
            union(ra, rb);
        }
        // After adopt, which starts the new node's forest links.
        addToForest(e, a, b);
    }

    private void addToForest(int e, int a, int b) {
        int[] links = forestLinks;
        links[2 * a]++;
        links[2 * a + 1] ^= e;
        links[2 * b]++;
        links[2 * b + 1] ^= e;
    }

    /**
     * Adds a node outside every cluster to the cluster rooted at {@code r}, with radius 0. The
     * cluster's parity is unchanged, so only the new node's own edges need queueing.
     */
    private void adopt(int v, int r) {
        tree[2 * v] = r;
        tree[2 * v + 1] = -growth(r);
        size[r]++;
        frontierNext[v] = -1;
        if (frontierHead[r] < 0) {
            frontierHead[r] = v;
        } else {
            frontierNext[frontierTail[r]] = v;
        }
        frontierTail[r] = v;
        joined(v);
        if (active(r)) {
            queueNode(v, r);
        }
    }

    /**
     * Joins two clusters. Only a part that turns odd needs work (its frontier queued at the new
     * rates); a part that stops growing just leaves early entries behind.
     */
    private void union(int x, int y) {
        if (size[x] < size[y]) {
            int t = x;
            x = y;
            y = t;
        }
        boolean wasX = active(x);
        boolean wasY = active(y);
        int fx = flags(x);
        int fy = flags(y);
        tree[2 * y + 1] = growth(y) - growth(x);
        tree[2 * y] = x;
        size[x] += size[y];
        setFlags(x, ((fx ^ fy) & ODD) | ((fx | fy) & BOUNDARY));
        boolean now = active(x);
        activeClusters += (now ? 1 : 0) - (wasX ? 1 : 0) - (wasY ? 1 : 0);
        // Each part's list is still reachable from its old root's fields until concatenated below.
        if (now && activeClusters > 0) {
            if (!wasX) {
                queueFrontier(x, x);
            }
            if (!wasY) {
                queueFrontier(y, x);
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
     * Queues the edges of every node of the frontier list kept at {@code owner}, whose nodes now
     * belong to the odd cluster rooted at {@code root}; drops nodes that have nothing left to grow.
     */
    private void queueFrontier(int owner, int root) {
        int prev = -1;
        int v = frontierHead[owner];
        while (v >= 0) {
            int next = frontierNext[v];
            if (queueNode(v, root)) {
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
     * Queues the growing edges at node {@code v} of the odd cluster rooted at {@code r}, each at the
     * tick it completes at its current rate unless it already has an entry as early; marks edges
     * inside the cluster internal. False if no edge at {@code v} can grow any more.
     *
     * <p>Edges whose other end is in no cluster ("solo" edges: only v's side grows them, and all by
     * v's radius) complete in order of weight, so they are not queued one by one: the node gets a
     * single solo entry for the lightest one left, and the next one ({@link #nextSolo}) is queued
     * when that entry surfaces. Most edges are solo and most are never reached, so this saves most of
     * the queue traffic. An edge stops being solo only when its other end joins a cluster, which
     * queues it from that end.
     */
    private boolean queueNode(int v, int r) {
        int[] link = g.adjLink;
        int[] ew = edgeWord;
        find(v);
        int mine = growth(r) + foundOffset;
        boolean live = false;
        // The first solo edge in weight order; positions before the cursor hold none.
        int solo = -1;
        int[] nodes = g.adjNode;
        for (int k = g.adjStart[v], end = g.adjStart[v + 1]; k < end; k++) {
            int o = nodes[k];
            if (tree[2 * o] < 0) {
                // A solo edge (the boundary is in no cluster either). Only the first one matters
                // here. One to a detector cannot have grown: that would have put o in a cluster;
                // one to the boundary is grown once its cluster reached it.
                if (solo < 0 && (o != boundary || (ew[link[2 * k]] & STATE) == UNSEEN)) {
                    solo = k;
                }
                continue;
            }
            int e = link[2 * k];
            int w = ew[e];
            int s = w & STATE;
            if (s >= GROWN) {
                continue;
            }
            int ro = find(o);
            if (ro == r) {
                if (s == UNSEEN) {
                    touchedEdges[touchedEdgeCount++] = e;
                }
                ew[e] = NOT_QUEUED << 2 | INTERNAL;
                continue;
            }
            live = true;
            int support = mine + growth(ro) + foundOffset;
            int rate = active(ro) ? 2 : 1;
            if (s == UNSEEN) {
                touchedEdges[touchedEdgeCount++] = e;
            }
            int slack = link[2 * k + 1] - support;
            int at = slack <= 0 ? time : time + (rate == 1 ? slack : (slack + 1) >> 1);
            if (at < w >> 2) {
                ew[e] = at << 2 | GROWING;
                queue.push(e, at);
            }
        }
        if (solo >= 0) {
            live = true;
            soloCursor[v] = solo;
            int slack = link[2 * solo + 1] - mine;
            scheduleSolo(v, slack <= 0 ? time : time + slack);
        }
        return live;
    }

    /**
     * {@link #queueNode} for event {@code v} at tick 0, while every cluster is still a single event
     * of growth 0: the same entries in the same order, without the root look-ups. An edge to
     * another event completes at half its weight (rate 2) and is queued by its smaller end, which
     * comes first; the first edge to a non-event (the boundary's edges are all unseen yet) is v's solo
     * edge, due at its full weight. The node always has a growing edge, so it stays in its frontier.
     */
    private void queueEvent(int v) {
        int[] link = g.adjLink;
        int[] nodes = g.adjNode;
        int[] ew = edgeWord;
        boolean[] isEvent = event;
        int solo = -1;
        for (int k = g.adjStart[v], end = g.adjStart[v + 1]; k < end; k++) {
            int o = nodes[k];
            // Only events are in clusters yet; their flags take a byte a node, not eight.
            if (!isEvent[o]) {
                if (solo < 0) {
                    solo = k;
                }
                continue;
            }
            // Events are queued in increasing order, so the edge was queued already from o if o < v.
            if (o > v) {
                int e = link[2 * k];
                touchedEdges[touchedEdgeCount++] = e;
                int at = (link[2 * k + 1] + 1) >> 1;
                ew[e] = at << 2 | GROWING;
                queue.push(e, at);
            }
        }
        if (solo >= 0) {
            soloCursor[v] = solo;
            scheduleSolo(v, link[2 * solo + 1]);
        }
    }

    /**
     * Advances {@code v}'s solo cursor past edges that are no longer solo; the adjacency slot of v's
     * lightest solo edge, or -1 if it has none. The cursor only moves
     * forward: an edge that is grown or has both ends in clusters stays so.
     */
    private int nextSolo(int v) {
        int[] link = g.adjLink;
        int end = g.adjStart[v + 1];
        int c = soloCursor[v];
        int[] nodes = g.adjNode;
        for (; c < end; c++) {
            int o = nodes[c];
            // The boundary is in no cluster, so it passes the first test.
            if (tree[2 * o] < 0 && (edgeWord[link[2 * c]] & STATE) == UNSEEN) {
                soloCursor[v] = c;
                return c;
            }
        }
        soloCursor[v] = end;
        return -1;
    }

    /** Gives node {@code v} a solo entry no later than {@code at}. Solo entries are queued as ~v. */
    private void scheduleSolo(int v, int at) {
        if (at < soloDue[v]) {
            soloDue[v] = at;
            queue.push(~v, at);
        }
    }

    /**
     * Handles a node's solo entry at tick {@code t}: the edge under its cursor, if it is complete
     * by now; otherwise the node is queued again at its solo edge's completion (if it still grows).
     * A completing edge leaves the node in {@link #soloNode}, to be queued for its next solo edge
     * once this one has been merged.
     */
    private int soloCompletion(int v, int t) {
        if (soloDue[v] != t) {
            return -1;
        }
        soloDue[v] = NOT_QUEUED;
        int r = find(v);
        if (!active(r)) {
            // Queued again by queueNode when the cluster turns odd.
            return -1;
        }
        int solo = nextSolo(v);
        if (solo < 0) {
            return -1;
        }
        int slack = g.adjLink[2 * solo + 1] - growth(r) - foundOffset;
        if (slack > 0) {
            scheduleSolo(v, t + slack);
            return -1;
        }
        soloNode = v;
        int e = g.adjLink[2 * solo];
        // The other end is in no cluster (or is the boundary): that is what makes the edge solo.
        boolean atA = g.edgeA[e] == v;
        completedRootA = atA ? r : -1;
        completedRootB = atA ? -1 : r;
        return e;
    }

    /** Queues node {@code v}'s next solo edge, if its cluster still grows and it has one. */
    private void requeueSolo(int v) {
        int r = find(v);
        if (!active(r)) {
            return;
        }
        int solo = nextSolo(v);
        if (solo >= 0) {
            int slack = g.adjLink[2 * solo + 1] - growth(r) - foundOffset;
            scheduleSolo(v, slack <= 0 ? time : time + slack);
        }
    }

    /**
     * The next edge to complete, with the clock advanced to it; -1 if no edge is growing. A popped
     * edge's growth is recomputed from its ends' radii: if it is short of its weight (an end slowed
     * since it was queued), it is queued again at its new completion, or dropped if neither end
     * grows (a cluster turning odd queues it again).
     */
    private int nextCompletion() {
        int[] ends = g.ends;
        int[] ew = edgeWord;
        while (!queue.isEmpty()) {
            int e = queue.pop();
            int t = queue.tick();
            if (t >= NOT_QUEUED - g.maxTicks) {
                // Every later entry would be queued past the limit the edge words can hold.
                throw new IllegalArgumentException("growth ran beyond tick " + t
                        + ", too far for union-find's clock; the decoding graph is too large");
            }
            // Nothing completes before the earliest entry, so the clock may advance to it.
            time = t;
            if (e < 0) {
                int solo = soloCompletion(~e, t);
                if (solo >= 0) {
                    return solo;
                }
                continue;
            }
            // Only an edge's earliest entry is current; it is never for a GROWN or INTERNAL edge.
            if (ew[e] != (t << 2 | GROWING)) {
                continue;
            }
            ew[e] = NOT_QUEUED << 2 | GROWING;
            int a = ends[3 * e];
            int b = ends[3 * e + 1];
            int support = 0;
            int rate = 0;
            int ra = -1;
            if (tree[2 * a] >= 0) {
                ra = find(a);
                support = growth(ra) + foundOffset;
                rate = active(ra) ? 1 : 0;
            }
            int rb = -1;
            if (tree[2 * b] >= 0) {
                // Never the boundary, which joins no cluster.
                rb = find(b);
                if (rb == ra) {
                    ew[e] = NOT_QUEUED << 2 | INTERNAL;
                    continue;
                }
                support += growth(rb) + foundOffset;
                if (active(rb)) {
                    rate++;
                }
            }
            int slack = ends[3 * e + 2] - support;
            if (slack <= 0) {
                completedRootA = ra;
                completedRootB = rb;
                return e;
            }
            if (rate > 0) {
                int at = t + (rate == 1 ? slack : (slack + 1) >> 1);
                ew[e] = at << 2 | GROWING;
                queue.push(e, at);
            }
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

    /**
     * The root of {@code v}'s cluster, halving the path on the way; leaves {@code v}'s radius minus
     * the root's in {@link #foundOffset}. A node spliced to its grandparent absorbs its old parent's
     * offset, so every radius is unchanged.
     */
    private int find(int v) {
        int[] t = tree;
        int sum = 0;
        int up;
        while ((up = t[2 * v]) != v) {
            int upUp = t[2 * up];
            if (upUp != up) {
                t[2 * v + 1] += t[2 * up + 1];
                t[2 * v] = upUp;
                up = upUp;
            }
            sum += t[2 * v + 1];
            v = up;
        }
        foundOffset = sum;
        return v;
    }

    boolean isEvent(int v) {
        return event[v];
    }

    /** Per node, its forest degree and the XOR of its forest edges (see {@link #forestLinks}); the peeler may change them. */
    int[] forestLinks() {
        return forestLinks;
    }

    int[] touchedNodes() {
        return touchedNodes;
    }

    int touchedNodeCount() {
        return touchedNodeCount;
    }
}
