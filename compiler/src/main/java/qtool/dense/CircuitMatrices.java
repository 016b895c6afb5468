package qtool.dense;

import java.util.List;
import java.util.Map;
import org.ejml.data.ZMatrixRMaj;
import qtool.ir.Circuit;
import qtool.ir.GateCall;
import qtool.ir.Param;

/**
 * Bridges between circuit unitaries (little-endian over circuit qubits) and gate matrices
 * (big-endian over operands), for tests that check a gate's definition, inverse or power against
 * its matrix.
 */
public final class CircuitMatrices {
    private CircuitMatrices() {
    }

    /**
     * The operator of a circuit whose qubit i plays operand i of a gate, in the gate's big-endian
     * operand order: directly comparable with {@code Gate.matrix(...)}.
     */
    public static ZMatrixRMaj inOperandOrder(Circuit c, Map<String, Double> env) {
        return Matrices.reverseQubits(UnitarySimulator.unitary(c, env));
    }

    /**
     * The matrix of a call sequence such as {@code Gate.inverse(...)} returns: every call acts on
     * the same {@code numQubits} operands (gphase on none), applied left to right.
     */
    public static ZMatrixRMaj ofCalls(List<GateCall> calls, int numQubits, Map<String, Double> env) {
        ZMatrixRMaj acc = Matrices.identity(1 << numQubits);
        for (GateCall call : calls) {
            double[] v = new double[call.params().size()];
            for (int i = 0; i < v.length; i++) {
                Param p = call.params().get(i);
                v[i] = p.eval(env);
            }
            ZMatrixRMaj m = call.gate().matrix(v);
            if (m.numRows == 1) {
                acc = Matrices.scale(acc, m.getReal(0, 0), m.getImag(0, 0));
            } else if (m.numRows == acc.numRows) {
                acc = Matrices.multiply(m, acc);
            } else {
                throw new IllegalArgumentException(call + " does not act on " + numQubits + " qubits");
            }
        }
        return acc;
    }
}
