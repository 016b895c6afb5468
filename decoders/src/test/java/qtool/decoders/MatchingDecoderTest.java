package qtool.decoders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.blossom.v5.KolmogorovWeightedPerfectMatching;
import org.jgrapht.alg.matching.blossom.v5.ObjectiveSense;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;

class MatchingDecoderTest extends GraphDecoderContractTest {
    @Override
    GraphDecoder create(DecodingGraph graph) {
        return new MatchingDecoder(graph);
    }

    @Override
    boolean minimumWeight() {
        return true;
    }

    /**
     * Dense random event sets on a d=7 graph give candidate components far above the subset-DP
     * limit, so the Blossom path runs; the reference solves the same shot with JGraphT on the
     * complete graph of shortest-path distances (boundary doubled), built independently here.
     */
    @Test
    void denseShotsAgreeWithCompleteGraphMatching() {
        DecodingGraph g = surface(7, 5e-3);
        MatchingDecoder dec = new MatchingDecoder(g);
        SplittableRandom rnd = new SplittableRandom(99);
        for (int trial = 0; trial < 12; trial++) {
            int count = 20 + rnd.nextInt(60);
            TreeSet<Integer> set = new TreeSet<>();
            while (set.size() < count) {
                set.add(rnd.nextInt(g.numDetectors()));
            }
            int[] events = set.stream().mapToInt(Integer::intValue).toArray();
            double expected = completeGraphOptimum(g, events);
            int[] edges = assertValid(g, dec, events);
            double got = GraphDecoder.correctionOf(g, edges).weight();
            assertEquals(expected, got, 1e-9 * expected, "trial " + trial);
        }
    }

    /** Sampled shots at a high rate: many pass through the gap and fallback paths. */
    @Test
    void highRateShotsAgreeWithCompleteGraphMatching() {
        DecodingGraph g = surface(5, 1e-2);
        MatchingDecoder dec = new MatchingDecoder(g);
        SplittableRandom rnd = new SplittableRandom(5);
        for (int shot = 0; shot < 150; shot++) {
            int[] events = symptoms(g, randomErrorAtRate(rnd, g, 0.03));
            double expected = completeGraphOptimum(g, events);
            int[] edges = assertValid(g, dec, events);
            assertEquals(expected, GraphDecoder.correctionOf(g, edges).weight(), 1e-9 * Math.max(1, expected));
        }
    }

    /**
     * The decoder against the previous exact decoder (gap search, kept as an oracle) on
     * sampled shots from low to well above threshold rates, where blossoms, shattering and
     * many balls grow on demand: same weight on every shot, and decode agrees with
     * decodeToEdges.
     */
    @Test
    void agreesWithGapSearchOracleOnSampledShots() {
        SplittableRandom rnd = new SplittableRandom(2024);
        for (int d : new int[] {5, 7}) {
            DecodingGraph g = surface(d, 5e-3);
            MatchingDecoder dec = new MatchingDecoder(g);
            GapSearchMatchingDecoder oracle = new GapSearchMatchingDecoder(g);
            for (double rate : new double[] {0.005, 0.02, 0.05}) {
                for (int shot = 0; shot < (d == 5 ? 300 : 120); shot++) {
                    int[] events = symptoms(g, randomErrorAtRate(rnd, g, rate));
                    double expected = oracle.decode(events, events.length).weight();
                    var got = dec.decode(events, events.length);
                    assertEquals(expected, got.weight(), 1e-9 * Math.max(1, expected), "d=" + d + " rate " + rate);
                    var viaEdges = GraphDecoder.correctionOf(g, dec.decodeToEdges(events, events.length));
                    assertEquals(got.weight(), viaEdges.weight(), 1e-9 * Math.max(1, expected));
                    assertEquals(got.observables(), viaEdges.observables());
                }
            }
        }
    }

