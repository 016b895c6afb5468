package qtool.decoders;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import qtool.decode.Correction;
import qtool.decode.GapDecoder;

/**
 * Soft output for post-selection: decodes a shot twice, once with observable {@code k} forced to
 * flip and once forced not to, and reports the weight difference of the two corrections, the
 * complementary gap. A large gap means the decoder is confident; samplers that post-select on the
 * gap (magic-state cultivation's escape stage) keep shots above a threshold.
 *
 * <p>Forcing the observable is done on a modified graph rather than inside the decoder, so any
 * {@link GraphDecoder} works. First a potential φ over detectors is found with
 * {@code obs(u,v) = φ(u) ⊕ φ(v)} on every edge between detectors (possible exactly when every cycle
 * of detector edges flips the observable an even number of times, as in planar codes; otherwise the
 * model is rejected). A correction's observable parity is then {@code ⊕_{u∈events} φ(u)} plus the
 * parity of its boundary edges whose {@code obs ⊕ φ(u)} is 1. Those boundary edges are re-routed to
 * a new detector node {@code O} (the "observable boundary"), so forcing the parity to {@code b}
 * means marking {@code O} as fired exactly when {@code b ⊕ ⊕φ(events)} is 1 (Gidney's construction
 * with the observable as an extra detector, generalised by the potential).
 *
 * <p>Immutable and thread-safe when the wrapped decoder is.
 */
public final class ComplementaryGapDecoder implements GapDecoder {

    private final DecodingGraph original;
    private final int observable;
    private final boolean[] potential;
    private final int observableNode;
    private final GraphDecoder split;
    /** Detectors connected to O in the split graph, and whether the boundary is too. */
    private final boolean[] withObservableNode;
    private final boolean observableNodeReachesBoundary;

    /**
     * @param factory builds the underlying decoder, e.g. {@code MatchingDecoder::new}
     * @param observable the observable whose gap is measured
     * @throws UndecodableModelException when the observable is not fixed by boundary edges and events
     */
    public ComplementaryGapDecoder(DecodingGraph graph, int observable, Function<DecodingGraph, GraphDecoder> factory) {
        if (observable < 0 || observable >= Math.max(1, graph.numObservables())) {
            throw new IllegalArgumentException("observable " + observable + " is not in the model");
        }
        this.original = graph;
        this.observable = observable;
        this.potential = potential(graph, observable);
        this.observableNode = graph.numDetectors();
        this.split = factory.apply(splitGraph(graph, observable, potential));
        DecodingGraph sg = split.graph();
        this.withObservableNode = new boolean[sg.numNodes()];
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(observableNode));
        withObservableNode[observableNode] = true;
        while (!queue.isEmpty()) {
            int u = queue.poll();
            for (int i = sg.adjacencyStart(u); i < sg.adjacencyStart(u + 1); i++) {
                int v = sg.other(sg.adjacentEdge(i), u);
                if (!withObservableNode[v]) {
                    withObservableNode[v] = true;
                    if (v != sg.boundary()) {
                        queue.add(v);
                    }
                }
            }
        }
        this.observableNodeReachesBoundary = withObservableNode[sg.boundary()];
    }

    /** φ by breadth-first search over detector–detector edges. */
    private static boolean[] potential(DecodingGraph g, int k) {
        int n = g.numDetectors();
        boolean[] phi = new boolean[n];
        boolean[] seen = new boolean[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int s = 0; s < n; s++) {
            if (seen[s]) {
                continue;
            }
            seen[s] = true;
            queue.add(s);
            while (!queue.isEmpty()) {
                int u = queue.poll();
                for (int i = g.adjacencyStart(u); i < g.adjacencyStart(u + 1); i++) {
                    int e = g.adjacentEdge(i);
                    int v = g.other(e, u);
                    if (v == g.boundary()) {
                        continue;
                    }
                    boolean want = phi[u] ^ ((g.observables(e) >>> k & 1) != 0);
                    if (!seen[v]) {
                        seen[v] = true;
                        phi[v] = want;
                        queue.add(v);
                    } else if (phi[v] != want) {
                        throw new UndecodableModelException("observable L" + k + " flips an odd number of times around"
                                + " a cycle of detector edges through D" + u + " and D" + v
                                + ", so its complementary gap is not defined on this model");
                    }
                }
            }
        }
        return phi;
    }

    private static DecodingGraph splitGraph(DecodingGraph g, int k, boolean[] phi) {
        int n = g.numDetectors();
        int o = n;
        List<int[]> ends = new ArrayList<>();
        double[] p = new double[g.numEdges()];
        long[] obs = new long[g.numEdges()];
        long clear = ~(1L << k);
        for (int e = 0; e < g.numEdges(); e++) {
            int a = g.edgeA(e);
            int b = g.edgeB(e);
            p[e] = g.probability(e);
            obs[e] = g.observables(e) & clear;
            if (b == g.boundary()) {
                boolean flips = ((g.observables(e) >>> k & 1) != 0) ^ phi[a];
                ends.add(new int[] {a, flips ? o : n + 1});
            } else {
                ends.add(new int[] {a, b});
            }
        }
        return DecodingGraph.of(n + 1, g.numObservables(), ends, p, obs);
    }

    public DecodingGraph graph() {
        return original;
    }

    @Override
    public int numDetectors() {
        return original.numDetectors();
    }

    @Override
    public int numObservables() {
        return original.numObservables();
    }

    @Override
    public Gap decodeWithGap(int[] events, int count) {
        return decodeBoth(events, count);
    }

    /**
     * Decodes with the observable forced each way; returns the lighter answer and the gap. When the
     * events leave only one parity possible, the other answer does not exist and the gap is
     * infinite.
     */
    private Gap decodeBoth(int[] events, int count) {
        boolean parity = false;
        for (int i = 0; i < count; i++) {
            parity ^= potential[events[i]];
        }
        int[] withO = Arrays.copyOf(events, count + 1);
        withO[count] = observableNode;
        long bit = 1L << observable;
        if (!observableNodeReachesBoundary) {
            // O's part of the graph has no boundary: its event count fixes whether O must fire, so
            // only one parity is possible and the gap is infinite.
            boolean fire = false;
            for (int i = 0; i < count; i++) {
                fire ^= withObservableNode[events[i]];
            }
            Correction only = fire ? split.decode(withO, count + 1) : split.decode(events, count);
            return new Gap(only.observables() | (parity ^ fire ? bit : 0), only.weight(), Double.POSITIVE_INFINITY);
        }
        // Observable parity b needs O fired exactly when b differs from the events' potential parity.
        Correction c0 = parity ? split.decode(withO, count + 1) : split.decode(events, count);
        Correction c1 = parity ? split.decode(events, count) : split.decode(withO, count + 1);
        if (c0.weight() <= c1.weight()) {
            return new Gap(c0.observables(), c0.weight(), c1.weight() - c0.weight());
        }
        return new Gap(c1.observables() | bit, c1.weight(), c0.weight() - c1.weight());
    }
}
