package qtool.ir;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Summary figures of a {@link Circuit}: size, depth, multi-qubit gate count and instruction
 * counts by name, printable as text for people or as JSON for scripts.
 *
 * <p>Depth is the length of the longest dependency chain, computed in one pass (linear in the
 * circuit size) as in Qiskit's {@code DAGCircuit.depth}: an instruction comes after the last
 * instruction on each of its qubits, after the last write of every clbit it reads (its
 * condition) and, for clbits it writes (measure), after both their last write and last read. A
 * barrier adds no depth but synchronises its qubits (all qubits when it lists none); an
 * instruction on no qubits (a bare {@code gphase}) adds no depth.
 */
public final class CircuitStats {
    private final int qubits;
    private final int clbits;
    private final int size;
    private final int depth;
    private final int twoQubitGates;
    private final Map<String, Integer> counts;

    private CircuitStats(int qubits, int clbits, int size, int depth, int twoQubitGates, Map<String, Integer> counts) {
        this.qubits = qubits;
        this.clbits = clbits;
        this.size = size;
        this.depth = depth;
        this.twoQubitGates = twoQubitGates;
        this.counts = Collections.unmodifiableMap(counts);
    }

    public static CircuitStats of(Circuit c) {
        Map<String, Integer> counts = new TreeMap<>();
        int twoQubit = 0;
        for (Instruction in : c.instructions()) {
            counts.merge(countKey(in), 1, Integer::sum);
            if (in.numQubits() >= 2 && !in.gate().is(GateFlag.BARRIER)) {
                twoQubit++;
            }
        }
        return new CircuitStats(c.numQubits(), c.numClbits(), c.size(), depth(c), twoQubit, counts);
    }

    /** The gate's name, with the control modifier when controls were not absorbed ({@code ctrl(2)@rz}). */
    private static String countKey(Instruction in) {
        String name = in.gate().canonicalName();
        if (in.controls() == 0) {
            return name;
        }
        return (in.controls() == 1 ? "ctrl" : "ctrl(" + in.controls() + ")") + "@" + name;
    }

    private static int depth(Circuit c) {
        int[] qubitLevel = new int[c.numQubits()];
        int[] clbitWritten = new int[c.numClbits()];
        int[] clbitRead = new int[c.numClbits()];
        int depth = 0;
        for (Instruction in : c.instructions()) {
            if (in.gate().is(GateFlag.BARRIER)) {
                synchronise(qubitLevel, in.numQubits() == 0 ? null : in.qubits());
                continue;
            }
            if (in.numQubits() == 0) {
                continue;
            }
            int level = 0;
            for (int q : in.qubits()) {
                level = Math.max(level, qubitLevel[q]);
            }
            Condition cond = in.condition();
            if (cond != null) {
                for (int b : cond.clbits()) {
                    level = Math.max(level, clbitWritten[b]);
                }
            }
            for (int b : in.clbits()) {
                level = Math.max(level, Math.max(clbitWritten[b], clbitRead[b]));
            }
            level++;
            for (int q : in.qubits()) {
                qubitLevel[q] = level;
            }
            if (cond != null) {
                for (int b : cond.clbits()) {
                    clbitRead[b] = Math.max(clbitRead[b], level);
                }
            }
            for (int b : in.clbits()) {
                clbitWritten[b] = level;
            }
            depth = Math.max(depth, level);
        }
        return depth;
    }

    private static void synchronise(int[] qubitLevel, int[] qubits) {
        if (qubits == null) {
            int max = Arrays.stream(qubitLevel).max().orElse(0);
            Arrays.fill(qubitLevel, max);
            return;
        }
        int max = 0;
        for (int q : qubits) {
            max = Math.max(max, qubitLevel[q]);
        }
        for (int q : qubits) {
            qubitLevel[q] = max;
        }
    }

    public int qubits() {
        return qubits;
    }

    public int clbits() {
        return clbits;
    }

    /** Number of instructions. */
    public int size() {
        return size;
    }

    public int depth() {
        return depth;
    }

    /** Instructions on two or more qubits, controls included, barriers excluded. */
    public int twoQubitGates() {
        return twoQubitGates;
    }

    /** Instruction counts by name, sorted by name. */
    public Map<String, Integer> counts() {
        return counts;
    }

    /** Pretty-printed JSON with a fixed key order and a trailing newline. */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{\n");
        sb.append("  \"qubits\": ").append(qubits).append(",\n");
        sb.append("  \"clbits\": ").append(clbits).append(",\n");
        sb.append("  \"size\": ").append(size).append(",\n");
        sb.append("  \"depth\": ").append(depth).append(",\n");
        sb.append("  \"two_qubit_gates\": ").append(twoQubitGates).append(",\n");
        sb.append("  \"counts\": {");
        String sep = "\n";
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            sb.append(sep).append("    \"").append(JsonStringEncoder.getInstance().quoteAsString(e.getKey()))
                    .append("\": ").append(e.getValue());
            sep = ",\n";
        }
        sb.append(counts.isEmpty() ? "}\n" : "\n  }\n");
        return sb.append("}\n").toString();
    }

    /** Aligned {@code key: value} lines for people, with a trailing newline. */
    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append("qubits:          ").append(qubits).append('\n');
        sb.append("clbits:          ").append(clbits).append('\n');
        sb.append("size:            ").append(size).append('\n');
        sb.append("depth:           ").append(depth).append('\n');
        sb.append("two-qubit gates: ").append(twoQubitGates).append('\n');
        if (!counts.isEmpty()) {
            sb.append("counts:\n");
            int width = counts.keySet().stream().mapToInt(String::length).max().orElse(0);
            for (Map.Entry<String, Integer> e : counts.entrySet()) {
                sb.append("  ").append(e.getKey()).append(':')
                        .append(" ".repeat(width - e.getKey().length() + 1)).append(e.getValue()).append('\n');
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return toText();
    }
}
