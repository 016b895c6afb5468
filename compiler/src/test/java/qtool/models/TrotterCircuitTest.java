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

    /**
     * exp(-iHt)|Néel⟩ for a real symmetric H (Heisenberg with Z fields is real) by exact diagonalisation,
     * built from the Pauli definition of H, independent of the circuit's gate conventions.
     */
    private static ZMatrixRMaj exactNeelEvolution(SpinChain m, double t) {
        int n = m.numQubits();
        int dim = 1 << n;
        org.ejml.data.DMatrixRMaj h = new org.ejml.data.DMatrixRMaj(dim, dim);
        double[] fields = m.zFields();
        for (int x = 0; x < dim; x++) {
            for (int i = 0; i + 1 < n; i++) {
                double[] c = m.bondCoefficients(i);
                int bi = (x >> i) & 1;
                int bj = (x >> (i + 1)) & 1;
                int flipped = x ^ (1 << i) ^ (1 << (i + 1));
                // XX|ab> = |~a~b>; YY|ab> = -(-1)^(a+b)|~a~b>; ZZ|ab> = (-1)^(a+b)|ab>.
                double parity = bi == bj ? 1 : -1;
                h.add(flipped, x, c[0] - parity * c[1]);
                h.add(x, x, parity * c[2]);
            }
            for (int q = 0; q < n; q++) {
                h.add(x, x, ((x >> q) & 1) == 0 ? fields[q] : -fields[q]);
            }
        }
        var eig = org.ejml.dense.row.factory.DecompositionFactory_DDRM.eig(dim, true, true);
        assertTrue(eig.decompose(h));
        int neel = 0;
        for (int q = 1; q < n; q += 2) {
            neel |= 1 << q;
        }
        ZMatrixRMaj psi = new ZMatrixRMaj(dim, 1);
        for (int k = 0; k < dim; k++) {
            double lambda = eig.getEigenvalue(k).getReal();
            org.ejml.data.DMatrixRMaj v = eig.getEigenVector(k);
            double amp = v.get(neel, 0);
            for (int x = 0; x < dim; x++) {
                double w = v.get(x, 0) * amp;
                psi.data[2 * x] += w * Math.cos(lambda * t);
                psi.data[2 * x + 1] -= w * Math.sin(lambda * t);
            }
        }
        return psi;
    }

    private static double infidelity(ZMatrixRMaj x, Circuit b) {
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
    void zFieldsMatchTheExactEvolutionAtTheFormulasOrder() {
        SpinChain m = SpinChain.randomCouplings(SpinChain.Kind.HEISENBERG, 6, 2, 0.9, 0).withFieldDisorder(3, 5);
        ZMatrixRMaj exact = exactNeelEvolution(m, 0.8);
        assertTrue(infidelity(exact, TrotterCircuit.build(m, 0.8, 400, 2, TrotterCircuit.Initial.NEEL)) < 1e-9);
        for (int order = 1; order <= 2; order++) {
            double e8 = Math.sqrt(infidelity(exact, TrotterCircuit.build(m, 0.8, 8, order, TrotterCircuit.Initial.NEEL)));
            double e16 = Math.sqrt(infidelity(exact, TrotterCircuit.build(m, 0.8, 16, order, TrotterCircuit.Initial.NEEL)));
            double expected = order == 1 ? 2 : 4;
            assertTrue(Math.abs(e8 / e16 - expected) < 0.3 * expected, "order " + order + ": ratio " + e8 / e16);
        }
        // Without the fields the state is far from the disordered one: the fields are really applied.
        SpinChain clean = SpinChain.randomCouplings(SpinChain.Kind.HEISENBERG, 6, 2, 0.9, 0);
        assertTrue(infidelity(exact, TrotterCircuit.build(clean, 0.8, 400, 2, TrotterCircuit.Initial.NEEL)) > 0.1);
    }

    @Test
    void zFieldsAreFreeSingleQubitLayers() {
        SpinChain m = SpinChain.uniform(SpinChain.Kind.HEISENBERG, 5, 1, 1, 0).withFieldDisorder(4, 1);
        for (int k = 1; k <= 4; k++) {
            Circuit c = TrotterCircuit.build(m, 0.5, k, 2, TrotterCircuit.Initial.ZEROS);
            assertEquals(3 * (2 * k + 1), qtool.aqc.AqcCompile.twoQubitDepth(c), "second order, " + k + " steps");
            assertEquals(2 * 5 * k, c.instructions().stream().filter(i -> i.gate() == Gate.RZ).count());
        }
        assertThrows(IllegalArgumentException.class, () -> m.withFieldDisorder(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> m.withZFields(new double[4]));
        assertEquals(m, SpinChain.uniform(SpinChain.Kind.HEISENBERG, 5, 1, 1, 0).withFieldDisorder(4, 1));
    }

    @Test
    void rejectsBadArguments() {
        SpinChain m = SpinChain.uniform(SpinChain.Kind.XXZ, 4, 1, 1, 0);
        assertThrows(IllegalArgumentException.class, () -> TrotterCircuit.build(m, 1, 0, 2, TrotterCircuit.Initial.ZEROS));
        assertThrows(IllegalArgumentException.class, () -> TrotterCircuit.build(m, 1, 2, 3, TrotterCircuit.Initial.ZEROS));
        assertThrows(IllegalArgumentException.class, () -> SpinChain.uniform(SpinChain.Kind.XXZ, 1, 1, 1, 0));
    }
}
