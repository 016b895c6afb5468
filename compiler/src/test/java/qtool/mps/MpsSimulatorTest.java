package qtool.mps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;
import qtool.dense.StatevectorSimulator;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.Instruction;
import qtool.ir.Param;

class MpsSimulatorTest {
    /**
     * Runs of two-qubit gates on one pair, in both operand orders, broken by one-qubit gates and by
     * gates on other pairs: the fused application must give the state vector's amplitudes.
     */
    @Test
    void fusedRunsOnOnePairMatchStatevector() {
        Gate[] two = {Gate.RXX, Gate.RYY, Gate.RZZ, Gate.CRY};
        for (int seed = 0; seed < 12; seed++) {
            Random rnd = new Random(seed);
            int n = 3 + rnd.nextInt(5);
            Circuit.Builder b = Circuit.builder(n, 0);
            for (int q = 0; q < n; q++) {
                b.add(Instruction.of(Gate.H, q));
            }
            for (int k = 0; k < 40; k++) {
                int q = rnd.nextInt(n - 1);
                int runLength = 1 + rnd.nextInt(4);
                for (int r = 0; r < runLength; r++) {
                    boolean swapped = rnd.nextBoolean();
                    int a = swapped ? q + 1 : q;
                    int c = swapped ? q : q + 1;
                    b.add(Instruction.of(two[rnd.nextInt(two.length)], List.of(Param.constant(rnd.nextDouble() * 6 - 3)), a, c));
                }
                if (rnd.nextInt(3) == 0) {
                    b.add(Instruction.of(Gate.RX, List.of(Param.constant(rnd.nextDouble())), rnd.nextInt(n)));
                }
            }
            Circuit circuit = b.build();
            Mps mps = MpsSimulator.run(circuit, 1 << 10, 0);
            ZMatrixRMaj sv = StatevectorSimulator.run(circuit);
            double err = MpsTest.maxAmplitudeError(mps, sv);
            assertTrue(err < 1e-10, "seed " + seed + ": amplitude error " + err);
            assertEquals(0, mps.truncationError(), 1e-12);
        }
    }

    @Test
    void productOfFourByFourMatrices() {
        Random rnd = new Random(3);
        double[] x = new double[32];
        double[] y = new double[32];
        for (int i = 0; i < 32; i++) {
            x[i] = rnd.nextGaussian();
            y[i] = rnd.nextGaussian();
        }
        double[] p = MpsSimulator.times4(x, y);
        // Entry (1, 2) by hand.
        double re = 0;
        double im = 0;
        for (int k = 0; k < 4; k++) {
            double xr = x[2 * (4 + k)];
            double xi = x[2 * (4 + k) + 1];
            double yr = y[2 * (4 * k + 2)];
            double yi = y[2 * (4 * k + 2) + 1];
            re += xr * yr - xi * yi;
            im += xr * yi + xi * yr;
        }
        assertEquals(re, p[2 * 6], 1e-12);
        assertEquals(im, p[2 * 6 + 1], 1e-12);
    }
}
