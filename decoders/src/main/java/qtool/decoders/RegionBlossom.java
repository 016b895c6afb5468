package qtool.decoders;

import java.util.Arrays;

/**
 * Exact minimum-cost matching with boundary on an explicit sparse graph of candidate pairs, by
 * the primal-dual blossom algorithm in the "growing regions" form of sparse blossom (Higgott and
 * Gidney, arXiv:2303.15933): every event is a region whose radius changes with a global time;
 * unmatched regions are roots of alternating trees; outer regions grow, inner ones shrink, all
 * others stand still. Events, in time order: a candidate pair becomes tight between two regions
 * (grow a tree, form a blossom, or augment), an event's boundary edge becomes tight (augment to
 * the boundary), an inner blossom's own radius reaches zero (shatter it). The boundary is a
 * partner that never runs out: a region matched to it is, for a tree that reaches it, as good as
 * a free one.
 *
 * <p>Duals in radius form: R(v) is the sum of the radii of the regions nested around event v.
 * The algorithm keeps R(u) + R(v) - 2·(radii of the blossoms holding both) ≤ cost(u, v) on every
 * pair it was given and R(v) ≤ boundary cost; at the end every matched pair and boundary edge is
 * tight, so the matching is optimal for the given pairs, and the duals certify it against any
 * other pair that satisfies the same inequality (which {@link CertifiedMatching} checks).
 *
 * <p>Costs are even integers (longs). Every region that takes part in a tree has a radius of the
 * same parity as the time, so two growing regions always meet at an integer time: comparisons are
 * exact, no tolerance is needed. Inside a blossom the matching is implicit: given the child that
 * is matched outside, the cycle's other children pair off along every second cycle edge; it is
 * resolved only at the end. Mutable per-thread scratch, reused between calls.
 */
final class RegionBlossom {
    static final long NO_BOUNDARY = Long.MAX_VALUE;
    private static final int NONE = 0;
    private static final int OUTER = 1;
    private static final int INNER = 2;
    /** mateOut of a region matched to the boundary. */
    private static final int TO_BOUNDARY = -2;
    /** Heap entry kinds: an event's next tight pair or boundary edge, or a blossom's radius reaching zero. */
    private static final int KIND_VERTEX = 0;
    private static final int KIND_SHATTER = 2;

    private int k;
    private long[] boundaryCost = new long[16];
    private long[] inner = new long[16];
    private int[] topOf = new int[16];
    private int[] vertexMate = new int[16];
    /** Per event: the earliest time it is queued at (Long.MAX_VALUE when not queued). */
    private long[] scheduled = new long[16];

    private int m;
    private int[] edgeU = new int[64];
    private int[] edgeV = new int[64];
    private long[] edgeCost = new long[64];
    private int[] adjStart = new int[17];
    private int[] adjEdge = new int[128];

    /** Regions 0..k-1 are the events; blossoms follow. */
    private int regions;
    private long[] r0 = new long[32];
    private long[] t0 = new long[32];
    private int[] slope = new int[32];
    private int[] label = new int[32];
    private int[] tree = new int[32];
    private int[] blossomParent = new int[32];
    private int[] parentIn = new int[32];
    private int[] parentOut = new int[32];
    private int[] parentEdge = new int[32];
    private int[] mateIn = new int[32];
    private int[] mateOut = new int[32];
    private int[] mateEdge = new int[32];
    private int[] childStart = new int[32];
    private int[] childCount = new int[32];
    private boolean[] alive = new boolean[32];
    private int[] mark = new int[32];
    private int stamp;

    /** Blossom cycles: child i, and edge i between child i and child i+1 (endpoint a in i, b in i+1). */
    private int arena;
    private int[] cycChild = new int[64];
    private int[] cycA = new int[64];
    private int[] cycB = new int[64];
    private int[] cycEdge = new int[64];

    /** Per tree: a list of the regions that joined it (with duplicates; checked when dissolving). */
    private int[] treeHead = new int[16];
    private int entries;
    private int[] entryRegion = new int[64];
    private int[] entryNext = new int[64];

