package qtool.decoders;

import java.util.Arrays;

/**
 * The regions of {@link RegionBlossom}, as parallel arrays indexed by region: regions 0..k-1 are
 * the events, blossoms follow in the order they form. A region's radius is linear in the global
 * time between its slope changes (r0 at time t0, then slope per unit of time: +1 outer, -1 inner,
 * 0 otherwise), so the regions that do not change slope cost nothing as time moves on. Each
 * region also keeps its place in an alternating tree (label, tree, and the pair to its parent,
 * as the event inside it and the event outside) and its partner (same form; the partner's event
 * of a region matched to the boundary is {@link #TO_BOUNDARY}).
 *
 * <p>A blossom's children form an odd cycle kept in an arena: child i, and the pair between
 * child i and child i+1 (endpoint a in child i, b in child i+1). Per event: the outermost region
 * holding it (topOf) and the radii of the blossoms between it and that region (inner), so that
 * R(v) is one array read plus one radius. Per tree: a list of the regions that joined it, with
 * duplicates (whoever walks it checks that the region still belongs).
 *
 * <p>Plain fields, read and written directly by the solver's classes: the hot loops must not pay
 * for an indirection. The arrays only grow; a region is reinitialised when it is created.
 */
final class RegionTable {
    /** Labels: not in a tree, outer (growing), inner (shrinking). */
    static final int NONE = 0;
    static final int OUTER = 1;
    static final int INNER = 2;
    /** mateOut of a region matched to the boundary. */
    static final int TO_BOUNDARY = -2;

    /** The number of events; regions below it are events, the others blossoms. */
    int k;
    /** The global time: every radius is read at it. */
    long now;
    int regions;
    long[] r0 = new long[32];
    long[] t0 = new long[32];
    int[] slope = new int[32];
    int[] label = new int[32];
    int[] tree = new int[32];
    int[] blossomParent = new int[32];
    int[] parentIn = new int[32];
    int[] parentOut = new int[32];
    int[] parentEdge = new int[32];
    int[] mateIn = new int[32];
    int[] mateOut = new int[32];
    int[] mateEdge = new int[32];
    int[] childStart = new int[32];
    int[] childCount = new int[32];
    boolean[] alive = new boolean[32];
    /** Visit marks (equal to {@link #stamp} when visited in the current walk). */
    int[] mark = new int[32];
    private int stamp;

    /** Per event: the radii of the regions strictly inside its top region, and that top region. */
    long[] inner = new long[16];
    int[] topOf = new int[16];

    private int arena;
    int[] cycChild = new int[64];
    int[] cycA = new int[64];
    int[] cycB = new int[64];
    int[] cycEdge = new int[64];

    int[] treeHead = new int[16];
    private int entries;
    int[] entryRegion = new int[64];
    int[] entryNext = new int[64];

    /** Filled by {@link #collectVertices}; sized for all k events up front, so it rarely grows. */
    int[] buffer = new int[64];

    /** Empties the table for a problem of {@code events} events, at time 0. */
    void clear(int events) {
        k = events;
        if (inner.length < k) {
            int n = 2 * k;
            inner = new long[n];
            topOf = new int[n];
            treeHead = new int[n];
        }
        if (buffer.length < k) {
            buffer = new int[2 * k];
        }
        regions = 0;
        arena = 0;
        entries = 0;
        now = 0;
        ensureRegions(2 * k + 1);
    }

    /** A new region, not in any tree, unmatched, with radius 0 from now on; returns its index. */
    int newRegion() {
        ensureRegions(regions + 1);
        int r = regions++;
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
        return r;
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

    /** Reserves {@code size} consecutive cycle slots in the arena; returns the first. */
    int allocateCycle(int size) {
        int n = arena + size;
        if (cycChild.length < n) {
            int c = 2 * n;
            cycChild = Arrays.copyOf(cycChild, c);
            cycA = Arrays.copyOf(cycA, c);
            cycB = Arrays.copyOf(cycB, c);
            cycEdge = Arrays.copyOf(cycEdge, c);
        }
        int s = arena;
        arena = n;
        return s;
    }

    /** A fresh visit mark: no region carries it yet. */
    int nextStamp() {
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(mark, 0);
            stamp = 1;
        }
        return stamp;
    }

    long radius(int r) {
        return r0[r] + slope[r] * (now - t0[r]);
    }

    /** Region r changes slope now; its radius so far is folded into r0. */
    void setSlope(int r, int s) {
        r0[r] = radius(r);
        t0[r] = now;
        slope[r] = s;
    }

    /** R(v): the total radius of the regions around event v. */
    long total(int v) {
        return inner[v] + radius(topOf[v]);
    }

    void setMate(int r, int in, int out, int edge) {
        mateIn[r] = in;
        mateOut[r] = out;
        mateEdge[r] = edge;
    }

    /** Region r's parent in its tree, or -1 for a root. */
    int parentRegion(int r) {
        return parentOut[r] < 0 ? -1 : topOf[parentOut[r]];
    }

    /** Records that region r joined tree t. */
    void addToTree(int t, int r) {
        if (entries == entryRegion.length) {
            entryRegion = Arrays.copyOf(entryRegion, 2 * entries);
            entryNext = Arrays.copyOf(entryNext, 2 * entries);
        }
        entryRegion[entries] = r;
        entryNext[entries] = treeHead[t];
        treeHead[t] = entries++;
    }

    /** Appends the events inside region r to {@link #buffer} from position at; returns the new end. */
    int collectVertices(int r, int at) {
        if (r < k) {
            if (buffer.length < at + 1) {
                buffer = Arrays.copyOf(buffer, 2 * (at + 1));
            }
            buffer[at] = r;
            return at + 1;
        }
        int end = at;
        int s = childStart[r];
        for (int i = 0; i < childCount[r]; i++) {
            end = collectVertices(cycChild[s + i], end);
        }
        return end;
    }

    /** The index in blossom b's cycle of the child holding event x. */
    int childIndex(int b, int x) {
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

    /** The radii of the blossoms holding both events u and v (counted once). */
    long sharedRadius(int u, int v) {
        int stamp = nextStamp();
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
}
