package qtool.decoders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import qtool.decode.Correction;

class UnionFindDecoderTest extends GraphDecoderContractTest {
    @Override
    GraphDecoder create(DecodingGraph graph) {
        return new UnionFindDecoder(graph);
    }

    @Override
    boolean minimumWeight() {
        return false;
    }

    /** Sorted edge indices of a correction, for comparing. */
    private static int[] sortedEdges(GraphDecoder dec, int... events) {
        int[] edges = dec.decodeToEdges(events, events.length);
        Arrays.sort(edges);
        return edges;
    }

    @Test
    void cheapDirectEdgeBeatsCostlyDetour() {
        // 0 -e0(cheap)- 1, and a detour 0 -e1- 2 -e2- 1 of costly edges. Both clusters grow at the
        // same time, so e0 (from both sides) completes long before the detour.
        DecodingGraph g = DecodingGraph.of(3, 2, List.of(new int[] {0, 1}, new int[] {0, 2}, new int[] {1, 2}),
                new double[] {0.1, 0.001, 0.001}, new long[] {1, 2, 0});
        GraphDecoder dec = create(g);
        assertArrayEquals(new int[] {0}, sortedEdges(dec, 0, 1));
        assertEquals(new Correction(1, g.weight(0)), dec.decode(new int[] {0, 1}, 2));
    }

    @Test
    void costlyEdgeLosesToCheaperTwoEdgePath() {
        // Direct edge 0-1 has weight ~6.9, the detour via 2 two edges of ~2.2 each: growth completes
        // the detour edges first (from 0 and 1 independently), merging through node 2.
        DecodingGraph g = DecodingGraph.of(3, 1, List.of(new int[] {0, 1}, new int[] {0, 2}, new int[] {1, 2}),
                new double[] {0.001, 0.1, 0.1}, new long[] {1, 0, 0});
        GraphDecoder dec = create(g);
        assertArrayEquals(new int[] {1, 2}, sortedEdges(dec, 0, 1));
        assertEquals(0, dec.decode(new int[] {0, 1}, 2).observables());
    }

    @Test
    void growthRespectsUnequalWeights() {
        // Chain B -a- 0 -b- 1 -c- B with events at 0 and 1. All edges grow at once (b from both
        // sides), so whichever of "a and c" or "b" completes first decides the correction.
        List<int[]> ends = List.of(new int[] {0, 2}, new int[] {0, 1}, new int[] {1, 2});
        long[] obs = {1, 0, 2};
        GraphDecoder lightBoundary = create(DecodingGraph.of(2, 2, ends, new double[] {0.2, 0.01, 0.2}, obs));
        assertArrayEquals(new int[] {0, 2}, sortedEdges(lightBoundary, 0, 1));
        assertEquals(3, lightBoundary.decode(new int[] {0, 1}, 2).observables());
        GraphDecoder lightMiddle = create(DecodingGraph.of(2, 2, ends, new double[] {0.01, 0.2, 0.01}, obs));
        assertArrayEquals(new int[] {1}, sortedEdges(lightMiddle, 0, 1));
        assertEquals(0, lightMiddle.decode(new int[] {0, 1}, 2).observables());
    }

    @Test
    void growthStepsStopAtEachEdgeCompletion() {
        // Path 0 -(3)- 1 -(3)- 2 with events at 0 and 2, and a boundary edge at 0 of weight wb.
        List<int[]> ends = List.of(new int[] {0, 1}, new int[] {1, 2}, new int[] {0, 3});
        long[] obs = {0, 0, 1};
        // wb = 3.1: both clusters reach node 1 at growth 3, just before the boundary; a step that
        // overshot 3 would also complete the boundary edge.
        DecodingGraph g = DecodingGraph.of(3, 1, ends, new double[] {prob(3), prob(3), prob(3.1)}, obs);
        assertArrayEquals(new int[] {0, 1}, sortedEdges(create(g), 0, 2));
        assertEquals(6, create(g).decode(new int[] {0, 2}, 2).weight(), 1e-9);
        // wb = 2.9: 0 reaches the boundary first and stops growing; 2 keeps growing alone, and
        // the remaining slack 0.1 of each path edge is then used up by 2's growth only.
        DecodingGraph g2 = DecodingGraph.of(3, 1, ends, new double[] {prob(3), prob(3), prob(2.9)}, obs);
        assertArrayEquals(new int[] {0, 1}, sortedEdges(create(g2), 0, 2));
        assertValid(g2, create(g2), new int[] {0, 2});
    }

