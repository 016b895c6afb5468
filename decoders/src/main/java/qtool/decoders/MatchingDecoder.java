package qtool.decoders;

import java.util.Arrays;
import qtool.decode.Correction;

/**
 * Exact minimum-weight perfect matching decoder (with boundary), sparse and local: it never builds
 * the complete graph of a shot's events.
 *
 * <p>Per shot, first the cheap path: {@link BallGrowth#growGreedy} grows balls around the events
 * until each meets a partner or the boundary; its radii are a dual lower bound, and when no ball
 * got stuck the greedy matching meets that bound and is optimal. At low error rates that almost
 * always holds after touching a handful of nodes. Otherwise {@link SinglePassMatching} continues
 * the way sparse blossom (Higgott and Gidney, arXiv:2303.15933) does, from the greedy state:
 * {@link RegionBlossom} grows regions with alternating trees and blossoms on the pairs met so far,
 * while each event's ball grows on demand just ahead of its radius and adds the pairs it meets, so
 * that when the solver finishes its radii prove that no other pair could improve the matching. If
 * the greedy duals are unusable, balls grow to the boundary distance (or without limit where there
 * is no boundary), which finds every pair that could ever be matched, and {@link
 * CandidateMatching} solves them. The observables are the XOR along the matched paths.
 *
 * <p>Immutable and thread-safe: per-thread scratch lives in a ThreadLocal and is reset in time
 * proportional to what the previous shot touched.
 */
public final class MatchingDecoder implements GraphDecoder {
    private final DecodingGraph graph;
    private final FlatAdjacency adjacency;
    private final BoundaryDistances boundary;
    private final ThreadLocal<Scratch> scratch;

    public MatchingDecoder(DecodingGraph graph) {
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
        s.match(events, count, false);
        long obs = 0;
        double weight = 0;
        for (int i = 0; i < count; i++) {
            int m = s.mates[i];
            if (m == BallGrowth.BOUNDARY) {
                obs ^= boundary.observables(events[i]);
                weight += s.balls.boundaryDistance(i);
            } else if (s.viaPairs) {
                CandidatePairs pairs = s.singlePass.pairs;
                if (pairs.a(m) == i) {
                    obs ^= pairs.observables(m);
                    weight += pairs.length(m);
                }
            } else if (s.balls.discoveryA(m) == i) {
                obs ^= s.balls.discoveryObservables(m);
                weight += s.balls.discoveryLength(m);
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
        s.match(events, count, true);
        EdgeParity parity = s.parity;
        parity.clear();
        for (int i = 0; i < count; i++) {
            int m = s.mates[i];
            if (m == BallGrowth.BOUNDARY) {
                for (int v = events[i]; v != adjacency.boundary; v = boundary.next(v)) {
                    parity.toggle(boundary.firstEdge(v));
                }
            } else if (s.viaPairs) {
                if (s.singlePass.pairs.a(m) == i) {
                    s.singlePass.pairs.edges(m, parity::toggle);
                }
            } else if (s.balls.discoveryA(m) == i) {
                s.balls.discoveryEdges(m, parity::toggle);
            }
        }
        return parity.oddEdges();
    }

    /** Per-thread state: the ball engine, the exact solvers and the answer of the last shot. */
    private final class Scratch {
        final BallGrowth balls = new BallGrowth(adjacency, boundary);
        final SinglePassMatching singlePass = new SinglePassMatching();
        final CandidateMatching candidates = new CandidateMatching();
        final EdgeParity parity = new EdgeParity(graph.numEdges());
        int[] mates = new int[16];
        /** Whether {@link #mates} index {@code singlePass.pairs} (else the balls' discoveries). */
        boolean viaPairs;

        void match(int[] events, int count, boolean withPaths) {
            if (mates.length < count) {
                mates = new int[2 * count];
            }
            viaPairs = false;
            balls.load(events, count);
            if (count == 1 && balls.boundaryDistance(0) < Double.POSITIVE_INFINITY) {
                // A lone event has one partner to choose from: its nearest boundary.
                mates[0] = BallGrowth.BOUNDARY;
                return;
            }
            int greedy = balls.growGreedy();
            if (greedy == BallGrowth.OPTIMAL) {
                for (int i = 0; i < count; i++) {
                    mates[i] = balls.greedyMate(i);
                }
                return;
            }
            if (greedy == BallGrowth.DUAL_FEASIBLE && singlePass.solve(balls, withPaths)) {
                viaPairs = true;
                for (int i = 0; i < count; i++) {
                    mates[i] = singlePass.mate(i);
                }
                return;
            }
            // No usable start (a ball crossed a part of the graph without boundary alone):
            // every pair that could ever be matched, solved exactly.
            balls.growExact(Double.POSITIVE_INFINITY);
            if (!candidates.solve(balls)) {
                throw new IllegalArgumentException("detection events cannot be matched: a part of the graph without"
                        + " boundary holds an odd number of them");
            }
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
