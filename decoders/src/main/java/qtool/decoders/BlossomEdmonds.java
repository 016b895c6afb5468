package qtool.decoders;

import java.util.Arrays;

/**
 * Maximum-weight maximum-cardinality matching on a general graph: Edmonds' blossom algorithm
 * with dual variables, in the O(n³) form of Galil (one stage per augmentation, each stage grows
 * alternating trees from every free vertex, shrinks odd cycles into blossoms, expands blossoms
 * whose dual reaches zero). Weights are integers (longs) so that "tight" means exactly zero slack:
 * with integer weights every slack stays even where it is halved, so no rounding can lose a tight
 * edge. {@link BlossomMatcher} turns its minimum-cost problems into this form.
 *
 * <p>Conventions: edge k joins endpoint 2k and 2k+1; {@code mate[v]} is the remote endpoint of
 * v's matched edge; vertex duals are stored doubled so that slack = dual(u) + dual(v) - 2 w.
 * Blossoms are numbered n .. 2n-1. Labels: 0 free, 1 S (outer), 2 T (inner).
 *
 * <p>Before the first stage, a greedy pass lowers each vertex dual as far as feasibility allows
 * and matches the edge that became tight when its other end is still free; with a good start most
 * vertices are matched and only a few stages run. Mutable scratch, reused between calls.
 */
final class BlossomEdmonds {
    private int n;
    private int m;
    private int[] endpoint = new int[0];
    private long[] weight = new long[0];
    private int[] adjStart = new int[0];
    private int[] adjEnd = new int[0];

    private int[] mate = new int[0];
    private int[] label = new int[0];
    private int[] labelEnd = new int[0];
    private int[] inBlossom = new int[0];
    private int[] parent = new int[0];
    private int[][] childs = new int[0][];
    private int[][] endps = new int[0][];
    private int[] base = new int[0];
    private int[] bestEdge = new int[0];
    private int[][] bestEdges = new int[0][];
    private long[] dual = new long[0];
    private boolean[] allowed = new boolean[0];
    private int[] unused = new int[0];
    private int unusedCount;
    private int[] queue = new int[0];
    private int queueSize;
    private int[] leafBuffer = new int[0];
    private int[] bestTo = new int[0];
    private int[] toList = new int[0];
    private int toCount;
    private int[] pathBuffer = new int[0];
    private int[] cycleBuffer = new int[0];
    private int[] endsBuffer = new int[0];

    /**
     * Matches the graph of {@code vertices} vertices and edges (u[k], v[k], w[k]); afterwards
     * {@link #mate} gives each vertex's partner or -1.
     */
    void solve(int vertices, int edges, int[] u, int[] v, long[] w) {
        init(vertices, edges, u, v, w);
        greedyStart();
        for (int stage = 0; stage < n; stage++) {
            if (!runStage()) {
                break;
            }
            for (int b = n; b < 2 * n; b++) {
                if (parent[b] == -1 && base[b] >= 0 && label[b] == 1 && dual[b] == 0) {
                    expand(b, true);
                }
            }
        }
    }

    /** The partner of vertex x after {@link #solve}, -1 if unmatched. */
    int mate(int x) {
        return mate[x] < 0 ? -1 : endpoint[mate[x]];
    }

