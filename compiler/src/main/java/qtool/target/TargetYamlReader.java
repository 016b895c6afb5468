package qtool.target;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import qtool.ir.Gate;
import qtool.qasm.Diagnostic;

/**
 * Turns target YAML text into a {@link Target}, checking everything a user can get wrong and
 * reporting it at {@code file:line:col}: syntax, unknown or repeated keys, wrong types, qubit
 * indices out of range, repeated qargs, negative durations, probabilities outside [0, 1], unknown
 * gate names (with the closest known name). Two shapes are accepted: qtool's own (an
 * {@code instructions} map, architecture.md §2.6) and Qiskit's short {@code basis_gates} +
 * {@code coupling_map} form. A disconnected coupling graph is only a warning: a chip with a dead
 * qubit is still a valid target.
 */
final class TargetYamlReader {
    private static final Set<String> ROOT_KEYS = Set.of("name", "description", "num_qubits", "dt", "connectivity",
            "qubits", "instructions", "noise", "basis_gates", "coupling_map");
    private static final Set<String> QUBIT_KEYS = Set.of("t1", "t2", "frequency", "readout_error");
    private static final Set<String> ENTRY_KEYS = Set.of("qargs", "duration", "error");
    private static final Set<String> CONNECTIVITY_KEYS = Set.of("kind", "move");
    private static final Set<String> MOVE_KEYS = Set.of("duration", "error");
    /** More qubits than this is a typo, not a device, and would allocate needlessly. */
    static final int MAX_QUBITS = 1_000_000;

    private final String file;
    private final String text;
    private final YamlChecks c;
    private final Map<String, Map<Qargs, InstructionProps>> instructions = new TreeMap<>();
    private int numQubits;
    private Connectivity connectivity = Connectivity.EXPLICIT;

    TargetYamlReader(String file, String text) {
        this.file = file;
        this.text = text;
        this.c = new YamlChecks(file, text);
    }

    List<Diagnostic> warnings() {
        return c.warnings();
    }

    /** The target; throws {@link TargetException} with every error (warnings stay in {@link #warnings()}). */
    Target read() {
        YamlNode root;
        try {
            root = YamlNode.parse(text);
        } catch (JsonProcessingException e) {
            syntaxError(e);
            throw new TargetException(sorted(c.errors()));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // reading a String cannot fail
        }
        if (root == null) {
            c.error(0, 0, "empty target file (num_qubits is required)");
            throw new TargetException(sorted(c.errors()));
        }
        YamlNode.Mapping top = c.mapping(root, "a target file");
        if (top == null) {
            throw new TargetException(sorted(c.errors()));
        }
        Map<String, YamlNode.Entry> keys = c.entries(top, ROOT_KEYS, "the target");
        Target.Builder b = readHeader(keys);
        if (b == null) {
            throw new TargetException(sorted(c.errors()));
        }
        readConnectivity(keys.get("connectivity"), b);
        readQubits(keys.get("qubits"), b);
        if (keys.containsKey("basis_gates") || keys.containsKey("coupling_map")) {
            new QiskitShortForm(c, numQubits).read(keys, instructions, b,
                    keys.containsKey("connectivity") ? connectivity : null);
        } else if (keys.containsKey("instructions")) {
            readInstructions(keys.get("instructions"));
        }
        readNoise(keys.get("noise"), b);
        if (!c.errors().isEmpty()) {
            throw new TargetException(sorted(c.errors()));
        }
        Target t;
        try {
            instructions.forEach((gate, byQargs) -> byQargs.forEach((q, p) -> b.add(gate, q, p)));
            t = b.build();
        } catch (IllegalArgumentException e) {
            // The checks above should have caught it; report rather than crash if one was missed.
            c.error(top, e.getMessage());
            throw new TargetException(sorted(c.errors()));
        }
        warnIfDisconnected(t, keys, top);
        return t;
    }

