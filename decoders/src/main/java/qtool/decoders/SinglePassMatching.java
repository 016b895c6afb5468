package qtool.decoders;

import java.util.Arrays;

/**
 * Exact matching of a shot whose greedy growth left some balls stuck, in one pass: {@link
 * RegionBlossom} runs on the pairs found so far, warm-started from the greedy growth, and each
 * event's ball grows on demand, just ahead of the event's dual radius, the way sparse blossom
 * (Higgott and Gidney, arXiv:2303.15933) grows regions on the detector graph instead of on a
 * complete graph of events.
 *
 * <p>Why the result is optimal. Ball v is complete below its frontier f(v) (every node closer than
 * that is in it), and the solver is told f(v) as a pseudo-edge of v: when v's total radius R(v)
 * reaches it, the solver stops and v's ball grows ({@link BallGrowth#growOn}), so R(v) ≤ f(v)
 * always. Every pair with d(u, v) below f(u) + f(v) has been discovered at its exact distance
 * (see there) and is a pair of the solver, which keeps R(u) + R(v) - 2·(shared blossom radii) ≤
 * d(u, v) on it; every other pair has d(u, v) ≥ f(u) + f(v) ≥ R(u) + R(v). So when the solver
 * finishes, the radii are a feasible dual for all pairs of the graph, the matching is tight on
 * them, and it is a minimum-weight perfect matching. A pair first met along a longer path joins
 * with that length and is shortened when its shortest path is met, which happens before the
 * radii could pass the shorter length.
 *
 * <p>This replaces the earlier solve-then-certify rounds, which regrew balls from scratch for
 * each check and solved again when a check failed. Costs are even integers on a grid of
 * 2^-{@value #BITS} of the longest pair worth matching (twice the largest boundary distance, or
 * for events without boundary the span of their part of the graph, see {@link
 * BoundaryDistances#span}), as in {@link BlossomMatcher}; radii and pair costs are compared on that
 * grid, so the matching is optimal up to a few grid units, far below the decoder's tolerances.
 * Mutable per-thread scratch.
 */
final class SinglePassMatching {
    private static final int BITS = 40;

    private final RegionBlossom blossom = new RegionBlossom();
    final CandidatePairs pairs = new CandidatePairs();
    /** Per solver pair: its candidate pair; per candidate pair: its solver pair or -1. */
    private int[] edgePair = new int[64];
    private int[] pairEdge = new int[64];
    private int[] mate = new int[16];
    /** Per greedy discovery: its candidate pair, -1 when it was not worth matching. */
    private int[] discoveryPair = new int[64];
    /** Candidates 0..mapped-1 have a solver pair. */
    private int mapped;
    private double scale;

    /**
     * Matches the events loaded in {@code balls} after a greedy growth that returned {@link
     * BallGrowth#DUAL_FEASIBLE}. False when the events cannot be matched (a part of the graph
     * without boundary holds an odd number of them); the caller then falls back to a complete
     * search, which reports it.
     */
    boolean solve(BallGrowth balls, boolean withPaths) {
        int k = balls.numEvents();
        if (mate.length < k) {
            mate = new int[2 * k];
        }
        double maxLength = 0;
        for (int i = 0; i < k; i++) {
            maxLength = Math.max(maxLength, balls.span(i));
        }
        scale = maxLength > 0 ? Math.scalb(1.0, BITS) / maxLength : 1;
        pairs.reset(k, withPaths);
        mapped = 0;
        balls.startGrowingOn();
        RegionBlossom rb = blossom;
        rb.reset(k);
        for (int i = 0; i < k; i++) {
            double b = balls.boundaryDistance(i);
            if (b < Double.POSITIVE_INFINITY) {
                rb.setBoundaryCost(i, cost(b));
            }
        }
        int found = balls.discoveries();
        if (discoveryPair.length < found) {
            discoveryPair = new int[2 * found];
        }
        for (int s = 0; s < found; s++) {
            discoveryPair[s] = offer(balls, s, false);
        }
        balls.clearChanged();
        warmStart(balls, k);
        for (int i = 0; i < k; i++) {
            // Complete below the greedy radius: a lower bound of the frontier, which is only
            // computed (from the ball's entries) when the event's radius first reaches it.
            double y = balls.greedyDual(i);
            rb.setFrontier(i, y < balls.boundaryDistance(i) ? 2 * (long) Math.floor(y * scale) : RegionBlossom.NO_FRONTIER);
        }
        rb.start();
        while (true) {
            int v = rb.run();
            if (v == RegionBlossom.DONE) {
                break;
            }
            if (v == RegionBlossom.NO_MATCHING) {
                return false;
            }
            grow(balls, v);
        }
        rb.finish();
        for (int i = 0; i < k; i++) {
            int e = rb.mateEdge(i);
            mate[i] = e < 0 ? BallGrowth.BOUNDARY : edgePair[e];
        }
        return true;
    }

