package qtool.synthesis.rl;

import java.util.List;
import org.ejml.data.ZMatrixRMaj;
import qtool.dense.Matrices;
import qtool.ir.Gate;
import qtool.ir.Instruction;
import qtool.ir.Param;

/**
 * One letter of a synthesis alphabet: its short name in printed words, and the qtool gate (with a
 * constant angle when it has one) applied to operands {@code qubits} of the synthesised block.
 */
public record BasisGate(String name, Gate gate, double angle, int[] qubits) {
    public BasisGate {
        qubits = qubits.clone();
    }

    /** The gate's matrix on its own operands. */
    public ZMatrixRMaj matrix() {
        return gate.numParams() == 0 ? gate.matrix() : gate.matrix(angle);
    }

    /** The matrix on {@code numQubits} qubits (operand 0 most significant, as in qtool's gate table). */
    public ZMatrixRMaj matrixOn(int numQubits) {
        ZMatrixRMaj m = matrix();
        if (numQubits == qubits.length) {
            if (qubits.length == 2 && qubits[0] == 1) {
                return Matrices.reverseQubits(m);
            }
            return m;
        }
        if (numQubits == 2 && qubits.length == 1) {
            return qubits[0] == 0 ? Matrices.kron(m, Matrices.identity(2)) : Matrices.kron(Matrices.identity(2), m);
        }
        throw new IllegalArgumentException("gate " + name + " does not fit " + numQubits + " qubits");
    }

    /** The instruction on circuit qubits {@code wires[qubits[k]]}. */
    public Instruction instruction(int... wires) {
        int[] q = new int[qubits.length];
        for (int k = 0; k < q.length; k++) {
            q[k] = wires[qubits[k]];
        }
        List<Param> params = gate.numParams() == 0 ? List.of() : List.of(Param.constant(angle));
        return Instruction.of(gate, params, q);
    }
}