    private Target.Builder readHeader(Map<String, YamlNode.Entry> keys) {
        YamlNode.Entry n = keys.get("num_qubits");
        Integer count = null;
        if (n == null) {
            c.error(0, 0, "num_qubits is missing");
        } else {
            count = c.integer(n.value(), "num_qubits");
            if (count != null && (count < 1 || count > MAX_QUBITS)) {
                c.error(n.value(), "num_qubits must be between 1 and " + MAX_QUBITS + ", found " + count);
                count = null;
            }
        }
        // Read the other scalars even when num_qubits is bad, so their errors come in the same round.
        String name = keys.containsKey("name") ? c.text(keys.get("name").value(), "name") : defaultName();
        String description = keys.containsKey("description") ? c.text(keys.get("description").value(), "description")
                : null;
        Double dt = keys.containsKey("dt") ? c.positive(keys.get("dt").value(), "dt") : null;
        if (count == null || name == null) {
            return null;
        }
        numQubits = count;
        return Target.builder(name, count).description(description).dt(dt);
    }

    /** The file name without directories, {@code builtin:} or extension: a target needs a name. */
    private String defaultName() {
        String n = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf(':')) + 1);
        return n.endsWith(".yaml") || n.endsWith(".yml") ? n.substring(0, n.lastIndexOf('.')) : n;
    }

    private void readConnectivity(YamlNode.Entry e, Target.Builder b) {
        if (e == null) {
            return;
        }
        YamlNode v = e.value();
        YamlNode kind = v;
        YamlNode.Mapping move = null;
        if (v instanceof YamlNode.Mapping) {
            Map<String, YamlNode.Entry> keys = c.entries((YamlNode.Mapping) v, CONNECTIVITY_KEYS, "connectivity");
            if (!keys.containsKey("kind")) {
                c.error(v, "connectivity.kind is missing (explicit, all-to-all or reconfigurable)");
                return;
            }
            kind = keys.get("kind").value();
            if (keys.containsKey("move")) {
                move = c.mapping(keys.get("move").value(), "connectivity.move");
            }
        }
        String s = c.text(kind, "connectivity");
        if (s == null) {
            return;
        }
        Connectivity k = Connectivity.fromYamlName(s).orElse(null);
        if (k == null) {
            c.error(kind, "unknown connectivity '" + s + "' (expected explicit, all-to-all or reconfigurable)");
            return;
        }
        connectivity = k;
        b.connectivity(k);
        if (move != null && k != Connectivity.RECONFIGURABLE) {
            c.error(move, "connectivity.move is only meaningful for reconfigurable connectivity");
        } else if (move != null) {
            Map<String, YamlNode.Entry> keys = c.entries(move, MOVE_KEYS, "connectivity.move");
            b.move(new InstructionProps(
                    keys.containsKey("duration") ? c.nonNegative(keys.get("duration").value(), "move duration") : null,
                    keys.containsKey("error") ? c.probability(keys.get("error").value(), "move error") : null));
        }
    }

    private void readQubits(YamlNode.Entry e, Target.Builder b) {
        YamlNode.Seq list = e == null ? null : c.seq(e.value(), "qubits");
        if (list == null) {
            return;
        }
        for (int i = 0; i < list.items().size(); i++) {
            YamlNode item = list.items().get(i);
            if (i >= numQubits) {
                c.error(item, "qubits has more entries than num_qubits (" + numQubits + ")");
                return;
            }
            if (item instanceof YamlNode.Scalar && ((YamlNode.Scalar) item).isNull()) {
                continue;
            }
            YamlNode.Mapping m = c.mapping(item, "qubits[" + i + "]");
            if (m != null) {
                Map<String, YamlNode.Entry> k = c.entries(m, QUBIT_KEYS, "qubits[" + i + "]");
                String at = "qubits[" + i + "].";
                Double t1 = k.containsKey("t1") ? c.nonNegative(k.get("t1").value(), at + "t1") : null;
                Double t2 = k.containsKey("t2") ? c.nonNegative(k.get("t2").value(), at + "t2") : null;
                Double f = k.containsKey("frequency") ? c.nonNegative(k.get("frequency").value(), at + "frequency") : null;
                Double r = k.containsKey("readout_error")
                        ? c.probability(k.get("readout_error").value(), at + "readout_error") : null;
                b.qubit(i, new QubitProps(t1, t2, f, r));
            }
        }
    }

    private void readInstructions(YamlNode.Entry e) {
        YamlNode.Mapping m = c.mapping(e.value(), "instructions");
        if (m == null) {
            return;
        }
        Map<String, YamlNode.Entry> firstByGate = new HashMap<>();
        for (YamlNode.Entry g : c.entries(m, null, "instructions").values()) {
            Gate gate = gate(g);
            if (gate == null) {
                continue;
            }
            YamlNode.Entry first = firstByGate.putIfAbsent(gate.canonicalName(), g);
            if (first != null) {
                c.error(g, "gate '" + g.key() + "' is listed twice (as '" + first.key() + "' on line " + first.line() + ")");
                continue;
            }
            Map<Qargs, InstructionProps> byQargs = new TreeMap<>();
            Map<Qargs, Integer> lineOf = new HashMap<>();
            YamlNode v = g.value();
            List<YamlNode> items = v instanceof YamlNode.Seq ? ((YamlNode.Seq) v).items() : List.of(v);
            for (int i = 0; i < items.size(); i++) {
                String where = "instructions." + g.key() + (v instanceof YamlNode.Seq ? "[" + i + "]" : "");
                readEntry(gate, g, items.get(i), where, byQargs, lineOf);
            }
            instructions.put(gate.canonicalName(), byQargs);
        }
    }

    /** The gate an instruction key names, or null after reporting it with the closest name. */
    private Gate gate(YamlNode.Entry g) {
        Gate gate = Gate.byName(g.key()).orElse(null);
        if (gate == null) {
            c.error(g, "unknown gate '" + g.key() + "'" + Spelling.hint(g.key(), gateNames()));
        }
        return gate;
    }

    static Set<String> gateNames() {
        Set<String> names = new TreeSet<>();
        for (Gate g : Gate.values()) {
            names.add(g.canonicalName());
            names.addAll(g.aliases());
        }
        return names;
    }

    private void readEntry(Gate gate, YamlNode.Entry g, YamlNode item, String where,
            Map<Qargs, InstructionProps> byQargs, Map<Qargs, Integer> lineOf) {
        Map<String, YamlNode.Entry> k = new LinkedHashMap<>();
        if (!(item instanceof YamlNode.Scalar && ((YamlNode.Scalar) item).isNull())) {
            YamlNode.Mapping m = c.mapping(item, where);
            if (m == null) {
                return;
            }
            k = c.entries(m, ENTRY_KEYS, where);
        }
        // Values first, so that a bad qargs does not hide a bad error rate on the same line.
        Double d = k.containsKey("duration") ? c.nonNegative(k.get("duration").value(), where + ".duration") : null;
        Double err = k.containsKey("error") ? c.probability(k.get("error").value(), where + ".error") : null;
        Qargs q = k.containsKey("qargs") ? qargs(gate, k.get("qargs").value(), where) : Qargs.GLOBAL;
        YamlNode at = k.containsKey("qargs") ? k.get("qargs").value() : item;
        if (q == null) {
            return;
        }
        if (q.isGlobal() && gate.numQubits() == 2 && connectivity == Connectivity.EXPLICIT) {
            c.error(at, "2-qubit gate '" + g.key() + "' needs explicit qargs (a list per coupled pair)"
                    + " unless connectivity is all-to-all or reconfigurable");
            return;
        }
        Integer earlier = lineOf.putIfAbsent(q, at.line());
        if (earlier != null) {
            c.error(at, "duplicate qargs " + q + " for gate '" + g.key() + "' (first on line " + earlier + ")");
            return;
        }
        byQargs.put(q, new InstructionProps(d, err));
    }

    private Qargs qargs(Gate gate, YamlNode v, String where) {
        if (v instanceof YamlNode.Scalar && "all".equals(((YamlNode.Scalar) v).text())) {
            return Qargs.GLOBAL;
        }
        if (!(v instanceof YamlNode.Seq) || ((YamlNode.Seq) v).items().isEmpty()) {
            c.error(v, where + ".qargs must be 'all' or a list of qubit indices, found " + v.kindName());
            return null;
        }
        List<YamlNode> items = ((YamlNode.Seq) v).items();
        List<Integer> qs = new ArrayList<>();
        for (YamlNode item : items) {
            Integer q = c.qubit(item, numQubits, where + ".qargs");
            if (q == null) {
                return null;
            }
            if (qs.contains(q)) {
                c.error(item, where + ".qargs repeats qubit " + q);
                return null;
            }
            qs.add(q);
        }
        if (gate.numQubits() >= 0 && qs.size() != gate.numQubits()) {
            c.error(v, "gate '" + gate.canonicalName() + "' acts on " + gate.numQubits() + " qubit"
                    + (gate.numQubits() == 1 ? "" : "s") + ", but " + where + ".qargs names " + qs.size());
            return null;
        }
        return new Qargs(qs);
    }

    private void readNoise(YamlNode.Entry e, Target.Builder b) {
        YamlNode.Mapping m = e == null ? null : c.mapping(e.value(), "noise");
        if (m == null) {
            return;
        }
        Map<String, YamlNode.Entry> k = c.entries(m, null, "noise");
        if (!k.containsKey("model") || !k.containsKey("p")) {
            c.error(m, "noise needs both 'model' (uniform_depolarizing or si1000) and 'p'");
            return;
        }
        String name = c.text(k.get("model").value(), "noise.model");
        Double p = c.probability(k.get("p").value(), "noise.p");
        Map<String, Double> params = new TreeMap<>();
        for (YamlNode.Entry x : k.values()) {
            if (!x.key().equals("model") && !x.key().equals("p")) {
                params.put(x.key(), c.number(x.value(), "noise." + x.key()));
            }
        }
        NoiseModel.Kind kind = name == null ? null : NoiseModel.Kind.fromYamlName(name).orElse(null);
        if (name != null && kind == null) {
            c.error(k.get("model").value(), "unknown noise model '" + name + "' (expected uniform_depolarizing or si1000)");
        }
        if (kind != null && p != null && !params.containsValue(null)) {
            b.noise(new NoiseModel(kind, p, params));
        }
    }

    private void warnIfDisconnected(Target t, Map<String, YamlNode.Entry> keys, YamlNode.Mapping top) {
        if (t.connectivity() != Connectivity.EXPLICIT || t.numQubits() < 2) {
            return;
        }
        List<List<Integer>> comps = t.components();
        if (comps.size() > 1) {
            YamlNode.Entry at = keys.getOrDefault("coupling_map", keys.get("instructions"));
            int line = at != null ? at.line() : top.line();
            int col = at != null ? at.column() : top.column();
            c.warning(line, col, "coupling graph is not connected: " + comps.size() + " components (qubit "
                    + comps.get(1).get(0) + " cannot reach qubit 0)");
        }
    }

    /**
     * SnakeYAML's message without its source excerpts: its unindented lines are the context and the
     * problem ("while parsing a flow mapping: expected ',' or '}', but got :"), and the excerpt is
     * shown anyway by the diagnostic, at Jackson's location.
     */
    private void syntaxError(JsonProcessingException e) {
        StringBuilder message = new StringBuilder();
        for (String line : e.getOriginalMessage().split("\\R")) {
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
                message.append(message.length() == 0 ? "" : ": ").append(line.strip());
            }
        }
        JsonLocation at = e.getLocation();
        c.error(at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "invalid YAML: " + message);
    }

    private static List<Diagnostic> sorted(List<Diagnostic> ds) {
        List<Diagnostic> out = new ArrayList<>(ds);
        out.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column()));
        return out;
    }
}
