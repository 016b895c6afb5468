package qtool.passes.routing;

import qtool.ir.Circuit;
import qtool.pass.Pass;
import qtool.pass.PropertySet;

/**
 * The layout that puts virtual qubit i on physical qubit i, as Qiskit's {@code TrivialLayout}: the
 * right choice when the circuit was written for the device, and the baseline {@link SabreLayout}
 * must beat. Writes {@link Layout#INITIAL}; returns the circuit unchanged. O(n) for n qubits.
 *
 * @see SabreLayout
 */
public final class TrivialLayout implements Pass {
    private final int numPhysical;

    public TrivialLayout(CouplingGraph graph) {
        this(graph.numQubits());
    }

    public TrivialLayout(int numPhysical) {
        this.numPhysical = numPhysical;
    }

    @Override
    public String name() {
        return "trivial-layout";
    }

    @Override
    public Circuit run(Circuit in, PropertySet props) {
        if (in.numQubits() > numPhysical) {
            throw new IllegalArgumentException("trivial layout: the circuit uses " + in.numQubits()
                    + " qubits but the device has only " + numPhysical);
        }
        props.put(Layout.INITIAL, Layout.trivial(in.numQubits(), numPhysical));
        return in;
    }
}
