package qtool.qasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;

import qtool.ir.Circuit;
import qtool.ir.Condition;
import qtool.ir.Gate;
import qtool.ir.GateFlag;
import qtool.ir.Instruction;
import qtool.ir.Param;
import qtool.ir.Register;

class QasmWriterTest {
    static Gate gate(String name) {
        return Gate.byName(name).orElseThrow(() -> new AssertionError("no gate " + name));
    }

    static Instruction measure(int q, int c) {
        return new Instruction(gate("measure"), 0, new int[] {q}, List.of(), new int[] {c}, null);
    }

    static Circuit bell() {
        Circuit.Builder b = Circuit.builder(0, 0);
        b.addRegister("q", Register.Kind.QUBIT, 2);
        b.addRegister("c", Register.Kind.CLBIT, 2);
        b.add(Instruction.of(gate("h"), 0));
        b.add(Instruction.of(gate("cx"), 0, 1));
        b.add(measure(0, 0));
        b.add(measure(1, 1));
        return b.build();
    }

    @Test
    void bellAsQasm3() {
        assertEquals("OPENQASM 3.0;\n"
                + "include \"stdgates.inc\";\n"
                + "qubit[2] q;\n"
                + "bit[2] c;\n"
                + "h q[0];\n"
                + "cx q[0], q[1];\n"
                + "c[0] = measure q[0];\n"
                + "c[1] = measure q[1];\n", QasmWriter.qasm3().write(bell()));
    }

    @Test
    void bellAsQasm2() {
        assertEquals("OPENQASM 2.0;\n"
                + "include \"qelib1.inc\";\n"
                + "qreg q[2];\n"
                + "creg c[2];\n"
                + "h q[0];\n"
                + "cx q[0], q[1];\n"
                + "measure q[0] -> c[0];\n"
                + "measure q[1] -> c[1];\n", QasmWriter.qasm2().write(bell()));
    }

    @Test
    void appendableGetsTheSameText() throws IOException {
        StringBuilder sb = new StringBuilder();
        QasmWriter.qasm3().write(bell(), sb);
        assertEquals(QasmWriter.qasm3().write(bell()), sb.toString());
    }

    @Test
    void uncoveredBitsGetDefaultRegisters() {
        Circuit.Builder b = Circuit.builder(2, 1);
        b.add(Instruction.of(gate("x"), 1));
        b.add(measure(1, 0));
        assertEquals("OPENQASM 3.0;\ninclude \"stdgates.inc\";\nqubit[2] q;\nbit[1] c;\nx q[1];\nc[0] = measure q[1];\n",
                QasmWriter.qasm3().write(b.build()));
    }

    @Test
    void defaultRegisterNamesAvoidClashes() {
        Circuit.Builder b = Circuit.builder(1, 0);
        b.addRegister("q", Register.Kind.QUBIT, 2);
        b.add(Instruction.of(gate("cx"), 0, 2));
        String text = QasmWriter.qasm3().write(b.build());
        assertTrue(text.contains("qubit[2] q;\nqubit[1] q0;\ncx q0[0], q[1];\n"), text);
    }

    @Test
    void hardwareQubitsAreUndeclaredInQasm3AndARegisterInQasm2() {
        Circuit.Builder b = Circuit.builder(0, 0);
        b.addRegister("$", Register.Kind.QUBIT, 3);
        b.add(Instruction.of(gate("cx"), 0, 2));
        assertEquals("OPENQASM 3.0;\ninclude \"stdgates.inc\";\npragma qtool hardware_qubits 3\ncx $0, $2;\n",
                QasmWriter.qasm3().write(b.build()));
        assertEquals("OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[3];\ncx q[0], q[2];\n",
                QasmWriter.qasm2().write(b.build()));
    }

    @Test
    void parametersPrintAsQasmExpressions() {
        Circuit.Builder b = Circuit.builder(0, 0);
        b.addRegister("q", Register.Kind.QUBIT, 1);
        b.add(Instruction.of(gate("rz"), List.of(Param.PI.dividedBy(Param.constant(2))), 0));
        b.add(Instruction.of(gate("rx"), List.of(Param.constant(0.25)), 0));
        String expected = "rz(pi/2) q[0];\nrx(0.25) q[0];\n";
        assertTrue(QasmWriter.qasm3().write(b.build()).endsWith(expected));
        assertTrue(QasmWriter.qasm2().write(b.build()).endsWith(expected));
    }

    @Test
    void symbolicParametersAreInputsInQasm3AndRejectedByQasm2() {
        Circuit.Builder b = Circuit.builder(0, 0);
        b.addRegister("q", Register.Kind.QUBIT, 1);
        b.addParameter("theta");
        b.add(Instruction.of(gate("rz"), List.of(Param.symbol("theta").times(Param.constant(2))), 0));
        Circuit c = b.build();
        String text = QasmWriter.qasm3().write(c);
        assertTrue(text.contains("input angle theta;\nqubit[1] q;\n"), text);
        assertTrue(text.contains("rz(" + Param.symbol("theta").times(Param.constant(2)).toQasm() + ") q[0];"), text);
        QasmWriteException e = assertThrows(QasmWriteException.class, () -> QasmWriter.qasm2().write(c));
        assertTrue(e.getMessage().contains("theta") && e.getMessage().contains("OpenQASM 3"), e.getMessage());
    }

