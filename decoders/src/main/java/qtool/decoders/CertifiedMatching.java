package qtool.decoders;

/**
 * Exact matching of a shot whose greedy growth left some balls stuck, certified by duals instead
 * of by searching a gap: {@link RegionBlossom} matches the events on the pairs found so far and
 * returns its region radii R(v); then every ball grows to R(v) ({@link BallGrowth#growWithin}),
 * which finds every pair with d(u, v) ≤ R(u) + R(v). A pair of the graph that is not among them
 * satisfies the dual inequality outright (d ≥ R(u) + R(v) ≥ R(u) + R(v) - shared blossom radii),
 * and one among them is checked. If none violates it, the duals are feasible for the whole graph
 * and the matching is optimal; otherwise the violating pairs join the candidates and the matching
 * is solved again. The growth stays within the regions of sparse blossom, which are small,
 * rather than the greedy radii plus half the gap, which at high error rates overlapped heavily.
 *
 * <p>Costs go to the solver as even integers on a grid of 2^-{@value #BITS} of the largest
 * length, as {@link BlossomMatcher} does. Mutable per-thread scratch.
 */
final class CertifiedMatching {
    private static final int BITS = 40;
    /** Rounds of solve-and-check before giving up on the certificate (never reached in practice). */
    private static final int MAX_ROUNDS = 64;

    private final RegionBlossom blossom = new RegionBlossom();
    final CandidatePairs pairs = new CandidatePairs();
    private int[] edgePair = new int[64];
    private int[] mate = new int[16];
    private double[] reach = new double[16];
    private long[] radius = new long[16];
    /** Per event: whether its radius exceeds its greedy radius (then its ball must grow again). */
    private boolean[] beyond = new boolean[16];

    /**
     * Matches the events loaded in {@code balls}, whose discoveries (from the greedy growth) are
     * the first candidates. False when the events cannot be matched or the rounds ran out; the
     * caller then falls back to a complete search.
     */
    static long STAT_BEYOND, STAT_CALLS, STAT_ROUNDS, STAT_EDGES, STAT_EVENTS, STAT_FOUND;
    boolean solve(BallGrowth balls, boolean withPaths) {
        STAT_CALLS++;
        int k = balls.numEvents();
        if (mate.length < k) {
            mate = new int[2 * k];
            reach = new double[2 * k];
            radius = new long[2 * k];
            beyond = new boolean[2 * k];
        }
        pairs.reset(k, withPaths);
        offerAll(balls);
        for (int round = 0; round < MAX_ROUNDS; round++) {
            double max = 0;
            for (int i = 0; i < k; i++) {
                double b = balls.boundaryDistance(i);
                if (b < Double.POSITIVE_INFINITY) {
                    max = Math.max(max, b);
                }
            }
            int n = pairs.size();
            for (int p = 0; p < n; p++) {
                max = Math.max(max, pairs.length(p));
            }
            double scale = max > 0 ? Math.scalb(1.0, BITS) / max : 1;
            RegionBlossom rb = blossom;
            rb.reset(k);
            for (int i = 0; i < k; i++) {
                double b = balls.boundaryDistance(i);
                if (b < Double.POSITIVE_INFINITY) {
                    rb.setBoundaryCost(i, cost(b, scale));
                }
            }
            if (edgePair.length < n) {
                edgePair = new int[2 * n];
            }
            for (int p = 0; p < n; p++) {
                int u = pairs.a(p);
                int v = pairs.b(p);
                if (pairs.length(p) < balls.boundaryDistance(u) + balls.boundaryDistance(v)) {
                    edgePair[rb.addEdge(u, v, cost(pairs.length(p), scale))] = p;
                }
            }
            STAT_ROUNDS++; STAT_EDGES += n; STAT_EVENTS += k;
            if (!rb.solve()) {
                return false;
            }
            for (int i = 0; i < k; i++) {
                radius[i] = rb.totalRadius(i);
                reach[i] = radius[i] / (2 * scale);
                int e = rb.mateEdge(i);
                mate[i] = e < 0 ? BallGrowth.BOUNDARY : edgePair[e];
            }
            if (round == 0) {
                if (coveredByGreedy(balls, k, scale)) {
                    return true;
                }
                balls.growBeyondGreedy(reach, beyond);
            } else {
                balls.growWithin(reach);
            }
            boolean violated = false;
            int found = balls.discoveries();
            STAT_FOUND += found;
            for (int s = 0; s < found; s++) {
                int u = balls.discoveryA(s);
                int v = balls.discoveryB(s);
                double len = balls.discoveryLength(s);
                if (!(len < balls.boundaryDistance(u) + balls.boundaryDistance(v))) {
                    continue;
                }
                if (pairs.offer(balls, s) >= 0
                        && cost(len, scale) < radius[u] + radius[v] - 2 * rb.sharedRadius(u, v)) {
                    violated = true;
                }
            }
            if (!violated) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the greedy growth already found every pair the certificate needs: either the
     * matching costs no more than the greedy duals' lower bound (then it is optimal outright), or
     * every radius is within its greedy radius, R(v) ≤ y(v), so each pair with d(u, v) < R(u) +
     * R(v) was discovered then and is among the candidates, whose inequalities the solver keeps.
     * R(v) comes from costs rounded to the grid, so "within" allows one grid unit: a pair the
     * greedy growth did not find then has a reduced cost of at least -3 units, which can move the
     * matching's cost by a few units of 2^-{@value #BITS} of the largest length, the same order
     * as the rounding itself and far below the decoder's tolerances.
     */
    private boolean coveredByGreedy(BallGrowth balls, int k, double scale) {
        double cost = 0;
        for (int i = 0; i < k; i++) {
            int m = mate[i];
            if (m == BallGrowth.BOUNDARY) {
                cost += balls.boundaryDistance(i);
            } else if (pairs.a(m) == i) {
                cost += pairs.length(m);
            }
        }
        double lower = balls.dualSum();
        boolean tight = cost <= lower + BallGrowth.TOLERANCE * cost;
        boolean covered = true;
        for (int i = 0; i < k; i++) {
            beyond[i] = radius[i] > 2 * scale * balls.greedyDual(i) + 1;
            covered &= !beyond[i];
            if (beyond[i]) STAT_BEYOND++;
        }
        return covered || tight;
    }

    /** After a successful {@link #solve}: BOUNDARY or the index in {@link #pairs} of event i's pair. */
    int mate(int i) {
        return mate[i];
    }

    private void offerAll(BallGrowth balls) {
        int found = balls.discoveries();
        for (int s = 0; s < found; s++) {
            int u = balls.discoveryA(s);
            int v = balls.discoveryB(s);
            if (balls.discoveryLength(s) < balls.boundaryDistance(u) + balls.boundaryDistance(v)) {
                pairs.offer(balls, s);
            }
        }
    }

    private static long cost(double length, double scale) {
        return 2 * Math.round(length * scale);
    }
}
