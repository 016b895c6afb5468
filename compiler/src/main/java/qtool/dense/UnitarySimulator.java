package qtool.dense;

import java.util.Map;
import org.ejml.data.ZMatrixRMaj;
import qtool.ir.Circuit;
import qtool.ir.Instruction;

/**
 * The full unitary of a circuit, {@code 2^n x 2^n}, little-endian over circuit qubits: entry
 * (i, j) is {@code <i|C|j>} with qubit 0 the least significant bit. Column j is the state the
 * circuit prepares from |j>.
 *
 * <p>Gates act on the rows of the accumulated matrix in place (see {@link StateKernel}); no
 * full-size operator is ever formed per gate. Same rules as {@link StatevectorSimulator} for
 * directives, non-unitary instructions and symbolic parameters.
 */
public final class UnitarySimulator {
    /** 12 qubits already take 256 MiB. */
    public static final int MAX_QUBITS = 12;

    private UnitarySimulator() {
    }

    public static ZMatrixRMaj unitary(Circuit c) {
        return unitary(c, Map.of());
    }

    public static ZMatrixRMaj unitary(Circuit c, Map<String, Double> env) {
        int n = c.numQubits();
        if (n > MAX_QUBITS) {
            throw new IllegalArgumentException("unitary simulation is limited to " + MAX_QUBITS + " qubits, got " + n);
        }
        ZMatrixRMaj u = Matrices.identity(1 << n);
        for (Instruction in : c.instructions()) {
            StateKernel.apply(u.data, n, 1 << n, in, env);
        }
        return u;
    }
}
