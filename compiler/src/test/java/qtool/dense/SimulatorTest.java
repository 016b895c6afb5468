package qtool.dense;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;
import qtool.ir.Circuit;
import qtool.ir.Condition;
import qtool.ir.Gate;
import qtool.ir.GateFlag;
import qtool.ir.Instruction;
import qtool.ir.Param;

class SimulatorTest {
    private static final double TOL = 1e-12;
    private static final double R = Math.sqrt(0.5);

    private static void assertClose(ZMatrixRMaj expected, ZMatrixRMaj actual, String what) {
        double d = Matrices.maxAbsDiff(expected, actual);
        if (!(d <= TOL)) {
            fail(what + " differs by " + d + "\nexpected\n" + Matrices.toString(expected) + "\nactual\n"
                    + Matrices.toString(actual));
        }
    }

    private static ZMatrixRMaj column(double... reIm) {
        return Matrices.of(reIm.length / 2, 1, reIm);
    }

    @Test
    void bellState() {
        Circuit c = Circuit.builder(2, 0).add(Instruction.of(Gate.H, 0)).add(Instruction.of(Gate.CX, 0, 1)).build();
        assertClose(column(R, 0, 0, 0, 0, 0, R, 0), StatevectorSimulator.run(c), "bell");
        double[] p = StatevectorSimulator.probabilities(StatevectorSimulator.run(c));
        assertEquals(0.5, p[0], TOL);
        assertEquals(0.5, p[3], TOL);
    }

    @Test
    void ghzState() {
        Circuit.Builder b = Circuit.builder(4, 0).add(Instruction.of(Gate.H, 0));
        for (int q = 1; q < 4; q++) {
            b.add(Instruction.of(Gate.CX, q - 1, q));
        }
        ZMatrixRMaj s = StatevectorSimulator.run(b.build());
        ZMatrixRMaj expected = new ZMatrixRMaj(16, 1);
        expected.set(0, 0, R, 0);
        expected.set(15, 0, R, 0);
        assertClose(expected, s, "ghz");
    }

    @Test
    void qubitZeroIsTheLeastSignificantBit() {
        ZMatrixRMaj s = StatevectorSimulator.run(Circuit.builder(3, 0).add(Instruction.of(Gate.X, 0)).build());
        assertEquals(1.0, s.getReal(1, 0));
        s = StatevectorSimulator.run(Circuit.builder(3, 0).add(Instruction.of(Gate.X, 2)).build());
        assertEquals(1.0, s.getReal(4, 0));
        // cx with control q1 and target q0: |q1=1, q0=0> = index 2 goes to index 3.
        Circuit c = Circuit.builder(2, 0).add(Instruction.of(Gate.X, 1)).add(Instruction.of(Gate.CX, 1, 0)).build();
        assertEquals(1.0, StatevectorSimulator.run(c).getReal(3, 0));
        // The unitary of cx(0, 1) in little-endian order is Qiskit's [[1,0,0,0],[0,0,0,1],[0,0,1,0],[0,1,0,0]].
        ZMatrixRMaj u = UnitarySimulator.unitary(Circuit.builder(2, 0).add(Instruction.of(Gate.CX, 0, 1)).build());
        ZMatrixRMaj qiskit = Matrices.of(4, 4,
                1, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 0, 0, 1, 0,
                0, 0, 0, 0, 1, 0, 0, 0,
                0, 0, 1, 0, 0, 0, 0, 0);
        assertClose(qiskit, u, "cx little-endian");
        assertClose(Gate.CX.matrix(), Matrices.reverseQubits(u), "cx in operand order");
    }

    @Test
    void instructionControlsAndControlledPhase() {
        Circuit viaControls = Circuit.builder(3, 0)
                .add(new Instruction(Gate.X, 2, new int[] {0, 1, 2}, List.of(), new int[0], null)).build();
        Circuit viaCcx = Circuit.builder(3, 0).add(Instruction.of(Gate.CCX, 0, 1, 2)).build();
        assertClose(UnitarySimulator.unitary(viaCcx), UnitarySimulator.unitary(viaControls), "ctrl(2) @ x");
        Param g = Param.constant(0.7);
        Circuit ctrlPhase = Circuit.builder(1, 0)
                .add(new Instruction(Gate.GPHASE, 1, new int[] {0}, List.of(g), new int[0], null)).build();
        assertClose(Gate.P.matrix(0.7), UnitarySimulator.unitary(ctrlPhase), "ctrl @ gphase");
        Circuit phase = Circuit.builder(2, 0).add(Instruction.of(Gate.GPHASE, List.of(g))).build();
        assertClose(Matrices.phase(Matrices.identity(4), 0.7), UnitarySimulator.unitary(phase), "gphase");
    }

