package qtool.decoders;

import java.util.Arrays;
import qtool.decode.Correction;

/**
 * The previous exact matching decoder, kept as a test oracle for {@link MatchingDecoder} (an
 * independent exact method on the same graph: greedy lower bound, then a search of every pair
 * whose reduced cost fits in the gap to the best matching found).
 *
 * <p>Per shot, first the cheap path: {@link BallGrowth#growGreedy} grows balls around the events
 * until each meets a partner or the boundary; its radii are a dual lower bound, and when no ball
 * got stuck the greedy matching meets that bound and is optimal. At low error rates that almost
 * always holds after touching a handful of nodes. Otherwise {@link CandidateMatching} solves the
 * pairs met so far exactly (an upper bound); if it meets the lower bound it is optimal. Else only
 * pairs whose reduced cost fits in the gap can improve on it: {@link BallGrowth#growExact} finds
 * every pair within a budget, first a fraction of the gap (certified when the matching it gives
 * is itself within that budget), then the whole remaining gap. If the greedy duals are unusable,
 * balls grow to the boundary distance, which finds every pair that could ever be matched.
 * Components of candidates are solved independently: subset DP when small, {@link
 * BlossomEdmonds} when large. The observables are the XOR along the matched paths.
 *
 * <p>Immutable and thread-safe: per-thread scratch lives in a ThreadLocal and is reset in time
 * proportional to what the previous shot touched.
 */
final class GapSearchMatchingDecoder implements GraphDecoder {
    private final DecodingGraph graph;
    private final FlatAdjacency adjacency;
    private final BoundaryDistances boundary;
    private final ThreadLocal<Scratch> scratch;
    /**
     * Share of the gap tried first (see {@link Scratch#match}): the search work grows steeply with
     * the budget, and the optimum usually lies well below the greedy upper bound; measured at d=11,
     * p=5e-3, 0.35-0.5 roughly halves the time of searching with the whole gap at once.
     */
    private static final double TRIAL_FRACTION = 0.4;
    /** Cheaper guesses before the search with the whole (remaining) gap. */
    private static final int TRIALS = 1;

    GapSearchMatchingDecoder(DecodingGraph graph) {
        this.graph = graph;
        this.adjacency = new FlatAdjacency(graph);
        this.boundary = new BoundaryDistances(adjacency);
        this.scratch = ThreadLocal.withInitial(Scratch::new);
    }

    @Override
    public DecodingGraph graph() {
        return graph;
    }

    @Override
    public Correction decode(int[] events, int count) {
        if (count == 0) {
            return new Correction(0, 0);
        }
        Scratch s = scratch.get();
        s.match(events, count);
        BallGrowth balls = s.balls;
        long obs = 0;
        double weight = 0;
        for (int i = 0; i < count; i++) {
            int m = s.mates[i];
            if (m == BallGrowth.BOUNDARY) {
                obs ^= boundary.observables(events[i]);
                weight += balls.boundaryDistance(i);
            } else if (balls.discoveryA(m) == i) {
                obs ^= balls.discoveryObservables(m);
                weight += balls.discoveryLength(m);
            }
        }
        return new Correction(obs, weight);
    }

    @Override
    public int[] decodeToEdges(int[] events, int count) {
        if (count == 0) {
            return new int[0];
        }
        Scratch s = scratch.get();
        s.match(events, count);
        BallGrowth balls = s.balls;
        EdgeParity parity = s.parity;
        parity.clear();
        for (int i = 0; i < count; i++) {
            int m = s.mates[i];
            if (m == BallGrowth.BOUNDARY) {
                for (int v = events[i]; v != adjacency.boundary; v = boundary.next(v)) {
                    parity.toggle(boundary.firstEdge(v));
                }
            } else if (balls.discoveryA(m) == i) {
                balls.discoveryEdges(m, parity::toggle);
            }
        }
        return parity.oddEdges();
    }

    /** Per-thread state: the ball engine, the exact fallback and the answer of the last shot. */
    private final class Scratch {
        final BallGrowth balls = new BallGrowth(adjacency, boundary);
        final CandidateMatching candidates = new CandidateMatching();
        final EdgeParity parity = new EdgeParity(graph.numEdges());
        int[] mates = new int[16];

        void match(int[] events, int count) {
            if (mates.length < count) {
                mates = new int[2 * count];
            }
            balls.load(events, count);
            int greedy = balls.growGreedy();
            if (greedy == BallGrowth.OPTIMAL) {
                for (int i = 0; i < count; i++) {
                    mates[i] = balls.greedyMate(i);
                }
                return;
            }
            if (greedy == BallGrowth.DUAL_FEASIBLE && candidates.solve(balls)) {
                // The greedy duals bound every matching from below; the matching on the pairs met
                // so far bounds the optimum from above. Equal: done. Otherwise only pairs whose
                // reduced cost fits in the gap can improve on it; find them all and solve again.
                double lower = balls.dualSum();
                double upper = candidates.cost();
                double gap = upper - lower;
                if (gap <= BallGrowth.TOLERANCE * upper) {
                    copyCandidateMates(count);
                    return;
                }
                // First a cheaper guess: the greedy matching is usually well above the optimum,
                // and the work grows steeply with the radius. If the matching found with the
                // smaller budget is itself within it, every better matching would consist of
                // pairs within the budget too, all of which were found: it is optimal. Otherwise
                // its excess (if smaller) is the budget for the full search.
                for (int round = 0; round < TRIALS; round++) {
                    double budget = TRIAL_FRACTION * gap;
                    balls.growExact(budget);
                    if (candidates.solve(balls)) {
                        double excess = candidates.cost() - lower;
                        if (excess <= budget) {
                            copyCandidateMates(count);
                            return;
                        }
                        gap = Math.min(gap, excess);
                    }
                }
                balls.growExact(gap);
                if (candidates.solve(balls)) {
                    copyCandidateMates(count);
                    return;
                }
            }
            balls.growExact(Double.POSITIVE_INFINITY);
            if (!candidates.solve(balls)) {
                throw new IllegalArgumentException("detection events cannot be matched: a part of the graph without"
                        + " boundary holds an odd number of them");
            }
            copyCandidateMates(count);
        }

        private void copyCandidateMates(int count) {
            for (int i = 0; i < count; i++) {
                mates[i] = candidates.mate(i);
            }
        }
    }

    /** Edges used an odd number of times, cleared in O(touched): a path used twice cancels. */
    private static final class EdgeParity {
        private final boolean[] odd;
        private final boolean[] seen;
        private int[] touched = new int[64];
        private int count;

        EdgeParity(int edges) {
            odd = new boolean[edges];
            seen = new boolean[edges];
        }

        void toggle(int e) {
            if (!seen[e]) {
                seen[e] = true;
                if (count == touched.length) {
                    touched = Arrays.copyOf(touched, count * 2);
                }
                touched[count++] = e;
            }
            odd[e] ^= true;
        }

        int[] oddEdges() {
            int n = 0;
            int[] out = new int[count];
            for (int i = 0; i < count; i++) {
                if (odd[touched[i]]) {
                    out[n++] = touched[i];
                }
            }
            return Arrays.copyOf(out, n);
        }

        void clear() {
            for (int i = 0; i < count; i++) {
                odd[touched[i]] = false;
                seen[touched[i]] = false;
            }
            count = 0;
        }
    }
}