    @Test
    void unboundSymbolRejectedByQasm2EvenWithoutDeclaredParameters() {
        Circuit.Builder b = Circuit.builder(1, 0);
        b.add(Instruction.of(gate("rz"), List.of(Param.symbol("phi")), 0));
        QasmWriteException e = assertThrows(QasmWriteException.class, () -> QasmWriter.qasm2().write(b.build()));
        assertTrue(e.getMessage().contains("phi") && e.getMessage().contains("instruction 1"), e.getMessage());
    }

    @Test
    void controlsBecomeCtrlModifiersOrAQasm2Error() {
        Circuit.Builder b = Circuit.builder(0, 0);
        b.addRegister("q", Register.Kind.QUBIT, 3);
        b.add(new Instruction(gate("rz"), 2, new int[] {0, 1, 2}, List.of(Param.constant(0.5)), new int[0], null));
        b.add(new Instruction(gate("h"), 1, new int[] {2, 0}, List.of(), new int[0], null));
        Circuit c = b.build();
        assertTrue(QasmWriter.qasm3().write(c).endsWith("ctrl(2) @ rz(0.5) q[0], q[1], q[2];\nctrl @ h q[2], q[0];\n"));
        QasmWriteException e = assertThrows(QasmWriteException.class, () -> QasmWriter.qasm2().write(c));
        assertTrue(e.getMessage().contains("ctrl(2) @ rz(0.5) q[0], q[1], q[2]"), e.getMessage());
        assertTrue(e.getMessage().contains("--emit qasm3"), e.getMessage());
    }

    private static Circuit conditioned(int[] bits, Condition.Relation rel, long value) {
        Circuit.Builder b = Circuit.builder(0, 0);
        b.addRegister("q", Register.Kind.QUBIT, 1);
        b.addRegister("c", Register.Kind.CLBIT, 4);
        b.addRegister("d", Register.Kind.CLBIT, 1);
        b.add(Instruction.of(gate("x"), 0).withCondition(new Condition(bits, rel, BigInteger.valueOf(value))));
        return b.build();
    }

    @Test
    void conditionsOnWholeRegisters() {
        Circuit c = conditioned(new int[] {0, 1, 2, 3}, Condition.Relation.EQ, 5);
        assertTrue(QasmWriter.qasm3().write(c).endsWith("\nif (c == 5) x q[0];\n"));
        assertTrue(QasmWriter.qasm2().write(c).endsWith("\nif (c == 5) x q[0];\n"));
        Circuit ge = conditioned(new int[] {0, 1, 2, 3}, Condition.Relation.GE, 2);
        assertTrue(QasmWriter.qasm3().write(ge).endsWith("\nif (c >= 2) x q[0];\n"));
        QasmWriteException e = assertThrows(QasmWriteException.class, () -> QasmWriter.qasm2().write(ge));
        assertTrue(e.getMessage().startsWith("OpenQASM 2 supports only `if (creg == n)`; write OpenQASM 3"), e.getMessage());
    }

    @Test
    void conditionsOnOneBit() {
        Circuit c = conditioned(new int[] {3}, Condition.Relation.NE, 1);
        assertTrue(QasmWriter.qasm3().write(c).endsWith("\nif (c[3] != 1) x q[0];\n"));
        assertThrows(QasmWriteException.class, () -> QasmWriter.qasm2().write(c));
        // A one-bit register is a whole register, so OpenQASM 2 can test it.
        Circuit d = conditioned(new int[] {4}, Condition.Relation.EQ, 1);
        assertTrue(QasmWriter.qasm2().write(d).endsWith("\nif (d == 1) x q[0];\n"));
    }

    @Test
    void conditionsOnOtherBitSetsFail() {
        Circuit c = conditioned(new int[] {1, 0}, Condition.Relation.EQ, 1);
        QasmWriteException e = assertThrows(QasmWriteException.class, () -> QasmWriter.qasm3().write(c));
        assertTrue(e.getMessage().contains("x q[0]"), e.getMessage());
    }

    @Test
    void barriersNameWholeRegisters() {
        Circuit.Builder b = Circuit.builder(0, 0);
        b.addRegister("q", Register.Kind.QUBIT, 2);
        b.addRegister("r", Register.Kind.QUBIT, 2);
        Gate barrier = gate("barrier");
        b.add(Instruction.of(barrier, 0, 1));
        b.add(Instruction.of(barrier, 0, 1, 2, 3));
        b.add(Instruction.of(barrier, 1, 2, 3));
        b.add(Instruction.of(barrier, 1, 0));
        String tail = "barrier q;\nbarrier q, r;\nbarrier q[1], r;\nbarrier q[1], q[0];\n";
        assertTrue(QasmWriter.qasm3().write(b.build()).endsWith(tail));
        assertTrue(QasmWriter.qasm2().write(b.build()).endsWith(tail));
    }

