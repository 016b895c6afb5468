package qtool.passes.basis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.GateFlag;
import qtool.ir.Instruction;
import qtool.ir.Param;
import qtool.qasm.QasmReader;
import qtool.qasm.QasmWriter;

/**
 * Expands a table gate into its {@link Gate#definition()} body (OpenQASM 3 text, exact including
 * global phase), with the instruction's parameters substituted and its qubits mapped.
 *
 * <p>Each body is read once with {@link QasmReader}: the program is the writer's header for the
 * non-standard gates the body calls (which the reader recognises back as table gates), one
 * {@code input angle} per definition parameter, one {@code qubit} per definition operand, and the
 * body itself. The resulting circuit has free symbols for the parameters, so symbolic instructions
 * expand exactly; later expansions only substitute (cost linear in the body length). The cache is
 * shared and thread-safe.
 */
final class DefinitionExpander {
    private static final Pattern CALLEE = Pattern.compile("^\\s*([A-Za-z_][A-Za-z0-9_]*)");
    private static final Map<Gate, Circuit> BODIES = new ConcurrentHashMap<>();

    private DefinitionExpander() {
    }

    /** Whether {@code g} has a body to expand into. */
    static boolean hasDefinition(Gate g) {
        return g.definition() != null && !g.definition().isBlank();
    }

    /**
     * The body of {@code g(params)} on {@code qubits} (one per gate operand), without controls or
     * condition; throws {@link IllegalArgumentException} when {@code g} has no definition.
     */
    static List<Instruction> expand(Gate g, List<Param> params, int[] qubits) {
        if (!hasDefinition(g)) {
            throw new IllegalArgumentException(g.canonicalName() + " has no decomposition in the gate table");
        }
        Circuit body = BODIES.computeIfAbsent(g, DefinitionExpander::read);
        Map<String, Param> bindings = new HashMap<>();
        List<String> names = g.definitionParams();
        for (int i = 0; i < names.size(); i++) {
            bindings.put(names.get(i), params.get(i));
        }
        List<Instruction> out = new ArrayList<>(body.size());
        for (Instruction in : body.instructions()) {
            int[] mapped = new int[in.numQubits()];
            for (int j = 0; j < mapped.length; j++) {
                mapped[j] = qubits[in.qubit(j)];
            }
            List<Param> ps = new ArrayList<>(in.params().size());
            for (Param p : in.params()) {
                ps.add(bindings.isEmpty() ? p : p.substitute(bindings));
            }
            out.add(new Instruction(in.gate(), in.controls(), mapped, ps, new int[0], null));
        }
        return out;
    }

    private static Circuit read(Gate g) {
        StringBuilder prog = new StringBuilder();
        for (String line : header(g).split("\n")) {
            if (line.startsWith("qubit") || line.startsWith("bit") || line.startsWith("input")) {
                break;
            }
            prog.append(line).append('\n');
        }
        for (String p : g.definitionParams()) {
            prog.append("input angle ").append(p).append(";\n");
        }
        for (String q : g.definitionQubits()) {
            prog.append("qubit ").append(q).append(";\n");
        }
        prog.append(g.definition()).append('\n');
        Circuit c = QasmReader.parse(prog.toString());
        if (c.numQubits() != g.numQubits()) {
            throw new IllegalStateException("definition of " + g.canonicalName() + " read with " + c.numQubits()
                    + " qubits");
        }
        return c;
    }

    /** QasmWriter output for one call of each gate the body uses: its header defines the non-standard ones. */
    private static String header(Gate g) {
        Circuit.Builder b = Circuit.builder(8, 0);
        for (String stmt : g.definition().split(";")) {
            Matcher m = CALLEE.matcher(stmt);
            if (!m.find()) {
                continue;
            }
            Gate callee = Gate.byName(m.group(1)).orElse(null);
            if (callee == null || callee.numQubits() < 1 || !callee.is(GateFlag.UNITARY)) {
                continue;
            }
            int[] qs = new int[callee.numQubits()];
            for (int i = 0; i < qs.length; i++) {
                qs[i] = i;
            }
            List<Param> zeros = new ArrayList<>();
            for (int i = 0; i < callee.numParams(); i++) {
                zeros.add(Param.constant(0));
            }
            b.add(Instruction.of(callee, zeros, qs));
        }
        return QasmWriter.qasm3().write(b.build());
    }
}
