package qtool.decoders;

import java.util.Arrays;

/**
 * The shortest path found so far for each pair of a shot's events, kept across several ball
 * growths (whose own records are cleared when they restart): its length, the observables it
 * flips and, when asked for, its edges. Pairs are found by an open-addressing hash on the pair.
 * Mutable per-thread scratch.
 */
final class CandidatePairs {
    private int k;
    private boolean withPaths;
    private int count;
    private int[] pairA = new int[64];
    private int[] pairB = new int[64];
    private double[] length = new double[64];
    private long[] observables = new long[64];
    private int[] pathStart = new int[64];
    private int[] pathLength = new int[64];
    private int arena;
    private int[] pathEdges = new int[256];
    /** Hash slots hold pair index + 1 (0 = empty). */
    private int[] slots = new int[128];

    void reset(int events, boolean paths) {
        k = events;
        withPaths = paths;
        if (count > 0) {
            Arrays.fill(slots, 0);
        }
        count = 0;
        arena = 0;
    }

    int size() {
        return count;
    }

    int a(int p) {
        return pairA[p];
    }

    int b(int p) {
        return pairB[p];
    }

    double length(int p) {
        return length[p];
    }

    long observables(int p) {
        return observables[p];
    }

    /** Feeds the edges of pair p's path to the sink (only when kept with paths). */
    void edges(int p, BallGrowth.EdgeSink sink) {
        for (int i = pathStart[p]; i < pathStart[p] + pathLength[p]; i++) {
            sink.accept(pathEdges[i]);
        }
    }

    /** The index of pair (u, v), or -1. */
    int find(int u, int v) {
        long key = key(u, v);
        int mask = slots.length - 1;
        for (int h = hash(key) & mask; ; h = (h + 1) & mask) {
            int p = slots[h] - 1;
            if (p < 0) {
                return -1;
            }
            if (key(pairA[p], pairB[p]) == key) {
                return p;
            }
        }
    }

    /**
     * Takes discovery s of the ball growth unless the pair is already known at least as short.
     * Returns the pair's index when it was added or shortened, else -1.
     */
    int offer(BallGrowth balls, int s) {
        int u = balls.discoveryA(s);
        int v = balls.discoveryB(s);
        double len = balls.discoveryLength(s);
        int p = find(u, v);
        if (p >= 0 && !(len < length[p])) {
            return -1;
        }
        if (p < 0) {
            p = append(u, v);
        }
        length[p] = len;
        observables[p] = balls.discoveryObservables(s);
        if (withPaths) {
            pathStart[p] = arena;
            balls.discoveryEdges(s, this::appendEdge);
            pathLength[p] = arena - pathStart[p];
        }
        return p;
    }

    private void appendEdge(int edge) {
        if (arena == pathEdges.length) {
            pathEdges = Arrays.copyOf(pathEdges, 2 * arena);
        }
        pathEdges[arena++] = edge;
    }

    private int append(int u, int v) {
        if (count == pairA.length) {
            int n = 2 * count;
            pairA = Arrays.copyOf(pairA, n);
            pairB = Arrays.copyOf(pairB, n);
            length = Arrays.copyOf(length, n);
            observables = Arrays.copyOf(observables, n);
            pathStart = Arrays.copyOf(pathStart, n);
            pathLength = Arrays.copyOf(pathLength, n);
        }
        if (2 * (count + 1) > slots.length) {
            rehash(2 * slots.length);
        }
        int p = count++;
        pairA[p] = u;
        pairB[p] = v;
        insert(p);
        return p;
    }

    private void insert(int p) {
        int mask = slots.length - 1;
        int h = hash(key(pairA[p], pairB[p])) & mask;
        while (slots[h] != 0) {
            h = (h + 1) & mask;
        }
        slots[h] = p + 1;
    }

    private void rehash(int size) {
        slots = new int[size];
        for (int p = 0; p < count; p++) {
            insert(p);
        }
    }

    private long key(int u, int v) {
        return u < v ? (long) u * k + v : (long) v * k + u;
    }

    private static int hash(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
