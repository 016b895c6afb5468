package qtool.decoders;


/**
 * Exact matching of a shot whose greedy growth left some balls stuck, certified by duals instead
 * of by searching a gap.
 *
 * <p>The candidates are the pairs found so far (at first the greedy growth's discoveries). In a
 * connected component of candidates without a stuck event, the greedy matching is optimal: its
 * radii y are feasible duals and all its pairs are tight. The other components go to {@link
 * RegionBlossom}, which matches them and returns its region radii. Together that gives, per event,
 * a radius R(v) with R(u) + R(v) - (radii of blossoms holding both) ≤ d(u, v) on every candidate.
 * Then every ball grows to R(v) (only those beyond the radius their stored ball is complete to
 * need to: see {@link BallGrowth#growFurther}), which finds every pair with d(u, v) ≤ R(u) + R(v). Any other pair
 * satisfies the dual inequality outright; the found ones are checked. If none violates it, the
 * duals are feasible for the whole graph and the matching is optimal. Otherwise the violating
 * pairs join the candidates (and their events are solved, not taken from the greedy matching) and
 * the matching is solved again.
 *
 * <p>Costs go to the solver as even integers on a grid of 2^-{@value #BITS} of the largest
 * length, as {@link BlossomMatcher} does; comparisons against radii allow a few grid units, so
 * the matching is optimal up to a few units of that grid, far below the decoder's tolerances.
 * Mutable per-thread scratch.
 */
final class CertifiedMatching {
    private static final int BITS = 40;
    /** Slack of the certificate's comparisons, in grid units. */
    private static final double GRID_SLACK = 4;
    /** Rounds of solve-and-check before giving up on the certificate (never reached in practice). */
    private static final int MAX_ROUNDS = 64;

    private final RegionBlossom blossom = new RegionBlossom();
    final CandidatePairs pairs = new CandidatePairs();
    private int[] edgePair = new int[64];
    private int[] mate = new int[16];
    private double[] reach = new double[16];
    /** Per event: its index in the solver's problem, or -1 when its component keeps the greedy matching. */
    private int[] local = new int[16];
    private int[] global = new int[16];
    /**
     * Per event: whether its component must be solved (again) in this round: it holds a stuck
     * event, or a pair that violated the last radii. The other components keep their matching
     * and radii from the greedy growth or an earlier round: those are optimal for them, and a
     * new pair joining two of them satisfies the radii (else it would have been a violation).
     */
    private boolean[] force = new boolean[16];
    private boolean[] beyond = new boolean[16];
    /** Per event: the radius its ball in the ball store is complete to (greedy radius at first). */
    private double[] complete = new double[16];
    private double[] ballRadius = new double[16];
    private final DisjointSets sets = new DisjointSets();
    private boolean[] solveRoot = new boolean[16];
    /** The largest length the grid must hold in this shot (it only grows, see selectAndSolve). */
    private double maxLength;

    /**
     * Matches the events loaded in {@code balls} after a greedy growth that returned {@link
     * BallGrowth#DUAL_FEASIBLE}. False when the events cannot be matched on the candidates or the
     * rounds ran out; the caller then falls back to a complete search.
     */
    boolean solve(BallGrowth balls, boolean withPaths) {
        int k = balls.numEvents();
        if (mate.length < k) {
            int n = 2 * k;
            mate = new int[n];
            reach = new double[n];
            local = new int[n];
            global = new int[n];
            force = new boolean[n];
            beyond = new boolean[n];
            complete = new double[n];
            ballRadius = new double[n];
            solveRoot = new boolean[n];
        }
        pairs.reset(k, withPaths);
        maxLength = 0;
        int found = balls.discoveries();
        for (int s = 0; s < found; s++) {
            if (usable(balls, balls.discoveryA(s), balls.discoveryB(s), balls.discoveryLength(s))) {
                pairs.offer(balls, s);
            }
        }
        for (int i = 0; i < k; i++) {
            reach[i] = balls.greedyDual(i);
            int g = balls.greedyMate(i);
            force[i] = g == BallGrowth.STUCK;
            if (g >= 0) {
                int p = pairs.find(balls.discoveryA(g), balls.discoveryB(g));
                force[i] |= p < 0;
                mate[i] = p;
            } else {
                mate[i] = g;
            }
        }
        for (int i = 0; i < k; i++) {
            complete[i] = balls.greedyDual(i);
        }
        for (int round = 0; round < MAX_ROUNDS; round++) {
            double scale = selectAndSolve(balls, k);
            if (Double.isNaN(scale)) {
                return false;
            }
            double slack = GRID_SLACK / (2 * scale);
            if (covered(balls, k, slack) || round == 0 && tight(balls, k)) {
                return true;
            }
            for (int i = 0; i < k; i++) {
                if (beyond[i]) {
                    complete[i] = reach[i];
                }
                ballRadius[i] = complete[i];
            }
            balls.growFurther(ballRadius, beyond);
            boolean violated = false;
            found = balls.discoveries();
            for (int s = 0; s < found; s++) {
                int u = balls.discoveryA(s);
                int v = balls.discoveryB(s);
                double len = balls.discoveryLength(s);
                if (!usable(balls, u, v, len) || pairs.offer(balls, s) < 0) {
                    continue;
                }
                double shared = local[u] >= 0 && local[v] >= 0
                        ? blossom.sharedRadius(local[u], local[v]) / (2 * scale) : 0;
                if (len < reach[u] + reach[v] - 2 * shared - slack) {
                    violated = true;
                    force[u] = true;
                    force[v] = true;
                }
            }
            if (!violated) {
                return true;
            }
        }
        return false;
    }

