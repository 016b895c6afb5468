package qtool.decoders;

import java.util.Arrays;
import qtool.decode.Correction;
import qtool.decode.GapPairDecoder;

/**
 * Exact minimum-weight decoding per logical class, for graphs on which the usual complementary-gap
 * construction fails because an observable flips around a cycle of detectors (RP² escape circuits,
 * where error chains close through the cross-cap). The graph carries two labels per edge: bit 0 is
 * the real observable, bit 1 a second label ({@link CrossCapLabels}: odd on loops through the RP² cross-cap). The four label
 * classes are handled on the four-sheeted cover of the graph (edge e joins sheet s to sheet
 * s ⊕ label(e)), where the shortest path from (u, 0) to (v, c) is the cheapest chain from u to v of
 * class c. All those distances are computed once (a Dijkstra per node, memory 4·N² doubles for N
 * nodes), so a shot costs only the program.
 *
 * <p>A shot's corrections are pairings of its k events (with each other or with the boundary) by
 * such chains, plus closed loops (a cheapest loop per class is precomputed). A subset dynamic
 * program over the events gives the minimum weight w(c) in each class c exactly; the prediction is
 * the real bit of the best class c*, the first gap is w(c*⊕1) − w(c*) (the observable flipped, seam
 * class kept: a chain across the code) and the second is w(c*⊕3) − w(c*) (both flipped: a loop
 * through the cross-cap). The program runs per connected component (X and Z errors usually form two)
 * and costs O(2^k·k) for k events in a component, so shots with more than
 * {@code maxEvents} events in one component go to the fallback decoder with both gaps 0 (a post-selecting sampler then
 * rejects them at any positive threshold).
 *
 * <p>Immutable after construction; scratch space is per thread.
 */
public final class HomologyClassDecoder implements GapPairDecoder {
    private static final int CLASSES = 4;

    private final DecodingGraph graph;
    private final GraphDecoder fallback;
    private final int maxEvents;
    private final int nodes;
    /** Cheapest union of closed loops with total class c (0 for c = 0). */
    private final double[] loops = new double[CLASSES];
    private final double[][] distances;
    private final int[] component;
    private final ThreadLocal<Scratch> scratch;

    /**
     * @param graph a decoding graph with one or two observables (bit 0 real, bit 1 second label)
     * @param maxEvents largest event count per component solved exactly (at most 20)
     * @param fallback decoder for larger shots (its prediction is used, gaps are 0)
     */
    public HomologyClassDecoder(DecodingGraph graph, int maxEvents, GraphDecoder fallback) {
        if (maxEvents < 0 || maxEvents > 20) {
            throw new IllegalArgumentException("maxEvents must be in [0, 20], got " + maxEvents);
        }
        if (graph.numObservables() > 2) {
            throw new IllegalArgumentException("the class decoder handles two labels, the graph has " + graph.numObservables());
        }
        this.graph = graph;
        this.fallback = fallback;
        this.maxEvents = maxEvents;
        this.nodes = graph.numNodes();
        this.scratch = ThreadLocal.withInitial(() -> new Scratch(maxEvents));
        this.distances = allDistances();
        this.component = components();
        computeLoops();
    }

    /** Per-thread program arrays. */
    private static final class Scratch {
        final double[] program;
        final int[] group;
        final double[] combined = new double[CLASSES];
        final double[] part = new double[CLASSES];
        final double[] next = new double[CLASSES];

        /** Per event of the component: the events it interacts with (bit masks). */
        final int[] adjacent;
        /** Per event of the component: its index in its cluster. */
        final int[] index;
        final int[] members;
        final int[] partners;
        /** Per subset: the call stamp that last filled its program entry. */
        final int[] done;
        int stamp;

        Scratch(int maxEvents) {
            program = new double[(1 << maxEvents) * CLASSES];
            group = new int[maxEvents];
            adjacent = new int[maxEvents];
            index = new int[maxEvents];
            members = new int[maxEvents];
            partners = new int[maxEvents];
            done = new int[1 << maxEvents];
        }
    }

