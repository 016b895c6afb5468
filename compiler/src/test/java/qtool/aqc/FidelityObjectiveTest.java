package qtool.aqc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;
import qtool.dense.StatevectorSimulator;
import qtool.ir.Circuit;
import qtool.mps.Mps;
import qtool.mps.MpsSimulator;
import qtool.models.SpinChain;
import qtool.models.TrotterCircuit;

class FidelityObjectiveTest {
    private static double stateFidelity(Circuit a, Circuit b) {
        ZMatrixRMaj x = StatevectorSimulator.run(a);
        ZMatrixRMaj y = StatevectorSimulator.run(b);
        double re = 0;
        double im = 0;
        for (int i = 0; i < x.numRows; i++) {
            re += x.data[2 * i] * y.data[2 * i] + x.data[2 * i + 1] * y.data[2 * i + 1];
            im += x.data[2 * i] * y.data[2 * i + 1] - x.data[2 * i + 1] * y.data[2 * i];
        }
        return re * re + im * im;
    }

    @Test
    void costMatchesTheStatevectorAndGradientMatchesFiniteDifferences() {
        Random rnd = new Random(11);
        int n = 6;
        SpinChain model = SpinChain.randomCouplings(SpinChain.Kind.HEISENBERG, n, 2, 0.7, 0);
        Circuit targetCircuit = TrotterCircuit.build(model, 0.8, 6, 2, TrotterCircuit.Initial.NEEL);
        Mps target = MpsSimulator.run(targetCircuit, 64, 0);
        KakAnsatz ansatz = KakAnsatz.brickwork(n, 3);
        double[] p = new double[ansatz.numParameters()];
        for (int i = 0; i < p.length; i++) {
            p[i] = rnd.nextGaussian();
        }
        FidelityObjective f = new FidelityObjective(ansatz, target, 64, 0);
        FidelityObjective.Value v = f.evaluate(p);
        assertEquals(stateFidelity(targetCircuit, ansatz.toCircuit(p)), v.fidelity(), 1e-10);
        assertEquals(v.cost(), f.cost(p), 1e-12);
        double h = 1e-5;
        double worst = 0;
        for (int i = 0; i < p.length; i++) {
            double[] plus = p.clone();
            double[] minus = p.clone();
            plus[i] += h;
            minus[i] -= h;
            double fd = (f.cost(plus) - f.cost(minus)) / (2 * h);
            worst = Math.max(worst, Math.abs(fd - v.gradient()[i]));
        }
        assertTrue(worst < 1e-7, "gradient differs from central differences by " + worst);
        double norm = 0;
        for (double g : v.gradient()) {
            norm += g * g;
        }
        assertTrue(norm > 1e-6, "a random point should have a non-zero gradient");
    }
}
