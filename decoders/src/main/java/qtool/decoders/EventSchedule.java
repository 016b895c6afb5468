package qtool.decoders;

import java.util.Arrays;

/**
 * The time-ordered queue of {@link RegionBlossom}: when an event's next pair or boundary edge
 * becomes tight under the current slopes, and when an inner blossom's radius reaches zero. One
 * entry per event rather than per pair: the pairs are rescanned when the event surfaces, which is
 * cheaper than keeping them all in the queue. A queued time that became too early (a slope went
 * down) is fixed when it surfaces; one that became too late (a slope went up) is superseded by
 * {@link #schedule}, which whoever raises a slope must call.
 *
 * <p>Queue values are the id shifted left by two with the kind in the low bits; ties come out in
 * the queue's order, so the order of pushes is part of the solver's behaviour.
 */
final class EventSchedule {
    /** Queue entry kinds: an event's next tight pair or boundary edge, or a blossom's radius reaching zero. */
    static final int KIND_VERTEX = 0;
    static final int KIND_SHATTER = 2;

    private final BlossomProblem problem;
    private final RegionTable table;
    private final BucketQueue queue = new BucketQueue(1);
    /** Per event: the earliest time it is queued at (Long.MAX_VALUE when not queued). */
    private long[] scheduled = new long[16];
    /** {@link #nextEdge} when the event's ball frontier comes first (see {@link BlossomProblem#frontierCost}). */
    static final int FRONTIER = -2;
    /** Filled by {@link #nextTime}: the pair achieving it, -1 for the boundary edge, or FRONTIER. */
    int nextEdge;

    EventSchedule(BlossomProblem problem, RegionTable table) {
        this.problem = problem;
        this.table = table;
    }

    /** Empties the queue for the current problem; no event is queued. */
    void clear() {
        int k = problem.k;
        queue.clear();
        queue.setWidth(problem.bucketWidth());
        if (scheduled.length < k) {
            scheduled = new long[2 * k];
        }
        Arrays.fill(scheduled, 0, k, Long.MAX_VALUE);
    }

    boolean isEmpty() {
        return queue.isEmpty();
    }

    /** The time of the earliest entry (the queue must not be empty). */
    long firstTime() {
        return (long) queue.minKey();
    }

    /** Removes the earliest entry; returns its id shifted left by two, with its kind in the low bits. */
    int pop() {
        return queue.pop();
    }

    /** Queues the shattering of inner blossom b at the given time. */
    void pushShatter(long time, int b) {
        queue.push(time, (b << 2) | KIND_SHATTER);
    }

    /** Queues event v at its next tight time, unless it is queued at that time or earlier already. */
    void schedule(int v) {
        long t = nextTime(v);
        if (t < scheduled[v]) {
            scheduled[v] = t;
            queue.push(t, (v << 2) | KIND_VERTEX);
        }
    }

    /**
     * Event v surfaced from the queue: true when one of its pairs or its boundary edge is tight
     * now ({@link #nextEdge} says which); otherwise it is queued again at its real time.
     */
    boolean tightNow(int v) {
        long now = table.now;
        if (scheduled[v] == now) {
            scheduled[v] = Long.MAX_VALUE;
        }
        long t = nextTime(v);
        if (t > now) {
            if (t < scheduled[v]) {
                scheduled[v] = t;
                queue.push(t, (v << 2) | KIND_VERTEX);
            }
            return false;
        }
        if (t < now) {
            throw new IllegalStateException("dual infeasible at event " + v);
        }
        return true;
    }

    /**
     * The earliest time one of event v's pairs or its boundary edge becomes tight under the
     * current slopes (Long.MAX_VALUE when none ever does). The hot loop of the solver: the arrays
     * are read into locals once, and R(w) = inner[w] + radius(topOf[w]) is spelled out.
     */
    long nextTime(int v) {
        RegionTable rt = table;
        int[] topOf = rt.topOf;
        long[] inner = rt.inner;
        long[] r0 = rt.r0;
        long[] t0 = rt.t0;
        int[] slope = rt.slope;
        long now = rt.now;
        int[] adjOther = problem.adjOther;
        long[] adjCost = problem.adjCost;
        int a = topOf[v];
        int sa = slope[a];
        long rv = inner[v] + (r0[a] + sa * (now - t0[a]));
        long best = Long.MAX_VALUE;
        int bestEdge = nextEdge;
        int end = problem.adjStart[v + 1];
        for (int i = problem.adjStart[v]; i < end; i++) {
            int w = adjOther[i];
            int b = topOf[w];
            if (b == a) {
                continue;
            }
            int sb = slope[b];
            int rate = sa + sb;
            if (rate > 0) {
                long rw = inner[w] + (r0[b] + sb * (now - t0[b]));
                long t = now + (adjCost[i] - rv - rw) / rate;
                if (t < best) {
                    best = t;
                    bestEdge = problem.adjEdge[i];
                }
            }
        }
        int[] liveOther = problem.liveOther;
        for (int i = problem.liveHead[v]; i >= 0; i = problem.liveNext[i]) {
            int w = liveOther[i];
            int b = topOf[w];
            if (b == a) {
                continue;
            }
            int sb = slope[b];
            int rate = sa + sb;
            if (rate > 0) {
                long rw = inner[w] + (r0[b] + sb * (now - t0[b]));
                long t = now + (problem.liveCost[i] - rv - rw) / rate;
                if (t < best) {
                    best = t;
                    bestEdge = problem.liveEdge[i];
                }
            }
        }
        if (sa > 0) {
            long boundary = problem.boundaryCost[v];
            if (boundary != RegionBlossom.NO_BOUNDARY) {
                long t = now + boundary - rv;
                if (t < best) {
                    best = t;
                    bestEdge = -1;
                }
            }
            long frontier = problem.frontierCost[v];
            if (frontier != RegionBlossom.NO_FRONTIER) {
                // Rounding may leave the radius a grid unit past the frontier: act at once then.
                long t = now + Math.max(0, frontier - rv);
                if (t < best) {
                    best = t;
                    bestEdge = FRONTIER;
                }
            }
        }
        nextEdge = bestEdge;
        return best;
    }

    /** Re-queues every event of region r (after its slope went up) and, for an inner blossom, its shattering. */
    void pushRegionEvents(int r) {
        RegionTable rt = table;
        int n = rt.collectVertices(r, 0);
        int[] vs = rt.buffer;
        // schedule does not touch the buffer, so the collected list stays valid.
        for (int i = 0; i < n; i++) {
            schedule(vs[i]);
        }
        if (rt.label[r] == RegionTable.INNER && r >= rt.k) {
            pushShatter(rt.now + rt.radius(r), r);
        }
    }
}