    private final MinHeap heap = new MinHeap();
    private long now;
    private int unmatched;
    private int[] buffer = new int[64];
    private int[] pathA = new int[16];
    private int[] pathB = new int[16];

    /** Starts a problem with {@code events} events, no pairs, and no boundary. */
    void reset(int events) {
        k = events;
        m = 0;
        if (boundaryCost.length < k) {
            int n = 2 * k;
            boundaryCost = new long[n];
            inner = new long[n];
            topOf = new int[n];
            vertexMate = new int[n];
            scheduled = new long[n];
            adjStart = new int[n + 1];
            treeHead = new int[n];
        }
        Arrays.fill(boundaryCost, 0, k, NO_BOUNDARY);
    }

    /** The cost of matching event v to the boundary, an even integer (or NO_BOUNDARY). */
    void setBoundaryCost(int v, long cost) {
        boundaryCost[v] = cost;
    }

    /** Adds candidate pair (u, v) with an even cost ≥ 0; returns its index. */
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

    /**
     * Solves the problem; false when some events cannot be matched at all (a part without
     * boundary with an odd number of events).
     */
    boolean solve() {
        buildAdjacency();
        regions = 0;
        arena = 0;
        entries = 0;
        now = 0;
        heap.clear();
        ensureRegions(2 * k + 1);
        for (int v = 0; v < k; v++) {
            int r = regions++;
            initRegion(r);
            label[r] = OUTER;
            slope[r] = 1;
            tree[r] = v;
            treeHead[v] = -1;
            addToTree(v, r);
            inner[v] = 0;
            topOf[v] = v;
        }
        unmatched = k;
        Arrays.fill(scheduled, 0, k, Long.MAX_VALUE);
        for (int v = 0; v < k; v++) {
            schedule(v);
        }
        while (unmatched > 0) {
            if (heap.isEmpty()) {
                return false;
            }
            long t = (long) heap.minKey();
            int value = heap.pop();
            now = t;
            int id = value >>> 2;
            if ((value & 3) == KIND_VERTEX) {
                vertexEvent(id);
            } else {
                shatterEvent(id);
            }
        }
        resolveMatching();
        return true;
    }

    /** After {@link #solve}: the pair index event v is matched along, or -1 for the boundary. */
    int mateEdge(int v) {
        return vertexMate[v];
    }

    /** After {@link #solve}: R(v), the total radius of the regions around event v. */
    long totalRadius(int v) {
        return inner[v] + radius(topOf[v]);
    }

