package qtool.qubo.shrink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Random;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;
import qtool.dense.StatevectorSimulator;
import qtool.ir.Circuit;
import qtool.qubo.model.Ising;
import qtool.qubo.solve.QaoaAngles;
import qtool.qubo.solve.QaoaCircuit;

/** The closed-form p = 1 expectations equal the statevector simulator's on random small Ising problems. */
class QaoaP1ExpectationsTest {
    static Ising randomIsing(int n, Random r, boolean fields) {
        double[] h = new double[n];
        double[][] j = new double[n][n];
        for (int a = 0; a < n; a++) {
            h[a] = fields ? r.nextGaussian() : 0;
            for (int b = a + 1; b < n; b++) {
                if (r.nextDouble() < 0.7) {
                    j[a][b] = r.nextGaussian();
                    j[b][a] = j[a][b];
                }
            }
        }
        return new Ising(0.3, h, j);
    }

    static double zExpectation(double[] p, int... qubits) {
        double e = 0;
        for (int z = 0; z < p.length; z++) {
            int sign = 1;
            for (int q : qubits) {
                sign *= ((z >>> q) & 1) == 1 ? -1 : 1;
            }
            e += sign * p[z];
        }
        return e;
    }

    @Test
    void analyticCorrelationsEqualStatevectorExpectations() {
        Random r = new Random(42);
        for (int trial = 0; trial < 6; trial++) {
            int n = 3 + trial % 3;
            Ising ising = randomIsing(n, r, trial % 2 == 0);
            double gamma = r.nextDouble() * 2 - 1;
            double beta = r.nextDouble() * 2 - 1;
            Circuit c = QaoaCircuit.build(ising, new QaoaAngles(new double[] {gamma}, new double[] {beta}, 0, 0), false);
            ZMatrixRMaj state = StatevectorSimulator.run(c, Map.of());
            double[] p = StatevectorSimulator.probabilities(state);
            QaoaP1Expectations formula = new QaoaP1Expectations(ising.h(), ising.j());
            for (int u = 0; u < n; u++) {
                assertEquals(zExpectation(p, u), formula.z(u, gamma, beta), 1e-10, "<Z_" + u + ">");
                for (int v = u + 1; v < n; v++) {
                    assertEquals(zExpectation(p, u, v), formula.zz(u, v, gamma, beta), 1e-10, "<Z_" + u + " Z_" + v + ">");
                }
            }
        }
    }

    @Test
    void closedFormBetaIsTheBestBeta() {
        Random r = new Random(9);
        Ising ising = randomIsing(6, r, false);
        QaoaP1Expectations formula = new QaoaP1Expectations(ising.h(), ising.j());
        double gamma = 0.4;
        double[] best = QaoaCorrelations.bestEnergyAt(formula, ising.j(), gamma);
        assertEquals(formula.energy(gamma, best[1]), best[0], 1e-10);
        for (int k = 0; k < 200; k++) {
            double beta = -Math.PI / 2 + k * Math.PI / 200;
            assertEquals(true, formula.energy(gamma, beta) >= best[0] - 1e-10);
        }
    }
}
