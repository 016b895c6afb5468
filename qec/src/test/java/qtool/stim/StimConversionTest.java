package qtool.stim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import qtool.dense.Equivalence;
import qtool.dense.UnitarySimulator;
import qtool.ir.Circuit;
import qtool.ir.Condition;
import qtool.ir.Gate;
import qtool.ir.GateFlag;
import qtool.ir.Instruction;
import qtool.ir.Param;
import qtool.ir.Register;
import qtool.qasm.QasmReader;
import qtool.qasm.QasmWriter;
import qtool.sim.TableauSimulator;
import qtool.testing.ReferenceData;

class StimConversionTest {

    private static void assertSameReference(StabilizerCircuit s) {
        StabilizerCircuit back = StimConversion.fromCircuit(StimConversion.toCircuit(s));
        assertEquals(s.numMeasurements(), back.numMeasurements());
        assertArrayEquals(TableauSimulator.referenceSample(s), TableauSimulator.referenceSample(back),
                s + "\nvs\n" + back);
    }

    @Test
    void ghzRoundTripKeepsMeasurementRecord() {
        StabilizerCircuit s = StimReader.parse("H 0\nCX 0 1 1 2\nTICK\nM 0 1 2\n");
        assertSameReference(s);
        // GHZ, then undo it: deterministic outcomes with some ones.
        StabilizerCircuit d = StimReader.parse(
                "X 2\nH 0\nCX 0 1 1 2\nCX 1 2 0 1\nH 0\nM 0 1 2\nMX 3\nZ 3\nMX 3\n");
        boolean[] expected = {false, false, true, false, true};
        assertArrayEquals(expected, TableauSimulator.referenceSample(d));
        assertSameReference(d);
    }

    @Test
    void otherBasesFeedbackRepeatAndInversionRoundTrip() {
        StabilizerCircuit s = StimReader.parse(String.join("\n",
                "RX 0",
                "RY 1",
                "MX 0",
                "MY 1",
                "H_YZ 2",
                "MY !2",
                "X 3",
                "MR 3",
                "M 3",
                "CX rec[-2] 4",
                "CZ 5 rec[-1]",
                "M 4 !5",
                "REPEAT 3 {",
                "    X_ERROR(0.1) 6",
                "    CY rec[-1] 6",
                "    SQRT_Y 6",
                "    MRX 6",
                "    DETECTOR rec[-1]",
                "}",
                "OBSERVABLE_INCLUDE(0) rec[-1]",
                "SQRT_XX 0 1",
                "ISWAP 1 2",
                "C_XYZ 0",
                "M 0 1 2",
                ""));
        boolean[] ref = TableauSimulator.referenceSample(s);
        assertEquals(s.numMeasurements(), ref.length);
        assertSameReference(s);
        Circuit c = StimConversion.toCircuit(s);
        assertEquals(s.numMeasurements(), c.numClbits());
        assertEquals(List.of(new Register("q", Register.Kind.QUBIT, 0, 7),
                new Register("m", Register.Kind.CLBIT, 0, (int) s.numMeasurements())), c.registers());
    }

    @Test
    void surfaceCodeExportsToQasm3AndReadsBack() throws IOException {
        Path file = ReferenceData.dir("qec").resolve("surface").resolve("sc_d3_p0.001.stim");
        StabilizerCircuit s = StimReader.read(file);
        Circuit c = StimConversion.toCircuit(s);
        assertEquals(s.numMeasurements(), c.numClbits());
        assertEquals(s.numQubits(), c.numQubits());
        String qasm = QasmWriter.qasm3().write(c);
        assertTrue(qasm.startsWith("OPENQASM 3"), qasm);
        assertEquals(c, QasmReader.parse(qasm));
        // The noiseless circuit keeps its reference sample through the IR.
        assertSameReference(s);
    }

