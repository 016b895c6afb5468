package qtool.decoders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import qtool.decode.Correction;
import qtool.dem.CircuitToDem;
import qtool.gen.NoiseParams;
import qtool.gen.RotatedSurfaceCode;

/**
 * What every {@link GraphDecoder} must do. Subclasses say how to build the decoder and whether it
 * promises minimum weight (matching does, union-find does not). The brute-force reference
 * enumerates every subset of edges of small random graphs, so the optimum it finds is exact.
 */
abstract class GraphDecoderContractTest {
    abstract GraphDecoder create(DecodingGraph graph);

    /** True when the decoder's correction must have the minimum possible weight. */
    abstract boolean minimumWeight();

    static DecodingGraph surface(int d, double p) {
        return DecodingGraph.of(CircuitToDem.convert(RotatedSurfaceCode.memoryX(d, d, NoiseParams.uniform(p))));
    }

    @Test
    void noEventsMeansNoCorrection() {
        GraphDecoder dec = create(surface(3, 1e-3));
        assertEquals(new Correction(0, 0), dec.decode(new int[0], 0));
        assertEquals(0, dec.decodeToEdges(new int[0], 0).length);
    }

    @Test
    void everySingleEdgeErrorIsCorrected() {
        DecodingGraph g = surface(5, 1e-3);
        GraphDecoder dec = create(g);
        for (int e = 0; e < g.numEdges(); e++) {
            int[] events = symptoms(g, new int[] {e});
            Correction c = dec.decode(events, events.length);
            assertEquals(g.observables(e), c.observables(), "edge " + e + " " + Arrays.toString(events));
            assertValid(g, dec, events);
            if (minimumWeight()) {
                assertTrue(c.weight() <= g.weight(e) + 1e-9, "a single edge error is its own cheapest correction or tied");
            }
        }
    }

    @Test
    void boundaryErrorsAreCorrected() {
        DecodingGraph g = surface(5, 5e-3);
        GraphDecoder dec = create(g);
        int seen = 0;
        for (int e = 0; e < g.numEdges(); e++) {
            if (g.edgeB(e) == g.boundary()) {
                int[] events = {g.edgeA(e)};
                assertEquals(g.observables(e), dec.decode(events, 1).observables(), "boundary edge " + e);
                seen++;
            }
        }
        assertTrue(seen > 10);
    }

    @Test
    void randomSmallGraphsAgainstBruteForce() {
        SplittableRandom rnd = new SplittableRandom(12345);
        for (int trial = 0; trial < 300; trial++) {
            int n = 2 + rnd.nextInt(7);
            int m = n + rnd.nextInt(Math.min(14, n * (n + 1) / 2) - n + 1);
            DecodingGraph g = randomGraph(rnd, n, m);
            GraphDecoder dec = create(g);
            for (int shot = 0; shot < 8; shot++) {
                int[] error = randomEdgeSubset(rnd, g.numEdges());
                int[] events = symptoms(g, error);
                double best = BruteForce.minimumWeight(g, events);
                int[] edges = assertValid(g, dec, events);
                double w = GraphDecoder.correctionOf(g, edges).weight();
                if (minimumWeight()) {
                    assertEquals(best, w, 1e-9 * Math.max(1, best), "trial " + trial + " events " + Arrays.toString(events));
                } else {
                    assertTrue(w >= best - 1e-9, "no correction can beat the optimum");
                }
            }
        }
    }