    /** After a successful {@link #solve}: BOUNDARY or the index in {@link #pairs} of event i's pair. */
    int mate(int i) {
        return mate[i];
    }

    /**
     * The solver reached v's frontier: v's ball grows until its frontier lies beyond v's radius
     * (usually one step, or none when the real frontier was not known yet), and the pairs it met
     * join the solver or get shorter there.
     */
    private void grow(BallGrowth balls, int v) {
        RegionBlossom rb = blossom;
        long radius = rb.totalRadius(v);
        // The first time, the frontier given was the greedy radius, often short of the real one.
        long f = frontierCost(balls, v);
        while (f <= radius) {
            balls.growOn(v);
            f = frontierCost(balls, v);
        }
        int n = balls.changedCount();
        for (int c = 0; c < n; c++) {
            offer(balls, balls.changed(c), true);
        }
        balls.clearChanged();
        rb.setFrontier(v, f);
    }

    /**
     * Passes discovery s to the candidates and, if it is new or shorter there, to the solver; returns
     * its candidate pair then, else -1. Every candidate gets its solver pair when it is added, so
     * candidates 0..mapped-1 have one.
     */
    private int offer(BallGrowth balls, int s, boolean live) {
        int u = balls.discoveryA(s);
        int v = balls.discoveryB(s);
        double length = balls.discoveryLength(s);
        if (length > balls.boundaryDistance(u) + balls.boundaryDistance(v)) {
            // Never better than both boundary matches together.
            return -1;
        }
        int p = pairs.offer(balls, s);
        if (p < 0) {
            return -1;
        }
        if (p < mapped) {
            blossom.lowerCost(pairEdge[p], cost(length));
            return p;
        }
        int e = live ? blossom.addLiveEdge(u, v, cost(length)) : blossom.addEdge(u, v, cost(length));
        if (pairEdge.length <= p) {
            pairEdge = Arrays.copyOf(pairEdge, 2 * (p + 1));
        }
        if (edgePair.length <= e) {
            edgePair = Arrays.copyOf(edgePair, 2 * (e + 1));
        }
        edgePair[e] = p;
        pairEdge[p] = e;
        mapped++;
        return p;
    }

    /**
     * The greedy growth's state as the solver's start: its radii are a feasible dual for every pair
     * of the graph and its pairs are tight, so only the stuck events grow trees. Matched pairs are
     * made exactly tight on the grid (the second event gets the cost minus the first's radius);
     * {@link WarmStart} repairs what rounding spoils.
     */
    private void warmStart(BallGrowth balls, int k) {
        for (int i = 0; i < k; i++) {
            int g = balls.greedyMate(i);
            long radius = Math.round(2 * scale * balls.greedyDual(i));
            if (g == BallGrowth.BOUNDARY) {
                blossom.warmStart(i, cost(balls.boundaryDistance(i)), RegionBlossom.START_BOUNDARY);
                continue;
            }
            if (g >= 0) {
                int a = balls.discoveryA(g);
                // A pair has one discovery in the greedy growth (shortened in place; beyond
                // BallGrowth's pair-index limit repeats can make this -1: a free start then).
                int p = discoveryPair[g];
                if (p >= 0) {
                    if (a != i) {
                        radius = cost(pairs.length(p)) - Math.round(2 * scale * balls.greedyDual(a));
                    }
                    blossom.warmStart(i, radius, pairEdge[p]);
                    continue;
                }
            }
            blossom.warmStart(i, radius, RegionBlossom.START_FREE);
        }
    }

    /**
     * Ball v's frontier on the grid, rounded down so that the solver stops no later than the
     * radius reaches it; NO_FRONTIER once the ball reached its boundary distance, beyond which the
     * radius never grows, or covers its whole part of the graph.
     */
    private long frontierCost(BallGrowth balls, int v) {
        double f = balls.frontier(v);
        if (f == Double.POSITIVE_INFINITY || f > balls.boundaryDistance(v)) {
            return RegionBlossom.NO_FRONTIER;
        }
        return 2 * (long) Math.floor(f * scale);
    }

    private long cost(double length) {
        return 2 * Math.round(length * scale);
    }
}