    @Test
    void graphsWithoutBoundaryMatchEvenEvents() {
        SplittableRandom rnd = new SplittableRandom(3);
        int checked = 0;
        for (int trial = 0; trial < 200; trial++) {
            int n = 2 + rnd.nextInt(7);
            DecodingGraph g = randomGraphWithoutBoundary(rnd, n, Math.min(n * (n - 1) / 2, n + rnd.nextInt(8)));
            MatchingDecoder dec = new MatchingDecoder(g);
            for (int shot = 0; shot < 6; shot++) {
                int[] events = symptoms(g, randomEdgeSubset(rnd, g.numEdges()));
                int[] edges = assertValid(g, dec, events);
                assertEquals(BruteForce.minimumWeight(g, events), GraphDecoder.correctionOf(g, edges).weight(), 1e-9);
                checked++;
            }
        }
        assertTrue(checked > 1000);
    }

    @Test
    void largeBoundarylessComponentMatchesOptimally() {
        // A ring of 40 detectors without boundary: 20 events spread around it.
        int n = 40;
        List<int[]> ends = new ArrayList<>();
        double[] p = new double[n];
        long[] obs = new long[n];
        for (int i = 0; i < n; i++) {
            ends.add(new int[] {i, (i + 1) % n});
            p[i] = 0.01 + 0.004 * (i % 7);
            obs[i] = i == 0 ? 1 : 0;
        }
        DecodingGraph g = DecodingGraph.of(n, 1, ends, p, obs);
        MatchingDecoder dec = new MatchingDecoder(g);
        SplittableRandom rnd = new SplittableRandom(8);
        for (int trial = 0; trial < 20; trial++) {
            TreeSet<Integer> set = new TreeSet<>();
            while (set.size() < 20) {
                set.add(rnd.nextInt(n));
            }
            int[] events = set.stream().mapToInt(Integer::intValue).toArray();
            int[] edges = assertValid(g, dec, events);
            assertEquals(completeGraphOptimum(g, events), GraphDecoder.correctionOf(g, edges).weight(), 1e-9);
        }
    }

