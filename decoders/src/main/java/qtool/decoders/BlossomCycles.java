package qtool.decoders;

import static qtool.decoders.RegionTable.INNER;
import static qtool.decoders.RegionTable.NONE;
import static qtool.decoders.RegionTable.OUTER;
import static qtool.decoders.RegionTable.TO_BOUNDARY;

import java.util.Arrays;

/**
 * The blossoms of {@link RegionBlossom}: forming one from an odd cycle of a tree, shattering an
 * inner one whose radius reached zero, and, at the end, unfolding the matching inside them.
 * Inside a blossom the matching is implicit: given the child that is matched outside, the cycle's
 * other children pair off along every second cycle edge, so neither forming nor shattering has to
 * touch the matching of the children's own insides.
 */
final class BlossomCycles {
    private final RegionTable table;
    private final EventSchedule schedule;
    private int[] pathA = new int[16];
    private int[] pathB = new int[16];

    BlossomCycles(RegionTable table, EventSchedule schedule) {
        this.table = table;
        this.schedule = schedule;
    }

    /**
     * Outer regions a and b of the same tree touch along pair e (u in a, v in b): the cycle
     * through their common ancestor becomes an outer blossom that takes the ancestor's place in
     * the tree. The children stop changing; their radii become the events' inner radii, and the
     * events of children that were inner (shrinking) are queued again, as they now grow.
     */
    void form(int a, int u, int b, int v, int e) {
        RegionTable rt = table;
        int stamp = rt.nextStamp();
        int[] mark = rt.mark;
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
                x = rt.parentRegion(x);
            }
            if (y >= 0) {
                if (mark[y] == stamp) {
                    lca = y;
                    break;
                }
                mark[y] = stamp;
                y = rt.parentRegion(y);
            }
        }
        int na = 0;
        for (int r = a; r != lca; r = rt.parentRegion(r)) {
            pathA = grow(pathA, na);
            pathA[na++] = r;
        }
        int nb = 0;
        for (int r = b; r != lca; r = rt.parentRegion(r)) {
            pathB = grow(pathB, nb);
            pathB[nb++] = r;
        }
        int size = 1 + na + nb;
        int s = rt.allocateCycle(size);
        int[] cycChild = rt.cycChild;
        int[] cycA = rt.cycA;
        int[] cycB = rt.cycB;
        int[] cycEdge = rt.cycEdge;
        int i = 0;
        cycChild[s] = lca;
        for (int p = na - 1; p >= 0; p--) {
            int c = pathA[p];
            cycA[s + i] = rt.parentOut[c];
            cycB[s + i] = rt.parentIn[c];
            cycEdge[s + i] = rt.parentEdge[c];
            cycChild[s + ++i] = c;
        }
        cycA[s + i] = u;
        cycB[s + i] = v;
        cycEdge[s + i] = e;
        for (int p = 0; p < nb; p++) {
            int c = pathB[p];
            cycChild[s + ++i] = c;
            cycA[s + i] = rt.parentIn[c];
            cycB[s + i] = rt.parentOut[c];
            cycEdge[s + i] = rt.parentEdge[c];
        }
        int n = rt.newRegion();
        rt.childStart[n] = s;
        rt.childCount[n] = size;
        rt.label[n] = OUTER;
        rt.tree[n] = rt.tree[lca];
        rt.parentIn[n] = rt.parentIn[lca];
        rt.parentOut[n] = rt.parentOut[lca];
        rt.parentEdge[n] = rt.parentEdge[lca];
        rt.setMate(n, rt.mateIn[lca], rt.mateOut[lca], rt.mateEdge[lca]);
        rt.slope[n] = 1;
        rt.addToTree(rt.tree[n], n);
        for (int j = 0; j < size; j++) {
            int c = cycChild[s + j];
            boolean wasInner = rt.label[c] == INNER;
            rt.setSlope(c, 0);
            rt.blossomParent[c] = n;
            long rc = rt.r0[c];
            int count = rt.collectVertices(c, 0);
            int[] buffer = rt.buffer;
            for (int q = 0; q < count; q++) {
                int w = buffer[q];
                rt.inner[w] += rc;
                rt.topOf[w] = n;
            }
            if (wasInner) {
                // schedule does not touch the buffer, so the collected list stays valid.
                for (int q = 0; q < count; q++) {
                    schedule.schedule(buffer[q]);
                }
            }
        }
    }

    private static int[] grow(int[] a, int n) {
        return n < a.length ? a : Arrays.copyOf(a, 2 * n + 2);
    }

    /**
     * Blossom b's queued shattering surfaced: shatters it if it is still an inner top-level
     * blossom with radius zero, re-queues it if its radius is still positive, and otherwise
     * drops it (it was shattered, absorbed, or left its tree since).
     */
    void shatterEvent(int b) {
        RegionTable rt = table;
        if (!rt.alive[b] || rt.blossomParent[b] != -1 || rt.label[b] != INNER) {
            return;
        }
        long z = rt.radius(b);
        if (z > 0) {
            schedule.pushShatter(rt.now + z, b);
            return;
        }
        shatter(b);
    }

    /**
     * Inner blossom b with radius zero falls apart: the even path of its cycle from the child its
     * parent edge enters to the child matched outside stays in the tree (inner, outer, ...,
     * inner); the other children pair off and leave the tree.
     */
    private void shatter(int b) {
        RegionTable rt = table;
        int s = rt.childStart[b];
        int size = rt.childCount[b];
        int base = rt.childIndex(b, rt.mateIn[b]);
        int entry = rt.childIndex(b, rt.parentIn[b]);
        int t = rt.tree[b];
        int[] cycChild = rt.cycChild;
        int[] cycA = rt.cycA;
        int[] cycB = rt.cycB;
        int[] cycEdge = rt.cycEdge;
        for (int j = 0; j < size; j++) {
            int c = cycChild[s + j];
            rt.blossomParent[c] = -1;
            long rc = rt.r0[c];
            int count = rt.collectVertices(c, 0);
            int[] buffer = rt.buffer;
            for (int q = 0; q < count; q++) {
                int w = buffer[q];
                rt.inner[w] -= rc;
                rt.topOf[w] = c;
            }
            rt.t0[c] = rt.now;
            rt.slope[c] = 0;
            rt.label[c] = NONE;
            rt.tree[c] = -1;
            rt.parentIn[c] = -1;
            rt.parentOut[c] = -1;
            rt.parentEdge[c] = -1;
        }
        for (int p = 1; p < size; p += 2) {
            int i = (base + p) % size;
            int j = (i + 1) % size;
            rt.setMate(cycChild[s + i], cycA[s + i], cycB[s + i], cycEdge[s + i]);
            rt.setMate(cycChild[s + j], cycB[s + i], cycA[s + i], cycEdge[s + i]);
        }
        rt.setMate(cycChild[s + base], rt.mateIn[b], rt.mateOut[b], rt.mateEdge[b]);
        int first = cycChild[s + entry];
        rt.label[first] = INNER;
        rt.tree[first] = t;
        rt.parentIn[first] = rt.parentIn[b];
        rt.parentOut[first] = rt.parentOut[b];
        rt.parentEdge[first] = rt.parentEdge[b];
        rt.addToTree(t, first);
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
            rt.label[c] = lab;
            rt.tree[c] = t;
            rt.parentIn[c] = inNext;
            rt.parentOut[c] = inPrev;
            rt.parentEdge[c] = edge;
            rt.addToTree(t, c);
            idx = next;
        }
        rt.alive[b] = false;
        for (int j = 0; j < size; j++) {
            int c = cycChild[s + j];
            rt.slope[c] = rt.label[c] == OUTER ? 1 : rt.label[c] == INNER ? -1 : 0;
        }
        for (int j = 0; j < size; j++) {
            int c = cycChild[s + j];
            if (rt.label[c] != INNER || c >= rt.k) {
                schedule.pushRegionEvents(c);
            }
        }
    }

    /** Per event, the pair it is matched along (or -1, boundary), resolving blossoms recursively. */
    void resolveMatching(int[] vertexMate) {
        RegionTable rt = table;
        int stamp = rt.nextStamp();
        int[] mark = rt.mark;
        for (int v = 0; v < rt.k; v++) {
            int r = rt.topOf[v];
            if (mark[r] == stamp) {
                continue;
            }
            mark[r] = stamp;
            int in = rt.mateIn[r];
            vertexMate[in] = rt.mateOut[r] == TO_BOUNDARY ? -1 : rt.mateEdge[r];
            resolve(vertexMate, r, in);
        }
    }

    /** Matches the inside of region r, whose event x is the one matched outside it. */
    private void resolve(int[] vertexMate, int r, int x) {
        RegionTable rt = table;
        if (r < rt.k) {
            return;
        }
        int s = rt.childStart[r];
        int size = rt.childCount[r];
        int j = rt.childIndex(r, x);
        resolve(vertexMate, rt.cycChild[s + j], x);
        for (int p = 1; p < size; p += 2) {
            int i = (j + p) % size;
            int next = (i + 1) % size;
            int[] cycA = rt.cycA;
            int[] cycB = rt.cycB;
            int[] cycEdge = rt.cycEdge;
            vertexMate[cycA[s + i]] = cycEdge[s + i];
            vertexMate[cycB[s + i]] = cycEdge[s + i];
            resolve(vertexMate, rt.cycChild[s + i], cycA[s + i]);
            resolve(vertexMate, rt.cycChild[s + next], cycB[s + i]);
        }
    }
}