    private int label(int e) {
        return (int) (graph.observables(e) & 3);
    }

    /**
     * Cover distances from every node's sheet 0: {@code distances[u][v·4 + c]} is the cheapest chain
     * from u to v of class c (chains stop at the boundary; from the boundary itself they start).
     */
    private double[][] allDistances() {
        double[][] out = new double[nodes][];
        double[] dist = new double[nodes * CLASSES];
        boolean[] done = new boolean[nodes * CLASSES];
        MinHeap heap = new MinHeap();
        for (int v = 0; v < nodes; v++) {
            Arrays.fill(dist, Double.POSITIVE_INFINITY);
            Arrays.fill(done, false);
            heap.clear();
            dijkstra(v, dist, done, heap);
            out[v] = dist.clone();
        }
        return out;
    }

    private void dijkstra(int source, double[] dist, boolean[] done, MinHeap heap) {
        int start = source * CLASSES;
        dist[start] = 0;
        heap.push(0, start);
        while (!heap.isEmpty()) {
            double d = heap.minKey();
            int x = heap.pop();
            if (d > dist[x] || done[x]) {
                continue;
            }
            done[x] = true;
            int v = x / CLASSES;
            int cls = x % CLASSES;
            if (v == graph.boundary() && v != source) {
                continue; // the boundary ends chains; it is not a way through
            }
            for (int i = graph.adjacencyStart(v); i < graph.adjacencyStart(v + 1); i++) {
                int e = graph.adjacentEdge(i);
                int y = graph.other(e, v) * CLASSES + (cls ^ label(e));
                double nd = d + graph.weight(e);
                if (nd < dist[y]) {
                    dist[y] = nd;
                    heap.push(nd, y);
                }
            }
        }
    }

    /** Cheapest loop of each class (through any node, the boundary included), closed under sums. */
    private void computeLoops() {
        Arrays.fill(loops, Double.POSITIVE_INFINITY);
        for (int v = 0; v < nodes; v++) {
            for (int c = 1; c < CLASSES; c++) {
                loops[c] = Math.min(loops[c], distances[v][v * CLASSES + c]);
            }
        }
        loops[0] = 0;
        for (int a = 1; a < CLASSES; a++) {
            for (int b = 1; b < CLASSES; b++) {
                if ((a ^ b) != 0) {
                    loops[a ^ b] = Math.min(loops[a ^ b], loops[a] + loops[b]);
                }
            }
        }
    }

    /** Connected components of the detectors (the boundary does not connect them). */
    private int[] components() {
        int n = graph.numDetectors();
        int[] comp = new int[n];
        Arrays.fill(comp, -1);
        int next = 0;
        int[] stack = new int[n];
        for (int s = 0; s < n; s++) {
            if (comp[s] >= 0) {
                continue;
            }
            int top = 0;
            stack[top++] = s;
            comp[s] = next;
            while (top > 0) {
                int u = stack[--top];
                for (int i = graph.adjacencyStart(u); i < graph.adjacencyStart(u + 1); i++) {
                    int v = graph.other(graph.adjacentEdge(i), u);
                    if (v != graph.boundary() && comp[v] < 0) {
                        comp[v] = next;
                        stack[top++] = v;
                    }
                }
            }
            next++;
        }
        return comp;
    }

    @Override
    public int numDetectors() {
        return graph.numDetectors();
    }

    @Override
    public int numObservables() {
        return 1;
    }

