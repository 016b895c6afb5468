package qtool.qubo.model;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The weighted Max-Cut view of an Ising energy: one vertex per spin plus an extra vertex 0 (the
 * anchor, spin fixed to +1) that absorbs the fields, edge {@code (0, i)} weighing {@code h_i} and
 * edge {@code (i, k)} weighing {@code J_{ik}} for spin vertices {@code i = 1..n}. Then
 * {@code E(s) = offset + W - 2·cut(s)} where W is the total edge weight, so minimising the energy
 * is maximising the (signed) cut. Weights may be negative; zero weights get no edge.
 */
public final class MaxCutGraph {
    /** The vertex whose spin is fixed to +1. */
    public static final int ANCHOR = 0;

    private final Graph<Integer, DefaultWeightedEdge> graph;
    private final double offset;

    private MaxCutGraph(Graph<Integer, DefaultWeightedEdge> graph, double offset) {
        this.graph = graph;
        this.offset = offset;
    }

    public static MaxCutGraph of(Ising ising) {
        int n = ising.size();
        Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v <= n; v++) {
            g.addVertex(v);
        }
        for (int i = 0; i < n; i++) {
            addEdge(g, ANCHOR, i + 1, ising.h()[i]);
            for (int k = i + 1; k < n; k++) {
                addEdge(g, i + 1, k + 1, ising.j()[i][k]);
            }
        }
        return new MaxCutGraph(g, ising.offset());
    }

    private static void addEdge(Graph<Integer, DefaultWeightedEdge> g, int a, int b, double w) {
        if (w != 0) {
            g.setEdgeWeight(g.addEdge(a, b), w);
        }
    }

    public Graph<Integer, DefaultWeightedEdge> graph() {
        return graph;
    }

    public double offset() {
        return offset;
    }

    /** Number of vertices including the anchor. */
    public int vertices() {
        return graph.vertexSet().size();
    }

    /** The symmetric weight matrix over all vertices (anchor first), zero where there is no edge. */
    public double[][] weights() {
        int n = vertices();
        double[][] w = new double[n][n];
        for (DefaultWeightedEdge e : graph.edgeSet()) {
            int a = graph.getEdgeSource(e);
            int b = graph.getEdgeTarget(e);
            w[a][b] = graph.getEdgeWeight(e);
            w[b][a] = w[a][b];
        }
        return w;
    }

    /** Total weight of the edges whose ends lie on different sides; side = sign of the vertex spin. */
    public double cut(int[] vertexSpins) {
        double c = 0;
        for (DefaultWeightedEdge e : graph.edgeSet()) {
            if (vertexSpins[graph.getEdgeSource(e)] != vertexSpins[graph.getEdgeTarget(e)]) {
                c += graph.getEdgeWeight(e);
            }
        }
        return c;
    }

    public double totalWeight() {
        double w = 0;
        for (DefaultWeightedEdge e : graph.edgeSet()) {
            w += graph.getEdgeWeight(e);
        }
        return w;
    }

    /** Back to the Ising energy over the spin vertices (the inverse of {@link #of}). */
    public Ising toIsing() {
        double[][] w = weights();
        int n = w.length - 1;
        double[] h = new double[n];
        double[][] j = new double[n][n];
        for (int i = 0; i < n; i++) {
            h[i] = w[ANCHOR][i + 1];
            for (int k = 0; k < n; k++) {
                j[i][k] = i == k ? 0 : w[i + 1][k + 1];
            }
        }
        return new Ising(offset, h, j);
    }
}
