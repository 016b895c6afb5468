package qtool.aqc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;
import qtool.dense.Equivalence;
import qtool.dense.UnitarySimulator;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.Instruction;
import qtool.ir.Param;
import qtool.models.SpinChain;
import qtool.models.TrotterCircuit;

class KakAnsatzTest {
    @Test
    void zyzAnglesRebuildRandomUnitariesUpToPhase() {
        Random rnd = new Random(5);
        for (int k = 0; k < 200; k++) {
            double[] u = LocalGates.mul(LocalGates.rz(rnd.nextDouble() * 7), LocalGates.mul(
                    LocalGates.ry(k % 10 == 0 ? 0 : k % 10 == 1 ? Math.PI : rnd.nextDouble() * 7),
                    LocalGates.rz(rnd.nextDouble() * 7), 2), 2);
            double ph = rnd.nextDouble() * 6;
            for (int i = 0; i < 4; i++) {
                double re = u[2 * i];
                double im = u[2 * i + 1];
                u[2 * i] = re * Math.cos(ph) - im * Math.sin(ph);
                u[2 * i + 1] = re * Math.sin(ph) + im * Math.cos(ph);
            }
            double[] a = LocalGates.zyzAngles(u);
            double[] r = LocalGates.rotation(a[0], a[1], a[2]);
            // |tr(r† u)| = 2 iff equal up to phase.
            double re = 0;
            double im = 0;
            for (int i = 0; i < 4; i++) {
                re += r[2 * i] * u[2 * i] + r[2 * i + 1] * u[2 * i + 1];
                im += r[2 * i] * u[2 * i + 1] - r[2 * i + 1] * u[2 * i];
            }
            assertEquals(2, Math.hypot(re, im), 1e-10, "case " + k);
        }
    }

    private static void assertReproduces(Circuit coarse) {
        KakAnsatz.Fitted f = KakAnsatz.fromCircuit(coarse);
        Circuit out = f.ansatz().toCircuit(f.parameters());
        ZMatrixRMaj expected = UnitarySimulator.unitary(coarse);
        ZMatrixRMaj actual = UnitarySimulator.unitary(out);
        assertTrue(Equivalence.equalUpToGlobalPhase(expected, actual, 1e-9), "ansatz does not reproduce\n" + coarse);
    }

    @Test
    void initialParametersReproduceATrotterStep() {
        SpinChain m = SpinChain.randomCouplings(SpinChain.Kind.XXZ, 6, 3, 1, 0);
        Circuit coarse = TrotterCircuit.build(m, 0.2, 1, 2, TrotterCircuit.Initial.NEEL);
        assertReproduces(coarse);
        KakAnsatz.Fitted f = KakAnsatz.fromCircuit(coarse);
        // Second order, one step: even, odd, even bonds = 3 + 2 + 3 blocks in 3 layers.
        assertEquals(8, f.ansatz().numBlocks());
        assertEquals(3, f.ansatz().numLayers());
        assertEquals(3 * 6 + 9 * 8, f.ansatz().numParameters());
    }

    @Test
    void initialParametersReproduceATrotterStepWithZFields() {
        SpinChain m = SpinChain.randomCouplings(SpinChain.Kind.HEISENBERG, 5, 3, 1, 0).withFieldDisorder(6, 2);
        for (int order = 1; order <= 2; order++) {
            Circuit coarse = TrotterCircuit.build(m, 0.7, 2, order, TrotterCircuit.Initial.NEEL);
            assertReproduces(coarse);
            // The rz field layers are absorbed into the blocks' rotations: 2 steps are 4 (order 1) or 5 block layers.
            assertEquals(order == 1 ? 4 : 5, KakAnsatz.fromCircuit(coarse).ansatz().numLayers());
        }
    }

