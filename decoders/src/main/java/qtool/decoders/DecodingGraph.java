package qtool.decoders;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import qtool.dem.DemTarget;
import qtool.dem.DetectorErrorModel;

/**
 * The matching graph of a detector error model: one node per detector plus one boundary node
 * (index {@link #boundary()} = {@code numDetectors}), and one edge per distinct pair of symptoms.
 *
 * <p>Every error mechanism is split at its {@code ^} separators into pieces, and each piece becomes
 * an edge with the mechanism's probability, as uncorrelated matching does: a piece with two
 * detectors joins them, a piece with one detector joins it to the boundary, and a piece with no
 * detector (an undetectable logical error) is dropped because no decoder can see it. A piece with
 * three or more detectors cannot be an edge and is rejected with the mechanism's text.
 *
 * <p>Parallel edges are merged: with the same observables they are independent causes of the same
 * symptom, so their probabilities combine as {@code p ⊕ q = p(1-q) + q(1-p)}; with different
 * observables only the more likely one is kept (a decoder cannot tell them apart, and the likelier
 * one is the right guess). Edge weight is the log-likelihood ratio {@code ln((1-p)/p)}, so the
 * lightest correction is the most likely one. Probabilities above 1/2 would give negative weights
 * and are rejected; probability 0 edges are dropped.
 *
 * <p>Adjacency is stored compressed (CSR) over all nodes including the boundary. Immutable.
 */
public final class DecodingGraph {
    private final int numDetectors;
    private final int numObservables;
    private final int[] edgeA;
    private final int[] edgeB;
    private final double[] probability;
    private final double[] weight;
    private final long[] observables;
    private final int[] adjStart;
    private final int[] adjEdge;

    private DecodingGraph(int numDetectors, int numObservables, int[] edgeA, int[] edgeB, double[] probability,
            long[] observables) {
        this.numDetectors = numDetectors;
        this.numObservables = numObservables;
        this.edgeA = edgeA;
        this.edgeB = edgeB;
        this.probability = probability;
        this.observables = observables;
        int m = edgeA.length;
        this.weight = new double[m];
        for (int e = 0; e < m; e++) {
            weight[e] = Math.log((1 - probability[e]) / probability[e]);
        }
        int nodes = numDetectors + 1;
        int[] degree = new int[nodes + 1];
        for (int e = 0; e < m; e++) {
            degree[edgeA[e] + 1]++;
            degree[edgeB[e] + 1]++;
        }
        for (int v = 0; v < nodes; v++) {
            degree[v + 1] += degree[v];
        }
        this.adjStart = degree;
        this.adjEdge = new int[2 * m];
        int[] fill = Arrays.copyOf(degree, nodes);
        for (int e = 0; e < m; e++) {
            adjEdge[fill[edgeA[e]]++] = e;
            adjEdge[fill[edgeB[e]]++] = e;
        }
    }

    /** The graph of a model; detectors and observables are counted as the model declares them. */
    public static DecodingGraph of(DetectorErrorModel model) {
        long nd = model.numDetectors();
        long no = model.numObservables();
        if (nd >= Integer.MAX_VALUE / 2) {
            throw new UndecodableModelException("the model has " + nd + " detectors, too many for a decoding graph");
        }
        if (no > 64) {
            throw new UndecodableModelException("the model has " + no + " observables; decoders support at most 64");
        }
        int n = (int) nd;
        Builder b = new Builder(n);
        for (DetectorErrorModel.Error error : model.flattenedErrors()) {
            b.addMechanism(error);
        }
        return b.build(n, (int) no);
    }

    /** Collects merged edges keyed by their (smaller, larger) endpoints. */
    private static final class Builder {
        private final int boundary;
        private final Map<Long, Integer> index = new HashMap<>();
        private int[] a = new int[16];
        private int[] b = new int[16];
        private double[] p = new double[16];
        private long[] obs = new long[16];
        private int size;

        Builder(int boundary) {
            this.boundary = boundary;
        }

        void addMechanism(DetectorErrorModel.Error error) {
            double prob = error.probability();
            if (prob == 0) {
                return;
            }
            if (prob > 0.5) {
                throw new UndecodableModelException("error mechanism '" + describe(error)
                        + "' has probability above 1/2, which a matching graph cannot weigh");
            }
            long[] targets = error.targets();
            int start = 0;
            for (int i = 0; i <= targets.length; i++) {
                if (i == targets.length || DemTarget.isSeparator(targets[i])) {
                    addPiece(error, targets, start, i, prob);
                    start = i + 1;
                }
            }
        }