    @Test
    void clusterNeutralisedByBoundary() {
        // Two events far apart, each one cheap edge from the boundary: each goes to the boundary
        // alone rather than pairing along the costly path between them.
        DecodingGraph g = DecodingGraph.of(3, 2,
                List.of(new int[] {0, 3}, new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 3}),
                new double[] {0.1, 0.01, 0.01, 0.1}, new long[] {1, 0, 0, 2});
        GraphDecoder dec = create(g);
        assertArrayEquals(new int[] {0, 3}, sortedEdges(dec, 0, 2));
        assertEquals(3, dec.decode(new int[] {0, 2}, 2).observables());
        // A single event: its cluster becomes neutral at the boundary and stops.
        assertArrayEquals(new int[] {0}, sortedEdges(dec, 0));
    }

    @Test
    void neutralClusterAbsorbsALateOddCluster() {
        // Edges B -a(light)- 0 -b(heavy)- 1; detector 1 has no boundary edge of its own.
        DecodingGraph g = DecodingGraph.of(2, 1, List.of(new int[] {0, 2}, new int[] {0, 1}),
                new double[] {0.3, 0.01}, new long[] {1, 0});
        GraphDecoder dec = create(g);
        // Both fire: 0 reaches the boundary first and turns neutral; 1 keeps growing, merges into
        // the neutral cluster, and peeling from the boundary root pairs the two through b alone.
        assertArrayEquals(new int[] {1}, sortedEdges(dec, 0, 1));
        // Only 1 fires: its cluster swallows 0 (not an event) and goes on to the boundary.
        assertArrayEquals(new int[] {0, 1}, sortedEdges(dec, 1));
        assertEquals(1, dec.decode(new int[] {1}, 1).observables());
    }

    @Test
    void decodingIsDeterministic() {
        DecodingGraph g = surface(5, 5e-3);
        SplittableRandom rnd = new SplittableRandom(99);
        GraphDecoder a = create(g);
        GraphDecoder b = create(g);
        for (int shot = 0; shot < 300; shot++) {
            int[] events = symptoms(g, randomErrorAtRate(rnd, g, 0.01));
            int[] first = a.decodeToEdges(events, events.length);
            assertArrayEquals(first, a.decodeToEdges(events, events.length), "same decoder, same shot");
            assertArrayEquals(first, b.decodeToEdges(events, events.length), "another decoder, same shot");
            assertValid(g, a, events);
        }
    }

    @Test
    void scratchIsResetBetweenShots() {
        // A big shot followed by small ones must give the small ones' fresh answers.
        DecodingGraph g = surface(5, 5e-3);
        GraphDecoder dec = create(g);
        GraphDecoder fresh = create(g);
        SplittableRandom rnd = new SplittableRandom(5);
        for (int shot = 0; shot < 100; shot++) {
            int[] big = symptoms(g, randomErrorAtRate(rnd, g, 0.05));
            dec.decode(big, big.length);
            int[] small = symptoms(g, randomErrorAtRate(rnd, g, 0.002));
            assertArrayEquals(create(g).decodeToEdges(small, small.length), dec.decodeToEdges(small, small.length));
            assertArrayEquals(fresh.decodeToEdges(small, small.length), dec.decodeToEdges(small, small.length));
        }
    }

    @Test
    void oneEventShotsGiveTheirDecodingEveryTime() {
        // One-event shots are remembered per detector; the remembered answer must be the one
        // decoding gives, also after other shots, and bad one-event shots must still be refused.
        DecodingGraph g = surface(3, 5e-3);
        GraphDecoder dec = create(g);
        SplittableRandom rnd = new SplittableRandom(3);
        for (int round = 0; round < 3; round++) {
            for (int v = 0; v < g.numDetectors(); v++) {
                int[] one = {v, 1 << 20};
                Correction expected = GraphDecoder.correctionOf(g, create(g).decodeToEdges(one, 1));
                assertEquals(expected, dec.decode(one, 1), "detector " + v);
                int[] other = symptoms(g, randomErrorAtRate(rnd, g, 0.02));
                dec.decode(other, other.length);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> dec.decode(new int[] {g.numDetectors()}, 1));
        assertThrows(IllegalArgumentException.class, () -> dec.decode(new int[] {-1}, 1));
        assertThrows(IllegalArgumentException.class, () -> dec.decode(new int[0], 1));
        DecodingGraph isolated = DecodingGraph.of(3, 1, List.of(new int[] {0, 1}), new double[] {0.1}, new long[] {1});
        GraphDecoder small = create(isolated);
        for (int k = 0; k < 2; k++) {
            assertThrows(IllegalArgumentException.class, () -> small.decode(new int[] {2}, 1));
            assertThrows(IllegalArgumentException.class, () -> small.decode(new int[] {0}, 1));
        }
    }

    @Test
    void undecodableShotsAreRejected() {
        // Detector 2 has no edges; detectors 0 and 1 form a component without the boundary.
        DecodingGraph g = DecodingGraph.of(3, 1, List.of(new int[] {0, 1}), new double[] {0.1}, new long[] {1});
        GraphDecoder dec = create(g);
        IllegalArgumentException noEdges = assertThrows(IllegalArgumentException.class,
                () -> dec.decode(new int[] {2}, 1));
        assertTrue(noEdges.getMessage().contains("detector 2"), noEdges.getMessage());
        assertThrows(IllegalArgumentException.class, () -> dec.decode(new int[] {0}, 1));
        // The decoder still works after a rejected shot.
        assertArrayEquals(new int[] {0}, dec.decodeToEdges(new int[] {0, 1}, 2));
    }

    @Test
    void soloEdgesAreTakenInWeightOrder() {
        // One event at 0 and no other cluster, so every edge it grows is solo: 0-2 (weight 2)
        // completes first, then 0-1 (3); from node 1 the boundary (1 more) is reached at 4, before
        // 2's boundary edge (weight 5, complete at 7).
        DecodingGraph g = DecodingGraph.of(3, 1,
                List.of(new int[] {0, 1}, new int[] {0, 2}, new int[] {1, 3}, new int[] {2, 3}),
                new double[] {prob(3), prob(2), prob(1), prob(5)}, new long[] {0, 0, 1, 0});
        GraphDecoder dec = create(g);
        assertArrayEquals(new int[] {0, 2}, sortedEdges(dec, 0));
        assertEquals(new Correction(1, g.weight(0) + g.weight(2)), dec.decode(new int[] {0}, 1));
    }

    @Test
    void ticksAreEvenPositiveAndKeepTheWeightOrder() {
        int[] ticks = UnionFindTicks.of(new double[] {0, 1e-6, 2.9, 5.0, 6.6, 6.6});
        for (int i = 0; i < ticks.length; i++) {
            assertEquals(0, ticks[i] % 2, "even, so growth from both ends meets on a whole tick");
            assertTrue(ticks[i] >= 2, "an edge never completes without growing");
            assertTrue(i == 0 || ticks[i - 1] <= ticks[i]);
        }
        assertEquals(2 * UnionFindTicks.LEVELS, ticks[5]);
        assertEquals(ticks[5], UnionFindTicks.max(ticks));
    }

    @Test
    void bucketQueuePopsInTickOrderAroundTheRing() {
        for (int maxDelay : new int[] {1, 100, 1000}) {
            // The clock runs many times round the ring of buckets.
            UnionFindBucketQueue queue = new UnionFindBucketQueue(maxDelay, 1);
            PriorityQueue<Integer> expected = new PriorityQueue<>();
            SplittableRandom rnd = new SplittableRandom(maxDelay);
            int now = 0;
            for (int step = 0; step < 20_000; step++) {
                if (expected.isEmpty() || rnd.nextInt(5) < 2) {
                    int tick = now + rnd.nextInt(maxDelay + 1);
                    queue.push(tick, tick);
                    expected.add(tick);
                } else {
                    int item = queue.pop();
                    now = queue.tick();
                    assertEquals((int) expected.poll(), now, "delay " + maxDelay + ", step " + step);
                    assertEquals(now, item);
                }
            }
            assertEquals(expected.isEmpty(), queue.isEmpty());
            queue.clear();
            assertTrue(queue.isEmpty());
            queue.push(7, 1);
            assertEquals(7, queue.pop());
            assertEquals(1, queue.tick());
        }
    }

    /** The probability whose weight ln((1-p)/p) is {@code w}. */
    private static double prob(double w) {
        return 1 / (1 + Math.exp(w));
    }
}
