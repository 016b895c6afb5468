package qtool.ir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test-only reader of a table gate's {@link Gate#definition()} into a {@link Circuit} on
 * {@code definitionQubits().size()} qubits (operand i is qubit i), with the formal parameters bound
 * to given values. It understands exactly what the table's bodies use: calls, {@code gphase},
 * and the {@code ctrl}, {@code ctrl(n)} and {@code inv} modifiers.
 */
final class DefinitionParser {
    private static final Pattern CALL = Pattern.compile("^((?:\\s*(?:ctrl(?:\\(\\s*\\d+\\s*\\))?|inv)\\s*@)*)"
            + "\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(?:\\((.*)\\))?\\s*(.*)$");

    private DefinitionParser() {
    }

    /** Names the body calls, resolved the way the lead's writer resolves them. */
    static Gate resolve(String name) {
        Optional<Gate> g = Gate.lookup(GateLibrary.OQ3_BUILTIN, name)
                .or(() -> Gate.lookup(GateLibrary.STDGATES, name))
                .or(() -> Gate.byName(name));
        return g.orElseThrow(() -> new IllegalArgumentException("unknown gate " + name));
    }

    /** The statements of a body, without semicolons. */
    static List<String> statements(String body) {
        List<String> out = new ArrayList<>();
        for (String s : body.split(";")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    static Circuit circuit(Gate gate, List<Param> actual) {
        Map<String, Param> bindings = new HashMap<>();
        for (int i = 0; i < actual.size(); i++) {
            bindings.put(gate.definitionParams().get(i), actual.get(i));
        }
        List<String> qubitNames = gate.definitionQubits();
        Circuit.Builder b = Circuit.builder(qubitNames.size(), 0);
        for (String st : statements(gate.definition())) {
            Matcher m = CALL.matcher(st);
            if (!m.matches()) {
                throw new IllegalArgumentException("cannot read `" + st + "` in " + gate);
            }
            String modifiers = m.group(1);
            Gate callee = resolve(m.group(2));
            List<Param> params = new ArrayList<>();
            if (m.group(3) != null) {
                for (String e : splitTopLevel(m.group(3))) {
                    params.add(ExprParser.parse(e, 3, bindings));
                }
            }
            List<Integer> qs = new ArrayList<>();
            if (!m.group(4).isBlank()) {
                for (String q : m.group(4).split(",")) {
                    int idx = qubitNames.indexOf(q.strip());
                    if (idx < 0) {
                        throw new IllegalArgumentException("unknown qubit " + q + " in " + gate);
                    }
                    qs.add(idx);
                }
            }
            int[] qubits = qs.stream().mapToInt(Integer::intValue).toArray();
            int controls = 0;
            boolean inverse = false;
            Matcher mod = Pattern.compile("ctrl(?:\\(\\s*(\\d+)\\s*\\))?|inv").matcher(modifiers);
            while (mod.find()) {
                if (mod.group().equals("inv")) {
                    inverse = !inverse;
                } else {
                    controls += mod.group(1) == null ? 1 : Integer.parseInt(mod.group(1));
                }
            }
            List<GateCall> calls = inverse ? callee.inverse(params) : List.of(new GateCall(callee, params));
            for (GateCall c : calls) {
                int[] operands = c.gate().numQubits() == 0 ? java.util.Arrays.copyOf(qubits, controls) : qubits;
                b.add(new Instruction(c.gate(), controls, operands, c.params(), new int[0], null));
            }
        }
        return b.build();
    }

    /** Splits an argument list at commas outside parentheses. */
    static List<String> splitTopLevel(String args) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < args.length(); i++) {
            char ch = args.charAt(i);
            if (ch == '(') {
                depth++;
            } else if (ch == ')') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                out.add(args.substring(start, i));
                start = i + 1;
            }
        }
        out.add(args.substring(start));
        return out;
    }
}
