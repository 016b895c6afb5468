package qtool.target;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import qtool.qasm.Diagnostic;

/**
 * Reads and writes targets as YAML (architecture.md §2.6; quantities and names as in Qiskit's
 * {@code Target}, SI units). Reading accepts qtool's shape and Qiskit's short
 * {@code basis_gates}/{@code coupling_map} shape and reports every problem at
 * {@code file:line:col} in one {@link TargetException}. Writing emits the canonical qtool shape
 * deterministically (sorted gates and qargs, shortest round-trip number spelling, {@code \n}
 * endings), so {@code read(write(t))} equals {@code t} and equal targets give identical text.
 */
public final class TargetYaml {
    /** Strings that YAML would read back as something else (booleans, nulls, numbers) need quotes. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.,=()/+ -]*");
    private static final Pattern SPECIAL = Pattern.compile(
            "(?i)(true|false|yes|no|on|off|y|n|null|~|\\.inf|\\.nan)");

    private TargetYaml() {
    }

    /** Reads YAML text; {@code displayName} is the file name diagnostics show. Warnings are dropped. */
    public static Target read(String text, String displayName) {
        return read(text, displayName, d -> { });
    }

    /** Reads YAML text, passing warnings (e.g. a disconnected coupling graph) to {@code warnings}. */
    public static Target read(String text, String displayName, Consumer<Diagnostic> warnings) {
        TargetYamlReader reader = new TargetYamlReader(displayName, text);
        try {
            return reader.read();
        } finally {
            reader.warnings().forEach(warnings);
        }
    }

    /** Reads a file; diagnostics name it as given (not made absolute). */
    public static Target read(Path file, Consumer<Diagnostic> warnings) throws IOException {
        return read(Files.readString(file, StandardCharsets.UTF_8), file.toString(), warnings);
    }

    /** The canonical qtool YAML for {@code t}. */
    public static String write(Target t) {
        StringBuilder sb = new StringBuilder();
        sb.append("name: ").append(string(t.name())).append('\n');
        if (t.description() != null) {
            sb.append("description: ").append(string(t.description())).append('\n');
        }
        sb.append("num_qubits: ").append(t.numQubits()).append('\n');
        if (t.dt() != null) {
            sb.append("dt: ").append(number(t.dt())).append('\n');
        }
        writeConnectivity(sb, t);
        writeQubits(sb, t.qubits());
        if (!t.instructions().isEmpty()) {
            sb.append("instructions:\n");
            for (Map.Entry<String, Map<Qargs, InstructionProps>> e : t.instructions().entrySet()) {
                sb.append("  ").append(e.getKey()).append(':');
                if (e.getValue().size() == 1) {
                    Map.Entry<Qargs, InstructionProps> only = e.getValue().entrySet().iterator().next();
                    sb.append(' ').append(entry(only.getKey(), only.getValue())).append('\n');
                } else {
                    sb.append('\n');
                    e.getValue().forEach((q, p) -> sb.append("    - ").append(entry(q, p)).append('\n'));
                }
            }
        }
        t.noise().ifPresent(n -> {
            sb.append("noise:\n  model: ").append(n.model().yamlName()).append('\n');
            sb.append("  p: ").append(number(n.p())).append('\n');
            n.params().forEach((k, v) -> sb.append("  ").append(k).append(": ").append(number(v)).append('\n'));
        });
        return sb.toString();
    }

    private static void writeConnectivity(StringBuilder sb, Target t) {
        if (t.connectivity() == Connectivity.EXPLICIT) {
            return;
        }
        if (t.move().isEmpty()) {
            sb.append("connectivity: ").append(t.connectivity().yamlName()).append('\n');
        } else {
            sb.append("connectivity:\n  kind: ").append(t.connectivity().yamlName()).append('\n');
            sb.append("  move: ").append(flow(null, t.move())).append('\n');
        }
    }

    private static void writeQubits(StringBuilder sb, List<QubitProps> qubits) {
        int last = qubits.size() - 1;
        while (last >= 0 && qubits.get(last).isEmpty()) {
            last--;
        }
        if (last < 0) {
            return;
        }
        sb.append("qubits:\n");
        for (int i = 0; i <= last; i++) {
            QubitProps q = qubits.get(i);
            StringBuilder f = new StringBuilder();
            field(f, "t1", q.t1());
            field(f, "t2", q.t2());
            field(f, "frequency", q.frequency());
            field(f, "readout_error", q.readoutError());
            sb.append("  - {").append(f).append("}\n");
        }
    }

    private static String entry(Qargs q, InstructionProps p) {
        return flow(q, p);
    }

    private static String flow(Qargs q, InstructionProps p) {
        StringBuilder f = new StringBuilder();
        if (q != null) {
            f.append("qargs: ").append(q);
        }
        field(f, "duration", p.durationSeconds());
        field(f, "error", p.error());
        return "{" + f + "}";
    }

    private static void field(StringBuilder f, String key, Double v) {
        if (v != null) {
            if (f.length() > 0) {
                f.append(", ");
            }
            f.append(key).append(": ").append(number(v));
        }
    }

    /**
     * Java's shortest round-trip spelling with a lower-case exponent: 0.001, 2.5e-4, 5.1e9.
     * Jackson's YAML reader resolves all of these as floats, so the value reads back exactly.
     */
    static String number(double v) {
        return Double.toString(v).replace("E", "e");
    }

    private static String string(String s) {
        if (PLAIN.matcher(s).matches() && !SPECIAL.matcher(s).matches() && !s.endsWith(" ")) {
            return s;
        }
        StringBuilder q = new StringBuilder("\"");
        for (char ch : s.toCharArray()) {
            if (ch == '"' || ch == '\\') {
                q.append('\\').append(ch);
            } else if (ch < 0x20) {
                q.append(String.format(Locale.ROOT, "\\x%02x", (int) ch));
            } else {
                q.append(ch);
            }
        }
        return q.append('"').toString();
    }
}
