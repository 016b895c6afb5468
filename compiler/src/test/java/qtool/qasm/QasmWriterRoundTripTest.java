package qtool.qasm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;

import qtool.ir.Circuit;
import qtool.ir.Condition;
import qtool.ir.Gate;
import qtool.ir.Instruction;
import qtool.ir.Param;
import qtool.ir.Register;

/** The round-trip contract: reading what the writer wrote gives an equal circuit. */
class QasmWriterRoundTripTest {
    private static void assertRoundTrip(Circuit c, QasmWriter w) {
        String text = w.write(c);
        Circuit back = QasmReader.parse(text);
        assertEquals(c.instructions(), back.instructions(), text);
        assertEquals(c, back, text);
        assertEquals(text, w.write(QasmReader.parse(text)));
    }

    @Test
    void bell() {
        assertRoundTrip(QasmWriterTest.bell(), QasmWriter.qasm3());
        assertRoundTrip(QasmWriterTest.bell(), QasmWriter.qasm2());
    }

    @Test
    void everyGateInQasm3() {
        for (Gate g : Gate.values()) {
            if (QasmWriterTest.writable(g)) {
                assertRoundTrip(QasmWriterTest.using(g), QasmWriter.qasm3());
            }
        }
    }

    @Test
    void everyGateQasm2CanWrite() {
        for (Gate g : Gate.values()) {
            if (!QasmWriterTest.writable(g)) {
                continue;
            }
            Circuit c = QasmWriterTest.using(g);
            String text;
            try {
                text = QasmWriter.qasm2().write(c);
            } catch (QasmWriteException e) {
                continue; // refusals are checked in QasmWriterTest
            }
            assertEquals(c, QasmReader.parse(text), text);
        }
    }

    @Test
    void classicalControlBarriersPhasesAndDelays() {
        Circuit.Builder b = Circuit.builder(0, 0);
        b.addRegister("q", Register.Kind.QUBIT, 3);
        b.addRegister("c", Register.Kind.CLBIT, 2);
        b.addRegister("d", Register.Kind.CLBIT, 1);
        b.add(Instruction.of(Gate.H, 0));
        b.add(new Instruction(Gate.MEASURE, 0, new int[] {0}, List.of(), new int[] {1}, null));
        b.add(Instruction.of(Gate.X, 1).withCondition(new Condition(new int[] {0, 1}, Condition.Relation.EQ,
                BigInteger.TWO)));
        b.add(Instruction.of(Gate.BARRIER, 0, 1, 2));
        b.add(Instruction.of(Gate.RESET, 2));
        b.add(Instruction.of(Gate.BARRIER, 2, 0));
        Circuit both = b.build();
        assertRoundTrip(both, QasmWriter.qasm3());
        assertRoundTrip(both, QasmWriter.qasm2());

        b.add(Instruction.of(Gate.Z, 2).withCondition(new Condition(new int[] {1}, Condition.Relation.NE, BigInteger.ONE)));
        b.add(Instruction.of(Gate.GPHASE, List.of(Param.PI.dividedBy(Param.constant(4)))));
        // Reader-normal form: controls that a table gate absorbs are absorbed (ctrl(2) @ rz is ctrl @ crz).
        b.add(new Instruction(Gate.CRZ, 1, new int[] {0, 1, 2}, List.of(Param.constant(0.5)), new int[0], null));
        assertRoundTrip(b.build(), QasmWriter.qasm3());
    }

    @Test
    void delayThroughQasm2() {
        // The reader does not accept OpenQASM 3 `delay[...]` yet, so only the OpenQASM 2 form is checked here.
        Circuit.Builder b = Circuit.builder(0, 0);
        b.addRegister("q", Register.Kind.QUBIT, 1);
        b.add(Instruction.of(Gate.DELAY, List.of(Param.constant(40)), 0));
        assertRoundTrip(b.build(), QasmWriter.qasm2());
    }

    @Test
    void inputParametersAndHardwareQubits() {
        Circuit.Builder b = Circuit.builder(0, 0);
        b.addRegister("$", Register.Kind.QUBIT, 2);
        b.addParameter("theta");
        b.add(Instruction.of(Gate.RX, List.of(Param.symbol("theta").times(Param.constant(2))), 1));
        b.add(Instruction.of(Gate.CX, 1, 0));
        assertRoundTrip(b.build(), QasmWriter.qasm3());
    }
}
