package qtool.qasm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigInteger;
import java.util.List;

import org.junit.jupiter.api.Test;

import qtool.ir.Circuit;
import qtool.ir.Condition;
import qtool.ir.Gate;
import qtool.ir.Instruction;
import qtool.ir.Param;
import qtool.ir.Register;

class CircuitJsonTest {
    static Gate gate(String name) {
        return Gate.byName(name).orElseThrow(() -> new AssertionError("no gate " + name));
    }

    static Circuit sample() {
        Circuit.Builder b = Circuit.builder(0, 0);
        b.addRegister("q", Register.Kind.QUBIT, 2);
        b.addRegister("c", Register.Kind.CLBIT, 1);
        b.addParameter("theta");
        b.add(Instruction.of(gate("h"), 0));
        b.add(Instruction.of(gate("rz"), List.of(Param.PI.dividedBy(Param.constant(2))), 1));
        b.add(Instruction.of(gate("rz"), List.of(Param.symbol("theta")), 1));
        b.add(new Instruction(gate("measure"), 0, new int[] {0}, List.of(), new int[] {0}, null));
        b.add(new Instruction(gate("x"), 1, new int[] {0, 1}, List.of(), new int[0],
                new Condition(new int[] {0}, Condition.Relation.EQ, BigInteger.ONE)));
        return b.build();
    }

    @Test
    void layoutIsOneInstructionPerLine() {
        assertEquals("{\n"
                + "  \"qubits\": 2,\n"
                + "  \"clbits\": 1,\n"
                + "  \"registers\": [\n"
                + "    {\"name\":\"q\",\"kind\":\"qubit\",\"start\":0,\"size\":2},\n"
                + "    {\"name\":\"c\",\"kind\":\"clbit\",\"start\":0,\"size\":1}\n"
                + "  ],\n"
                + "  \"parameters\": [\"theta\"],\n"
                + "  \"instructions\": [\n"
                + "    {\"name\":\"h\",\"qubits\":[0]},\n"
                + "    {\"name\":\"rz\",\"qubits\":[1],\"params\":[{\"qasm\":\"pi/2\",\"value\":1.5707963267948966}]},\n"
                + "    {\"name\":\"rz\",\"qubits\":[1],\"params\":[{\"qasm\":\"theta\"}]},\n"
                + "    {\"name\":\"measure\",\"qubits\":[0],\"clbits\":[0]},\n"
                + "    {\"name\":\"x\",\"qubits\":[0,1],\"controls\":1,"
                + "\"condition\":{\"clbits\":[0],\"relation\":\"==\",\"value\":1}}\n"
                + "  ]\n"
                + "}\n", CircuitJson.write(sample()));
    }

    @Test
    void emptyCircuitIsValidJson() throws Exception {
        String text = CircuitJson.write(Circuit.builder(0, 0).build());
        assertEquals("{\n  \"qubits\": 0,\n  \"clbits\": 0,\n  \"registers\": [],\n  \"parameters\": [],\n"
                + "  \"instructions\": []\n}\n", text);
        JsonNode n = new ObjectMapper().readTree(text);
        assertEquals(0, n.get("instructions").size());
    }

    @Test
    void hugeConditionValuesStayExact() throws Exception {
        BigInteger big = BigInteger.TWO.pow(300).add(BigInteger.ONE);
        Circuit.Builder b = Circuit.builder(1, 0);
        b.addRegister("c", Register.Kind.CLBIT, 301);
        int[] bits = new int[301];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = i;
        }
        b.add(Instruction.of(gate("x"), 0).withCondition(new Condition(bits, Condition.Relation.EQ, big)));
        JsonNode n = new ObjectMapper().readTree(CircuitJson.write(b.build()));
        assertEquals(big, n.get("instructions").get(0).get("condition").get("value").bigIntegerValue());
    }
}
