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
    /** Per node that cannot reach the boundary: a bound on the distance between two nodes of its part of the graph. */
    private final double[] span;

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
        span = new double[n];
        double[] fromRoot = null;
        for (int v = 0; v < n; v++) {
            if (!settled[v]) {
                if (fromRoot == null) {
                    fromRoot = new double[n];
                    Arrays.fill(fromRoot, Double.POSITIVE_INFINITY);
                }
                spanComponent(g, v, settled, fromRoot, heap);
            }
        }
    }

    /**
     * For the part of the graph holding {@code root}, which has no boundary: every two of its nodes
     * are at most twice the root's largest distance apart (through the root). One Dijkstra marks
     * the part settled and gives that bound to each of its nodes.
     */
    private void spanComponent(FlatAdjacency g, int root, boolean[] settled, double[] dist, MinHeap heap) {
        int[] members = new int[16];
        int count = 0;
        double far = 0;
        dist[root] = 0;
        heap.clear();
        heap.push(0, root);
        while (!heap.isEmpty()) {
            double d = heap.minKey();
            int v = heap.pop();
            if (settled[v] || d > dist[v]) {
                continue;
            }
            settled[v] = true;
            if (count == members.length) {
                members = Arrays.copyOf(members, 2 * count);
            }
            members[count++] = v;
            far = Math.max(far, d);
            for (int i = g.start[v]; i < g.start[v + 1]; i++) {
                int u = g.neighbor[i];
                double nd = d + g.slotWeight[i];
                if (nd < dist[u]) {
                    dist[u] = nd;
                    heap.push(nd, u);
                }
            }
        }
        for (int i = 0; i < count; i++) {
            span[members[i]] = 2 * far;
        }
    }

    /**
     * An upper bound on the length of any path between two nodes of {@code v}'s part of the graph
     * worth matching along: twice the boundary distance when there is a boundary (a longer pair
     * is never better than two boundary matches), else twice the part's radius around one node.
     */
    double span(int v) {
        return distance[v] < Double.POSITIVE_INFINITY ? 2 * distance[v] : span[v];
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
