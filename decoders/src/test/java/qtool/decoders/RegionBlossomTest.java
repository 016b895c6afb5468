package qtool.decoders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The region-growing blossom against the subset DP (small problems) and the Galil-style blossom
 * (larger ones) on random candidate graphs with and without boundary, many ties included; and its
 * duals checked directly, since the decoder's optimality certificate rests on them.
 */
class RegionBlossomTest {
    @Test
    void smallProblemsMatchSubsetDp() {
        SplittableRandom rnd = new SplittableRandom(41);
        RegionBlossom rb = new RegionBlossom();
        SubsetMatcher dp = new SubsetMatcher();
        for (int trial = 0; trial < 2000; trial++) {
            boolean boundary = trial % 4 != 0;
            int n = 1 + rnd.nextInt(SubsetMatcher.MAX_EVENTS);
            int maxCost = trial % 2 == 0 ? 6 : 1000;
            LocalProblem p = random(rnd, n, boundary, 0.2 + 0.8 * rnd.nextDouble(), maxCost);
            boolean expected = n > 1 && dp.solve(p) || n == 1 && boundary;
            double expectedCost = n > 1 ? (expected ? p.cost() : 0) : p.boundaryCost[0];
            boolean ok = load(rb, p) && rb.solve();
            assertEquals(expected, ok, "trial " + trial);
            if (ok) {
                assertEquals(expectedCost, matchedCost(rb, p), 1e-9, "trial " + trial);
                assertDualsCertify(rb, p);
            }
        }
    }

    @Test
    void largerProblemsMatchGalilBlossom() {
        SplittableRandom rnd = new SplittableRandom(43);
        RegionBlossom rb = new RegionBlossom();
        BlossomMatcher galil = new BlossomMatcher();
        for (int trial = 0; trial < 300; trial++) {
            boolean boundary = trial % 3 != 0;
            int n = 20 + rnd.nextInt(100);
            if (!boundary && n % 2 == 1) {
                n++;
            }
            int maxCost = trial % 2 == 0 ? 8 : 100_000;
            LocalProblem p = random(rnd, n, boundary, 4.0 / n + rnd.nextDouble() * 0.3, maxCost);
            boolean expected = galil.solve(p);
            boolean ok = load(rb, p) && rb.solve();
            assertEquals(expected, ok, "trial " + trial);
            if (ok) {
                assertEquals(p.cost(), matchedCost(rb, p), 1e-9, "trial " + trial);
                assertDualsCertify(rb, p);
            }
        }
    }

    /**
     * Started from a random proposal (partly tight matched pairs, partly arbitrary radii and
     * mates, as rounding the greedy growth's state can give), the solver still finds the optimum
     * and certifying duals: the warm start only changes where it begins.
     */
    @Test
    void warmStartsReachTheSameOptimum() {
        SplittableRandom rnd = new SplittableRandom(47);
        RegionBlossom rb = new RegionBlossom();
        BlossomMatcher galil = new BlossomMatcher();
        for (int trial = 0; trial < 300; trial++) {
            boolean boundary = trial % 3 != 0;
            int n = 2 + rnd.nextInt(80);
            if (!boundary && n % 2 == 1) {
                n++;
            }
            int maxCost = trial % 2 == 0 ? 8 : 100_000;
            LocalProblem p = random(rnd, n, boundary, 4.0 / n + rnd.nextDouble() * 0.3, maxCost);
            boolean expected = galil.solve(p);
            load(rb, p);
            proposeStart(rnd, rb, p);
            boolean ok = rb.solve();
            assertEquals(expected, ok, "trial " + trial);
            if (ok) {
                assertEquals(p.cost(), matchedCost(rb, p), 1e-9, "trial " + trial);
                assertDualsCertify(rb, p);
            }
        }
    }

