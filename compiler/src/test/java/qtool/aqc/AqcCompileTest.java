package qtool.aqc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;
import qtool.dense.StatevectorSimulator;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.Instruction;
import qtool.pass.PropertySet;

class AqcCompileTest {
    /** GHZ on n qubits by a CX staircase. */
    private static Circuit ghz(int n) {
        Circuit.Builder b = Circuit.builder(n, 0);
        b.add(Instruction.of(Gate.H, 0));
        for (int q = 0; q + 1 < n; q++) {
            b.add(Instruction.of(Gate.CX, q, q + 1));
        }
        return b.build();
    }

    @Test
    void brickworkLeavesTheIdentityStartOnAGhzTarget() {
        // Identity blocks on a GHZ target have zero gradient (every one-qubit state is mixed), so
        // without a kick L-BFGS stops at once at fidelity 1/2.
        Circuit target = ghz(4);
        AqcCompile pass = new AqcCompile(new AqcCompile.Settings(null, 4, 0.999, 300, 64, 1e-12));
        Circuit out = pass.run(target, new PropertySet());
        AqcCompile.Outcome o = pass.lastOutcome();
        assertEquals(0.5, o.startFidelity(), 1e-9);
        assertTrue(o.endFidelity() >= 0.999, "end fidelity " + o.endFidelity());
        assertEquals(Lbfgs.Stop.TARGET_REACHED, o.stop());
        ZMatrixRMaj want = StatevectorSimulator.run(target);
        ZMatrixRMaj got = StatevectorSimulator.run(out);
        double re = 0;
        double im = 0;
        for (int i = 0; i < want.getNumElements(); i++) {
            re += want.getReal(i, 0) * got.getReal(i, 0) + want.getImag(i, 0) * got.getImag(i, 0);
            im += want.getReal(i, 0) * got.getImag(i, 0) - want.getImag(i, 0) * got.getReal(i, 0);
        }
        assertEquals(o.verifiedFidelity(), re * re + im * im, 1e-9);
        assertTrue(re * re + im * im >= 0.999);
    }

    @Test
    void kicksAreSmallSeededAndDifferFromKickToKick() {
        double[] x = {0.3, -1.2, 2.0, 0.0};
        double[] a = AqcCompile.kicked(x, 0);
        assertArrayEquals(a, AqcCompile.kicked(x, 0));
        assertNotEquals(a[0], AqcCompile.kicked(x, 1)[0]);
        for (int i = 0; i < x.length; i++) {
            assertTrue(Math.abs(a[i] - x[i]) <= AqcCompile.KICK_ANGLE);
        }
    }
}
