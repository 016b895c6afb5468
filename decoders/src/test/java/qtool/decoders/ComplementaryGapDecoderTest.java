package qtool.decoders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import qtool.decode.Correction;

class ComplementaryGapDecoderTest {
    @Test
    void forcedWeightsAreTheConstrainedOptimaOnRandomGraphs() {
        SplittableRandom rnd = new SplittableRandom(99);
        int checked = 0;
        for (int trial = 0; trial < 200; trial++) {
            DecodingGraph g = consistentRandomGraph(rnd, 2 + rnd.nextInt(6), 12);
            ComplementaryGapDecoder gap = new ComplementaryGapDecoder(g, 0, MatchingDecoder::new);
            for (int shot = 0; shot < 6; shot++) {
                int[] events = GraphDecoderContractTest.symptoms(g,
                        GraphDecoderContractTest.randomEdgeSubset(rnd, g.numEdges()));
                double[] best = constrainedMinimum(g, events);
                qtool.decode.GapDecoder.Gap r = gap.decodeWithGap(events, events.length);
                double lo = Math.min(best[0], best[1]);
                double hi = Math.max(best[0], best[1]);
                assertEquals(lo, r.weight(), 1e-9, "trial " + trial);
                if (Double.isInfinite(hi)) {
                    assertTrue(Double.isInfinite(r.gap()));
                } else {
                    assertEquals(hi - lo, r.gap(), 1e-9, "trial " + trial);
                    checked++;
                }
                if (hi - lo > 1e-9) {
                    assertEquals(best[0] < best[1] ? 0 : 1, r.observables() & 1, "the lighter side's observable");
                }
            }
        }
        assertTrue(checked > 300, "most shots have both answers: " + checked);
    }

    @Test
    void agreesWithPlainMatchingOnTheSurfaceCode() {
        DecodingGraph g = GraphDecoderContractTest.surface(5, 5e-3);
        MatchingDecoder plain = new MatchingDecoder(g);
        ComplementaryGapDecoder gap = new ComplementaryGapDecoder(g, 0, MatchingDecoder::new);
        SplittableRandom rnd = new SplittableRandom(5);
        for (int shot = 0; shot < 500; shot++) {
            int[] events = GraphDecoderContractTest.symptoms(g, GraphDecoderContractTest.randomErrorAtRate(rnd, g, 0.01));
            Correction c = plain.decode(events, events.length);
            qtool.decode.GapDecoder.Gap r = gap.decodeWithGap(events, events.length);
            assertEquals(c.weight(), r.weight(), 1e-9);
            assertTrue(r.gap() >= 0);
            if (r.gap() > 1e-9) {
                assertEquals(c.observables(), r.observables());
            }
        }
    }

    @Test
    void unionFindWorksThroughTheSameConstruction() {
        DecodingGraph g = GraphDecoderContractTest.surface(3, 5e-3);
        ComplementaryGapDecoder gap = new ComplementaryGapDecoder(g, 0, UnionFindDecoder::new);
        int e = 0;
        while (g.edgeB(e) == g.boundary()) {
            e++;
        }
        int[] events = GraphDecoderContractTest.symptoms(g, new int[] {e});
        qtool.decode.GapDecoder.Gap r = gap.decodeWithGap(events, events.length);
        assertEquals(g.observables(e), r.observables());
        assertTrue(r.gap() > 0);
    }

    @Test
    void anObservableWithAnOddCycleIsRejected() {
        // Triangle D0-D1-D2 where only one edge flips L0: no potential exists.
        DecodingGraph g = DecodingGraph.of(3, 1, List.of(new int[] {0, 1}, new int[] {1, 2}, new int[] {0, 2},
                new int[] {0, 3}), new double[] {0.1, 0.1, 0.1, 0.1}, new long[] {1, 0, 0, 0});
        UndecodableModelException ex = assertThrows(UndecodableModelException.class,
                () -> new ComplementaryGapDecoder(g, 0, MatchingDecoder::new));
        assertTrue(ex.getMessage().contains("L0"), ex.getMessage());
    }

    /** Observable 0 on detector edges follows a random potential, so a gap is defined; boundary edges are random. */
    static DecodingGraph consistentRandomGraph(SplittableRandom rnd, int n, int maxEdges) {
        boolean[] phi = new boolean[n];
        for (int i = 0; i < n; i++) {
            phi[i] = rnd.nextBoolean();
        }
        List<int[]> ends = new ArrayList<>();
        java.util.Set<Long> used = new java.util.HashSet<>();
        int m = Math.min(maxEdges, n + rnd.nextInt(n + 1) + 1);
        for (int tries = 0; ends.size() < m && tries < 1000; tries++) {
            int a = rnd.nextInt(n);
            int b = rnd.nextInt(n + 1);
            if (a != b && used.add((long) Math.min(a, b) << 32 | Math.max(a, b))) {
                ends.add(new int[] {a, b});
            }
        }
        double[] p = new double[ends.size()];
        long[] obs = new long[ends.size()];
        for (int e = 0; e < ends.size(); e++) {
            int a = ends.get(e)[0];
            int b = ends.get(e)[1];
            p[e] = 0.01 + 0.3 * rnd.nextDouble();
            boolean flip = b == n || a == n ? rnd.nextBoolean() : phi[a] ^ phi[b];
            obs[e] = flip ? 1 : 0;
        }
        return DecodingGraph.of(n, 1, ends, p, obs);
    }

    /** {min weight with L0 = 0, min weight with L0 = 1} over all edge subsets explaining the events. */
    static double[] constrainedMinimum(DecodingGraph g, int[] events) {
        long target = 0;
        for (int d : events) {
            target |= 1L << d;
        }
        double[] best = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        int m = g.numEdges();
        for (long set = 0; set < (1L << m); set++) {
            long sym = 0;
            long obs = 0;
            double w = 0;
            for (int e = 0; e < m; e++) {
                if ((set >>> e & 1) != 0) {
                    sym ^= 1L << g.edgeA(e);
                    if (g.edgeB(e) != g.boundary()) {
                        sym ^= 1L << g.edgeB(e);
                    }
                    obs ^= g.observables(e);
                    w += g.weight(e);
                }
            }
            if (sym == target) {
                int b = (int) (obs & 1);
                best[b] = Math.min(best[b], w);
            }
        }
        return best;
    }
}
