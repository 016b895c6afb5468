package qtool.decoders;

/**
 * The peeling phase of union-find decoding (Delfosse and Zémor's peeling decoder on the grown
 * clusters), as per-thread scratch that also owns the thread's {@link UnionFindClusters}.
 *
 * <p>The input is the spanning forest that growth recorded. Leaves are peeled inwards: a leaf that
 * is still flagged (an odd number of events in the part already peeled off through it) puts its
 * one remaining edge into the correction and passes the flag to its neighbour. The boundary is never
 * peeled, so it is the root of the tree holding every cluster that reached it and absorbs whatever
 * parity arrives; every other tree holds an even number of events, so its last node ends unflagged
 * and the kept edges have exactly the events as symptoms.
 *
 * <p>A node's remaining tree edge is found in O(1) without adjacency lists: each node keeps the
 * count and the XOR of the ids of its unpeeled forest edges (counted by growth as edges join the
 * forest, {@link UnionFindClusters#forestLinks}), so at degree 1 the XOR is the edge. The cost is
 * linear in the forest.
 */
final class UnionFindPeeler {
    private final UnionFindClusters clusters;
    private final UnionFindDecoder.Flat g;
    private final boolean[] flag;
    private final int[] leaves;
    private final int[] correction;
    private int correctionSize;

    UnionFindPeeler(UnionFindClusters clusters) {
        this.clusters = clusters;
        this.g = clusters.graph();
        int nodes = g.numNodes();
        flag = new boolean[nodes];
        leaves = new int[nodes];
        correction = new int[nodes];
    }

    UnionFindClusters clusters() {
        return clusters;
    }

    /** The correction's edges, valid up to {@link #correctionSize}. */
    int[] correction() {
        return correction;
    }

    int correctionSize() {
        return correctionSize;
    }

    /** Peels the forest grown by the last {@link UnionFindClusters#grow}. */
    void peel() {
        int[] edgeA = g.edgeA;
        int[] edgeB = g.edgeB;
        // Forest nodes are exactly the touched nodes plus perhaps the boundary, whose degrees and
        // edge XORs growth has counted.
        int[] links = clusters.forestLinks();
        int[] nodes = clusters.touchedNodes();
        int touched = clusters.touchedNodeCount();
        int top = 0;
        for (int k = 0; k < touched; k++) {
            int v = nodes[k];
            flag[v] = clusters.isEvent(v);
            if (links[2 * v] == 1) {
                leaves[top++] = v;
            }
        }
        int boundary = g.boundary;
        correctionSize = 0;
        while (top > 0) {
            int v = leaves[--top];
            if (links[2 * v] != 1) {
                // Its last neighbour was peeled off it first: v is the last node of its tree.
                continue;
            }
            int e = links[2 * v + 1];
            int o = edgeA[e] ^ edgeB[e] ^ v;
            links[2 * v] = 0;
            if (flag[v]) {
                correction[correctionSize++] = e;
                flag[o] ^= true;
            }
            links[2 * o + 1] ^= e;
            if (--links[2 * o] == 1 && o != boundary) {
                leaves[top++] = o;
            }
        }
    }
}
