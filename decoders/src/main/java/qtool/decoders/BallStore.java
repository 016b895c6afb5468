package qtool.decoders;

import java.util.Arrays;

/**
 * Per-shot storage of many shortest-path balls at once: one entry per (ball, node) the ball has
 * reached, with its distance from the ball's centre, predecessor entry and edge, the observables
 * of that path and whether it is settled. Entries of a node are chained from {@code head[node]};
 * a node is usually in at most a few balls, so walking the chain is cheap. Only nodes that got an
 * entry are remembered and cleared, so a shot costs O(touched), never O(graph).
 */
final class BallStore {
    private final int[] head;
    private int[] touched = new int[64];
    private int touchedCount;

    int[] ball = new int[256];
    int[] node = new int[256];
    int[] next = new int[256];
    int[] predEntry = new int[256];
    int[] predEdge = new int[256];
    double[] dist = new double[256];
    long[] obs = new long[256];
    boolean[] settled = new boolean[256];
    /** Greedy growth: the adjacency slot the entry expands next, -1 when none is left within the limit. */
    int[] nextSlot = new int[256];
    /** Per ball: its latest entry; per entry: the ball's entry before it (-1 ends the list). */
    private int[] ballHead = new int[16];
    int[] ballNext = new int[256];
    private int size;

    BallStore(int numNodes) {
        head = new int[numNodes];
        Arrays.fill(head, -1);
        Arrays.fill(ballHead, -1);
    }

    /** Latest entry of ball {@code b}, -1 if none; continue with {@code ballNext[entry]}. */
    int ballHead(int b) {
        return ballHead[b];
    }

    /** First entry at {@code v}, -1 if none; continue with {@code next[entry]}. */
    int head(int v) {
        return head[v];
    }

    /** The entry of ball {@code b} at node {@code v}, or -1. */
    int find(int v, int b) {
        for (int e = head[v]; e >= 0; e = next[e]) {
            if (ball[e] == b) {
                return e;
            }
        }
        return -1;
    }

    /** A new unsettled entry of ball {@code b} at {@code v}; returns its index. */
    int add(int v, int b, double d, int fromEntry, int viaEdge, long observables) {
        if (size == ball.length) {
            grow();
        }
        int e = size++;
        if (head[v] < 0) {
            if (touchedCount == touched.length) {
                touched = Arrays.copyOf(touched, touchedCount * 2);
            }
            touched[touchedCount++] = v;
        }
        ball[e] = b;
        node[e] = v;
        if (b >= ballHead.length) {
            growBalls(b + 1);
        }
        ballNext[e] = ballHead[b];
        ballHead[b] = e;
        next[e] = head[v];
        head[v] = e;
        predEntry[e] = fromEntry;
        predEdge[e] = viaEdge;
        dist[e] = d;
        obs[e] = observables;
        settled[e] = false;
        return e;
    }

    int size() {
        return size;
    }

    /** Forgets every entry, touching only the nodes that had one, and makes room for balls 0..balls-1. */
    void clear(int balls) {
        for (int i = 0; i < touchedCount; i++) {
            head[touched[i]] = -1;
        }
        touchedCount = 0;
        size = 0;
        if (ballHead.length < balls) {
            growBalls(balls);
        }
        Arrays.fill(ballHead, 0, balls, -1);
    }

    private void growBalls(int balls) {
        int old = ballHead.length;
        ballHead = Arrays.copyOf(ballHead, Math.max(balls, 2 * old));
        Arrays.fill(ballHead, old, ballHead.length, -1);
    }

    private void grow() {
        int n = ball.length * 2;
        ball = Arrays.copyOf(ball, n);
        node = Arrays.copyOf(node, n);
        next = Arrays.copyOf(next, n);
        predEntry = Arrays.copyOf(predEntry, n);
        predEdge = Arrays.copyOf(predEdge, n);
        dist = Arrays.copyOf(dist, n);
        obs = Arrays.copyOf(obs, n);
        settled = Arrays.copyOf(settled, n);
        nextSlot = Arrays.copyOf(nextSlot, n);
        ballNext = Arrays.copyOf(ballNext, n);
    }
}
