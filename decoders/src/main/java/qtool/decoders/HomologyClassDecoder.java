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

        Scratch(int maxEvents) {
            program = new double[(1 << maxEvents) * CLASSES];
            group = new int[maxEvents];
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
            program(s, k);
            Arrays.fill(s.next, Double.POSITIVE_INFINITY);
            for (int a = 0; a < CLASSES; a++) {
                for (int b = 0; b < CLASSES; b++) {
                    s.next[a ^ b] = Math.min(s.next[a ^ b], total[a] + s.part[b]);
                }
            }
            System.arraycopy(s.next, 0, total, 0, CLASSES);
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

    /** Minimum weight per class of pairing the k events in {@code s.group} (into {@code s.part}). */
    private void program(Scratch s, int k) {
        double[] f = s.program;
        int full = (1 << k) - 1;
        Arrays.fill(f, 0, (full + 1) * CLASSES, Double.POSITIVE_INFINITY);
        f[0] = 0;
        int boundary = graph.boundary() * CLASSES;
        for (int mask = 1; mask <= full; mask++) {
            int i = Integer.numberOfTrailingZeros(mask);
            int rest = mask & ~(1 << i);
            int base = mask * CLASSES;
            double[] from = distances[s.group[i]];
            for (int c = 0; c < CLASSES; c++) {
                double prev = f[rest * CLASSES + c];
                if (prev == Double.POSITIVE_INFINITY) {
                    continue;
                }
                for (int t = 0; t < CLASSES; t++) {
                    double v = prev + from[boundary + t];
                    if (v < f[base + (c ^ t)]) {
                        f[base + (c ^ t)] = v;
                    }
                }
            }
            for (int j = i + 1; j < k; j++) {
                if ((rest >>> j & 1) == 0) {
                    continue;
                }
                int rest2 = rest & ~(1 << j);
                int to = s.group[j] * CLASSES;
                for (int c = 0; c < CLASSES; c++) {
                    double prev = f[rest2 * CLASSES + c];
                    if (prev == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    for (int t = 0; t < CLASSES; t++) {
                        double v = prev + from[to + t];
                        if (v < f[base + (c ^ t)]) {
                            f[base + (c ^ t)] = v;
                        }
                    }
                }
            }
        }
        System.arraycopy(f, full * CLASSES, s.part, 0, CLASSES);
    }
}
