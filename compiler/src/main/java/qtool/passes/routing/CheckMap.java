package qtool.passes.routing;

import qtool.ir.Circuit;
import qtool.ir.GateFlag;
import qtool.ir.Instruction;
import qtool.pass.Pass;
import qtool.pass.PropertySet;

/**
 * Analysis pass: whether a physical circuit respects the coupling graph, i.e. every instruction on
 * two or more qubits (controls included, barriers excluded) has every pair of its qubits on a
 * coupling edge, and the circuit has no more qubits than the device. Writes {@link #KEY} and, when
 * false, a description of the first offending instruction under {@link #VIOLATION}. Returns the
 * circuit unchanged. O(Σ k²) for instructions on k qubits (k ≤ 2 after routing, so O(n)).
 *
 * <p>After compilation a false value is a compiler bug, not a user error (issue 3).
 */
public final class CheckMap implements Pass {
    /** True when the circuit is mapped to the coupling graph. */
    public static final PropertySet.Key<Boolean> KEY = PropertySet.key("is_swap_mapped");
    /** The first violation, e.g. {@code "instruction 7 'cx [0, 3]': qubits 0 and 3 are not coupled"}; absent when mapped. */
    public static final PropertySet.Key<String> VIOLATION = PropertySet.key("check_map_violation");

    private final CouplingGraph graph;

    public CheckMap(CouplingGraph graph) {
        this.graph = graph;
    }

    @Override
    public String name() {
        return "check-map";
    }

    @Override
    public Circuit run(Circuit in, PropertySet props) {
        String violation = firstViolation(in);
        props.put(KEY, violation == null);
        props.put(VIOLATION, violation);
        return in;
    }

    /** The first violation in words, or null when {@code c} is mapped. */
    public String firstViolation(Circuit c) {
        if (c.numQubits() > graph.numQubits()) {
            return "the circuit has " + c.numQubits() + " qubits, the device " + graph.numQubits();
        }
        for (int i = 0; i < c.size(); i++) {
            Instruction in = c.instructions().get(i);
            if (in.numQubits() < 2 || in.gate().is(GateFlag.BARRIER)) {
                continue;
            }
            for (int x = 0; x < in.numQubits(); x++) {
                for (int y = x + 1; y < in.numQubits(); y++) {
                    if (!graph.isAdjacent(in.qubit(x), in.qubit(y))) {
                        return "instruction " + i + " '" + in + "': qubits " + in.qubit(x) + " and " + in.qubit(y)
                                + " are not coupled";
                    }
                }
            }
        }
        return null;
    }
}
