package qtool.decoders;

import java.util.Arrays;
import qtool.decode.Correction;

/**
 * Weighted union-find decoding: Delfosse and Nickerson, "Almost-linear time decoding algorithm for
 * topological codes", Quantum 5, 595 (2021), with the weighted growth of Huang, Newman and Brown,
 * "Fault-tolerant weighted union-find decoding on the toric code", PRA 102, 012419 (2020).
 *
 * <p>Clusters start at the detection events. While some cluster is odd (an odd number of events and
 * no contact with the boundary), every odd cluster grows all its frontier edges by the same amount,
 * in steps that end exactly when the next edge becomes fully grown, so edge weights are respected
 * up to their discretisation into integer ticks ({@link UnionFindTicks}; an edge between two odd
 * clusters grows from both sides, twice as fast). A fully grown edge merges the clusters at its
 * ends; one that reaches the boundary node makes its cluster neutral. Peeling then takes the
 * spanning forest of the grown edges (the edges that merged something, in growth order; the
 * boundary is the root of every cluster that touched it) and peels it from the leaves inwards,
 * keeping a leaf's edge whenever the leaf is still flagged. See
 * {@link UnionFindClusters} and {@link UnionFindPeeler}.
 *
 * <p>The result is a valid correction but not always the lightest one. Cost per shot: almost
 * linear in the size of the grown region, never in the size of the graph; scratch space is sized
 * to the graph once per thread and reset only where the previous shot touched it.
 *
 * <p>Undecodable shots throw {@link IllegalArgumentException}: an event at a detector that has no
 * edges at all, and a connected component of the graph that holds an odd number of events and no
 * edge to the boundary (no set of edges has those symptoms). Neither can come from the graph's own
 * errors, so they indicate a shot that does not belong to this model.
 *
 * <p>Thread-safe and immutable but for a cache of the one-event shots' corrections (each entry
 * written once with what decoding gives anyway): each thread gets its own scratch through a
 * {@link ThreadLocal}.
 */
public final class UnionFindDecoder implements GraphDecoder {
    private static final Correction NOTHING = new Correction(0, 0);

    private final DecodingGraph graph;
    private final Flat flat;
    private final ThreadLocal<UnionFindPeeler> scratch;
    /**
     * The correction of the one-event shot at each detector, filled in the first time such a shot
     * is decoded: decoding is deterministic, so this is exactly what decoding it again would give.
     * Threads may race to fill an entry, but they write equal values, and a {@link Correction} has
     * only final fields, so another thread sees either null or a complete object.
     */
    private final Correction[] singleEvent;

    public UnionFindDecoder(DecodingGraph graph) {
        this.graph = graph;
        this.flat = new Flat(graph);
        this.scratch = ThreadLocal.withInitial(() -> new UnionFindPeeler(new UnionFindClusters(flat)));
        this.singleEvent = new Correction[graph.numDetectors()];
    }

    @Override
    public DecodingGraph graph() {
        return graph;
    }

    @Override
    public Correction decode(int[] events, int count) {
        if (count == 0) {
            // Most shots at low noise have no events; they need neither scratch nor an allocation.
            return NOTHING;
        }
        if (count == 1 && events.length > 0) {
            int v = events[0];
            if (v >= 0 && v < singleEvent.length) {
                Correction known = singleEvent[v];
                if (known == null) {
                    // Checks the event as any shot's; only a successful decoding is kept.
                    known = correction(run(events, 1));
                    singleEvent[v] = known;
                }
                return known;
            }
        }
        return correction(run(events, count));
    }

    /**
     * Predictions for a list of shots (see {@link qtool.decode.Decoder#decodeShots}): the thread's
     * scratch is looked up once for the whole list, and the corrections' weights are not summed.
     */
    @Override
    public void decodeShots(int[][] events, int[] counts, int from, int to, long[] predictions) {
        UnionFindPeeler peeler = null;
        long[] edgeObservables = flat.observables;
        for (int s = from; s < to; s++) {
            int count = counts[s];
            if (count <= 1) {
                predictions[s] = decode(events[s], count).observables();
                continue;
            }
            if (peeler == null) {
                peeler = scratch.get();
            }
            run(peeler, events[s], count);
            int[] edges = peeler.correction();
            long obs = 0;
            for (int k = 0, n = peeler.correctionSize(); k < n; k++) {
                obs ^= edgeObservables[edges[k]];
            }
            predictions[s] = obs;
        }
    }