    @Test
    void oddEventsWithoutBoundaryAreRejected() {
        List<int[]> ends = List.of(new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 3});
        DecodingGraph g = DecodingGraph.of(4, 1, ends, new double[] {0.1, 0.1, 0.1}, new long[] {0, 1, 0});
        MatchingDecoder dec = new MatchingDecoder(g);
        assertThrows(IllegalArgumentException.class, () -> dec.decode(new int[] {0, 1, 3}, 3));
        assertThrows(IllegalArgumentException.class, () -> dec.decodeToEdges(new int[] {2}, 1));
        assertEquals(1, dec.decode(new int[] {0, 3}, 2).observables());
    }

    @Test
    void boundaryDistancesFollowShortestPaths() {
        // 0 -1- 1 -2- boundary, 0 -5- boundary, 2 isolated from the boundary via 3.
        List<int[]> ends = List.of(new int[] {0, 1}, new int[] {1, 4}, new int[] {0, 4}, new int[] {2, 3});
        double[] p = {0.1, 0.01, 0.001, 0.2};
        DecodingGraph g = DecodingGraph.of(4, 2, ends, p, new long[] {1, 2, 0, 0});
        BoundaryDistances b = new BoundaryDistances(new FlatAdjacency(g));
        assertEquals(g.weight(0) + g.weight(1), b.distance(0), 1e-12);
        assertEquals(0, b.firstEdge(0));
        assertEquals(1, b.next(0));
        assertEquals(3, b.observables(0));
        assertEquals(g.weight(1), b.distance(1), 1e-12);
        assertEquals(Double.POSITIVE_INFINITY, b.distance(2));
        assertEquals(-1, b.firstEdge(3));
    }

    @Test
    void minHeapPopsInKeyOrder() {
        MinHeap h = new MinHeap();
        SplittableRandom rnd = new SplittableRandom(1);
        double[] keys = new double[500];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = rnd.nextDouble();
            h.push(keys[i], i);
        }
        double last = -1;
        while (!h.isEmpty()) {
            double k = h.minKey();
            int v = h.pop();
            assertEquals(keys[v], k);
            assertTrue(k >= last);
            last = k;
        }
    }

    @Test
    void ballStoreChainsAndClears() {
        BallStore s = new BallStore(10);
        for (int b = 0; b < 300; b++) {
            s.add(b % 10, b, b, -1, -1, b);
        }
        assertEquals(37, s.dist[s.find(7, 37)], 0);
        assertEquals(-1, s.find(7, 38));
        s.add(3, 37, 5, 37, -1, 0);
        assertEquals(300, s.ballHead(37), "a ball's latest entry comes first");
        assertEquals(37, s.ballNext[300]);
        assertEquals(-1, s.ballNext[37]);
        s.clear(300);
        assertEquals(-1, s.head(7));
        assertEquals(-1, s.ballHead(37));
        assertEquals(0, s.size());
    }

    /** The two exact component solvers agree on random components, with and without boundary. */
    @Test
    void subsetDpAndBlossomAgree() {
        SplittableRandom rnd = new SplittableRandom(17);
        SubsetMatcher dp = new SubsetMatcher();
        BlossomMatcher blossom = new BlossomMatcher();
        for (int trial = 0; trial < 300; trial++) {
            boolean boundary = trial % 3 != 0;
            int n = 2 + rnd.nextInt(SubsetMatcher.MAX_EVENTS - 1);
            if (!boundary && n % 2 == 1) {
                n--;
            }
            LocalProblem a = randomProblem(rnd, n, boundary);
            LocalProblem b = copy(a);
            boolean okA = dp.solve(a);
            boolean okB = blossom.solve(b);
            assertEquals(okA, okB, "trial " + trial);
            if (okA) {
                assertEquals(a.cost(), b.cost(), 1e-9, "trial " + trial);
                assertPerfect(a);
                assertPerfect(b);
            }
        }
    }

    /**
     * The own blossom code against JGraphT's Blossom V on larger random components (beyond the
     * subset DP), sparse and dense, with and without boundary, including ties (integer costs).
     */
    @Test
    void blossomAgreesWithBlossomV() {
        SplittableRandom rnd = new SplittableRandom(23);
        BlossomMatcher blossom = new BlossomMatcher();
        for (int trial = 0; trial < 400; trial++) {
            boolean boundary = trial % 4 != 0;
            boolean ties = trial % 3 == 0;
            int n = 2 + rnd.nextInt(trial < 200 ? 20 : 70);
            if (!boundary && n % 2 == 1) {
                n++;
            }
            double density = 0.05 + 0.6 * rnd.nextDouble();
            LocalProblem p = new LocalProblem();
            p.reset(n);
            for (int i = 0; i < n; i++) {
                p.boundaryCost[i] = !boundary ? Double.POSITIVE_INFINITY
                        : ties ? 1 + rnd.nextInt(6) : 1 + 9 * rnd.nextDouble();
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (rnd.nextDouble() < density) {
                        p.addEdge(i, j, ties ? 1 + rnd.nextInt(8) : 1 + 15 * rnd.nextDouble());
                    }
                }
            }
            Double expected = blossomVOptimum(p);
            boolean ok = blossom.solve(p);
            assertEquals(expected != null, ok, "trial " + trial);
            if (ok) {
                assertPerfect(p);
                assertEquals(expected, p.cost(), 1e-9 * Math.max(1, expected), "trial " + trial);
            }
        }
    }

    /** JGraphT on the doubled component (as the decoder used to do); null when no perfect matching exists. */
    private static Double blossomVOptimum(LocalProblem p) {
        int n = p.n;
        boolean doubled = p.hasBoundary();
        Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < (doubled ? 2 * n : n); v++) {
            graph.addVertex(v);
        }
        for (int e = 0; e < p.m; e++) {
            graph.setEdgeWeight(graph.addEdge(p.edgeU[e], p.edgeV[e]), p.edgeCost[e]);
            if (doubled) {
                graph.setEdgeWeight(graph.addEdge(n + p.edgeU[e], n + p.edgeV[e]), 0);
            }
        }
        if (doubled) {
            for (int i = 0; i < n; i++) {
                graph.setEdgeWeight(graph.addEdge(i, n + i), p.boundaryCost[i]);
            }
        }
        if (!doubled && n % 2 == 1) {
            return null;
        }
        try {
            return new KolmogorovWeightedPerfectMatching<>(graph, ObjectiveSense.MINIMIZE).getMatching().getWeight();
        } catch (IllegalArgumentException noPerfectMatching) {
            return null;
        }
    }

    private static void assertPerfect(LocalProblem p) {
        for (int i = 0; i < p.n; i++) {
            int e = p.choice[i];
            if (e < 0) {
                assertTrue(p.boundaryCost[i] < Double.POSITIVE_INFINITY);
            } else {
                int j = p.edgeU[e] + p.edgeV[e] - i;
                assertTrue(p.edgeU[e] == i || p.edgeV[e] == i);
                assertEquals(e, p.choice[j]);
            }
        }
    }

    private static LocalProblem randomProblem(SplittableRandom rnd, int n, boolean boundary) {
        LocalProblem p = new LocalProblem();
        p.reset(n);
        for (int i = 0; i < n; i++) {
            p.boundaryCost[i] = boundary ? 1 + 9 * rnd.nextDouble() : Double.POSITIVE_INFINITY;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (rnd.nextInt(3) == 0 || !boundary) {
                    p.addEdge(i, j, 1 + 15 * rnd.nextDouble());
                }
            }
        }
        return p;
    }

    private static LocalProblem copy(LocalProblem a) {
        LocalProblem b = new LocalProblem();
        b.reset(a.n);
        System.arraycopy(a.boundaryCost, 0, b.boundaryCost, 0, a.n);
        for (int e = 0; e < a.m; e++) {
            b.addEdge(a.edgeU[e], a.edgeV[e], a.edgeCost[e]);
        }
        return b;
    }

    static DecodingGraph randomGraphWithoutBoundary(SplittableRandom rnd, int n, int m) {
        return randomGraph(rnd, n, m, false);
    }

    /**
     * Reference optimum: plain Dijkstra from every event (never through the boundary node), then
     * JGraphT Blossom V on the complete graph of events, each with a boundary twin when a boundary
     * is reachable.
     */
    static double completeGraphOptimum(DecodingGraph g, int[] events) {
        int k = events.length;
        if (k == 0) {
            return 0;
        }
        double[][] d = new double[k][];
        for (int i = 0; i < k; i++) {
            d[i] = dijkstra(g, events[i]);
        }
        Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        boolean boundary = d[0][g.boundary()] < Double.POSITIVE_INFINITY;
        for (int v = 0; v < (boundary ? 2 * k : k); v++) {
            graph.addVertex(v);
        }
        for (int i = 0; i < k; i++) {
            for (int j = i + 1; j < k; j++) {
                double w = d[i][events[j]];
                if (w < Double.POSITIVE_INFINITY) {
                    graph.setEdgeWeight(graph.addEdge(i, j), w);
                    if (boundary) {
                        graph.setEdgeWeight(graph.addEdge(k + i, k + j), 0);
                    }
                }
            }
            if (boundary) {
                graph.setEdgeWeight(graph.addEdge(i, k + i), d[i][g.boundary()]);
            }
        }
        return new KolmogorovWeightedPerfectMatching<>(graph, ObjectiveSense.MINIMIZE).getMatching().getWeight();
    }

    private static double[] dijkstra(DecodingGraph g, int source) {
        double[] dist = new double[g.numNodes()];
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        boolean[] done = new boolean[g.numNodes()];
        dist[source] = 0;
        for (int round = 0; round < g.numNodes(); round++) {
            int v = -1;
            for (int u = 0; u < g.numNodes(); u++) {
                if (!done[u] && dist[u] < Double.POSITIVE_INFINITY && (v < 0 || dist[u] < dist[v])) {
                    v = u;
                }
            }
            if (v < 0) {
                break;
            }
            done[v] = true;
            if (v == g.boundary()) {
                continue;
            }
            for (int i = g.adjacencyStart(v); i < g.adjacencyStart(v + 1); i++) {
                int e = g.adjacentEdge(i);
                int u = g.other(e, v);
                dist[u] = Math.min(dist[u], dist[v] + g.weight(e));
            }
        }
        return dist;
    }
}
