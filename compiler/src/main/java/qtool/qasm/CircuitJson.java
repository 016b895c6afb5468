package qtool.qasm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import qtool.ir.Circuit;
import qtool.ir.Condition;
import qtool.ir.Instruction;
import qtool.ir.Param;
import qtool.ir.Register;

/**
 * Writes a {@link Circuit} as JSON for scripts ({@code qtool compile --emit json}).
 *
 * <p>The top-level object has {@code qubits}, {@code clbits}, {@code registers} (name, kind,
 * start, size), {@code parameters} and {@code instructions}. Each instruction is one compact
 * object on its own line: {@code name} (the canonical gate name), {@code qubits} (flat indices,
 * controls first), and only when present {@code controls}, {@code clbits}, {@code params} (each
 * {@code {"qasm": text, "value": number}}, the value only for constants) and {@code condition}
 * ({@code clbits}, {@code relation} as in OpenQASM, {@code value} as an exact integer). Key order is
 * fixed, line endings are {@code \n}: the output is deterministic. Linear in the circuit size.
 */
public final class CircuitJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private CircuitJson() {
    }

    public static String write(Circuit c) {
        StringBuilder sb = new StringBuilder(128 + 40 * c.size());
        sb.append("{\n");
        sb.append("  \"qubits\": ").append(c.numQubits()).append(",\n");
        sb.append("  \"clbits\": ").append(c.numClbits()).append(",\n");
        ArrayNode registers = NODES.arrayNode();
        for (Register r : c.registers()) {
            registers.addObject().put("name", r.name()).put("kind", r.kind().name().toLowerCase(Locale.ROOT))
                    .put("start", r.start()).put("size", r.size());
        }
        appendArray(sb, "registers", registers);
        sb.append(",\n");
        ArrayNode parameters = NODES.arrayNode();
        c.parameters().forEach(parameters::add);
        sb.append("  \"parameters\": ").append(compact(parameters)).append(",\n");
        if (!c.metadata().isEmpty()) {
            ObjectNode meta = NODES.objectNode();
            c.metadata().forEach(meta::put);
            sb.append("  \"metadata\": ").append(compact(meta)).append(",\n");
        }
        ArrayNode instructions = NODES.arrayNode();
        c.instructions().forEach(in -> instructions.add(instruction(in)));
        appendArray(sb, "instructions", instructions);
        return sb.append("\n}\n").toString();
    }

    public static void write(Circuit c, Appendable out) throws IOException {
        out.append(write(c));
    }

    /** An array with one compact element per line. */
    private static void appendArray(StringBuilder sb, String key, ArrayNode array) {
        sb.append("  \"").append(key).append("\": [");
        for (int i = 0; i < array.size(); i++) {
            sb.append(i == 0 ? "\n    " : ",\n    ").append(compact(array.get(i)));
        }
        sb.append(array.isEmpty() ? "]" : "\n  ]");
    }

    private static ObjectNode instruction(Instruction in) {
        ObjectNode o = NODES.objectNode();
        o.put("name", in.gate().canonicalName());
        ArrayNode qubits = o.putArray("qubits");
        for (int q : in.qubits()) {
            qubits.add(q);
        }
        if (in.controls() > 0) {
            o.put("controls", in.controls());
        }
        if (in.numClbits() > 0) {
            ArrayNode clbits = o.putArray("clbits");
            for (int b : in.clbits()) {
                clbits.add(b);
            }
        }
        List<Param> params = in.params();
        if (!params.isEmpty()) {
            ArrayNode array = o.putArray("params");
            for (Param p : params) {
                ObjectNode po = array.addObject().put("qasm", p.toQasm());
                if (p.isConstant()) {
                    po.put("value", p.value());
                }
            }
        }
        Condition cond = in.condition();
        if (cond != null) {
            ObjectNode co = o.putObject("condition");
            ArrayNode bits = co.putArray("clbits");
            for (int b : cond.clbits()) {
                bits.add(b);
            }
            co.put("relation", cond.relation().symbol()).put("value", cond.value());
        }
        return o;
    }

    private static String compact(Object node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // cannot happen for in-memory trees
        }
    }
}
