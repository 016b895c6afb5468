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
     * current slopes (Long.MAX_VALUE when none ever does); among equal times the first pair in
     * v's list wins, then the boundary edge. The solver's hot loop: kept small in bytecode, so that
     * the JIT inlines it into its callers (spelling R(w) out and copying every array into a local
     * made it too big for that, as -XX:+PrintInlining shows).
     */
    long nextTime(int v) {
        RegionTable rt = table;
        BlossomProblem p = problem;
        int[] topOf = rt.topOf;
        int[] slope = rt.slope;
        int a = topOf[v];
        int sa = slope[a];
        long rv = rt.total(v);
        long best = Long.MAX_VALUE;
        int end = p.adjStart[v + 1];
        for (int i = p.adjStart[v]; i < end; i++) {
            int w = p.adjOther[i];
            int b = topOf[w];
            if (b == a) {
                continue;
            }
            int rate = sa + slope[b];
            if (rate > 0) {
                long t = rt.now + (p.adjCost[i] - rv - rt.total(w)) / rate;
                if (t < best) {
                    best = t;
                    nextEdge = p.adjEdge[i];
                }
            }
        }
        if (sa > 0 && p.boundaryCost[v] != RegionBlossom.NO_BOUNDARY) {
            long t = rt.now + p.boundaryCost[v] - rv;
            if (t < best) {
                best = t;
                nextEdge = -1;
            }
        }
        if (p.liveHead[v] >= 0 || sa > 0 && p.frontierCost[v] != RegionBlossom.NO_FRONTIER) {
            best = nextLiveTime(v, a, sa, rv, best);
        }
        return best;
    }

    /**
     * The part of {@link #nextTime} for single-pass solving (see {@link SinglePassMatching}): the
     * pairs added while solving, then the event's frontier. Kept apart so that nextTime stays small
     * enough to inline.
     */
    private long nextLiveTime(int v, int a, int sa, long rv, long best) {
        RegionTable rt = table;
        BlossomProblem p = problem;
        for (int i = p.liveHead[v]; i >= 0; i = p.liveNext[i]) {
            int w = p.liveOther[i];
            int b = rt.topOf[w];
            if (b == a) {
                continue;
            }
            int rate = sa + rt.slope[b];
            if (rate > 0) {
                long t = rt.now + (p.liveCost[i] - rv - rt.total(w)) / rate;
                if (t < best) {
                    best = t;
                    nextEdge = p.liveEdge[i];
                }
            }
        }
        long frontier = p.frontierCost[v];
        if (sa > 0 && frontier != RegionBlossom.NO_FRONTIER) {
            // Rounding may leave the radius a grid unit past the frontier: act at once then.
            long t = rt.now + Math.max(0, frontier - rv);
            if (t < best) {
                best = t;
                nextEdge = FRONTIER;
            }
        }
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