        private void addPiece(DetectorErrorModel.Error error, long[] targets, int from, int to, double prob) {
            int u = -1;
            int v = -1;
            long mask = 0;
            for (int i = from; i < to; i++) {
                long t = targets[i];
                if (DemTarget.isObservable(t)) {
                    mask ^= 1L << DemTarget.id(t);
                } else if (u < 0) {
                    u = (int) DemTarget.id(t);
                } else if (v < 0) {
                    v = (int) DemTarget.id(t);
                } else {
                    throw new UndecodableModelException("error mechanism '" + describe(error)
                            + "' has a piece with more than two detectors, which is not an edge of a matching graph;"
                            + " decompose it into graph-like pieces (qtool dem does by default)");
                }
            }
            if (u < 0) {
                return;
            }
            if (v < 0) {
                v = boundary;
            }
            if (u == v) {
                return;
            }
            int lo = Math.min(u, v);
            int hi = Math.max(u, v);
            long key = ((long) lo << 32) | hi;
            Integer e = index.get(key);
            if (e == null) {
                grow();
                a[size] = lo;
                b[size] = hi;
                p[size] = prob;
                obs[size] = mask;
                index.put(key, size++);
            } else if (obs[e] == mask) {
                p[e] = p[e] * (1 - prob) + prob * (1 - p[e]);
            } else if (prob > p[e]) {
                p[e] = prob;
                obs[e] = mask;
            }
        }

        /** The mechanism as a person reads it: shortest probability, absolute detector indices. */
        private static String describe(DetectorErrorModel.Error error) {
            StringBuilder b = new StringBuilder("error(").append(error.probability()).append(')');
            for (long t : error.targets()) {
                b.append(' ').append(DemTarget.toString(t));
            }
            return b.toString();
        }

        private void grow() {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
                b = Arrays.copyOf(b, size * 2);
                p = Arrays.copyOf(p, size * 2);
                obs = Arrays.copyOf(obs, size * 2);
            }
        }

        DecodingGraph build(int numDetectors, int numObservables) {
            return new DecodingGraph(numDetectors, numObservables, Arrays.copyOf(a, size), Arrays.copyOf(b, size),
                    Arrays.copyOf(p, size), Arrays.copyOf(obs, size));
        }
    }

    /** An explicit graph, for tests and generated problems: edges (a[i], b[i]) with b = boundary allowed. */
    public static DecodingGraph of(int numDetectors, int numObservables, List<int[]> endpoints, double[] probabilities,
            long[] observableMasks) {
        int m = endpoints.size();
        int[] a = new int[m];
        int[] b = new int[m];
        for (int e = 0; e < m; e++) {
            int[] ends = endpoints.get(e);
            a[e] = Math.min(ends[0], ends[1]);
            b[e] = Math.max(ends[0], ends[1]);
            if (a[e] < 0 || b[e] > numDetectors || a[e] == b[e]) {
                throw new IllegalArgumentException("bad edge " + Arrays.toString(ends));
            }
            if (!(probabilities[e] > 0 && probabilities[e] <= 0.5)) {
                throw new IllegalArgumentException("edge probability " + probabilities[e] + " is outside (0, 1/2]");
            }
        }
        return new DecodingGraph(numDetectors, numObservables, a, b, probabilities.clone(), observableMasks.clone());
    }

    public int numDetectors() {
        return numDetectors;
    }

    public int numObservables() {
        return numObservables;
    }

    /** The boundary node's index, {@code numDetectors}. */
    public int boundary() {
        return numDetectors;
    }

    /** Nodes including the boundary. */
    public int numNodes() {
        return numDetectors + 1;
    }

    public int numEdges() {
        return edgeA.length;
    }

    /** The smaller endpoint of an edge (always a detector). */
    public int edgeA(int e) {
        return edgeA[e];
    }

    /** The larger endpoint of an edge (the boundary for boundary edges). */
    public int edgeB(int e) {
        return edgeB[e];
    }

    /** The endpoint of {@code e} that is not {@code v}. */
    public int other(int e, int v) {
        return edgeA[e] == v ? edgeB[e] : edgeA[e];
    }

    public double probability(int e) {
        return probability[e];
    }

    /** {@code ln((1-p)/p)} ≥ 0. */
    public double weight(int e) {
        return weight[e];
    }

    /** The observables the edge's error flips. */
    public long observables(int e) {
        return observables[e];
    }

    /** Edges at node {@code v} are {@code adjacentEdge(i)} for {@code adjacencyStart(v) ≤ i < adjacencyStart(v+1)}. */
    public int adjacencyStart(int v) {
        return adjStart[v];
    }

    public int adjacentEdge(int i) {
        return adjEdge[i];
    }

    public int degree(int v) {
        return adjStart[v + 1] - adjStart[v];
    }
}
