package qtool.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;
import qtool.dense.StatevectorSimulator;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.Instruction;

class TrotterCircuitTest {
    /** Two XXZ qubits from |01>: singlet energy -2J, triplet |Ψ+> energy 0, so <10|U|01> = (1 - e^{2iJt})/2. */
    @Test
    void twoSiteXxzMatchesTheExactEvolution() {
        double j = 0.7;
        double t = 0.9;
        SpinChain m = SpinChain.uniform(SpinChain.Kind.XXZ, 2, j, 1.0, 0);
        for (int order = 1; order <= 2; order++) {
            Circuit c = TrotterCircuit.build(m, t, 3, order, TrotterCircuit.Initial.NEEL);
            ZMatrixRMaj psi = StatevectorSimulator.run(c);
            // Néel puts qubit 1 in |1>: basis index 2. Amplitude on index 1 (qubit 0 set).
            double re = (1 - Math.cos(2 * j * t)) / 2;
            double im = -Math.sin(2 * j * t) / 2;
            assertEquals(re, psi.getReal(1, 0), 1e-12);
            assertEquals(im, psi.getImag(1, 0), 1e-12);
        }
    }

    private static double infidelity(Circuit a, Circuit b) {
        ZMatrixRMaj x = StatevectorSimulator.run(a);
        ZMatrixRMaj y = StatevectorSimulator.run(b);
        double re = 0;
        double im = 0;
        for (int i = 0; i < x.numRows; i++) {
            re += x.data[2 * i] * y.data[2 * i] + x.data[2 * i + 1] * y.data[2 * i + 1];
            im += x.data[2 * i] * y.data[2 * i + 1] - x.data[2 * i + 1] * y.data[2 * i];
        }
        return 1 - (re * re + im * im);
    }

    @Test
    void errorsShrinkWithTheOrderOfTheFormula() {
        for (SpinChain.Kind kind : SpinChain.Kind.values()) {
            SpinChain m = SpinChain.randomCouplings(kind, 6, 1, 0.8, 0.6);
            Circuit exact = TrotterCircuit.build(m, 1.0, 256, 2, TrotterCircuit.Initial.NEEL);
            for (int order = 1; order <= 2; order++) {
                double e4 = Math.sqrt(infidelity(exact, TrotterCircuit.build(m, 1.0, 4, order, TrotterCircuit.Initial.NEEL)));
                double e8 = Math.sqrt(infidelity(exact, TrotterCircuit.build(m, 1.0, 8, order, TrotterCircuit.Initial.NEEL)));
                double ratio = e4 / e8;
                double expected = order == 1 ? 2 : 4;
                assertTrue(Math.abs(ratio - expected) < 0.6 * expected / 2, kind + " order " + order + ": ratio " + ratio);
            }
        }
    }

    @Test
    void secondOrderMergesHalfSteps() {
        SpinChain m = SpinChain.uniform(SpinChain.Kind.HEISENBERG, 5, 1, 1, 0);
        Circuit c = TrotterCircuit.build(m, 0.5, 4, 2, TrotterCircuit.Initial.ZEROS);
        // 2 even bonds and 2 odd bonds, 3 gates per bond; layers: 2*4+1 = 9, alternating even/odd.
        assertEquals((5 * 2 + 4 * 2) * 3, c.size());
        Circuit tfim = TrotterCircuit.build(SpinChain.uniform(SpinChain.Kind.TFIM, 3, 1, 1, 0.4), 0.5, 2, 2,
                TrotterCircuit.Initial.ZEROS);
        long rx = tfim.instructions().stream().filter(i -> i.gate() == Gate.RX).count();
        assertEquals(3 * 3, rx);
    }

    @Test
    void rejectsBadArguments() {
        SpinChain m = SpinChain.uniform(SpinChain.Kind.XXZ, 4, 1, 1, 0);
        assertThrows(IllegalArgumentException.class, () -> TrotterCircuit.build(m, 1, 0, 2, TrotterCircuit.Initial.ZEROS));
        assertThrows(IllegalArgumentException.class, () -> TrotterCircuit.build(m, 1, 2, 3, TrotterCircuit.Initial.ZEROS));
        assertThrows(IllegalArgumentException.class, () -> SpinChain.uniform(SpinChain.Kind.XXZ, 1, 1, 1, 0));
    }
}
