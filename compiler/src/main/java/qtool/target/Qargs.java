package qtool.target;

import java.util.ArrayList;
import java.util.List;

/**
 * The qubit operands an instruction property applies to, as in Qiskit's {@code Target} qargs.
 * The empty list ({@link #GLOBAL}) means "any operands": a global entry that answers every lookup
 * without an entry of its own. Ordered global first, then by length, then lexicographically, so
 * that maps keyed by {@code Qargs} iterate (and are written) deterministically.
 */
public record Qargs(List<Integer> qubits) implements Comparable<Qargs> {
    /** The global entry: applies to every operand tuple without an entry of its own. */
    public static final Qargs GLOBAL = new Qargs(List.of());

    public Qargs {
        qubits = List.copyOf(qubits);
    }

    public static Qargs of(int... qubits) {
        List<Integer> list = new ArrayList<>(qubits.length);
        for (int q : qubits) {
            list.add(q);
        }
        return new Qargs(list);
    }

    public boolean isGlobal() {
        return qubits.isEmpty();
    }

    public int size() {
        return qubits.size();
    }

    public int get(int i) {
        return qubits.get(i);
    }

    @Override
    public int compareTo(Qargs o) {
        if (size() != o.size()) {
            return Integer.compare(size(), o.size());
        }
        for (int i = 0; i < size(); i++) {
            int c = Integer.compare(get(i), o.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    /** {@code all} for the global entry, else {@code [0, 1]} (the YAML spelling). */
    @Override
    public String toString() {
        return isGlobal() ? "all" : qubits.toString();
    }
}
