package qtool.decoders;

import static qtool.decoders.RegionTable.INNER;
import static qtool.decoders.RegionTable.NONE;
import static qtool.decoders.RegionTable.OUTER;
import static qtool.decoders.RegionTable.TO_BOUNDARY;

/**
 * The alternating trees of {@link RegionBlossom} and what a tight pair or boundary edge does to
 * them. A tree is rooted at an unmatched region; outer regions grow, inner ones shrink. A tight
 * pair from an outer region reaches either another tree's outer region (augment both trees along
 * it), an outer region of its own tree (form a blossom), a region matched to the boundary (take
 * the boundary match over: as good as a free region), or a region matched to another one (both
 * join the tree). An augmented tree dissolves: its regions stop, matched.
 */
final class AlternatingTrees {
    private final BlossomProblem problem;
    private final RegionTable table;
    private final EventSchedule schedule;
    private final BlossomCycles blossoms;
    /** The number of events still unmatched; the solver stops at zero. */
    int unmatched;

    AlternatingTrees(BlossomProblem problem, RegionTable table, EventSchedule schedule, BlossomCycles blossoms) {
        this.problem = problem;
        this.table = table;
        this.schedule = schedule;
        this.blossoms = blossoms;
    }

    /** Pair e is tight now: acts on it if it joins two different regions of which one grows. */
    void edgeEvent(int e) {
        RegionTable rt = table;
        int u = problem.edgeU[e];
        int v = problem.edgeV[e];
        int a = rt.topOf[u];
        int b = rt.topOf[v];
        if (a == b || rt.slope[a] + rt.slope[b] <= 0) {
            return;
        }
        if (problem.edgeCost[e] != rt.total(u) + rt.total(v)) {
            throw notTight(u, v);
        }
        if (rt.label[a] == OUTER) {
            join(a, u, b, v, e);
        } else {
            join(b, v, a, u, e);
        }
    }

    private static IllegalStateException notTight(int u, int v) {
        return new IllegalStateException("pair " + u + "-" + v + " is not tight");
    }

    /** Outer region a meets region b along tight pair e (u in a, v in b). */
    private void join(int a, int u, int b, int v, int e) {
        RegionTable rt = table;
        if (rt.label[b] == OUTER) {
            if (rt.tree[a] == rt.tree[b]) {
                blossoms.form(a, u, b, v, e);
            } else {
                int ta = rt.tree[a];
                int tb = rt.tree[b];
                augmentTree(a, u, v, e);
                augmentTree(b, v, u, e);
                dissolve(ta);
                dissolve(tb);
                unmatched -= 2;
            }
        } else if (rt.mateOut[b] == TO_BOUNDARY) {
            int ta = rt.tree[a];
            augmentTree(a, u, v, e);
            rt.setMate(b, v, u, e);
            dissolve(ta);
            unmatched--;
        } else {
            grow(a, u, b, v, e);
        }
    }

    /** Event v's boundary edge is tight now: if its region grows, its tree augments to the boundary. */
    void boundaryEvent(int v) {
        RegionTable rt = table;
        int a = rt.topOf[v];
        if (rt.slope[a] <= 0) {
            return;
        }
        if (problem.boundaryCost[v] != rt.total(v)) {
            throw new IllegalStateException("boundary edge of " + v + " is not tight");
        }
        int t = rt.tree[a];
        augmentTree(a, v, TO_BOUNDARY, -1);
        dissolve(t);
        unmatched--;
    }

    /** Outer region a of a tree gets the new partner; the path to the root flips. */
    private void augmentTree(int a, int in, int out, int edge) {
        RegionTable rt = table;
        int r = a;
        while (true) {
            if (rt.parentOut[r] < 0) {
                rt.setMate(r, in, out, edge);
                return;
            }
            int i = rt.topOf[rt.parentOut[r]];
            int pIn = rt.parentIn[i];
            int pOut = rt.parentOut[i];
            int pEdge = rt.parentEdge[i];
            rt.setMate(r, in, out, edge);
            rt.setMate(i, pIn, pOut, pEdge);
            r = rt.topOf[pOut];
            in = pOut;
            out = pIn;
            edge = pEdge;
        }
    }

    /** All regions of tree t stop: they are matched now. Inner ones stop shrinking, so their pairs may tighten. */
    private void dissolve(int t) {
        RegionTable rt = table;
        for (int x = rt.treeHead[t]; x >= 0; x = rt.entryNext[x]) {
            int r = rt.entryRegion[x];
            if (!rt.alive[r] || rt.blossomParent[r] != -1 || rt.tree[r] != t || rt.label[r] == NONE) {
                continue;
            }
            boolean wasInner = rt.label[r] == INNER;
            rt.setSlope(r, 0);
            rt.label[r] = NONE;
            rt.tree[r] = -1;
            rt.parentIn[r] = -1;
            rt.parentOut[r] = -1;
            rt.parentEdge[r] = -1;
            if (wasInner) {
                schedule.pushRegionEvents(r);
            }
        }
        rt.treeHead[t] = -1;
    }

    /** Outer a touches region b (along pair e, u in a, v in b), which is matched to c: b joins a's tree as inner, c as outer. */
    private void grow(int a, int u, int b, int v, int e) {
        RegionTable rt = table;
        int t = rt.tree[a];
        rt.label[b] = INNER;
        rt.tree[b] = t;
        rt.parentIn[b] = v;
        rt.parentOut[b] = u;
        rt.parentEdge[b] = e;
        rt.setSlope(b, -1);
        rt.addToTree(t, b);
        int c = rt.topOf[rt.mateOut[b]];
        rt.label[c] = OUTER;
        rt.tree[c] = t;
        rt.parentIn[c] = rt.mateOut[b];
        rt.parentOut[c] = rt.mateIn[b];
        rt.parentEdge[c] = rt.mateEdge[b];
        rt.setSlope(c, 1);
        rt.addToTree(t, c);
        if (b >= rt.k) {
            schedule.pushShatter(rt.now + rt.radius(b), b);
        }
        schedule.pushRegionEvents(c);
    }
}
