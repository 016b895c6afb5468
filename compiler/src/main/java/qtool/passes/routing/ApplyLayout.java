package qtool.passes.routing;

import qtool.ir.Circuit;
import qtool.ir.Instruction;
import qtool.pass.Pass;
import qtool.pass.PropertySet;

/**
 * Rewrites a circuit over virtual qubits onto physical qubits through {@link Layout#INITIAL}
 * (the trivial layout when none was chosen), without inserting SWAPs: the last step for devices
 * that need no routing, such as all-to-all ones. Since nothing moves, {@link Layout#FINAL} is set
 * equal to the initial layout. O(n) for n instructions.
 *
 * <p>Do not run it before {@link SabreSwap}: the router applies the initial layout itself and
 * would apply it twice.
 */
public final class ApplyLayout implements Pass {
    private final int numPhysical;

    public ApplyLayout(CouplingGraph graph) {
        this(graph.numQubits());
    }

    public ApplyLayout(int numPhysical) {
        this.numPhysical = numPhysical;
    }

    @Override
    public String name() {
        return "apply-layout";
    }

    @Override
    public Circuit run(Circuit in, PropertySet props) {
        Layout layout = SabreSwap.initialLayout(in, numPhysical, props, name());
        int[] v2p = layout.toPhysicalArray();
        Circuit.Builder out = PhysicalCircuits.builder(in, numPhysical);
        for (Instruction ins : in.instructions()) {
            out.add(PhysicalCircuits.map(ins, v2p));
        }
        props.put(Layout.FINAL, layout);
        return out.build();
    }
}
