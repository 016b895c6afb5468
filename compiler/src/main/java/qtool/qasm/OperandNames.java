package qtool.qasm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import qtool.ir.Circuit;
import qtool.ir.Register;

/**
 * The register declarations and operand texts ({@code q[3]}, {@code $3}) that {@link QasmWriter}
 * prints for a circuit's flat qubit and clbit indices.
 *
 * <p>The circuit's own registers are declared in their original order so that a reader assigns
 * the same flat indices again. Indices that no register covers (hand-built circuits) are collected,
 * in ascending order, into one extra register per kind with a name that clashes with nothing else.
 * A qubit register named {@code $} stands for hardware qubits: OpenQASM 3 prints them as
 * {@code $i} and declares nothing; OpenQASM 2 has no hardware qubits, so there they count as
 * uncovered. Building the names is linear in the number of bits.
 */
final class OperandNames {
    /** The name a reader gives hardware qubits ({@code $0}, {@code $1}, ...). */
    static final String HARDWARE = "$";
    private static final Pattern QASM2_IDENTIFIER = Pattern.compile("[a-z][A-Za-z0-9_]*");

    /** A declared register: its printed name and the flat indices it denotes, in order. */
    record Declared(String name, int[] members) {
    }

    private final int version;
    private final String[] qubitText;
    private final String[] clbitText;
    private final List<Declared> qregs = new ArrayList<>();
    private final List<Declared> cregs = new ArrayList<>();
    /** Every declared register in source order; the boolean says whether it holds qubits. */
    private final List<Map.Entry<Declared, Boolean>> order = new ArrayList<>();
    private final Map<Integer, List<Declared>> qregsByFirstMember = new HashMap<>();

    private OperandNames(Circuit c, int version, Set<String> taken) {
        this.version = version;
        this.qubitText = new String[c.numQubits()];
        this.clbitText = new String[c.numClbits()];
        for (Register r : c.registers()) {
            boolean qubit = r.kind() == Register.Kind.QUBIT;
            if (qubit && HARDWARE.equals(r.name())) {
                if (version == 3) {
                    for (int i = r.start(); i < r.start() + r.size() && i < qubitText.length; i++) {
                        if (qubitText[i] == null) {
                            qubitText[i] = "$" + (i - r.start());
                        }
                    }
                }
                continue;
            }
            checkName(r.name());
            int[] members = new int[r.size()];
            for (int k = 0; k < members.length; k++) {
                members[k] = r.start() + k;
            }
            declare(new Declared(r.name(), members), qubit);
        }
        declareUncovered(qubitText, "q", true, taken);
        declareUncovered(clbitText, "c", false, taken);
    }

    /** Names for {@code c}; {@code taken} holds every identifier the output may use otherwise. */
    static OperandNames of(Circuit c, int version, Set<String> taken) {
        return new OperandNames(c, version, taken);
    }

    private void checkName(String name) {
        if (version == 2 && !QASM2_IDENTIFIER.matcher(name).matches()) {
            throw new QasmWriteException("register name '" + name + "' is not a valid OpenQASM 2 identifier"
                    + " (it must match [a-z][A-Za-z0-9_]*); rename it or write OpenQASM 3");
        }
    }

    private void declare(Declared d, boolean qubit) {
        String[] text = qubit ? qubitText : clbitText;
        for (int k = 0; k < d.members().length; k++) {
            int index = d.members()[k];
            // The first register covering an index names it; later overlapping ones only alias it.
            if (index < text.length && text[index] == null) {
                text[index] = d.name() + "[" + k + "]";
            }
        }
        order.add(Map.entry(d, qubit));
        if (qubit) {
            qregs.add(d);
            if (d.members().length > 0) {
                qregsByFirstMember.computeIfAbsent(d.members()[0], k -> new ArrayList<>()).add(d);
            }
        } else {
            cregs.add(d);
        }
    }

    private void declareUncovered(String[] text, String base, boolean qubit, Set<String> taken) {
        int[] uncovered = new int[text.length];
        int n = 0;
        for (int i = 0; i < text.length; i++) {
            if (text[i] == null) {
                uncovered[n++] = i;
            }
        }
        if (n == 0) {
            return;
        }
        declare(new Declared(freshName(base, taken), Arrays.copyOf(uncovered, n)), qubit);
    }

    private String freshName(String base, Set<String> taken) {
        String name = base;
        for (int k = 0; taken.contains(name) || isDeclared(name); k++) {
            name = base + k;
        }
        return name;
    }

    private boolean isDeclared(String name) {
        return qregs.stream().anyMatch(d -> d.name().equals(name)) || cregs.stream().anyMatch(d -> d.name().equals(name));
    }

    /**
     * The declaration lines in the circuit's register order (so that a reader rebuilds the same
     * register list), each ending in a newline.
     */
    String declarations() {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<Declared, Boolean> e : order) {
            Declared d = e.getKey();
            int n = d.members().length;
            if (e.getValue()) {
                sb.append(version == 3 ? "qubit[" + n + "] " + d.name() : "qreg " + d.name() + "[" + n + "]");
            } else {
                sb.append(version == 3 ? "bit[" + n + "] " + d.name() : "creg " + d.name() + "[" + n + "]");
            }
            sb.append(";\n");
        }
        return sb.toString();
    }

    String qubit(int index) {
        return qubitText[index];
    }

    String clbit(int index) {
        return clbitText[index];
    }

    /** Comma-separated operand list, one entry per qubit. */
    String qubits(int[] qubits) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < qubits.length; i++) {
            sb.append(i == 0 ? "" : ", ").append(qubitText[qubits[i]]);
        }
        return sb.toString();
    }

    /**
     * Operand list in which every run of qubits that is exactly one whole register, in order, is
     * replaced by the register's name; only for instructions that read a register operand as that
     * list (barrier), never for broadcasting gates.
     */
    String qubitsCompressed(int[] qubits) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < qubits.length) {
            Declared whole = wholeRegisterAt(qubits, i);
            if (whole != null) {
                parts.add(whole.name());
                i += whole.members().length;
            } else {
                parts.add(qubitText[qubits[i]]);
                i++;
            }
        }
        return String.join(", ", parts);
    }

    private Declared wholeRegisterAt(int[] qubits, int from) {
        for (Declared d : qregsByFirstMember.getOrDefault(qubits[from], List.of())) {
            int[] m = d.members();
            if (from + m.length <= qubits.length && Arrays.equals(m, 0, m.length, qubits, from, from + m.length)) {
                return d;
            }
        }
        return null;
    }

    /** The declared classical register whose bits are exactly {@code bits}, in order, or null. */
    String wholeClbitRegister(int[] bits) {
        for (Declared d : cregs) {
            if (Arrays.equals(d.members(), bits)) {
                return d.name();
            }
        }
        return null;
    }

    /** Names of all declared qubit registers, in declaration order. */
    List<String> qubitRegisterNames() {
        return qregs.stream().map(Declared::name).toList();
    }
}
