package qtool.decoders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The repaired start is valid (feasible radii, tight mutual matches, even free radii) and keeps
 * what was already valid untouched.
 */
class WarmStartTest {
    private static final long NONE = RegionBlossom.NO_BOUNDARY;

    @Test
    void keepsAValidStart() {
        // Pairs 0-1 (cost 10) and 2-3 (cost 6), pair 1-2 (cost 9); 4 to the boundary.
        int[] u = {0, 2, 1};
        int[] v = {1, 3, 2};
        long[] cost = {10, 6, 9};
        long[] boundary = {NONE, NONE, NONE, NONE, 8};
        long[] radius = {4, 6, 3, 3, 8};
        int[] mate = {0, 0, 1, 1, RegionBlossom.START_BOUNDARY};
        WarmStart.repair(5, 3, u, v, cost, boundary, radius, mate);
        assertEquals(java.util.List.of(4L, 6L, 3L, 3L, 8L), java.util.Arrays.stream(radius).boxed().toList());
        assertEquals(java.util.List.of(0, 0, 1, 1, RegionBlossom.START_BOUNDARY),
                java.util.Arrays.stream(mate).boxed().toList());
    }

    @Test
    void unmatchesAndLowersWhatIsInvalid() {
        // 0-1 matched but one unit short of tight; 2-3 tight but 1-2 over its cost by 2; 4 above its boundary.
        int[] u = {0, 2, 1};
        int[] v = {1, 3, 2};
        long[] cost = {10, 6, 7};
        long[] boundary = {NONE, NONE, NONE, NONE, 8};
        long[] radius = {4, 5, 4, 2, 9};
        int[] mate = {0, 0, 1, 1, RegionBlossom.START_BOUNDARY};
        WarmStart.repair(5, 3, u, v, cost, boundary, radius, mate);
        for (int i = 0; i < 5; i++) {
            assertEquals(RegionBlossom.START_FREE, mate[i], "event " + i);
            assertEquals(0, radius[i] % 2, "free radius of " + i + " is odd");
        }
        assertTrue(radius[1] + radius[2] <= 7);
        assertTrue(radius[4] <= 8);
    }

    @Test
    void randomStartsComeOutValid() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int trial = 0; trial < 500; trial++) {
            int k = 2 + rnd.nextInt(30);
            int m = rnd.nextInt(3 * k);
            int[] u = new int[m];
            int[] v = new int[m];
            long[] cost = new long[m];
            for (int e = 0; e < m; e++) {
                u[e] = rnd.nextInt(k);
                v[e] = (u[e] + 1 + rnd.nextInt(k - 1)) % k;
                cost[e] = 2 * rnd.nextInt(50);
            }
            long[] boundary = new long[k];
            long[] radius = new long[k];
            int[] mate = new int[k];
            for (int i = 0; i < k; i++) {
                boundary[i] = rnd.nextInt(4) == 0 ? NONE : 2 * rnd.nextInt(50);
                radius[i] = rnd.nextInt(120) - 10;
                mate[i] = m > 0 && rnd.nextBoolean() ? rnd.nextInt(m)
                        : rnd.nextBoolean() ? RegionBlossom.START_BOUNDARY : RegionBlossom.START_FREE;
            }
            WarmStart.repair(k, m, u, v, cost, boundary, radius, mate);
            for (int i = 0; i < k; i++) {
                assertTrue(radius[i] >= 0 && radius[i] <= boundary[i], "trial " + trial);
                if (mate[i] == RegionBlossom.START_FREE) {
                    assertEquals(0, radius[i] % 2, "trial " + trial);
                } else if (mate[i] == RegionBlossom.START_BOUNDARY) {
                    assertEquals(boundary[i], radius[i], "trial " + trial);
                } else {
                    int e = mate[i];
                    int w = u[e] == i ? v[e] : u[e];
                    assertTrue(u[e] == i || v[e] == i, "trial " + trial);
                    assertEquals(e, mate[w], "trial " + trial);
                    assertEquals(cost[e], radius[i] + radius[w], "trial " + trial);
                }
            }
            for (int e = 0; e < m; e++) {
                assertTrue(radius[u[e]] + radius[v[e]] <= cost[e], "trial " + trial + " pair " + e);
            }
        }
    }
}