    @Test
    void globalPhaseIsKeptInQasm3AndDroppedInQasm2() {
        Circuit.Builder b = Circuit.builder(0, 0);
        b.addRegister("q", Register.Kind.QUBIT, 1);
        b.add(Instruction.of(gate("gphase"), List.of(Param.constant(0.5))));
        b.add(Instruction.of(gate("x"), 0));
        assertTrue(QasmWriter.qasm3().write(b.build()).endsWith("qubit[1] q;\ngphase(0.5);\nx q[0];\n"));
        assertTrue(QasmWriter.qasm2().write(b.build()).endsWith("qreg q[1];\nx q[0];\n"));
    }

    @Test
    void delays() {
        Circuit.Builder b = Circuit.builder(0, 0);
        b.addRegister("q", Register.Kind.QUBIT, 1);
        b.add(Instruction.of(gate("delay"), List.of(Param.constant(100)), 0));
        assertTrue(QasmWriter.qasm3().write(b.build()).endsWith("\ndelay[100dt] q[0];\n"));
        assertTrue(QasmWriter.qasm2().write(b.build()).endsWith("\ndelay(" + Param.constant(100).toQasm(2) + ") q[0];\n"));
    }

    @Test
    void resetAndConditionalMeasure() {
        Circuit.Builder b = Circuit.builder(0, 0);
        b.addRegister("q", Register.Kind.QUBIT, 1);
        b.addRegister("c", Register.Kind.CLBIT, 1);
        b.add(Instruction.of(gate("reset"), 0));
        b.add(measure(0, 0).withCondition(new Condition(new int[] {0}, Condition.Relation.EQ, BigInteger.ONE)));
        assertTrue(QasmWriter.qasm3().write(b.build()).endsWith("\nreset q[0];\nif (c == 1) c[0] = measure q[0];\n"));
        assertTrue(QasmWriter.qasm2().write(b.build()).endsWith("\nreset q[0];\nif (c == 1) measure q[0] -> c[0];\n"));
    }

    @Test
    void outputIsDeterministic() {
        assertEquals(QasmWriter.qasm3().write(bell()), QasmWriter.qasm3().write(bell()));
        assertFalse(QasmWriter.qasm3().write(bell()).contains("\r"));
    }

    /** One instruction of {@code g} with parameters 0.1, 0.2, ... on qubits 0..n-1. */
    static Circuit using(Gate g) {
        Circuit.Builder b = Circuit.builder(0, 0);
        b.addRegister("q", Register.Kind.QUBIT, Math.max(g.numQubits(), 1));
        Param[] params = new Param[g.numParams()];
        for (int i = 0; i < params.length; i++) {
            params[i] = Param.constant(0.1 * (i + 1));
        }
        int[] qubits = new int[g.numQubits()];
        for (int i = 0; i < qubits.length; i++) {
            qubits[i] = i;
        }
        b.add(Instruction.of(g, List.of(params), qubits));
        return b.build();
    }

    static boolean writable(Gate g) {
        return g.is(GateFlag.UNITARY) && !g.is(GateFlag.PHASE) && g.numQubits() > 0;
    }

    @Test
    void everyGateOutsideStdgatesIsDefinedBeforeUse() {
        for (Gate g : Gate.values()) {
            if (!writable(g)) {
                continue;
            }
            String text = QasmWriter.qasm3().write(using(g));
            String name = GateDefinitionWriter.name(g, 3);
            if (GateDefinitionWriter.needsDefinition(g, 3)) {
                int def = text.indexOf("gate " + name + " ");
                int def2 = text.indexOf("gate " + name + "(");
                int at = Math.max(def, def2);
                assertTrue(at > 0, "no definition of " + name + " in\n" + text);
                assertTrue(at < text.indexOf("qubit["), text);
            } else {
                assertFalse(text.contains("\ngate "), text);
            }
        }
    }

    @Test
    void everyQelib1GateIsWrittenAsQasm2OrRefusedByName() {
        for (Gate g : Gate.values()) {
            if (!writable(g) || g.qasm2Name() == null) {
                continue;
            }
            try {
                String text = QasmWriter.qasm2().write(using(g));
                assertTrue(text.contains("\n" + g.qasm2Name() + (g.numParams() > 0 ? "(" : " ")), text);
                assertFalse(text.contains("@") || text.contains("gphase"), text);
            } catch (QasmWriteException e) {
                assertTrue(e.getMessage().contains(g.canonicalName()) || e.getMessage().contains(g.qasm2Name()),
                        e.getMessage());
            }
        }
    }

    @Test
    void statementsAreSplitAndNormalised() {
        assertEquals(List.of("ctrl @ x a, b", "U(theta, 0, pi) a"),
                GateDefinitionWriter.statements(" ctrl  @ x a,\n b; // comment\nU(theta, 0, pi) a;\n"));
    }
}
