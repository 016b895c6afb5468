package qtool.decoders;

/**
 * One priority queue of store entries per ball, keyed by the distance their next adjacency slot
 * reaches: the frontier of each ball, so that balls can grow one at a time, each exactly as far as
 * the matching needs (see {@link BallGrowth#growOn}), instead of together as in the greedy growth,
 * whose single queue orders all balls by one clock. The queues are reused from shot to shot.
 * Mutable per-thread scratch.
 */
final class BallFrontiers {
    private MinHeap[] heaps = new MinHeap[0];

    /** Empties the frontiers of balls 0..count-1. */
    void reset(int count) {
        if (heaps.length < count) {
            MinHeap[] grown = new MinHeap[Math.max(count, 2 * heaps.length)];
            System.arraycopy(heaps, 0, grown, 0, heaps.length);
            for (int i = heaps.length; i < grown.length; i++) {
                grown[i] = new MinHeap();
            }
            heaps = grown;
        }
        for (int i = 0; i < count; i++) {
            heaps[i].clear();
        }
    }

    void push(int ball, double key, int entry) {
        heaps[ball].push(key, entry);
    }

    boolean isEmpty(int ball) {
        return heaps[ball].isEmpty();
    }

    /** The smallest key of the ball's frontier; the frontier must not be empty. */
    double minKey(int ball) {
        return heaps[ball].minKey();
    }

    /** Removes the ball's smallest entry and returns it. */
    int pop(int ball) {
        return heaps[ball].pop();
    }
}
