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
        double f = fidelity(StatevectorSimulator.run(target), StatevectorSimulator.run(out));
        assertEquals(o.verifiedFidelity(), f, 1e-9);
        assertTrue(f >= 0.999);
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

    /**
     * The IBM tutorial's 10-site chain ("Approximate quantum compilation for time evolution
     * circuits", Qiskit/documentation @005618c0): J from {@code np.random.seed(0); np.random.rand(9) +
     * 0.5}, assigned to the even bonds (0,1), (2,3), ... first and then the odd ones, as its code does.
     * It prints a starting fidelity of 0.998246 and stops at 0.99994898 after 27 L-BFGS-B iterations.
     */
    @Test
    void tutorialTenSiteChainStartsWhereTheTutorialStartsAndEndsAsHigh() {
        double[] j = {1.0488135039273248, 1.1458941130666562, 1.2151893663724196, 0.9375872112626925,
            1.102763376071644, 1.3917730007820799, 1.0448831829968968, 1.4636627605010293, 0.9236547993389047};
        qtool.models.SpinChain chain = new qtool.models.SpinChain(qtool.models.SpinChain.Kind.XXZ, j, 1, 1);
        Circuit target = qtool.models.TrotterCircuit.build(chain, 0.2, 32, 2, qtool.models.TrotterCircuit.Initial.NEEL);
        Circuit coarse = qtool.models.TrotterCircuit.build(chain, 0.2, 1, 2, qtool.models.TrotterCircuit.Initial.NEEL);
        AqcCompile pass = new AqcCompile(new AqcCompile.Settings(coarse, 0, 0.99994898, 500, 64, 0));
        pass.run(target, new PropertySet());
        AqcCompile.Outcome o = pass.lastOutcome();
        double dense = fidelity(StatevectorSimulator.run(target), StatevectorSimulator.run(coarse));
        assertEquals(dense, o.startFidelity(), 1e-9, "MPS start against the state vector");
        // The tutorial's six digits sit 1.8e-6 below the exact value (it runs quimb under JAX).
        assertEquals(0.998246, o.startFidelity(), 3e-6);
        assertEquals(156, o.parameters());
        assertTrue(o.endFidelity() >= 0.99994898, "end " + o.endFidelity());
        assertTrue(o.iterations() <= 27, o.iterations() + " iterations");
    }

    private static double fidelity(ZMatrixRMaj a, ZMatrixRMaj b) {
        double re = 0;
        double im = 0;
        for (int i = 0; i < a.getNumElements(); i++) {
            re += a.getReal(i, 0) * b.getReal(i, 0) + a.getImag(i, 0) * b.getImag(i, 0);
            im += a.getReal(i, 0) * b.getImag(i, 0) - a.getImag(i, 0) * b.getReal(i, 0);
        }
        return re * re + im * im;
    }
}
