package qtool.qubo.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;
import qtool.qubo.model.Mdkp;
import qtool.qubo.model.Mis;
import qtool.qubo.model.Qap;

/** Repairs return feasible solutions, polishes never make them worse, the assignment solver is optimal. */
class RepairTest {
    @Test
    void hungarianMatchesBruteForce() {
        Random r = new Random(1);
        for (int trial = 0; trial < 20; trial++) {
            int n = 5;
            double[][] c = new double[n][n];
            for (double[] row : c) {
                for (int k = 0; k < n; k++) {
                    row[k] = r.nextInt(20);
                }
            }
            int[] p = Hungarian.solve(c);
            double got = 0;
            for (int i = 0; i < n; i++) {
                got += c[i][p[i]];
            }
            assertEquals(brute(c, new int[n], new boolean[n], 0), got, 1e-9);
        }
    }

    private static double brute(double[][] c, int[] p, boolean[] used, int i) {
        if (i == c.length) {
            return 0;
        }
        double best = Double.POSITIVE_INFINITY;
        for (int k = 0; k < c.length; k++) {
            if (!used[k]) {
                used[k] = true;
                best = Math.min(best, c[i][k] + brute(c, p, used, i + 1));
                used[k] = false;
            }
        }
        return best;
    }

    @Test
    void qapRepairKeepsChosenPairsAndSwapDeltaIsExact() {
        Random r = new Random(2);
        int n = 6;
        long[][] f = new long[n][n];
        long[][] d = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                f[i][j] = r.nextInt(10);
                d[i][j] = r.nextInt(10);
            }
        }
        Qap qap = new Qap(f, d, OptionalDouble.empty());
        boolean[] x = new boolean[n * n];
        x[qap.variable(0, 3)] = true;
        x[qap.variable(1, 3)] = true;
        x[qap.variable(2, 5)] = true;
        int[] p = QapRepair.repair(qap, x);
        assertTrue(qap.permutation(qap.assignment(p)) != null);
        assertTrue(p[2] == 5 && (p[0] == 3 || p[1] == 3));
        for (int a = 0; a < n; a++) {
            for (int b = a + 1; b < n; b++) {
                int[] q = p.clone();
                q[a] = p[b];
                q[b] = p[a];
                assertEquals(qap.cost(q) - qap.cost(p), QapLocalSearch.swapDelta(qap, p, a, b));
            }
        }
        int[] polished = QapLocalSearch.polish(qap, p, 20, new Random(3));
        assertTrue(qap.cost(polished) <= qap.cost(p));
    }

    @Test
    void mdkpRepairAndPolishStayFeasible() {
        Random r = new Random(4);
        int n = 15;
        long[] p = new long[n];
        long[][] w = new long[3][n];
        for (int i = 0; i < n; i++) {
            p[i] = 1 + r.nextInt(50);
            for (int k = 0; k < 3; k++) {
                w[k][i] = r.nextInt(30);
            }
        }
        Mdkp m = new Mdkp(p, w, new long[] {80, 90, 70}, OptionalDouble.empty());
        boolean[] all = new boolean[n];
        java.util.Arrays.fill(all, true);
        boolean[] fixed = MdkpRepair.repair(m, all);
        assertTrue(m.feasible(fixed));
        for (int i = 0; i < n; i++) {
            boolean[] more = fixed.clone();
            if (!more[i]) {
                more[i] = true;
                assertTrue(!m.feasible(more), "greedy fill leaves no item that fits");
            }
        }
        boolean[] polished = MdkpLocalSearch.polish(m, fixed);
        assertTrue(m.feasible(polished));
        assertTrue(m.profit(polished) >= m.profit(fixed));
    }

    @Test
    void misRepairGivesAMaximalIndependentSetAndPolishGrowsIt() {
        // A star: choosing the centre blocks five leaves; the (1,2)-swap finds the leaves.
        Mis star = new Mis(6, new int[][] {{0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}}, OptionalDouble.empty());
        boolean[] all = new boolean[6];
        java.util.Arrays.fill(all, true);
        boolean[] fixed = MisRepair.repair(star, all);
        assertTrue(star.independent(fixed));
        assertEquals(5, star.size(fixed));
        boolean[] centre = {true, false, false, false, false, false};
        boolean[] polished = MisLocalSearch.polish(star, centre);
        assertTrue(star.independent(polished));
        assertEquals(5, star.size(polished));
    }
}