    @Test
    void symbolicParametersNeedAnEnvironment() {
        Circuit c = Circuit.builder(1, 0).addParameter("theta")
                .add(Instruction.of(Gate.RX, List.of(Param.symbol("theta")), 0)).build();
        assertClose(Gate.RX.matrix(0.4), UnitarySimulator.unitary(c, Map.of("theta", 0.4)), "rx(theta)");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UnitarySimulator.unitary(c));
        assertTrue(e.getMessage().contains("theta"));
    }

    @Test
    void directivesAreNoOpsAndNonUnitaryIsRejected() {
        Circuit c = Circuit.builder(2, 1).add(Instruction.of(Gate.H, 0))
                .add(Instruction.of(Gate.BARRIER, 0, 1))
                .add(Instruction.of(Gate.DELAY, List.of(Param.constant(100)), 1)).build();
        assertClose(Matrices.kron(Matrices.identity(2), Gate.H.matrix()), UnitarySimulator.unitary(c),
                "h + directives");
        Circuit m = Circuit.builder(1, 1)
                .add(new Instruction(Gate.MEASURE, 0, new int[] {0}, List.of(), new int[] {0}, null)).build();
        assertThrows(IllegalArgumentException.class, () -> StatevectorSimulator.run(m));
        Circuit r = Circuit.builder(1, 0).add(Instruction.of(Gate.RESET, 0)).build();
        assertThrows(IllegalArgumentException.class, () -> UnitarySimulator.unitary(r));
        Condition cond = new Condition(new int[] {0}, Condition.Relation.EQ, BigInteger.ONE);
        Circuit ifx = Circuit.builder(1, 1).add(Instruction.of(Gate.X, 0).withCondition(cond)).build();
        assertThrows(IllegalArgumentException.class, () -> StatevectorSimulator.run(ifx));
    }

    @Test
    void unitaryMatchesReferenceAndStatevectorColumns() {
        Random rnd = new Random(9);
        for (int trial = 0; trial < 5; trial++) {
            int n = 3 + trial % 3;
            Circuit c = randomCircuit(rnd, n, 60);
            ZMatrixRMaj u = UnitarySimulator.unitary(c);
            assertClose(reference(c), u, "unitary vs reference, trial " + trial);
            for (int j = 0; j < (1 << n); j += 3) {
                ZMatrixRMaj basis = new ZMatrixRMaj(1 << n, 1);
                basis.set(j, 0, 1, 0);
                ZMatrixRMaj col = new ZMatrixRMaj(1 << n, 1);
                for (int i = 0; i < (1 << n); i++) {
                    col.set(i, 0, u.getReal(i, j), u.getImag(i, j));
                }
                assertClose(col, StatevectorSimulator.run(c, basis, Map.of()), "column " + j);
            }
            assertTrue(Matrices.isUnitary(u, 1e-10));
        }
    }

    @Test
    void tenQubitUnitaryOfSeveralHundredGatesIsQuick() {
        Circuit c = randomCircuit(new Random(10), 10, 300);
        long t0 = System.nanoTime();
        ZMatrixRMaj u = UnitarySimulator.unitary(c);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds < 30, "took " + seconds + " s");
        for (int j : new int[] {0, 1, 517, 1023}) {
            ZMatrixRMaj basis = new ZMatrixRMaj(1024, 1);
            basis.set(j, 0, 1, 0);
            ZMatrixRMaj state = StatevectorSimulator.run(c, basis, Map.of());
            for (int i = 0; i < 1024; i++) {
                assertEquals(state.getReal(i, 0), u.getReal(i, j), TOL);
                assertEquals(state.getImag(i, 0), u.getImag(i, j), TOL);
            }
        }
    }

    /** Random unitary instructions from the whole table, some with extra controls. */
    static Circuit randomCircuit(Random rnd, int n, int size) {
        List<Gate> gates = new ArrayList<>();
        for (Gate g : Gate.values()) {
            if (g.is(GateFlag.UNITARY) && g.numQubits() <= n) {
                gates.add(g);
            }
        }
        Circuit.Builder b = Circuit.builder(n, 0);
        while (b.size() < size) {
            Gate g = gates.get(rnd.nextInt(gates.size()));
            int controls = g.numQubits() < n && rnd.nextInt(5) == 0 ? 1 : 0;
            List<Integer> perm = new ArrayList<>();
            for (int q = 0; q < n; q++) {
                perm.add(q);
            }
            java.util.Collections.shuffle(perm, rnd);
            int[] qubits = perm.subList(0, controls + g.numQubits()).stream().mapToInt(Integer::intValue).toArray();
            List<Param> params = new ArrayList<>();
            for (int i = 0; i < g.numParams(); i++) {
                params.add(Param.constant((rnd.nextDouble() - 0.5) * 8));
            }
            b.add(new Instruction(g, controls, qubits, params, new int[0], null));
        }
        return b.build();
    }

    /**
     * A deliberately naive unitary: each instruction's full operator is built entry by entry from
     * the definition of little-endian indices, then multiplied.
     */
    static ZMatrixRMaj reference(Circuit c) {
        int n = c.numQubits();
        int dim = 1 << n;
        ZMatrixRMaj acc = Matrices.identity(dim);
        for (Instruction in : c.instructions()) {
            double[] v = in.params().stream().mapToDouble(p -> p.eval(Map.of())).toArray();
            ZMatrixRMaj g = in.gate().matrix(v);
            int k = in.controls();
            int m = in.numQubits() - k;
            ZMatrixRMaj full = new ZMatrixRMaj(dim, dim);
            for (int col = 0; col < dim; col++) {
                boolean active = true;
                for (int i = 0; i < k; i++) {
                    active &= ((col >> in.qubit(i)) & 1) == 1;
                }
                if (!active) {
                    full.set(col, col, 1, 0);
                    continue;
                }
                int s = 0;
                for (int j = 0; j < m; j++) {
                    s = (s << 1) | ((col >> in.qubit(k + j)) & 1);
                }
                for (int r = 0; r < (1 << m); r++) {
                    int row = col;
                    for (int j = 0; j < m; j++) {
                        int bit = (r >> (m - 1 - j)) & 1;
                        int q = in.qubit(k + j);
                        row = (row & ~(1 << q)) | (bit << q);
                    }
                    full.set(row, col, g.getReal(r, s), g.getImag(r, s));
                }
            }
            acc = Matrices.multiply(full, acc);
        }
        return acc;
    }
}
