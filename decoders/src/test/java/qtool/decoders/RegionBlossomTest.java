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