    private void init(int vertices, int edges, int[] u, int[] v, long[] w) {
        n = vertices;
        m = edges;
        if (endpoint.length < 2 * m) {
            endpoint = new int[4 * m];
            weight = new long[2 * m];
            adjEnd = new int[4 * m];
            allowed = new boolean[2 * m];
        }
        if (mate.length < n) {
            int c = 2 * n;
            mate = new int[c];
            adjStart = new int[c + 1];
            label = new int[2 * c];
            labelEnd = new int[2 * c];
            inBlossom = new int[c];
            parent = new int[2 * c];
            childs = new int[2 * c][];
            endps = new int[2 * c][];
            base = new int[2 * c];
            bestEdge = new int[2 * c];
            bestEdges = new int[2 * c][];
            dual = new long[2 * c];
            unused = new int[2 * c];
            queue = new int[c];
            leafBuffer = new int[c];
            bestTo = new int[2 * c];
            Arrays.fill(bestTo, -1);
            toList = new int[2 * c];
            pathBuffer = new int[2 * c];
            cycleBuffer = new int[2 * c];
            endsBuffer = new int[2 * c];
        }
        long maxWeight = 0;
        Arrays.fill(adjStart, 0, n + 1, 0);
        for (int k = 0; k < m; k++) {
            endpoint[2 * k] = u[k];
            endpoint[2 * k + 1] = v[k];
            weight[k] = w[k];
            maxWeight = Math.max(maxWeight, w[k]);
            adjStart[u[k] + 1]++;
            adjStart[v[k] + 1]++;
        }
        for (int x = 0; x < n; x++) {
            adjStart[x + 1] += adjStart[x];
        }
        int[] fill = Arrays.copyOf(adjStart, n);
        for (int k = 0; k < m; k++) {
            adjEnd[fill[u[k]]++] = 2 * k + 1;
            adjEnd[fill[v[k]]++] = 2 * k;
        }
        for (int x = 0; x < n; x++) {
            mate[x] = -1;
            inBlossom[x] = x;
            dual[x] = maxWeight;
        }
        for (int b = 0; b < 2 * n; b++) {
            parent[b] = -1;
            childs[b] = null;
            endps[b] = null;
            base[b] = b < n ? b : -1;
            bestEdge[b] = -1;
            bestEdges[b] = null;
            label[b] = 0;
            labelEnd[b] = -1;
        }
        for (int b = n; b < 2 * n; b++) {
            dual[b] = 0;
        }
        unusedCount = 0;
        for (int b = 2 * n - 1; b >= n; b--) {
            unused[unusedCount++] = b;
        }
    }

    /**
     * Feasible duals start at maxWeight everywhere. Each vertex in turn drops its dual to the
     * largest value feasibility allows (its tightest edge becomes tight) and, if that edge leads
     * to a free vertex, takes it into the matching. Matched edges are tight and all slacks stay
     * non-negative, which is all the stages need.
     */
    private void greedyStart() {
        for (int x = 0; x < n; x++) {
            long need = Long.MIN_VALUE;
            int best = -1;
            for (int a = adjStart[x]; a < adjStart[x + 1]; a++) {
                int p = adjEnd[a];
                int y = endpoint[p];
                long d = 2 * weight[p >> 1] - dual[y];
                if (d > need || (d == need && best >= 0 && mate[endpoint[best]] >= 0 && mate[y] < 0)) {
                    need = d;
                    best = p;
                }
            }
            if (best < 0) {
                continue;
            }
            dual[x] = need;
            int y = endpoint[best];
            if (mate[x] < 0 && mate[y] < 0) {
                mate[x] = best;
                mate[y] = best ^ 1;
            }
        }
    }

    private long slack(int k) {
        return dual[endpoint[2 * k]] + dual[endpoint[2 * k + 1]] - 2 * weight[k];
    }

    /** Leaves (vertices) of blossom b into leafBuffer from index at; returns the new end. */
    private int leaves(int b, int at) {
        if (b < n) {
            leafBuffer[at] = b;
            return at + 1;
        }
        for (int c : childs[b]) {
            at = leaves(c, at);
        }
        return at;
    }

    private void push(int x) {
        queue[queueSize++] = x;
    }

    private void assignLabel(int w, int t, int p) {
        int b = inBlossom[w];
        label[w] = label[b] = t;
        labelEnd[w] = labelEnd[b] = p;
        bestEdge[w] = bestEdge[b] = -1;
        if (t == 1) {
            int end = leaves(b, 0);
            for (int i = 0; i < end; i++) {
                push(leafBuffer[i]);
            }
        } else {
            int bb = base[b];
            assignLabel(endpoint[mate[bb]], 1, mate[bb] ^ 1);
        }
    }

    /** Traces from two S vertices towards their roots: the base of a new blossom, or -1 (augmenting path). */
    private int scan(int v, int w) {
        int pathLength = 0;
        int[] path = pathBuffer;
        int found = -1;
        while (v != -1 || w != -1) {
            int b = inBlossom[v];
            if ((label[b] & 4) != 0) {
                found = base[b];
                break;
            }
            path[pathLength++] = b;
            label[b] = 5;
            if (labelEnd[b] == -1) {
                v = -1;
            } else {
                v = endpoint[labelEnd[b]];
                b = inBlossom[v];
                v = endpoint[labelEnd[b]];
            }
            if (w != -1) {
                int t = v;
                v = w;
                w = t;
            }
        }
        for (int i = 0; i < pathLength; i++) {
            label[path[i]] = 1;
        }
        return found;
    }

