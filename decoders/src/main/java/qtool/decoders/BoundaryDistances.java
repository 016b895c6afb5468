package qtool.decoders;

import java.util.Arrays;

/**
 * For every node, the shortest-path distance to the boundary node, the first edge of one such
 * path and the observables that path flips; computed once per graph by a single Dijkstra rooted
 * at the boundary (edges are undirected, so distances from the boundary are distances to it).
 * Nodes that cannot reach the boundary get distance +∞ and first edge -1. Following first edges
 * from any node walks a shortest-path tree, so boundary paths of different events never disagree
 * about the way down. Immutable.
 */
final class BoundaryDistances {
    private final double[] distance;
    private final int[] firstEdge;
    private final long[] observables;
    private final int[] parent;

    BoundaryDistances(FlatAdjacency g) {
        int n = g.numNodes;
        distance = new double[n];
        firstEdge = new int[n];
        observables = new long[n];
        parent = new int[n];
        Arrays.fill(distance, Double.POSITIVE_INFINITY);
        Arrays.fill(firstEdge, -1);
        Arrays.fill(parent, -1);
        boolean[] settled = new boolean[n];
        MinHeap heap = new MinHeap();
        distance[g.boundary] = 0;
        heap.push(0, g.boundary);
        while (!heap.isEmpty()) {
            double d = heap.minKey();
            int v = heap.pop();
            if (settled[v] || d > distance[v]) {
                continue;
            }
            settled[v] = true;
            for (int i = g.start[v]; i < g.start[v + 1]; i++) {
                int u = g.neighbor[i];
                double nd = d + g.slotWeight[i];
                if (nd < distance[u]) {
                    distance[u] = nd;
                    firstEdge[u] = g.edge[i];
                    parent[u] = v;
                    observables[u] = observables[v] ^ g.edgeObservables[g.edge[i]];
                    heap.push(nd, u);
                }
            }
        }
    }

    /** Distance from {@code v} to the boundary, +∞ when unreachable. */
    double distance(int v) {
        return distance[v];
    }

    /** First edge of the path from {@code v} to the boundary, -1 at the boundary or when unreachable. */
    int firstEdge(int v) {
        return firstEdge[v];
    }

    /** The next node on the way to the boundary. */
    int next(int v) {
        return parent[v];
    }

    /** XOR of the observables along the path from {@code v} to the boundary. */
    long observables(int v) {
        return observables[v];
    }
}
