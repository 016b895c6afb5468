package qtool.target;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import qtool.ir.Gate;

/**
 * Reads Qiskit's short target shape ({@code Target.from_configuration}): {@code basis_gates} plus
 * an optional directed {@code coupling_map}. It expands as Qiskit does: every 1-qubit (and
 * 3+-qubit) basis gate gets a global entry, every 2-qubit basis gate an entry per listed pair;
 * without a coupling map the 2-qubit gates are global and connectivity is all-to-all. Entries
 * carry no durations or errors, because the short form has none.
 */
final class QiskitShortForm {
    private final YamlChecks c;
    private final int numQubits;

    QiskitShortForm(YamlChecks c, int numQubits) {
        this.c = c;
        this.numQubits = numQubits;
    }

    /** {@code declared} is the connectivity the file states, or null when it has no such key. */
    void read(Map<String, YamlNode.Entry> keys, Map<String, Map<Qargs, InstructionProps>> out, Target.Builder b,
            Connectivity declared) {
        YamlNode.Entry basis = keys.get("basis_gates");
        YamlNode.Entry cmap = keys.get("coupling_map");
        if (keys.containsKey("instructions")) {
            YamlNode.Entry at = basis != null ? basis : cmap;
            c.error(at, "'" + at.key() + "' belongs to the short Qiskit form and cannot be combined with 'instructions'");
            return;
        }
        if (basis == null) {
            c.error(cmap, "coupling_map needs basis_gates (the short Qiskit form lists both)");
            return;
        }
        if (cmap != null && keys.containsKey("connectivity")) {
            c.error(keys.get("connectivity"), "connectivity cannot be combined with coupling_map (which implies explicit)");
            return;
        }
        List<Gate> gates = gates(basis);
        List<Qargs> pairs = cmap == null ? null : pairs(cmap);
        if (gates == null || (cmap != null && pairs == null)) {
            return;
        }
        if (cmap == null && declared == null) {
            b.connectivity(Connectivity.ALL_TO_ALL);
        }
        if (cmap == null && declared == Connectivity.EXPLICIT && gates.stream().anyMatch(g -> g.numQubits() == 2)) {
            c.error(basis, "explicit connectivity needs a coupling_map for the 2-qubit basis gates");
            return;
        }
        boolean twoQubit = false;
        for (Gate g : gates) {
            Map<Qargs, InstructionProps> byQargs = new TreeMap<>();
            if (g.numQubits() == 2 && pairs != null) {
                twoQubit = true;
                pairs.forEach(p -> byQargs.put(p, InstructionProps.EMPTY));
            } else {
                byQargs.put(Qargs.GLOBAL, InstructionProps.EMPTY);
            }
            out.put(g.canonicalName(), byQargs);
        }
        if (pairs != null && !twoQubit) {
            c.warning(cmap.line(), cmap.column(), "coupling_map is ignored: basis_gates has no 2-qubit gate");
        }
    }

    private List<Gate> gates(YamlNode.Entry basis) {
        YamlNode.Seq list = c.seq(basis.value(), "basis_gates");
        if (list == null) {
            return null;
        }
        Map<Gate, YamlNode> seen = new LinkedHashMap<>();
        boolean ok = true;
        for (YamlNode item : list.items()) {
            String name = c.text(item, "basis_gates entry");
            Gate g = name == null ? null : Gate.byName(name).orElse(null);
            if (name != null && g == null) {
                c.error(item, "unknown gate '" + name + "'" + Spelling.hint(name, TargetYamlReader.gateNames()));
            } else if (g != null && seen.containsKey(g)) {
                c.error(item, "gate '" + name + "' is listed twice in basis_gates");
            } else if (g != null) {
                seen.put(g, item);
                continue;
            }
            ok = false;
        }
        return ok ? new ArrayList<>(seen.keySet()) : null;
    }

    private List<Qargs> pairs(YamlNode.Entry cmap) {
        YamlNode.Seq list = c.seq(cmap.value(), "coupling_map");
        if (list == null) {
            return null;
        }
        List<Qargs> out = new ArrayList<>();
        Map<Qargs, Integer> lineOf = new HashMap<>();
        boolean ok = true;
        for (YamlNode item : list.items()) {
            YamlNode.Seq pair = c.seq(item, "coupling_map entry");
            if (pair == null) {
                ok = false;
                continue;
            }
            if (pair.items().size() != 2) {
                c.error(pair, "coupling_map entry must be a pair [a, b], found " + pair.items().size()
                        + (pair.items().size() == 1 ? " entry" : " entries"));
                ok = false;
                continue;
            }
            Integer a = c.qubit(pair.items().get(0), numQubits, "coupling_map");
            Integer b = c.qubit(pair.items().get(1), numQubits, "coupling_map");
            if (a == null || b == null) {
                ok = false;
            } else if (a.equals(b)) {
                c.error(pair, "coupling_map edge [" + a + ", " + b + "] joins a qubit to itself");
                ok = false;
            } else {
                Qargs q = Qargs.of(a, b);
                Integer first = lineOf.putIfAbsent(q, pair.line());
                if (first != null) {
                    c.error(pair, "duplicate coupling_map edge " + q + " (first on line " + first + ")");
                    ok = false;
                } else {
                    out.add(q);
                }
            }
        }
        return ok ? out : null;
    }
}