    /** Shrinks the odd cycle closed by edge k, through the common ancestor base bs, into a new blossom. */
    private void addBlossom(int bs, int k) {
        int v = endpoint[2 * k];
        int w = endpoint[2 * k + 1];
        int bb = inBlossom[bs];
        int bv = inBlossom[v];
        int bw = inBlossom[w];
        int b = unused[--unusedCount];
        base[b] = bs;
        parent[b] = -1;
        parent[bb] = b;
        int[] cycle = cycleBuffer;
        int[] ends = endsBuffer;
        int len = 0;
        while (bv != bb) {
            parent[bv] = b;
            cycle[len] = bv;
            ends[len++] = labelEnd[bv];
            v = endpoint[labelEnd[bv]];
            bv = inBlossom[v];
        }
        cycle[len] = bb;
        reverse(cycle, len + 1);
        reverse(ends, len);
        ends[len++] = 2 * k;
        // The cycle so far: base first, then the v side; the w side follows back to the base.
        int cl = len;
        while (bw != bb) {
            parent[bw] = b;
            cycle[cl] = bw;
            ends[len++] = labelEnd[bw] ^ 1;
            cl++;
            w = endpoint[labelEnd[bw]];
            bw = inBlossom[w];
        }
        childs[b] = Arrays.copyOf(cycle, cl);
        endps[b] = Arrays.copyOf(ends, len);
        label[b] = 1;
        labelEnd[b] = labelEnd[bb];
        dual[b] = 0;
        int end = leaves(b, 0);
        for (int i = 0; i < end; i++) {
            int x = leafBuffer[i];
            if (label[inBlossom[x]] == 2) {
                push(x);
            }
            inBlossom[x] = b;
        }
        // Best edges from the new blossom to each neighbouring S blossom (bestTo is all -1 between calls).
        int[] to = bestTo;
        for (int c : childs[b]) {
            if (bestEdges[c] == null) {
                int cend = leaves(c, 0);
                int[] cleaves = Arrays.copyOf(leafBuffer, cend);
                for (int x : cleaves) {
                    for (int a = adjStart[x]; a < adjStart[x + 1]; a++) {
                        considerBest(adjEnd[a] >> 1, b, to);
                    }
                }
            } else {
                for (int e : bestEdges[c]) {
                    considerBest(e, b, to);
                }
            }
            bestEdges[c] = null;
            bestEdge[c] = -1;
        }
        int[] list = Arrays.copyOf(toList, toCount);
        for (int i = 0; i < toCount; i++) {
            int bj = toList[i];
            list[i] = to[bj];
            to[bj] = -1;
        }
        toCount = 0;
        bestEdges[b] = list;
        bestEdge[b] = -1;
        for (int e : list) {
            if (bestEdge[b] == -1 || slack(e) < slack(bestEdge[b])) {
                bestEdge[b] = e;
            }
        }
    }

    private void considerBest(int e, int b, int[] to) {
        int j = endpoint[2 * e + 1];
        if (inBlossom[j] == b) {
            j = endpoint[2 * e];
        }
        int bj = inBlossom[j];
        if (bj != b && label[bj] == 1 && (to[bj] == -1 || slack(e) < slack(to[bj]))) {
            if (to[bj] == -1) {
                toList[toCount++] = bj;
            }
            to[bj] = e;
        }
    }

