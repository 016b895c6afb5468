package qtool.decoders;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import qtool.decode.GapPairDecoder;
import qtool.decode.GapDecoder;

class HomologyClassDecoderTest {
    /** Random connected graphs with two labels per edge, odd cycles allowed, some boundary edges. */
    private static DecodingGraph randomGraph(SplittableRandom rng, int n, int m) {
        List<int[]> ends = new ArrayList<>();
        double[] p = new double[m];
        long[] obs = new long[m];
        for (int e = 0; e < m; e++) {
            int a;
            int b;
            if (e < n - 1) {
                a = e;
                b = e + 1;
            } else {
                a = rng.nextInt(n);
                b = rng.nextInt(5) == 0 ? n : rng.nextInt(n);
                if (a == b) {
                    b = (a + 1) % n;
                }
            }
            ends.add(new int[] {a, b});
            p[e] = 0.01 + 0.2 * rng.nextDouble();
            obs[e] = rng.nextInt(4);
        }
        if (ends.stream().noneMatch(x -> x[0] == n || x[1] == n)) {
            ends.set(m - 1, new int[] {0, n});
        }
        return DecodingGraph.of(n, 2, ends, p, obs);
    }

    /** Minimum weight per class over all edge subsets with the given syndrome. */
    private static double[] bruteForce(DecodingGraph g, int[] events) {
        boolean[] want = new boolean[g.numDetectors()];
        for (int e : events) {
            want[e] = true;
        }
        double[] best = new double[4];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        int m = g.numEdges();
        for (int subset = 0; subset < 1 << m; subset++) {
            boolean[] syn = new boolean[g.numDetectors() + 1];
            double w = 0;
            int cls = 0;
            for (int e = 0; e < m; e++) {
                if ((subset >>> e & 1) != 0) {
                    syn[g.edgeA(e)] ^= true;
                    syn[g.edgeB(e)] ^= true;
                    w += g.weight(e);
                    cls ^= (int) g.observables(e);
                }
            }
            boolean ok = true;
            for (int d = 0; d < g.numDetectors(); d++) {
                ok &= syn[d] == want[d];
            }
            if (ok) {
                best[cls] = Math.min(best[cls], w);
            }
        }
        return best;
    }

    @Test
    void classWeightsAndGapsEqualBruteForceOnRandomGraphs() {
        SplittableRandom rng = new SplittableRandom(20261124);
        for (int trial = 0; trial < 60; trial++) {
            int n = 3 + rng.nextInt(4);
            DecodingGraph g = randomGraph(rng, n, n + 3 + rng.nextInt(5));
            HomologyClassDecoder dec = new HomologyClassDecoder(g, 12, new MatchingDecoder(g));
            for (int shot = 0; shot < 8; shot++) {
                int[] events = java.util.stream.IntStream.range(0, n).filter(d -> rng.nextInt(3) == 0).toArray();
                double[] w = bruteForce(g, events);
                int best = 0;
                for (int c = 1; c < 4; c++) {
                    if (w[c] < w[best]) {
                        best = c;
                    }
                }
                GapPairDecoder.GapPair got = dec.decodeWithGaps(events, events.length);
                String where = "trial " + trial + " events " + Arrays.toString(events) + " classes " + Arrays.toString(w);
                assertEquals(w[best], got.weight(), 1e-9, where);
                assertEquals(w[best], w[(int) got.observables() | (best & 2)] == w[best] ? w[best] : w[best ^ 2], 1e-9, where);
                double gap = w[best ^ 1] - w[best];
                double second = w[best ^ 3] - w[best];
                if (w[best ^ 2] != w[best]) { // ties between classes that differ in the label only are ambiguous
                    assertEquals(best & 1, got.observables(), where);
                    assertEquals(gap, got.gap(), 1e-9, where);
                    assertEquals(second, got.secondGap(), 1e-9, where);
                }
            }
        }
    }

    @Test
    void onePlanarLabelGivesTheComplementaryGap() {
        // A repetition-code line with boundaries at both ends: the observable crosses the middle edge.
        int n = 6;
        List<int[]> ends = new ArrayList<>();
        ends.add(new int[] {0, n});
        for (int i = 0; i + 1 < n; i++) {
            ends.add(new int[] {i, i + 1});
        }
        ends.add(new int[] {n - 1, n});
        double[] p = new double[ends.size()];
        long[] obs = new long[ends.size()];
        for (int e = 0; e < p.length; e++) {
            p[e] = 0.02 + 0.01 * e;
        }
        obs[0] = 1;
        DecodingGraph g = DecodingGraph.of(n, 1, ends, p, obs);
        HomologyClassDecoder dec = new HomologyClassDecoder(g, 10, new MatchingDecoder(g));
        ComplementaryGapDecoder reference = new ComplementaryGapDecoder(g, 0, MatchingDecoder::new);
        for (int[] events : new int[][] {{}, {2}, {1, 4}, {0, 5}, {0, 1, 2, 3}}) {
            GapPairDecoder.GapPair got = dec.decodeWithGaps(events, events.length);
            GapDecoder.Gap want = reference.decodeWithGap(events, events.length);
            assertEquals(want.observables(), got.observables());
            assertEquals(want.weight(), got.weight(), 1e-9);
            assertEquals(want.gap(), got.gap(), 1e-9);
        }
    }