    /** After {@link #solve}: the radii of the blossoms holding both u and v (counted once). */
    long sharedRadius(int u, int v) {
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(mark, 0);
            stamp = 1;
        }
        for (int r = blossomParent[u]; r >= 0; r = blossomParent[r]) {
            mark[r] = stamp;
        }
        long shared = 0;
        for (int r = blossomParent[v]; r >= 0; r = blossomParent[r]) {
            if (mark[r] == stamp) {
                shared += radius(r);
            }
        }
        return shared;
    }

    private void buildAdjacency() {
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
        }
        int[] fill = buffer(k);
        System.arraycopy(adjStart, 0, fill, 0, k);
        for (int e = 0; e < m; e++) {
            adjEdge[fill[edgeU[e]]++] = e;
            adjEdge[fill[edgeV[e]]++] = e;
        }
    }

    private int[] buffer(int size) {
        if (buffer.length < size) {
            buffer = new int[2 * size];
        }
        return buffer;
    }

    private void initRegion(int r) {
        r0[r] = 0;
        t0[r] = now;
        slope[r] = 0;
        label[r] = NONE;
        tree[r] = -1;
        blossomParent[r] = -1;
        parentIn[r] = -1;
        parentOut[r] = -1;
        parentEdge[r] = -1;
        mateIn[r] = -1;
        mateOut[r] = -1;
        mateEdge[r] = -1;
        childCount[r] = 0;
        alive[r] = true;
    }

    private void ensureRegions(int n) {
        if (r0.length < n) {
            int c = 2 * n;
            r0 = Arrays.copyOf(r0, c);
            t0 = Arrays.copyOf(t0, c);
            slope = Arrays.copyOf(slope, c);
            label = Arrays.copyOf(label, c);
            tree = Arrays.copyOf(tree, c);
            blossomParent = Arrays.copyOf(blossomParent, c);
            parentIn = Arrays.copyOf(parentIn, c);
            parentOut = Arrays.copyOf(parentOut, c);
            parentEdge = Arrays.copyOf(parentEdge, c);
            mateIn = Arrays.copyOf(mateIn, c);
            mateOut = Arrays.copyOf(mateOut, c);
            mateEdge = Arrays.copyOf(mateEdge, c);
            childStart = Arrays.copyOf(childStart, c);
            childCount = Arrays.copyOf(childCount, c);
            alive = Arrays.copyOf(alive, c);
            mark = Arrays.copyOf(mark, c);
        }
    }

    private long radius(int r) {
        return r0[r] + slope[r] * (now - t0[r]);
    }

    private void setSlope(int r, int s) {
        r0[r] = radius(r);
        t0[r] = now;
        slope[r] = s;
    }

    private long total(int v) {
        return inner[v] + radius(topOf[v]);
    }

    private void addToTree(int t, int r) {
        if (entries == entryRegion.length) {
            entryRegion = Arrays.copyOf(entryRegion, 2 * entries);
            entryNext = Arrays.copyOf(entryNext, 2 * entries);
        }
        entryRegion[entries] = r;
        entryNext[entries] = treeHead[t];
        treeHead[t] = entries++;
    }

    private void push(long time, int id, int kind) {
        heap.push(time, (id << 2) | kind);
    }

    /**
     * Queues event v once, at the earliest time one of its pairs or its boundary edge becomes
     * tight under the current slopes (one heap entry per event rather than per pair: the pairs
     * are rescanned when it surfaces, which is cheaper than keeping them all in the heap). A
     * queued time that became too early is fixed when it surfaces; one that became too late is
     * superseded here.
     */
    private void schedule(int v) {
        long t = nextTime(v);
        if (t < scheduled[v]) {
            scheduled[v] = t;
            push(t, v, KIND_VERTEX);
        }
    }

    /** Filled by {@link #nextTime}: the pair achieving it, or -1 for the boundary edge. */
    private int nextEdge;

    private long nextTime(int v) {
        int a = topOf[v];
        int sa = slope[a];
        long rv = total(v);
        long best = Long.MAX_VALUE;
        for (int i = adjStart[v]; i < adjStart[v + 1]; i++) {
            int e = adjEdge[i];
            int w = edgeU[e] == v ? edgeV[e] : edgeU[e];
            int b = topOf[w];
            if (b == a) {
                continue;
            }
            int rate = sa + slope[b];
            if (rate > 0) {
                long t = now + (edgeCost[e] - rv - total(w)) / rate;
                if (t < best) {
                    best = t;
                    nextEdge = e;
                }
            }
        }
        if (sa > 0 && boundaryCost[v] != NO_BOUNDARY) {
            long t = now + boundaryCost[v] - rv;
            if (t < best) {
                best = t;
                nextEdge = -1;
            }
        }
        return best;
    }

    private void vertexEvent(int v) {
        if (scheduled[v] == now) {
            scheduled[v] = Long.MAX_VALUE;
        }
        long t = nextTime(v);
        if (t > now) {
            if (t < scheduled[v]) {
                scheduled[v] = t;
                push(t, v, KIND_VERTEX);
            }
            return;
        }
        if (t < now) {
            throw new IllegalStateException("dual infeasible at event " + v);
        }
        if (nextEdge >= 0) {
            edgeEvent(nextEdge);
        } else {
            boundaryEvent(v);
        }
        schedule(v);
    }

    /** Re-queues every event of region r (after its slope went up) and, for an inner blossom, its shattering. */
    private void pushRegionEvents(int r) {
        int n = collectVertices(r, 0);
        int[] vs = buffer;
        // schedule does not touch the buffer, so the collected list stays valid.
        for (int i = 0; i < n; i++) {
            schedule(vs[i]);
        }
        if (label[r] == INNER && r >= k) {
            push(now + radius(r), r, KIND_SHATTER);
        }
    }

    /** Appends the events inside region r to {@link #buffer} from position at; returns the new end. */
    private int collectVertices(int r, int at) {
        if (r < k) {
            buffer(at + 1)[at] = r;
            return at + 1;
        }
        int end = at;
        int s = childStart[r];
        for (int i = 0; i < childCount[r]; i++) {
            end = collectVertices(cycChild[s + i], end);
        }
        return end;
    }

    private void edgeEvent(int e) {
        int u = edgeU[e];
        int v = edgeV[e];
        int a = topOf[u];
        int b = topOf[v];
        if (a == b) {
            return;
        }
        int rate = slope[a] + slope[b];
        if (rate <= 0) {
            return;
        }
        if (edgeCost[e] != total(u) + total(v)) {
            throw new IllegalStateException("pair " + u + "-" + v + " is not tight");
        }
        if (label[a] != OUTER) {
            int t = a;
            a = b;
            b = t;
            t = u;
            u = v;
            v = t;
        }
        if (label[b] == OUTER) {
            if (tree[a] == tree[b]) {
                formBlossom(a, u, b, v, e);
            } else {
                int ta = tree[a];
                int tb = tree[b];
                augmentTree(a, u, v, e);
                augmentTree(b, v, u, e);
                dissolve(ta);
                dissolve(tb);
                unmatched -= 2;
            }
        } else if (mateOut[b] == TO_BOUNDARY) {
            int ta = tree[a];
            augmentTree(a, u, v, e);
            setMate(b, v, u, e);
            dissolve(ta);
            unmatched--;
        } else {
            grow(a, u, b, v, e);
        }
    }

    private void boundaryEvent(int v) {
        int a = topOf[v];
        if (slope[a] <= 0) {
            return;
        }
        if (boundaryCost[v] != total(v)) {
            throw new IllegalStateException("boundary edge of " + v + " is not tight");
        }
        int t = tree[a];
        augmentTree(a, v, TO_BOUNDARY, -1);
        dissolve(t);
        unmatched--;
    }

    private void shatterEvent(int b) {
        if (!alive[b] || blossomParent[b] != -1 || label[b] != INNER) {
            return;
        }
        long z = radius(b);
        if (z > 0) {
            push(now + z, b, KIND_SHATTER);
            return;
        }
        shatter(b);
    }

    private void setMate(int r, int in, int out, int edge) {
        mateIn[r] = in;
        mateOut[r] = out;
        mateEdge[r] = edge;
    }

    /** Outer region a of a tree gets the new partner; the path to the root flips. */
    private void augmentTree(int a, int in, int out, int edge) {
        int r = a;
        while (true) {
            if (parentOut[r] < 0) {
                setMate(r, in, out, edge);
                return;
            }
            int i = topOf[parentOut[r]];
            int pIn = parentIn[i];
            int pOut = parentOut[i];
            int pEdge = parentEdge[i];
            setMate(r, in, out, edge);
            setMate(i, pIn, pOut, pEdge);
            r = topOf[pOut];
            in = pOut;
            out = pIn;
            edge = pEdge;
        }
    }

    /** All regions of tree t stop: they are matched now. Inner ones stop shrinking, so their pairs may tighten. */
    private void dissolve(int t) {
        for (int x = treeHead[t]; x >= 0; x = entryNext[x]) {
            int r = entryRegion[x];
            if (!alive[r] || blossomParent[r] != -1 || tree[r] != t || label[r] == NONE) {
                continue;
            }
            boolean wasInner = label[r] == INNER;
            setSlope(r, 0);
            label[r] = NONE;
            tree[r] = -1;
            parentIn[r] = -1;
            parentOut[r] = -1;
            parentEdge[r] = -1;
            if (wasInner) {
                pushRegionEvents(r);
            }
        }
        treeHead[t] = -1;
    }

    /** Outer a touches region b, which is matched to c: b joins a's tree as inner, c as outer. */
    private void grow(int a, int u, int b, int v, int e) {
        int t = tree[a];
        label[b] = INNER;
        tree[b] = t;
        parentIn[b] = v;
        parentOut[b] = u;
        parentEdge[b] = e;
        setSlope(b, -1);
        addToTree(t, b);
        int c = topOf[mateOut[b]];
        label[c] = OUTER;
        tree[c] = t;
        parentIn[c] = mateOut[b];
        parentOut[c] = mateIn[b];
        parentEdge[c] = mateEdge[b];
        setSlope(c, 1);
        addToTree(t, c);
        if (b >= k) {
            push(now + radius(b), b, KIND_SHATTER);
        }
        pushRegionEvents(c);
    }

    private int parentRegion(int r) {
        return parentOut[r] < 0 ? -1 : topOf[parentOut[r]];
    }

    /** Outer regions a and b of the same tree touch: the cycle through their common ancestor becomes a blossom. */
    private void formBlossom(int a, int u, int b, int v, int e) {
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(mark, 0);
            stamp = 1;
        }
        int x = a;
        int y = b;
        int lca;
        while (true) {
            if (x >= 0) {
                if (mark[x] == stamp) {
                    lca = x;
                    break;
                }
                mark[x] = stamp;
                x = parentRegion(x);
            }
            if (y >= 0) {
                if (mark[y] == stamp) {
                    lca = y;
                    break;
                }
                mark[y] = stamp;
                y = parentRegion(y);
            }
        }
        int na = 0;
        for (int r = a; r != lca; r = parentRegion(r)) {
            pathA = grow(pathA, na);
            pathA[na++] = r;
        }
        int nb = 0;
        for (int r = b; r != lca; r = parentRegion(r)) {
            pathB = grow(pathB, nb);
            pathB[nb++] = r;
        }
        int size = 1 + na + nb;
        ensureArena(arena + size);
        int s = arena;
        arena += size;
        int i = 0;
        cycChild[s] = lca;
        for (int p = na - 1; p >= 0; p--) {
            int c = pathA[p];
            cycA[s + i] = parentOut[c];
            cycB[s + i] = parentIn[c];
            cycEdge[s + i] = parentEdge[c];
            cycChild[s + ++i] = c;
        }
        cycA[s + i] = u;
        cycB[s + i] = v;
        cycEdge[s + i] = e;
        for (int p = 0; p < nb; p++) {
            int c = pathB[p];
            cycChild[s + ++i] = c;
            cycA[s + i] = parentIn[c];
            cycB[s + i] = parentOut[c];
            cycEdge[s + i] = parentEdge[c];
        }
        ensureRegions(regions + 1);
        int n = regions++;
        initRegion(n);
        childStart[n] = s;
        childCount[n] = size;
        label[n] = OUTER;
        tree[n] = tree[lca];
        parentIn[n] = parentIn[lca];
        parentOut[n] = parentOut[lca];
        parentEdge[n] = parentEdge[lca];
        setMate(n, mateIn[lca], mateOut[lca], mateEdge[lca]);
        slope[n] = 1;
        addToTree(tree[n], n);
        for (int j = 0; j < size; j++) {
            int c = cycChild[s + j];
            boolean wasInner = label[c] == INNER;
            setSlope(c, 0);
            blossomParent[c] = n;
            long rc = r0[c];
            int count = collectVertices(c, 0);
            for (int q = 0; q < count; q++) {
                int w = buffer[q];
                inner[w] += rc;
                topOf[w] = n;
            }
            if (wasInner) {
                for (int q = 0; q < count; q++) {
                    schedule(buffer[q]);
                }
            }
        }
    }

    private static int[] grow(int[] a, int n) {
        return n < a.length ? a : Arrays.copyOf(a, 2 * n + 2);
    }

    private void ensureArena(int n) {
        if (cycChild.length < n) {
            int c = 2 * n;
            cycChild = Arrays.copyOf(cycChild, c);
            cycA = Arrays.copyOf(cycA, c);
            cycB = Arrays.copyOf(cycB, c);
            cycEdge = Arrays.copyOf(cycEdge, c);
        }
    }

    /** The index in blossom b's cycle of the child holding event x. */
    private int childIndex(int b, int x) {
        int y = x;
        while (blossomParent[y] != b) {
            y = blossomParent[y];
        }
        int s = childStart[b];
        for (int i = 0; ; i++) {
            if (cycChild[s + i] == y) {
                return i;
            }
        }
    }

    /**
     * Inner blossom b with radius zero falls apart: the even path of its cycle from the child its
     * parent edge enters to the child matched outside stays in the tree (inner, outer, ...,
     * inner); the other children pair off and leave the tree.
     */
    private void shatter(int b) {
        int s = childStart[b];
        int size = childCount[b];
        int base = childIndex(b, mateIn[b]);
        int entry = childIndex(b, parentIn[b]);
        int t = tree[b];
        for (int j = 0; j < size; j++) {
            int c = cycChild[s + j];
            blossomParent[c] = -1;
            long rc = r0[c];
            int count = collectVertices(c, 0);
            for (int q = 0; q < count; q++) {
                int w = buffer[q];
                inner[w] -= rc;
                topOf[w] = c;
            }
            t0[c] = now;
            slope[c] = 0;
            label[c] = NONE;
            tree[c] = -1;
            parentIn[c] = -1;
            parentOut[c] = -1;
            parentEdge[c] = -1;
        }
        for (int p = 1; p < size; p += 2) {
            int i = (base + p) % size;
            int j = (i + 1) % size;
            setMate(cycChild[s + i], cycA[s + i], cycB[s + i], cycEdge[s + i]);
            setMate(cycChild[s + j], cycB[s + i], cycA[s + i], cycEdge[s + i]);
        }
        setMate(cycChild[s + base], mateIn[b], mateOut[b], mateEdge[b]);
        int first = cycChild[s + entry];
        label[first] = INNER;
        tree[first] = t;
        parentIn[first] = parentIn[b];
        parentOut[first] = parentOut[b];
        parentEdge[first] = parentEdge[b];
        addToTree(t, first);
        int distance = Math.floorMod(entry - base, size);
        int step = (distance & 1) == 0 ? -1 : 1;
        int idx = entry;
        int lab = INNER;
        while (idx != base) {
            int next = Math.floorMod(idx + step, size);
            int inPrev;
            int inNext;
            int edge;
            if (step == 1) {
                inPrev = cycA[s + idx];
                inNext = cycB[s + idx];
                edge = cycEdge[s + idx];
            } else {
                inPrev = cycB[s + next];
                inNext = cycA[s + next];
                edge = cycEdge[s + next];
            }
            int c = cycChild[s + next];
            lab = lab == INNER ? OUTER : INNER;
            label[c] = lab;
            tree[c] = t;
            parentIn[c] = inNext;
            parentOut[c] = inPrev;
            parentEdge[c] = edge;
            addToTree(t, c);
            idx = next;
        }
        alive[b] = false;
        for (int j = 0; j < size; j++) {
            int c = cycChild[s + j];
            slope[c] = label[c] == OUTER ? 1 : label[c] == INNER ? -1 : 0;
        }
        for (int j = 0; j < size; j++) {
            int c = cycChild[s + j];
            if (label[c] != INNER || c >= k) {
                pushRegionEvents(c);
            }
        }
    }

    /** Per event, the pair it is matched along (or -1, boundary), resolving blossoms recursively. */
    private void resolveMatching() {
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(mark, 0);
            stamp = 1;
        }
        for (int v = 0; v < k; v++) {
            int r = topOf[v];
            if (mark[r] == stamp) {
                continue;
            }
            mark[r] = stamp;
            int in = mateIn[r];
            vertexMate[in] = mateOut[r] == TO_BOUNDARY ? -1 : mateEdge[r];
            resolve(r, in);
        }
    }

    private void resolve(int r, int x) {
        if (r < k) {
            return;
        }
        int s = childStart[r];
        int size = childCount[r];
        int j = childIndex(r, x);
        resolve(cycChild[s + j], x);
        for (int p = 1; p < size; p += 2) {
            int i = (j + p) % size;
            int next = (i + 1) % size;
            vertexMate[cycA[s + i]] = cycEdge[s + i];
            vertexMate[cycB[s + i]] = cycEdge[s + i];
            resolve(cycChild[s + i], cycA[s + i]);
            resolve(cycChild[s + next], cycB[s + i]);
        }
    }
}