    private static void reverse(int[] a, int len) {
        for (int i = 0, j = len - 1; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static int wrap(int j, int len) {
        return ((j % len) + len) % len;
    }

    /** Undoes blossom b: its children become top-level; mid-stage, a T blossom's path is relabelled. */
    private void expand(int b, boolean endStage) {
        int[] cs = childs[b];
        for (int s : cs) {
            parent[s] = -1;
            if (s < n) {
                inBlossom[s] = s;
            } else if (endStage && dual[s] == 0) {
                expand(s, endStage);
            } else {
                int end = leaves(s, 0);
                for (int i = 0; i < end; i++) {
                    inBlossom[leafBuffer[i]] = s;
                }
            }
        }
        if (!endStage && label[b] == 2) {
            int len = cs.length;
            int[] ep = endps[b];
            int entry = inBlossom[endpoint[labelEnd[b] ^ 1]];
            int j = indexOf(cs, entry);
            int step;
            int trick;
            if ((j & 1) != 0) {
                j -= len;
                step = 1;
                trick = 0;
            } else {
                step = -1;
                trick = 1;
            }
            int p = labelEnd[b];
            while (j != 0) {
                label[endpoint[p ^ 1]] = 0;
                label[endpoint[ep[wrap(j - trick, len)] ^ trick ^ 1]] = 0;
                assignLabel(endpoint[p ^ 1], 2, p);
                allowed[ep[wrap(j - trick, len)] >> 1] = true;
                j += step;
                p = ep[wrap(j - trick, len)] ^ trick;
                allowed[p >> 1] = true;
                j += step;
            }
            int bv = cs[wrap(j, len)];
            label[endpoint[p ^ 1]] = label[bv] = 2;
            labelEnd[endpoint[p ^ 1]] = labelEnd[bv] = p;
            bestEdge[bv] = -1;
            j += step;
            while (cs[wrap(j, len)] != entry) {
                bv = cs[wrap(j, len)];
                if (label[bv] == 1) {
                    j += step;
                    continue;
                }
                int end = leaves(bv, 0);
                int reached = -1;
                for (int i = 0; i < end; i++) {
                    if (label[leafBuffer[i]] != 0) {
                        reached = leafBuffer[i];
                        break;
                    }
                }
                if (reached >= 0) {
                    label[reached] = 0;
                    label[endpoint[mate[base[bv]]]] = 0;
                    assignLabel(reached, 2, labelEnd[reached]);
                }
                j += step;
            }
        }
        label[b] = labelEnd[b] = -1;
        childs[b] = null;
        endps[b] = null;
        base[b] = -1;
        bestEdges[b] = null;
        bestEdge[b] = -1;
        unused[unusedCount++] = b;
    }

    private static int indexOf(int[] a, int x) {
        for (int i = 0; i < a.length; i++) {
            if (a[i] == x) {
                return i;
            }
        }
        throw new IllegalStateException("child not in blossom");
    }

    /** Swaps matched and unmatched edges on the even path inside blossom b from vertex v to its base. */
    private void augmentBlossom(int b, int v) {
        int t = v;
        while (parent[t] != b) {
            t = parent[t];
        }
        if (t >= n) {
            augmentBlossom(t, v);
        }
        int[] cs = childs[b];
        int[] ep = endps[b];
        int len = cs.length;
        int i = indexOf(cs, t);
        int j = i;
        int step;
        int trick;
        if ((i & 1) != 0) {
            j -= len;
            step = 1;
            trick = 0;
        } else {
            step = -1;
            trick = 1;
        }
        while (j != 0) {
            j += step;
            t = cs[wrap(j, len)];
            int p = ep[wrap(j - trick, len)] ^ trick;
            if (t >= n) {
                augmentBlossom(t, endpoint[p]);
            }
            j += step;
            t = cs[wrap(j, len)];
            if (t >= n) {
                augmentBlossom(t, endpoint[p ^ 1]);
            }
            mate[endpoint[p]] = p ^ 1;
            mate[endpoint[p ^ 1]] = p;
        }
        int[] rc = new int[len];
        int[] re = new int[len];
        for (int x = 0; x < len; x++) {
            rc[x] = cs[(i + x) % len];
            re[x] = ep[(i + x) % len];
        }
        childs[b] = rc;
        endps[b] = re;
        base[b] = base[rc[0]];
    }

    /** Augments along the path through edge k between two S trees' roots. */
    private void augmentMatching(int k) {
        for (int side = 0; side < 2; side++) {
            int s = endpoint[2 * k + side];
            int p = 2 * k + 1 - side;
            while (true) {
                int bs = inBlossom[s];
                if (bs >= n) {
                    augmentBlossom(bs, s);
                }
                mate[s] = p;
                if (labelEnd[bs] == -1) {
                    break;
                }
                int t = endpoint[labelEnd[bs]];
                int bt = inBlossom[t];
                s = endpoint[labelEnd[bt]];
                int j = endpoint[labelEnd[bt] ^ 1];
                if (bt >= n) {
                    augmentBlossom(bt, j);
                }
                mate[j] = labelEnd[bt];
                p = labelEnd[bt] ^ 1;
            }
        }
    }

    /** One stage: grow trees until an augmentation (true) or none is possible (false). */
    private boolean runStage() {
        for (int b = 0; b < 2 * n; b++) {
            label[b] = 0;
            bestEdge[b] = -1;
        }
        for (int b = n; b < 2 * n; b++) {
            bestEdges[b] = null;
        }
        Arrays.fill(allowed, 0, m, false);
        queueSize = 0;
        for (int x = 0; x < n; x++) {
            if (mate[x] == -1 && label[inBlossom[x]] == 0) {
                assignLabel(x, 1, -1);
            }
        }
        while (true) {
            while (queueSize > 0) {
                int v = queue[--queueSize];
                for (int a = adjStart[v]; a < adjStart[v + 1]; a++) {
                    int p = adjEnd[a];
                    int k = p >> 1;
                    int w = endpoint[p];
                    if (inBlossom[v] == inBlossom[w]) {
                        continue;
                    }
                    long ks = 0;
                    if (!allowed[k]) {
                        ks = slack(k);
                        if (ks <= 0) {
                            allowed[k] = true;
                        }
                    }
                    if (allowed[k]) {
                        int lw = label[inBlossom[w]];
                        if (lw == 0) {
                            assignLabel(w, 2, p ^ 1);
                        } else if (lw == 1) {
                            int bs = scan(v, w);
                            if (bs >= 0) {
                                addBlossom(bs, k);
                            } else {
                                augmentMatching(k);
                                return true;
                            }
                        } else if (label[w] == 0) {
                            label[w] = 2;
                            labelEnd[w] = p ^ 1;
                        }
                    } else if (label[inBlossom[w]] == 1) {
                        int b = inBlossom[v];
                        if (bestEdge[b] == -1 || ks < slack(bestEdge[b])) {
                            bestEdge[b] = k;
                        }
                    } else if (label[w] == 0) {
                        if (bestEdge[w] == -1 || ks < slack(bestEdge[w])) {
                            bestEdge[w] = k;
                        }
                    }
                }
            }
            int type = -1;
            long delta = 0;
            int deltaEdge = -1;
            int deltaBlossom = -1;
            for (int x = 0; x < n; x++) {
                if (label[inBlossom[x]] == 0 && bestEdge[x] != -1) {
                    long d = slack(bestEdge[x]);
                    if (type == -1 || d < delta) {
                        delta = d;
                        type = 2;
                        deltaEdge = bestEdge[x];
                    }
                }
            }
            for (int b = 0; b < 2 * n; b++) {
                if (parent[b] == -1 && label[b] == 1 && bestEdge[b] != -1) {
                    long s = slack(bestEdge[b]);
                    assert (s & 1) == 0;
                    long d = s / 2;
                    if (type == -1 || d < delta) {
                        delta = d;
                        type = 3;
                        deltaEdge = bestEdge[b];
                    }
                }
            }
            for (int b = n; b < 2 * n; b++) {
                if (base[b] >= 0 && parent[b] == -1 && label[b] == 2 && (type == -1 || dual[b] < delta)) {
                    delta = dual[b];
                    type = 4;
                    deltaBlossom = b;
                }
            }
            if (type == -1) {
                return false;
            }
            for (int x = 0; x < n; x++) {
                int l = label[inBlossom[x]];
                if (l == 1) {
                    dual[x] -= delta;
                } else if (l == 2) {
                    dual[x] += delta;
                }
            }
            for (int b = n; b < 2 * n; b++) {
                if (base[b] >= 0 && parent[b] == -1) {
                    if (label[b] == 1) {
                        dual[b] += delta;
                    } else if (label[b] == 2) {
                        dual[b] -= delta;
                    }
                }
            }
            if (type == 2) {
                allowed[deltaEdge] = true;
                int i = endpoint[2 * deltaEdge];
                if (label[inBlossom[i]] == 0) {
                    i = endpoint[2 * deltaEdge + 1];
                }
                push(i);
            } else if (type == 3) {
                allowed[deltaEdge] = true;
                push(endpoint[2 * deltaEdge]);
            } else {
                expand(deltaBlossom, false);
            }
        }
    }
}