    @Test
    void batchAgreesWithSingleShotsAndThreadsAgree() throws Exception {
        DecodingGraph g = surface(3, 5e-3);
        GraphDecoder dec = create(g);
        SplittableRandom rnd = new SplittableRandom(7);
        int words = 4;
        int shots = 200;
        long[] planes = new long[g.numDetectors() * words];
        List<int[]> perShot = new ArrayList<>();
        for (int s = 0; s < shots; s++) {
            int[] events = symptoms(g, randomErrorAtRate(rnd, g, 0.02));
            perShot.add(events);
            for (int d : events) {
                planes[d * words + (s >>> 6)] |= 1L << s;
            }
        }
        long[] batch = new long[words * 64];
        dec.decodeBatch(planes, words, shots, batch);
        long[] single = new long[shots];
        for (int s = 0; s < shots; s++) {
            single[s] = dec.decode(perShot.get(s), perShot.get(s).length).observables();
        }
        assertArrayEquals(single, Arrays.copyOf(batch, shots));
        // The list form, on a middle range with every shot's array longer than its count.
        int[][] padded = new int[shots][];
        int[] counts = new int[shots];
        for (int s = 0; s < shots; s++) {
            padded[s] = Arrays.copyOf(perShot.get(s), perShot.get(s).length + 3);
            counts[s] = perShot.get(s).length;
        }
        long[] listed = new long[shots];
        Arrays.fill(listed, -1);
        dec.decodeShots(padded, counts, 10, shots - 10, listed);
        for (int s = 0; s < shots; s++) {
            assertEquals(s < 10 || s >= shots - 10 ? -1 : single[s], listed[s], "shot " + s);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                results.add(pool.submit(() -> {
                    long[] out = new long[shots];
                    for (int rep = 0; rep < 20; rep++) {
                        for (int s = 0; s < shots; s++) {
                            out[s] = dec.decode(perShot.get(s), perShot.get(s).length).observables();
                        }
                    }
                    return out;
                }));
            }
            for (Future<long[]> f : results) {
                assertArrayEquals(single, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Checks the correction's edges explain the events and agree with decode(); returns them. */
    static int[] assertValid(DecodingGraph g, GraphDecoder dec, int[] events) {
        int[] edges = dec.decodeToEdges(events, events.length);
        assertEquals(edges.length, Arrays.stream(edges).distinct().count(), "edges used once");
        assertArrayEquals(events, symptoms(g, edges), "the correction explains the events");
        Correction expected = GraphDecoder.correctionOf(g, edges);
        Correction got = dec.decode(events, events.length);
        assertEquals(expected.observables(), got.observables());
        assertEquals(expected.weight(), got.weight(), 1e-9 * Math.max(1, expected.weight()));
        return edges;
    }

    /** The sorted detectors flipped an odd number of times by the edges. */
    static int[] symptoms(DecodingGraph g, int[] edges) {
        boolean[] fired = new boolean[g.numNodes()];
        for (int e : edges) {
            fired[g.edgeA(e)] ^= true;
            fired[g.edgeB(e)] ^= true;
        }
        return java.util.stream.IntStream.range(0, g.numDetectors()).filter(v -> fired[v]).toArray();
    }

    static DecodingGraph randomGraph(SplittableRandom rnd, int n, int m) {
        return randomGraph(rnd, n, m, true);
    }

    /** m distinct random edges over n detectors, to the boundary too when {@code boundary}. */
    static DecodingGraph randomGraph(SplittableRandom rnd, int n, int m, boolean boundary) {
        List<int[]> ends = new ArrayList<>();
        java.util.Set<Long> used = new java.util.HashSet<>();
        while (ends.size() < m) {
            int a = rnd.nextInt(n);
            int b = rnd.nextInt(boundary ? n + 1 : n);
            if (a == b || !used.add((long) Math.min(a, b) << 32 | Math.max(a, b))) {
                continue;
            }
            ends.add(new int[] {a, b});
        }
        double[] p = new double[m];
        long[] obs = new long[m];
        for (int e = 0; e < m; e++) {
            p[e] = 0.005 + 0.3 * rnd.nextDouble();
            obs[e] = rnd.nextInt(4);
        }
        return DecodingGraph.of(n, 2, ends, p, obs);
    }

    static int[] randomEdgeSubset(SplittableRandom rnd, int m) {
        return java.util.stream.IntStream.range(0, m).filter(e -> rnd.nextInt(3) == 0).toArray();
    }

    static int[] randomErrorAtRate(SplittableRandom rnd, DecodingGraph g, double rate) {
        return java.util.stream.IntStream.range(0, g.numEdges()).filter(e -> rnd.nextDouble() < rate).toArray();
    }
}