    @Test
    void followedByRzAppendsExactRotations() {
        SpinChain m = SpinChain.randomCouplings(SpinChain.Kind.HEISENBERG, 5, 4, 1, 0).withFieldDisorder(2, 3);
        // Qubit 4 is only in even-layer blocks' hi slot at the end; a 1-block ansatz leaves qubits without blocks.
        for (Circuit coarse : List.of(TrotterCircuit.build(m, 0.4, 1, 2, TrotterCircuit.Initial.NEEL),
                TrotterCircuit.build(m, 0.4, 1, 1, TrotterCircuit.Initial.ZEROS))) {
            KakAnsatz.Fitted f = KakAnsatz.fromCircuit(coarse);
            double[] theta = {0.3, -1.1, 2.0, 0.7, -0.4};
            Circuit.Builder expected = Circuit.builder(5, 0);
            coarse.instructions().forEach(expected::add);
            for (int q = 0; q < 5; q++) {
                expected.add(Instruction.of(Gate.RZ, List.of(Param.constant(theta[q])), q));
            }
            Circuit moved = f.ansatz().toCircuit(f.ansatz().followedByRz(f.parameters(), theta));
            assertTrue(Equivalence.equalUpToGlobalPhase(UnitarySimulator.unitary(expected.build()),
                    UnitarySimulator.unitary(moved), 1e-9));
        }
        KakAnsatz single = KakAnsatz.ofBlocks(3, new int[] {0});
        double[] p = new double[single.numParameters()];
        double[] moved = single.followedByRz(p, new double[] {0, 0, 0.5});
        assertEquals(0.5, moved[3 * 2 + 2], 0, "qubit 2 has no block: its initial rotation takes the angle");
    }

    @Test
    void initialParametersReproduceRandomNearestNeighbourCircuits() {
        Gate[] one = {Gate.H, Gate.T, Gate.SX, Gate.X};
        Gate[] two = {Gate.CX, Gate.CZ, Gate.ISWAP, Gate.SWAP};
        for (int seed = 0; seed < 8; seed++) {
            Random rnd = new Random(seed);
            int n = 2 + rnd.nextInt(4);
            Circuit.Builder b = Circuit.builder(n, 0);
            for (int k = 0; k < 25; k++) {
                int q = rnd.nextInt(n - 1);
                switch (rnd.nextInt(4)) {
                    case 0 -> b.add(Instruction.of(one[rnd.nextInt(one.length)], rnd.nextInt(n)));
                    case 1 -> b.add(Instruction.of(Gate.RY, List.of(Param.constant(rnd.nextGaussian())), rnd.nextInt(n)));
                    case 2 -> b.add(Instruction.of(two[rnd.nextInt(two.length)], q + 1, q));
                    default -> b.add(Instruction.of(Gate.RZZ, List.of(Param.constant(rnd.nextGaussian())), q, q + 1));
                }
            }
            assertReproduces(b.build());
        }
    }

    @Test
    void extraLayersStartAsIdentity() {
        SpinChain m = SpinChain.uniform(SpinChain.Kind.HEISENBERG, 6, 1, 1, 1);
        Circuit coarse = TrotterCircuit.build(m, 0.5, 2, 2, TrotterCircuit.Initial.NEEL);
        KakAnsatz.Fitted f = KakAnsatz.fromCircuit(coarse);
        KakAnsatz wider = f.ansatz().withExtraLayers(2);
        assertEquals(f.ansatz().numLayers() + 2, wider.numLayers());
        // The coarse circuit ends with even bonds: the new layers are odd (2 blocks) then even (3 blocks).
        assertEquals(2, wider.layer(f.ansatz().numLayers()).length);
        assertEquals(3, wider.layer(f.ansatz().numLayers() + 1).length);
        assertEquals(f.ansatz().numParameters() + 9 * 5, wider.numParameters());
        double[] p = f.ansatz().padded(f.parameters(), wider);
        assertTrue(Equivalence.equalUpToGlobalPhase(UnitarySimulator.unitary(coarse),
                UnitarySimulator.unitary(wider.toCircuit(p)), 1e-9));
        // Moving a new block's parameter changes the circuit: the layers are really there.
        p[f.ansatz().numParameters()] = 0.4;
        assertTrue(!Equivalence.equalUpToGlobalPhase(UnitarySimulator.unitary(coarse),
                UnitarySimulator.unitary(wider.toCircuit(p)), 1e-6));
    }

    @Test
    void brickworkLayout() {
        KakAnsatz a = KakAnsatz.brickwork(5, 3);
        assertEquals(2 + 2 + 2, a.numBlocks());
        assertEquals(3, a.numLayers());
        assertEquals(2, a.layer(1).length);
    }

    @Test
    void rejectsCircuitsOutsideTheChain() {
        Circuit far = Circuit.builder(3, 0).add(Instruction.of(Gate.CX, 0, 2)).build();
        assertThrows(IllegalArgumentException.class, () -> KakAnsatz.fromCircuit(far));
        Circuit three = Circuit.builder(3, 0).add(Instruction.of(Gate.CCX, 0, 1, 2)).build();
        assertThrows(IllegalArgumentException.class, () -> KakAnsatz.fromCircuit(three));
    }
}
