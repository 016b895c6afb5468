package qtool.passes.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import qtool.ir.Circuit;
import qtool.ir.Instruction;
import qtool.ir.Register;

/**
 * Helpers shared by the passes that turn a circuit over virtual qubits into one over a device's
 * physical qubits. O(registers) per builder, O(k) per instruction on k qubits.
 */
final class PhysicalCircuits {
    private PhysicalCircuits() {
    }

    /**
     * An empty builder for the physical form of {@code in}: {@code numPhysical} qubits in the one
     * hardware register {@code $} (written as {@code $0, $1, ...} in OpenQASM 3, as a plain
     * {@code q} register in OpenQASM 2), the same clbits, and the same free parameters. Virtual
     * register names no longer describe physical qubits, so they are dropped; classical registers
     * are kept when they tile the clbits in order, which every parsed circuit does.
     */
    static Circuit.Builder builder(Circuit in, int numPhysical) {
        List<Register> cregs = new ArrayList<>();
        for (Register r : in.registers()) {
            if (r.kind() == Register.Kind.CLBIT) {
                cregs.add(r);
            }
        }
        cregs.sort(Comparator.comparingInt(Register::start));
        boolean tiles = true;
        int next = 0;
        for (Register r : cregs) {
            tiles &= r.start() == next;
            next += r.size();
        }
        tiles &= next == in.numClbits();
        Circuit.Builder b = Circuit.builder(0, tiles ? 0 : in.numClbits());
        b.ensureHardwareQubits(numPhysical);
        if (tiles) {
            for (Register r : cregs) {
                b.addRegister(r.name(), Register.Kind.CLBIT, r.size());
            }
        }
        for (String p : in.parameters()) {
            b.addParameter(p);
        }
        return b;
    }

    /** {@code in} with each qubit {@code v} replaced by {@code virtualToPhysical[v]}. */
    static Instruction map(Instruction in, int[] virtualToPhysical) {
        int k = in.numQubits();
        if (k == 0) {
            return in;
        }
        int[] q = new int[k];
        for (int i = 0; i < k; i++) {
            q[i] = virtualToPhysical[in.qubit(i)];
        }
        return in.withQubits(q);
    }
}