    @Override
    public GapPair decodeWithGaps(int[] events, int count) {
        if (count > 64) {
            return fallback(events, count);
        }
        Scratch s = scratch.get();
        double[] total = s.combined;
        Arrays.fill(total, Double.POSITIVE_INFINITY);
        total[0] = 0;
        // Events of different components never share a chain (only through the boundary, which the
        // boundary terms cover), so each component's program runs alone and the classes combine.
        long seen = 0;
        for (int i = 0; i < count; i++) {
            if ((seen >>> i & 1) != 0) {
                continue;
            }
            int c0 = component[events[i]];
            int k = 0;
            for (int j = i; j < count; j++) {
                if (component[events[j]] == c0) {
                    if (k == maxEvents) {
                        return fallback(events, count);
                    }
                    s.group[k++] = events[j];
                    seen |= 1L << j;
                }
            }
            componentProgram(s, k, total);
        }
        double[] w = new double[CLASSES];
        Arrays.fill(w, Double.POSITIVE_INFINITY);
        for (int a = 0; a < CLASSES; a++) {
            for (int b = 0; b < CLASSES; b++) {
                w[a ^ b] = Math.min(w[a ^ b], total[a] + loops[b]);
            }
        }
        int best = 0;
        for (int c = 1; c < CLASSES; c++) {
            if (w[c] < w[best]) {
                best = c;
            }
        }
        if (w[best] == Double.POSITIVE_INFINITY) {
            throw new UndecodableModelException("no correction explains the detection events (a component with an odd"
                    + " number of events and no boundary)");
        }
        return new GapPair(best & 1, w[best], w[best ^ 1] - w[best], w[best ^ 3] - w[best]);
    }

    /** A shot too large for the program: the fallback's prediction, no confidence. */
    private GapPair fallback(int[] events, int count) {
        Correction c = fallback.decode(events, count);
        return new GapPair(c.observables() & 1, c.weight(), 0, 0);
    }

    /**
     * Adds one component's per-class weights to {@code total} (min-plus over the class group). The
     * component's events are first split into clusters: a pair (u, v) joins a cluster only if some
     * class c has a chain u–v cheaper than every way of sending u and v to the boundary separately
     * with the same total class. Any pairing that matches across clusters can then be rewritten,
     * pair by pair, with both ends on the boundary, same class and no more weight; so each cluster's
     * program runs alone and the result is exactly the component's program, at a cost exponential
     * in the largest cluster instead of the whole component.
     */
    private void componentProgram(Scratch s, int k, double[] total) {
        int[] adjacent = s.adjacent;
        Arrays.fill(adjacent, 0, k, 0);
        int boundary = graph.boundary() * CLASSES;
        for (int i = 0; i < k; i++) {
            double[] from = distances[s.group[i]];
            for (int j = i + 1; j < k; j++) {
                if (interacts(from, distances[s.group[j]], s.group[j], boundary)) {
                    adjacent[i] |= 1 << j;
                    adjacent[j] |= 1 << i;
                }
            }
        }
        for (int left = (1 << k) - 1; left != 0; ) {
            int cluster = left & -left;
            for (int frontier = cluster; frontier != 0; ) {
                int v = Integer.numberOfTrailingZeros(frontier);
                frontier &= frontier - 1;
                int reached = adjacent[v] & ~cluster;
                cluster |= reached;
                frontier |= reached;
            }
            left &= ~cluster;
            int m = 0;
            for (int rest = cluster; rest != 0; rest &= rest - 1) {
                int v = Integer.numberOfTrailingZeros(rest);
                s.index[v] = m;
                s.members[m++] = s.group[v];
            }
            for (int rest = cluster; rest != 0; rest &= rest - 1) {
                int v = Integer.numberOfTrailingZeros(rest);
                int partners = 0;
                for (int later = adjacent[v] & cluster & -(1 << v + 1); later != 0; later &= later - 1) {
                    partners |= 1 << s.index[Integer.numberOfTrailingZeros(later)];
                }
                s.partners[s.index[v]] = partners;
            }
            program(s, s.members, m);
            Arrays.fill(s.next, Double.POSITIVE_INFINITY);
            for (int a = 0; a < CLASSES; a++) {
                for (int b = 0; b < CLASSES; b++) {
                    s.next[a ^ b] = Math.min(s.next[a ^ b], total[a] + s.part[b]);
                }
            }
            System.arraycopy(s.next, 0, total, 0, CLASSES);
        }
    }

