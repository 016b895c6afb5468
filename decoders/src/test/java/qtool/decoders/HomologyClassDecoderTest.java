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
}
