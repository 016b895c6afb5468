package qtool.aqc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LbfgsTest {
    /** The n-dimensional Rosenbrock function, minimum 0 at (1, …, 1). */
    private static Lbfgs.Point rosenbrock(double[] x) {
        double f = 0;
        double[] g = new double[x.length];
        for (int i = 0; i + 1 < x.length; i++) {
            double a = x[i + 1] - x[i] * x[i];
            double b = 1 - x[i];
            f += 100 * a * a + b * b;
            g[i] += -400 * x[i] * a - 2 * b;
            g[i + 1] += 200 * a;
        }
        return new Lbfgs.Point(f, g);
    }

    @Test
    void minimisesRosenbrock() {
        double[] x0 = new double[10];
        for (int i = 0; i < x0.length; i++) {
            x0[i] = i % 2 == 0 ? -1.2 : 1;
        }
        Lbfgs.Result r = new Lbfgs(10, 1000, 1e-20, 1e-9).minimize(LbfgsTest::rosenbrock, x0, null);
        assertTrue(r.value() < 1e-12, "value " + r.value() + " stop " + r.stop());
        for (double v : r.x()) {
            assertEquals(1, v, 1e-5);
        }
    }

    @Test
    void stopsAtTheTargetValueAndTheIterationBudget() {
        double[] x0 = {-1.2, 1};
        Lbfgs.Result target = new Lbfgs(5, 1000, 0.5, 0).minimize(LbfgsTest::rosenbrock, x0, null);
        assertEquals(Lbfgs.Stop.TARGET_REACHED, target.stop());
        assertTrue(target.value() <= 0.5);
        Lbfgs.Result budget = new Lbfgs(5, 3, 0, 0).minimize(LbfgsTest::rosenbrock, x0, null);
        assertEquals(Lbfgs.Stop.MAX_ITERATIONS, budget.stop());
        assertEquals(3, budget.iterations());
    }
}