    @Test
    void randomCliffordCircuitsKeepTheirUnitary() {
        List<Gate> gates = new ArrayList<>();
        for (Gate g : Gate.values()) {
            if (g.is(GateFlag.CLIFFORD) && g.is(GateFlag.UNITARY) && g.stimName() != null && g.numParams() == 0) {
                gates.add(g);
            }
        }
        Gate[] rotations = {Gate.RZ, Gate.P, Gate.RX, Gate.RY};
        Random r = new Random(4);
        for (int trial = 0; trial < 60; trial++) {
            int n = 1 + r.nextInt(4);
            Circuit.Builder b = Circuit.builder(n, 0);
            for (int q = 0; q < n; q++) {
                b.add(Instruction.of(Gate.ID, q)); // every qubit appears in the Stim circuit
            }
            int len = r.nextInt(25);
            for (int i = 0; i < len; i++) {
                int[] perm = permutation(r, n);
                if (r.nextInt(4) == 0) {
                    Gate g = rotations[r.nextInt(rotations.length)];
                    double angle = (r.nextInt(9) - 4) * Math.PI / 2;
                    b.add(Instruction.of(g, List.of(Param.constant(angle)), perm[0]));
                    continue;
                }
                if (r.nextInt(10) == 0) {
                    b.add(Instruction.of(Gate.GPHASE, List.of(Param.constant(0.3))));
                    continue;
                }
                Gate g = gates.get(r.nextInt(gates.size()));
                if (g.numQubits() > n) {
                    continue;
                }
                b.add(Instruction.of(g, java.util.Arrays.copyOf(perm, g.numQubits())));
            }
            Circuit c = b.build();
            Circuit back = StimConversion.toCircuit(StimConversion.fromCircuit(c));
            assertEquals(n, back.numQubits());
            assertTrue(Equivalence.equalUpToGlobalPhase(UnitarySimulator.unitary(c), UnitarySimulator.unitary(back),
                    1e-9), "trial " + trial);
        }
    }

    @Test
    void conditionedPauliBecomesClassicallyControlledGate() {
        Circuit.Builder b = Circuit.builder(2, 2);
        b.add(Instruction.of(Gate.H, 0));
        b.add(new Instruction(Gate.MEASURE, 0, new int[] {0}, List.of(), new int[] {1}, null));
        b.add(new Instruction(Gate.MEASURE, 0, new int[] {1}, List.of(), new int[] {0}, null));
        b.add(Instruction.of(Gate.X, 1)
                .withCondition(new Condition(new int[] {1}, Condition.Relation.EQ, BigInteger.ONE)));
        StabilizerCircuit s = StimConversion.fromCircuit(b.build());
        assertEquals(StimReader.parse("H 0\nM 0\nM 1\nCX rec[-2] 1\n"), s);
    }

    @Test
    void nonCliffordInputIsRejected() {
        Circuit.Builder b = Circuit.builder(1, 0);
        b.add(Instruction.of(Gate.H, 0));
        b.add(Instruction.of(Gate.T, 0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> StimConversion.fromCircuit(b.build()));
        assertTrue(e.getMessage().startsWith("not a Clifford operation Stim can express: "), e.getMessage());
        assertTrue(e.getMessage().contains("t"), e.getMessage());

        Circuit.Builder b2 = Circuit.builder(1, 0);
        b2.add(Instruction.of(Gate.RZ, List.of(Param.constant(0.1)), 0));
        assertThrows(IllegalArgumentException.class, () -> StimConversion.fromCircuit(b2.build()));

        Circuit.Builder b3 = Circuit.builder(1, 1);
        b3.add(new Instruction(Gate.MEASURE, 0, new int[] {0}, List.of(), new int[] {0}, null));
        b3.add(Instruction.of(Gate.H, 0)
                .withCondition(new Condition(new int[] {0}, Condition.Relation.EQ, BigInteger.ONE)));
        assertThrows(IllegalArgumentException.class, () -> StimConversion.fromCircuit(b3.build()));
    }

    private static int[] permutation(Random r, int n) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
