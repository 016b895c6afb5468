package qtool.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CircuitStatsTest {
    static Gate gate(String name) {
        return Gate.byName(name).orElseThrow(() -> new AssertionError("no gate " + name));
    }

    static Instruction measure(int q, int c) {
        return new Instruction(gate("measure"), 0, new int[] {q}, List.of(), new int[] {c}, null);
    }

    static Condition ifBit(int bit) {
        return new Condition(new int[] {bit}, Condition.Relation.EQ, BigInteger.ONE);
    }

    @Test
    void bell() {
        Circuit c = Circuit.builder(2, 2)
                .add(Instruction.of(gate("h"), 0))
                .add(Instruction.of(gate("cx"), 0, 1))
                .add(measure(0, 0))
                .add(measure(1, 1))
                .build();
        CircuitStats s = CircuitStats.of(c);
        assertEquals(2, s.qubits());
        assertEquals(2, s.clbits());
        assertEquals(4, s.size());
        assertEquals(3, s.depth());
        assertEquals(1, s.twoQubitGates());
        assertEquals(Map.of("cx", 1, "h", 1, "measure", 2), s.counts());
        assertEquals(List.of("cx", "h", "measure"), List.copyOf(s.counts().keySet()));
    }

    @Test
    void emptyCircuit() {
        CircuitStats s = CircuitStats.of(Circuit.builder(3, 0).build());
        assertEquals(0, s.depth());
        assertEquals("{\n  \"qubits\": 3,\n  \"clbits\": 0,\n  \"size\": 0,\n  \"depth\": 0,\n"
                + "  \"two_qubit_gates\": 0,\n  \"counts\": {}\n}\n", s.toJson());
    }

    @Test
    void barriersSynchroniseWithoutAddingDepth() {
        Circuit.Builder b = Circuit.builder(2, 0).add(Instruction.of(gate("h"), 0));
        Circuit parallel = Circuit.builder(2, 0).add(Instruction.of(gate("h"), 0)).add(Instruction.of(gate("h"), 1)).build();
        assertEquals(1, CircuitStats.of(parallel).depth());
        Circuit synced = b.add(Instruction.of(gate("barrier"), 0, 1)).add(Instruction.of(gate("h"), 1)).build();
        CircuitStats s = CircuitStats.of(synced);
        assertEquals(2, s.depth());
        assertEquals(0, s.twoQubitGates());
    }

    @Test
    void conditionsReadTheirBitsAndMeasurementsWriteThem() {
        Circuit c = Circuit.builder(3, 1)
                .add(measure(0, 0))                                          // level 1, writes c0
                .add(Instruction.of(gate("x"), 1).withCondition(ifBit(0)))   // level 2
                .add(Instruction.of(gate("x"), 2).withCondition(ifBit(0)))   // level 2: reads run in parallel
                .build();
        assertEquals(2, CircuitStats.of(c).depth());
        Circuit overwrite = c.emptyCopy().addAll(c.instructions()).add(measure(0, 0)).build();
        assertEquals(3, CircuitStats.of(overwrite).depth()); // the new write waits for the readers
    }

    @Test
    void globalPhaseAddsNoDepthAndControlsCountAsQubits() {
        Circuit c = Circuit.builder(3, 0)
                .add(Instruction.of(gate("gphase"), List.of(Param.constant(1))))
                .add(new Instruction(gate("rz"), 2, new int[] {0, 1, 2}, List.of(Param.constant(1)), new int[0], null))
                .add(new Instruction(gate("gphase"), 1, new int[] {2}, List.of(Param.constant(1)), new int[0], null))
                .build();
        CircuitStats s = CircuitStats.of(c);
        assertEquals(2, s.depth());
        assertEquals(1, s.twoQubitGates());
        assertEquals(Map.of("ctrl(2)@rz", 1, "ctrl@gphase", 1, "gphase", 1), s.counts());
    }

    @Test
    void textAndJson() {
        Circuit c = Circuit.builder(2, 0)
                .add(Instruction.of(gate("h"), 0))
                .add(Instruction.of(gate("cx"), 0, 1))
                .build();
        CircuitStats s = CircuitStats.of(c);
        assertEquals("qubits:          2\nclbits:          0\nsize:            2\ndepth:           2\n"
                + "two-qubit gates: 1\ncounts:\n  cx: 1\n  h:  1\n", s.toText());
        assertEquals("{\n  \"qubits\": 2,\n  \"clbits\": 0,\n  \"size\": 2,\n  \"depth\": 2,\n"
                + "  \"two_qubit_gates\": 1,\n  \"counts\": {\n    \"cx\": 1,\n    \"h\": 1\n  }\n}\n", s.toJson());
    }
}