    /** After a successful {@link #solve}: BOUNDARY or the index in {@link #pairs} of event i's pair. */
    int mate(int i) {
        return mate[i];
    }

    /** A pair longer than both its boundary matches together is never needed. */
    private static boolean usable(BallGrowth balls, int u, int v, double len) {
        return len <= balls.boundaryDistance(u) + balls.boundaryDistance(v);
    }

    /**
     * Solves the components that need it (those holding a forced event) with the region blossom
     * and updates {@link #mate} and {@link #reach} for their events; the others keep theirs.
     * Returns the grid scale used, NaN when the solver found no matching.
     */
    private double selectAndSolve(BallGrowth balls, int k) {
        int n = pairs.size();
        sets.reset(k);
        for (int i = 0; i < k; i++) {
            solveRoot[i] = false;
        }
        for (int p = 0; p < n; p++) {
            if (usable(balls, pairs.a(p), pairs.b(p), pairs.length(p))) {
                sets.union(pairs.a(p), pairs.b(p));
            }
        }
        for (int i = 0; i < k; i++) {
            if (force[i]) {
                solveRoot[sets.find(i)] = true;
                force[i] = false;
            }
        }
        int kk = 0;
        for (int i = 0; i < k; i++) {
            if (solveRoot[sets.find(i)]) {
                local[i] = kk;
                global[kk++] = i;
            } else {
                local[i] = -1;
            }
        }
        // One grid for the whole shot (radii of components solved in earlier rounds stay valid),
        // coarsened only if a longer pair turns up, which only a graph without boundary allows.
        for (int i = 0; i < k; i++) {
            double b = balls.boundaryDistance(i);
            if (b < Double.POSITIVE_INFINITY) {
                maxLength = Math.max(maxLength, 2 * b);
            }
        }
        for (int p = 0; p < n; p++) {
            maxLength = Math.max(maxLength, pairs.length(p));
        }
        double max = maxLength;
        double scale = max > 0 ? Math.scalb(1.0, BITS) / max : 1;
        if (kk == 0) {
            return scale;
        }
        RegionBlossom rb = blossom;
        rb.reset(kk);
        for (int j = 0; j < kk; j++) {
            double b = balls.boundaryDistance(global[j]);
            if (b < Double.POSITIVE_INFINITY) {
                rb.setBoundaryCost(j, cost(b, scale));
            }
        }
        if (edgePair.length < n) {
            edgePair = new int[2 * n];
        }
        for (int p = 0; p < n; p++) {
            int u = pairs.a(p);
            int v = pairs.b(p);
            if (local[u] >= 0 && usable(balls, u, v, pairs.length(p))) {
                edgePair[rb.addEdge(local[u], local[v], cost(pairs.length(p), scale))] = p;
            }
        }
        if (!rb.solve()) {
            return Double.NaN;
        }
        for (int j = 0; j < kk; j++) {
            int i = global[j];
            reach[i] = rb.totalRadius(j) / (2 * scale);
            int e = rb.mateEdge(j);
            mate[i] = e < 0 ? BallGrowth.BOUNDARY : edgePair[e];
        }
        return scale;
    }

    /**
     * Whether every pair the certificate needs is among the candidates already: if every radius
     * is within the radius its stored ball is complete to, R(v) ≤ c(v), each pair with d(u, v) ≤
     * R(u) + R(v) ≤ c(u) + c(v) was discovered (see {@link BallGrowth#growFurther}), and the
     * candidates' inequalities hold. Marks the events beyond, whose balls must grow.
     */
    private boolean covered(BallGrowth balls, int k, double slack) {
        boolean covered = true;
        for (int i = 0; i < k; i++) {
            beyond[i] = reach[i] > complete[i] + slack / 4;
            covered &= !beyond[i];
        }
        return covered;
    }

    /** Whether the matching costs no more than the greedy duals' lower bound: then it is optimal outright. */
    private boolean tight(BallGrowth balls, int k) {
        double cost = 0;
        for (int i = 0; i < k; i++) {
            int m = mate[i];
            if (m == BallGrowth.BOUNDARY) {
                cost += balls.boundaryDistance(i);
            } else if (pairs.a(m) == i) {
                cost += pairs.length(m);
            }
        }
        return cost <= balls.dualSum() + BallGrowth.TOLERANCE * cost;
    }



    private static long cost(double length, double scale) {
        return 2 * Math.round(length * scale);
    }
}