    /** A random start: some mutual tight pairs and boundary matches, some free events, some nonsense. */
    private static void proposeStart(SplittableRandom rnd, RegionBlossom rb, LocalProblem p) {
        long[] radius = new long[p.n];
        int[] mate = new int[p.n];
        java.util.Arrays.fill(mate, RegionBlossom.START_FREE);
        for (int i = 0; i < p.n; i++) {
            radius[i] = rnd.nextInt(1 + (int) Math.min(1000, p.boundaryCost[i] < Double.POSITIVE_INFINITY
                    ? p.boundaryCost[i] : 1000));
        }
        for (int e = 0; e < p.m; e++) {
            int u = p.edgeU[e];
            int v = p.edgeV[e];
            if (mate[u] == RegionBlossom.START_FREE && mate[v] == RegionBlossom.START_FREE && rnd.nextInt(3) == 0) {
                long cost = (long) p.edgeCost[e];
                mate[u] = e;
                mate[v] = e;
                radius[u] = rnd.nextLong(cost + 1);
                radius[v] = cost - radius[u] + (rnd.nextInt(10) == 0 ? 1 : 0);
            }
        }
        for (int i = 0; i < p.n; i++) {
            if (mate[i] == RegionBlossom.START_FREE && p.boundaryCost[i] < Double.POSITIVE_INFINITY
                    && rnd.nextInt(4) == 0) {
                mate[i] = RegionBlossom.START_BOUNDARY;
                radius[i] = (long) p.boundaryCost[i];
            }
            rb.warmStart(i, radius[i], mate[i]);
        }
    }

    /**
     * Single-pass solving as {@link SinglePassMatching} drives it: the solver starts with no pair
     * at all, every event's frontier at 0, and a pair is revealed only once the frontiers of its
     * ends have passed its cost (some first with a larger cost, lowered later, as a pair first
     * met along a longer path is). Each time run() stops at an event, its frontier moves on by a
     * random even step and the pairs it now reaches are revealed. The optimum must equal the
     * Galil-style blossom's on the whole problem, and the duals must certify it on every pair.
     */
    @Test
    void pairsRevealedAtTheFrontierReachTheSameOptimum() {
        SplittableRandom rnd = new SplittableRandom(47);
        RegionBlossom rb = new RegionBlossom();
        BlossomMatcher galil = new BlossomMatcher();
        int stops = 0;
        for (int trial = 0; trial < 400; trial++) {
            boolean boundary = trial % 4 != 0;
            int n = 2 + rnd.nextInt(60);
            if (!boundary && n % 2 == 1) {
                n++;
            }
            int maxCost = trial % 2 == 0 ? 8 : 10_000;
            LocalProblem p = random(rnd, n, boundary, 3.0 / n + rnd.nextDouble() * 0.3, maxCost);
            boolean expected = galil.solve(p);
            double optimum = expected ? p.cost() : 0;
            rb.reset(n);
            for (int i = 0; i < n; i++) {
                if (boundary) {
                    rb.setBoundaryCost(i, (long) p.boundaryCost[i]);
                }
                rb.setFrontier(i, 0);
            }
            long[] frontier = new long[n];
            int[] solverEdge = new int[p.m];
            java.util.Arrays.fill(solverEdge, -1);
            int[] problemEdge = new int[p.m];
            boolean[] exact = new boolean[p.m];
            rb.start();
            int result;
            while ((result = rb.run()) >= 0) {
                stops++;
                int v = result;
                assertTrue(rb.totalRadius(v) <= frontier[v], "radius passed the frontier of " + v);
                frontier[v] += 2 * (1 + rnd.nextInt(maxCost / 4 + 1));
                for (int e = 0; e < p.m; e++) {
                    int u = p.edgeU[e];
                    int w = p.edgeV[e];
                    if (u != v && w != v || exact[e]) {
                        continue;
                    }
                    long c = (long) p.edgeCost[e];
                    long reach = frontier[u] + frontier[w];
                    if (c < reach) {
                        exact[e] = true;
                        if (solverEdge[e] < 0) {
                            solverEdge[e] = rb.addLiveEdge(u, w, c);
                            problemEdge[solverEdge[e]] = e;
                        } else {
                            rb.lowerCost(solverEdge[e], c);
                        }
                    } else if (solverEdge[e] < 0 && c - 4 < reach && rnd.nextBoolean()) {
                        solverEdge[e] = rb.addLiveEdge(u, w, c + 4);
                        problemEdge[solverEdge[e]] = e;
                    }
                }
                // Past its boundary cost, or past every pair's cost (like a ball that filled its
                // part of the graph), the frontier stops.
                boolean complete = boundary && frontier[v] >= (long) p.boundaryCost[v] || frontier[v] > 2L * maxCost;
                rb.setFrontier(v, complete ? RegionBlossom.NO_FRONTIER : frontier[v]);
            }
            assertEquals(expected, result == RegionBlossom.DONE, "trial " + trial);
            if (result != RegionBlossom.DONE) {
                continue;
            }
            rb.finish();
            double cost = 0;
            for (int i = 0; i < n; i++) {
                int e = rb.mateEdge(i);
                if (e < 0) {
                    cost += p.boundaryCost[i];
                } else {
                    int pe = problemEdge[e];
                    assertTrue(exact[pe], "matched along a pair whose cost was not exact yet");
                    int j = p.edgeU[pe] + p.edgeV[pe] - i;
                    assertEquals(e, rb.mateEdge(j), "mates of " + i + " and " + j + " disagree");
                    cost += i < j ? p.edgeCost[pe] : 0;
                }
            }
            assertEquals(optimum, cost, 1e-9, "trial " + trial);
            for (int e = 0; e < p.m; e++) {
                int u = p.edgeU[e];
                int w = p.edgeV[e];
                long reduced = (long) p.edgeCost[e] - rb.totalRadius(u) - rb.totalRadius(w) + 2 * rb.sharedRadius(u, w);
                assertTrue(reduced >= 0, "trial " + trial + ": pair " + u + "-" + w + " violated by " + reduced);
            }
        }
        assertTrue(stops > 1000, "the frontier stopped the solver only " + stops + " times");
    }

