package qtool.dense;

import java.util.Map;
import org.ejml.data.ZMatrixRMaj;
import qtool.ir.Circuit;
import qtool.ir.Instruction;

/**
 * The state a unitary circuit prepares, as a {@code 2^n x 1} complex column, little-endian over
 * circuit qubits (qubit 0 is the least significant bit of the basis index, as in Qiskit).
 *
 * <p>For verification: barrier and delay are no-ops; measurement, reset and classically
 * conditioned instructions are rejected with {@link IllegalArgumentException}, because their result
 * is not a single state. Symbolic parameters are evaluated in the given environment.
 */
public final class StatevectorSimulator {
    /** Beyond this the vector alone needs hundreds of megabytes. */
    public static final int MAX_QUBITS = 24;

    private StatevectorSimulator() {
    }

    /** The state {@code c} prepares from |0...0>. */
    public static ZMatrixRMaj run(Circuit c) {
        return run(c, Map.of());
    }

    public static ZMatrixRMaj run(Circuit c, Map<String, Double> env) {
        int n = checkSize(c.numQubits());
        ZMatrixRMaj state = new ZMatrixRMaj(1 << n, 1);
        state.data[0] = 1;
        return apply(c, state, env);
    }

    /** The state {@code c} prepares from {@code initial}, which is not modified. */
    public static ZMatrixRMaj run(Circuit c, ZMatrixRMaj initial, Map<String, Double> env) {
        int n = checkSize(c.numQubits());
        if (initial.numRows != 1 << n || initial.numCols != 1) {
            throw new IllegalArgumentException("initial state must be " + (1 << n) + "x1");
        }
        return apply(c, initial.copy(), env);
    }

    /** The probability of each basis state. */
    public static double[] probabilities(ZMatrixRMaj state) {
        double[] p = new double[state.numRows];
        for (int i = 0; i < p.length; i++) {
            double re = state.data[2 * i];
            double im = state.data[2 * i + 1];
            p[i] = re * re + im * im;
        }
        return p;
    }

    private static ZMatrixRMaj apply(Circuit c, ZMatrixRMaj state, Map<String, Double> env) {
        for (Instruction in : c.instructions()) {
            StateKernel.apply(state.data, c.numQubits(), 1, in, env);
        }
        return state;
    }

    private static int checkSize(int n) {
        if (n > MAX_QUBITS) {
            throw new IllegalArgumentException("statevector simulation is limited to " + MAX_QUBITS + " qubits, got "
                    + n);
        }
        return n;
    }
}