    /** Whether some class has a u–v chain cheaper than u and v both ending on the boundary. */
    private static boolean interacts(double[] fromU, double[] fromV, int v, int boundary) {
        for (int c = 0; c < CLASSES; c++) {
            double direct = fromU[v * CLASSES + c];
            if (direct == Double.POSITIVE_INFINITY) {
                continue;
            }
            double separate = Double.POSITIVE_INFINITY;
            for (int a = 0; a < CLASSES; a++) {
                separate = Math.min(separate, fromU[boundary + a] + fromV[boundary + (a ^ c)]);
            }
            if (direct < separate) {
                return true;
            }
        }
        return false;
    }

    /**
     * Minimum weight per class of pairing the first k events of {@code group} (into {@code s.part}).
     * Top-down over the set of events still to pair, always pairing its lowest event first, and only
     * with later partners that {@link #interacts interact} with it ({@code s.partners}, set by the
     * caller; a dominated pair is never better than both ends on the boundary, which the program
     * also tries). Only sets reachable that way are ever evaluated: far fewer than the 2^k subsets
     * when the events are spread out.
     */
    private void program(Scratch s, int[] group, int k) {
        int boundary = graph.boundary() * CLASSES;
        if (++s.stamp == 0) {
            Arrays.fill(s.done, 0);
            s.stamp = 1;
        }
        int at = solve(s, group, (1 << k) - 1, boundary);
        System.arraycopy(s.program, at, s.part, 0, CLASSES);
    }

    /** Fills and returns the offset of the per-class weights of pairing the events in {@code rest}. */
    private int solve(Scratch s, int[] group, int rest, int boundary) {
        double[] f = s.program;
        int base = rest * CLASSES;
        if (s.done[rest] == s.stamp) {
            return base;
        }
        s.done[rest] = s.stamp;
        if (rest == 0) {
            f[0] = 0;
            f[1] = f[2] = f[3] = Double.POSITIVE_INFINITY;
            return 0;
        }
        int i = Integer.numberOfTrailingZeros(rest);
        int without = rest & ~(1 << i);
        double[] from = distances[group[i]];
        // Sub-results live at other offsets, so this entry is written only after them.
        int to = boundary;
        int sub = solve(s, group, without, boundary);
        int partners = s.partners[i] & without;
        double f0 = Double.POSITIVE_INFINITY;
        double f1 = f0;
        double f2 = f0;
        double f3 = f0;
        while (true) {
            double c0 = from[to];
            double c1 = from[to + 1];
            double c2 = from[to + 2];
            double c3 = from[to + 3];
            double p0 = f[sub];
            double p1 = f[sub + 1];
            double p2 = f[sub + 2];
            double p3 = f[sub + 3];
            f0 = min(f0, p0 + c0, p1 + c1, p2 + c2, p3 + c3);
            f1 = min(f1, p0 + c1, p1 + c0, p2 + c3, p3 + c2);
            f2 = min(f2, p0 + c2, p1 + c3, p2 + c0, p3 + c1);
            f3 = min(f3, p0 + c3, p1 + c2, p2 + c1, p3 + c0);
            if (partners == 0) {
                break;
            }
            int j = Integer.numberOfTrailingZeros(partners);
            partners &= partners - 1;
            to = group[j] * CLASSES;
            sub = solve(s, group, without & ~(1 << j), boundary);
        }
        f[base] = f0;
        f[base + 1] = f1;
        f[base + 2] = f2;
        f[base + 3] = f3;
        return base;
    }

    private static double min(double a, double b, double c, double d, double e) {
        return Math.min(Math.min(a, b), Math.min(Math.min(c, d), e));
    }
}
