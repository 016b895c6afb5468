package qtool.qubo.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Each QUBO equals its constrained objective on feasible points; the Ising and Max-Cut views are exact. */
class EncodingTest {
    static boolean[] bits(long z, int n) {
        boolean[] x = new boolean[n];
        for (int i = 0; i < n; i++) {
            x[i] = ((z >>> i) & 1) == 1;
        }
        return x;
    }

    @Test
    void misEnergyIsMinusTheSetSizeOnIndependentSetsAndMinimisersAreIndependent() {
        Mis mis = new Mis(6, new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5}, {5, 0}, {0, 3}}, OptionalDouble.empty());
        Qubo q = MisQubo.encode(mis, 2);
        double min = Double.POSITIVE_INFINITY;
        for (long z = 0; z < 64; z++) {
            boolean[] x = bits(z, 6);
            if (mis.independent(x)) {
                assertEquals(-mis.size(x), q.energy(x), 1e-12);
            } else {
                assertTrue(q.energy(x) > -mis.size(x));
            }
            min = Math.min(min, q.energy(x));
        }
        assertEquals(-3, min, 1e-12, "alpha of this graph is 3 ({1, 3, 5})");
    }

    @Test
    void qapEnergyIsTheAssignmentCostOnPermutations() {
        Random r = new Random(7);
        int n = 4;
        long[][] f = new long[n][n];
        long[][] d = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                f[i][j] = r.nextInt(6);
                d[i][j] = r.nextInt(9);
            }
        }
        Qap qap = new Qap(f, d, OptionalDouble.empty());
        Qubo q = QapQubo.encode(qap, 1);
        int[][] perms = {{0, 1, 2, 3}, {1, 0, 3, 2}, {3, 2, 1, 0}, {2, 0, 3, 1}, {1, 3, 0, 2}};
        for (int[] p : perms) {
            assertEquals(qap.cost(p), q.energy(qap.assignment(p)), 1e-9);
        }
        boolean[] empty = new boolean[n * n];
        assertTrue(q.energy(empty) > 0, "the all-zero matrix is penalised");
    }

    @Test
    void mdkpSlackEnergyWithTheBestSlackIsMinusTheProfit() {
        Mdkp m = new Mdkp(new long[] {6, 5, 4}, new long[][] {{3, 4, 2}, {2, 2, 5}}, new long[] {6, 7}, OptionalDouble.empty());
        Qubo q = MdkpSlackQubo.encode(m, 2);
        int total = MdkpSlackQubo.variables(m);
        assertEquals(3 + 3 + 3, total, "6 -> 1,2,3 and 7 -> 1,2,4");
        for (long items = 0; items < 8; items++) {
            double best = Double.POSITIVE_INFINITY;
            for (long slack = 0; slack < 1L << (total - 3); slack++) {
                best = Math.min(best, q.energy(bits(items | slack << 3, total)));
            }
            boolean[] x = bits(items, 3);
            if (m.feasible(x)) {
                assertEquals(-m.profit(x), best, 1e-9);
            } else {
                assertTrue(best > -m.profit(x));
            }
        }
    }

    @Test
    void lagrangianEnergyMatchesItsDefinition() {
        Mdkp m = new Mdkp(new long[] {6, 5, 4}, new long[][] {{3, 4, 2}, {2, 2, 5}}, new long[] {6, 7}, OptionalDouble.empty());
        double[] lambda = {0.3, 1.1};
        double rho = 5;
        Qubo q = MdkpLagrangianQubo.encode(m, lambda, rho);
        for (long z = 0; z < 8; z++) {
            boolean[] x = bits(z, 3);
            double e = -m.profit(x) / 6.0;
            for (int k = 0; k < 2; k++) {
                double g = (m.load(x, k) - m.capacities()[k]) / (double) m.capacities()[k];
                e += lambda[k] * g + rho / 2 * g * g;
            }
            assertEquals(e, q.energy(x), 1e-9);
        }
    }

    @Test
    void isingAndMaxCutViewsGiveTheSameEnergies() {
        Random r = new Random(1);
        Qubo.Builder b = Qubo.builder(5).offset(0.7);
        for (int i = 0; i < 5; i++) {
            b.linear(i, r.nextGaussian());
            for (int j = i + 1; j < 5; j++) {
                b.quadratic(i, j, r.nextGaussian());
            }
        }
        Qubo q = b.build();
        Ising ising = q.toIsing();
        MaxCutGraph g = MaxCutGraph.of(ising);
        assertEquals(6, g.vertices());
        Ising back = g.toIsing();
        for (long z = 0; z < 32; z++) {
            boolean[] x = bits(z, 5);
            int[] s = Ising.spins(x);
            assertEquals(q.energy(x), ising.energy(s), 1e-9);
            assertEquals(q.energy(x), back.energy(s), 1e-9);
            int[] vs = new int[6];
            vs[0] = 1;
            System.arraycopy(s, 0, vs, 1, 5);
            assertEquals(q.energy(x), g.offset() + g.totalWeight() - 2 * g.cut(vs), 1e-9);
        }
    }
}
