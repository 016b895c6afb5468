package qtool.decoders;

/**
 * One bounded shortest-path search at a time on the detector graph, with per-node arrays instead
 * of the shared {@link BallStore} chains: a ball grown alone needs no "which ball owns this entry"
 * walk per relaxation, which is what made growing many overlapping balls together slow. The search
 * never enters the boundary node (matching paths do not pass through it). Afterwards the settled
 * nodes are listed in settling order with distance and the slot they were reached through; {@link
 * #reset} clears only what the search touched. Mutable per-thread scratch.
 */
final class MatchingDijkstra {
    private final FlatAdjacency g;
    private final BucketQueue heap;
    private final double[] dist;
    private final int[] via;
    private final int[] pred;
    private final boolean[] done;
    private final int[] nextSlot;
    private double limit;
    private int[] order = new int[64];
    private int settledCount;

    MatchingDijkstra(FlatAdjacency g) {
        this.g = g;
        heap = new BucketQueue(BucketQueue.widthFor(g));
        dist = new double[g.numNodes];
        via = new int[g.numNodes];
        pred = new int[g.numNodes];
        done = new boolean[g.numNodes];
        nextSlot = new int[g.numNodes];
    }

    /**
     * Settles every node within {@code limit} of {@code source}; call {@link #reset} before the
     * next run. The heap holds one item per settled node, its next adjacency slot in weight order
     * (slots are sorted by {@link FlatAdjacency}): popping it settles that neighbour directly,
     * since nothing closer remains, and queues the node's following slot. That is one push per
     * settled node and slot actually used, instead of one per relaxed edge.
     */
    void run(int source, double limit) {
        this.limit = limit;
        heap.clear();
        settle(source, 0, -1, -1);
        int[] neighbor = g.neighbor;
        while (!heap.isEmpty()) {
            double now = heap.minKey();
            int x = heap.pop();
            int a = nextSlot[x];
            queueNext(x, a + 1);
            int z = neighbor[a];
            if (!done[z]) {
                settle(z, now, a, x);
            }
        }
    }

    private void settle(int x, double d, int slot, int from) {
        done[x] = true;
        dist[x] = d;
        via[x] = slot;
        pred[x] = from;
        if (settledCount == order.length) {
            order = java.util.Arrays.copyOf(order, settledCount * 2);
        }
        order[settledCount++] = x;
        queueNext(x, g.start[x]);
    }

    /** Queues slot a of x, or the next one not leading to the boundary, if it stays within the limit. */
    private void queueNext(int x, int a) {
        int end = g.start[x + 1];
        int[] neighbor = g.neighbor;
        while (a < end && (neighbor[a] == g.boundary || done[neighbor[a]])) {
            a++;
        }
        if (a < end) {
            double nd = dist[x] + g.slotWeight[a];
            if (nd <= limit) {
                nextSlot[x] = a;
                heap.push(nd, x);
            }
        }
    }

    /** Number of settled nodes; they are {@link #settled}(0 ..). */
    int settledCount() {
        return settledCount;
    }

    /** The t-th node settled; a node's predecessor is always settled before it. */
    int settled(int t) {
        return order[t];
    }

    /** True when x lies in the last search's ball. */
    boolean inBall(int x) {
        return done[x];
    }

    double distance(int x) {
        return dist[x];
    }

    /** The adjacency slot (of the predecessor) x was reached through, -1 at the source. */
    int viaSlot(int x) {
        return via[x];
    }

    /** The node x was reached from, -1 at the source. */
    int predecessor(int x) {
        return pred[x];
    }

    void reset() {
        for (int i = 0; i < settledCount; i++) {
            done[order[i]] = false;
        }
        settledCount = 0;
    }
}