    @Test
    void largeShotsFallBackWithZeroGaps() {
        SplittableRandom rng = new SplittableRandom(3);
        DecodingGraph g = randomGraph(rng, 8, 14);
        HomologyClassDecoder dec = new HomologyClassDecoder(g, 2, new MatchingDecoder(g));
        GapPairDecoder.GapPair got = dec.decodeWithGaps(new int[] {0, 1, 2}, 3);
        assertEquals(0, got.gap());
        assertEquals(0, got.secondGap());
    }

    /**
     * Shots with many events on sparse graphs, where the decoder splits components into clusters:
     * class weights against an independent enumeration of every pairing over cover distances
     * (Bellman–Ford here, Dijkstra in the decoder).
     */
    @Test
    void clusteredProgramEqualsEveryPairingOnLargerGraphs() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int trial = 0; trial < 12; trial++) {
            int n = 24;
            DecodingGraph g = randomGraph(rng, n, n + 6);
            double[][] dist = coverDistances(g);
            HomologyClassDecoder dec = new HomologyClassDecoder(g, 16, new MatchingDecoder(g));
            for (int shot = 0; shot < 6; shot++) {
                int[] events = java.util.stream.IntStream.range(0, n).filter(d -> rng.nextInt(3) == 0).limit(12).toArray();
                double[] w = completions(dist, g.boundary(), events, 0, new java.util.HashMap<>());
                double[] loops = new double[4];
                for (int c = 0; c < 4; c++) {
                    loops[c] = c == 0 ? 0 : Double.POSITIVE_INFINITY;
                    for (int v = 0; v <= n; v++) {
                        if (c != 0) {
                            loops[c] = Math.min(loops[c], dist[v][v * 4 + c]);
                        }
                    }
                }
                double[] withLoops = new double[4];
                Arrays.fill(withLoops, Double.POSITIVE_INFINITY);
                for (int a = 0; a < 4; a++) {
                    for (int b = 0; b < 4; b++) {
                        for (int b2 = 0; b2 < 4; b2++) {
                            withLoops[a ^ b ^ b2] = Math.min(withLoops[a ^ b ^ b2], w[a] + loops[b] + loops[b2]);
                        }
                    }
                }
                int best = 0;
                for (int c = 1; c < 4; c++) {
                    if (withLoops[c] < withLoops[best]) {
                        best = c;
                    }
                }
                GapPairDecoder.GapPair got = dec.decodeWithGaps(events, events.length);
                String where = "trial " + trial + " events " + Arrays.toString(events) + " classes " + Arrays.toString(withLoops);
                assertEquals(withLoops[best], got.weight(), 1e-9, where);
                if (withLoops[best ^ 2] != withLoops[best]) {
                    assertEquals(withLoops[best ^ 1] - withLoops[best], got.gap(), 1e-9, where);
                    assertEquals(withLoops[best ^ 3] - withLoops[best], got.secondGap(), 1e-9, where);
                }
            }
        }
    }

    /** Cover distances by Bellman–Ford; chains end at the boundary and do not pass through it. */
    private static double[][] coverDistances(DecodingGraph g) {
        int nodes = g.numDetectors() + 1;
        double[][] out = new double[nodes][];
        for (int s = 0; s < nodes; s++) {
            double[] d = new double[nodes * 4];
            Arrays.fill(d, Double.POSITIVE_INFINITY);
            d[s * 4] = 0;
            for (boolean changed = true; changed; ) {
                changed = false;
                for (int e = 0; e < g.numEdges(); e++) {
                    int[] ends = {g.edgeA(e), g.edgeB(e)};
                    for (int side = 0; side < 2; side++) {
                        int u = ends[side];
                        int v = ends[1 - side];
                        if (u == g.boundary() && u != s) {
                            continue;
                        }
                        for (int c = 0; c < 4; c++) {
                            double nd = d[u * 4 + c] + g.weight(e);
                            int y = v * 4 + (c ^ (int) (g.observables(e) & 3));
                            if (nd < d[y] - 1e-12) {
                                d[y] = nd;
                                changed = true;
                            }
                        }
                    }
                }
            }
            out[s] = d;
        }
        return out;
    }

    /** Cheapest completion per class from the set {@code used} (memoised recursion over every pairing). */
    private static double[] completions(double[][] dist, int boundary, int[] events, int used, java.util.Map<Integer, double[]> memo) {
        double[] known = memo.get(used);
        if (known != null) {
            return known;
        }
        double[] best = new double[4];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        int i = Integer.numberOfTrailingZeros(~used);
        if (i >= events.length) {
            best[0] = 0;
        } else {
            int u = events[i];
            for (int j = i; j < events.length; j++) {
                if (j > i && (used >>> j & 1) != 0) {
                    continue;
                }
                int target = j == i ? boundary : events[j];
                double[] rest = completions(dist, boundary, events, used | 1 << i | 1 << j, memo);
                for (int c = 0; c < 4; c++) {
                    for (int r = 0; r < 4; r++) {
                        best[c ^ r] = Math.min(best[c ^ r], dist[u][target * 4 + c] + rest[r]);
                    }
                }
            }
        }
        memo.put(used, best);
        return best;
    }
}
