package qtool.decoders;

import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MatchingAlgorithm;
import org.jgrapht.alg.matching.blossom.v5.KolmogorovWeightedPerfectMatching;
import org.jgrapht.alg.matching.blossom.v5.ObjectiveSense;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * Exact matching of a large component with JGraphT's Blossom V. With a boundary, the component is
 * doubled so that a perfect matching exists and means the right thing: event u gets a twin u'
 * joined by an edge of cost b(u); a candidate pair (u, v) becomes u–v with its cost plus a free
 * edge u'–v', which lets the twins of two paired events pair off with each other. A perfect
 * matching of that graph is exactly a matching with boundary of the events, at the same cost.
 * Without a boundary the candidate pairs are matched directly.
 */
final class BlossomMatcher {
    /** Solves p; false when no perfect matching exists. */
    boolean solve(LocalProblem p) {
        int n = p.n;
        boolean doubled = p.hasBoundary();
        if (!doubled && (n & 1) == 1) {
            return false;
        }
        Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        Map<DefaultWeightedEdge, Integer> meaning = new HashMap<>();
        int vertices = doubled ? 2 * n : n;
        for (int v = 0; v < vertices; v++) {
            graph.addVertex(v);
        }
        for (int e = 0; e < p.m; e++) {
            meaning.put(add(graph, p.edgeU[e], p.edgeV[e], p.edgeCost[e]), e);
            if (doubled) {
                add(graph, n + p.edgeU[e], n + p.edgeV[e], 0);
            }
        }
        if (doubled) {
            for (int i = 0; i < n; i++) {
                meaning.put(add(graph, i, n + i, p.boundaryCost[i]), -1 - i);
            }
        }
        MatchingAlgorithm.Matching<Integer, DefaultWeightedEdge> matching;
        try {
            matching = new KolmogorovWeightedPerfectMatching<>(graph, ObjectiveSense.MINIMIZE).getMatching();
        } catch (IllegalArgumentException noPerfectMatching) {
            return false;
        }
        for (DefaultWeightedEdge edge : matching.getEdges()) {
            Integer e = meaning.get(edge);
            if (e == null) {
                continue;
            }
            if (e >= 0) {
                p.choice[p.edgeU[e]] = e;
                p.choice[p.edgeV[e]] = e;
            } else {
                p.choice[-1 - e] = -1;
            }
        }
        return true;
    }

    private static DefaultWeightedEdge add(Graph<Integer, DefaultWeightedEdge> graph, int u, int v, double w) {
        DefaultWeightedEdge edge = graph.addEdge(u, v);
        graph.setEdgeWeight(edge, w);
        return edge;
    }
}