    /** The correction of the edges the peeler kept; summed here so a shot allocates only its result. */
    private Correction correction(UnionFindPeeler peeler) {
        int[] edges = peeler.correction();
        long obs = 0;
        double w = 0;
        for (int k = 0, n = peeler.correctionSize(); k < n; k++) {
            int e = edges[k];
            obs ^= flat.observables[e];
            w += flat.weight[e];
        }
        return new Correction(obs, w);
    }

    @Override
    public int[] decodeToEdges(int[] events, int count) {
        UnionFindPeeler peeler = run(events, count);
        return Arrays.copyOf(peeler.correction(), peeler.correctionSize());
    }

    private UnionFindPeeler run(int[] events, int count) {
        return run(scratch.get(), events, count);
    }

    private static UnionFindPeeler run(UnionFindPeeler peeler, int[] events, int count) {
        if (count < 0 || count > events.length) {
            throw new IllegalArgumentException("event count " + count + " outside 0.." + events.length);
        }
        peeler.clusters().grow(events, count);
        peeler.peel();
        return peeler;
    }

    /**
     * The graph copied into flat arrays once, shared read-only by every thread's scratch: the hot
     * loops then index plain arrays instead of calling through {@link DecodingGraph}.
     */
    static final class Flat {
        final int numDetectors;
        final int boundary;
        final int[] edgeA;
        final int[] edgeB;
        final double[] weight;
        /** The largest edge weight in ticks: how far ahead growth can ever schedule a completion. */
        final int maxTicks;
        /**
         * Per edge {@code e}: its ends and its weight discretised into ticks ({@link UnionFindTicks})
         * at {@code 3e, 3e+1, 3e+2}, read together by growth. Corrections are still weighed with
         * {@link #weight}.
         */
        final int[] ends;
        final long[] observables;
        final int[] adjStart;
        /**
         * Node {@code v}'s incident edges are the slots {@code adjStart[v] ≤ k < adjStart[v+1]},
         * lightest first: slot k's neighbour is {@code adjNode[k]}, its edge {@code adjLink[2k]} and
         * that edge's ticks {@code adjLink[2k+1]}. Most scans only ask whether the neighbour is in a
         * cluster, so neighbours get an array of their own, four bytes a slot.
         */
        final int[] adjNode;
        final int[] adjLink;

        Flat(DecodingGraph g) {
            numDetectors = g.numDetectors();
            boundary = g.boundary();
            int m = g.numEdges();
            edgeA = new int[m];
            edgeB = new int[m];
            weight = new double[m];
            observables = new long[m];
            for (int e = 0; e < m; e++) {
                edgeA[e] = g.edgeA(e);
                edgeB[e] = g.edgeB(e);
                weight[e] = g.weight(e);
                observables[e] = g.observables(e);
            }
            int[] ticks = UnionFindTicks.of(weight);
            maxTicks = UnionFindTicks.max(ticks);
            ends = new int[3 * m];
            for (int e = 0; e < m; e++) {
                ends[3 * e] = edgeA[e];
                ends[3 * e + 1] = edgeB[e];
                ends[3 * e + 2] = ticks[e];
            }
            int nodes = g.numNodes();
            adjStart = new int[nodes + 1];
            for (int v = 0; v <= nodes; v++) {
                adjStart[v] = v < nodes ? g.adjacencyStart(v) : g.adjacencyStart(nodes - 1) + g.degree(nodes - 1);
            }
            adjNode = new int[adjStart[nodes]];
            adjLink = new int[2 * adjStart[nodes]];
            for (int v = 0; v < nodes; v++) {
                // Lightest first: growth takes a node's edges to nodes outside every cluster in this
                // order (UnionFindClusters#queueNode). Ties keep the graph's order, for determinism.
                Integer[] order = new Integer[degreeOf(v)];
                for (int k = 0; k < order.length; k++) {
                    order[k] = g.adjacentEdge(adjStart[v] + k);
                }
                Arrays.sort(order, (x, y) -> Integer.compare(ticks[x], ticks[y]));
                for (int k = 0; k < order.length; k++) {
                    int i = adjStart[v] + k;
                    int e = order[k];
                    adjNode[i] = g.other(e, v);
                    adjLink[2 * i] = e;
                    adjLink[2 * i + 1] = ticks[e];
                }
            }
        }

        private int degreeOf(int v) {
            return adjStart[v + 1] - adjStart[v];
        }

        int numEdges() {
            return edgeA.length;
        }

        int numNodes() {
            return boundary + 1;
        }
    }
}
