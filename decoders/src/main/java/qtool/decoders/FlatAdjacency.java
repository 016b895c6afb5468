package qtool.decoders;

/**
 * The adjacency of a {@link DecodingGraph} copied into flat parallel arrays, slot by slot, so the
 * hot loops of the matching decoder read neighbour, edge and weight without a method call or an
 * indirection through the edge table; each node's slots are sorted by weight. Immutable.
 */
final class FlatAdjacency {
    final int numNodes;
    final int boundary;
    /** Slots of node v are {@code start[v] .. start[v+1]-1}. */
    final int[] start;
    final int[] neighbor;
    final int[] edge;
    final double[] slotWeight;
    /** Per edge (not per slot): the observables it flips. */
    final long[] edgeObservables;

    FlatAdjacency(DecodingGraph g) {
        numNodes = g.numNodes();
        boundary = g.boundary();
        start = new int[numNodes + 1];
        for (int v = 0; v <= numNodes; v++) {
            start[v] = v == numNodes ? 2 * g.numEdges() : g.adjacencyStart(v);
        }
        neighbor = new int[2 * g.numEdges()];
        edge = new int[neighbor.length];
        slotWeight = new double[neighbor.length];
        for (int v = 0; v < numNodes; v++) {
            for (int i = start[v]; i < start[v + 1]; i++) {
                int e = g.adjacentEdge(i);
                edge[i] = e;
                neighbor[i] = g.other(e, v);
                slotWeight[i] = g.weight(e);
            }
        }

        for (int v = 0; v < numNodes; v++) {
            sortSlots(start[v], start[v + 1]);
        }
        edgeObservables = new long[g.numEdges()];
        for (int e = 0; e < g.numEdges(); e++) {
            edgeObservables[e] = g.observables(e);
        }
    }

    /**
     * Orders a node's slots by weight (insertion sort: degrees are small), so a search can take
     * a node's edges lightest first and stop at the first one beyond its radius.
     */
    private void sortSlots(int from, int to) {
        for (int i = from + 1; i < to; i++) {
            double w = slotWeight[i];
            int z = neighbor[i];
            int e = edge[i];
            int j = i - 1;
            while (j >= from && slotWeight[j] > w) {
                slotWeight[j + 1] = slotWeight[j];
                neighbor[j + 1] = neighbor[j];
                edge[j + 1] = edge[j];
                j--;
            }
            slotWeight[j + 1] = w;
            neighbor[j + 1] = z;
            edge[j + 1] = e;
        }
    }
}