    /** Costs are 2·integers so that the solver's even-integer costs equal the problem's exactly. */
    private static LocalProblem random(SplittableRandom rnd, int n, boolean boundary, double density, int maxCost) {
        LocalProblem p = new LocalProblem();
        p.reset(n);
        for (int i = 0; i < n; i++) {
            p.boundaryCost[i] = boundary ? 2 * (1 + rnd.nextInt(maxCost)) : Double.POSITIVE_INFINITY;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (rnd.nextDouble() < density) {
                    p.addEdge(i, j, 2 * rnd.nextInt(maxCost + 1));
                }
            }
        }
        return p;
    }

    private static boolean load(RegionBlossom rb, LocalProblem p) {
        rb.reset(p.n);
        for (int i = 0; i < p.n; i++) {
            if (p.boundaryCost[i] < Double.POSITIVE_INFINITY) {
                rb.setBoundaryCost(i, (long) p.boundaryCost[i]);
            }
        }
        for (int e = 0; e < p.m; e++) {
            assertEquals(e, rb.addEdge(p.edgeU[e], p.edgeV[e], (long) p.edgeCost[e]));
        }
        return true;
    }

    /** The cost of the solver's matching, checking it is one: mates are mutual and edges exist. */
    private static double matchedCost(RegionBlossom rb, LocalProblem p) {
        double cost = 0;
        for (int i = 0; i < p.n; i++) {
            int e = rb.mateEdge(i);
            if (e < 0) {
                assertTrue(p.boundaryCost[i] < Double.POSITIVE_INFINITY, "event " + i + " has no boundary");
                cost += p.boundaryCost[i];
            } else {
                assertTrue(p.edgeU[e] == i || p.edgeV[e] == i);
                int j = p.edgeU[e] + p.edgeV[e] - i;
                assertEquals(e, rb.mateEdge(j), "mates of " + i + " and " + j + " disagree");
                if (i < j) {
                    cost += p.edgeCost[e];
                }
            }
        }
        return cost;
    }

    /** Dual feasibility on every pair and boundary edge, tightness on the matched ones. */
    private static void assertDualsCertify(RegionBlossom rb, LocalProblem p) {
        for (int i = 0; i < p.n; i++) {
            long r = rb.totalRadius(i);
            if (p.boundaryCost[i] < Double.POSITIVE_INFINITY) {
                assertTrue(r <= p.boundaryCost[i], "boundary edge of " + i);
                if (rb.mateEdge(i) < 0) {
                    assertEquals((long) p.boundaryCost[i], r, "matched boundary edge of " + i + " not tight");
                }
            }
        }
        for (int e = 0; e < p.m; e++) {
            int u = p.edgeU[e];
            int v = p.edgeV[e];
            long reduced = (long) p.edgeCost[e] - rb.totalRadius(u) - rb.totalRadius(v) + 2 * rb.sharedRadius(u, v);
            assertTrue(reduced >= 0, "pair " + u + "-" + v + " violated by " + reduced);
            if (rb.mateEdge(u) == e) {
                assertEquals(0, reduced, "matched pair " + u + "-" + v + " not tight");
            }
        }
    }
}
