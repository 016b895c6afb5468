package qtool.dem;

import java.util.EnumMap;
import java.util.Map;
import org.ejml.data.Complex_F64;
import org.ejml.data.ZMatrixRMaj;
import org.ejml.dense.row.CommonOps_ZDRM;
import qtool.dense.Matrices;
import qtool.ir.Gate;
import qtool.ir.GateFlag;

/**
 * How a one- or two-qubit Clifford gate of the gate table conjugates Paulis, derived from its
 * unitary ({@link Gate#matrix}) rather than from hand-written rules, so every Clifford the table
 * knows is covered and a table error would show up here too.
 *
 * <p>Generators are numbered {@code 2*i} (X on operand i) and {@code 2*i+1} (Z on operand i); the
 * image of a generator is a bit mask over the same numbering (Y = X and Z bits), signs dropped
 * because error analysis only needs which detectors flip.
 */
final class PauliConjugation {
    private static final Map<Gate, int[]> CACHE = new EnumMap<>(Gate.class);
    private static final double TOLERANCE = 1e-9;

    private PauliConjugation() {
    }

    /** For each generator, the mask of {@code U P U^dagger}. */
    static synchronized int[] images(Gate gate) {
        int[] cached = CACHE.get(gate);
        if (cached == null) {
            cached = compute(gate);
            CACHE.put(gate, cached);
        }
        return cached;
    }

    private static int[] compute(Gate gate) {
        int n = gate.numQubits();
        if (!gate.is(GateFlag.CLIFFORD) || n < 1 || n > 2) {
            throw new IllegalArgumentException(gate.canonicalName() + " is not a 1- or 2-qubit Clifford gate");
        }
        ZMatrixRMaj u = gate.matrix();
        ZMatrixRMaj uDag = new ZMatrixRMaj(u.numCols, u.numRows);
        CommonOps_ZDRM.transposeConjugate(u, uDag);
        int[] out = new int[2 * n];
        for (int g = 0; g < 2 * n; g++) {
            ZMatrixRMaj p = pauli(n, 1 << g);
            ZMatrixRMaj tmp = new ZMatrixRMaj(u.numRows, u.numCols);
            ZMatrixRMaj image = new ZMatrixRMaj(u.numRows, u.numCols);
            CommonOps_ZDRM.mult(u, p, tmp);
            CommonOps_ZDRM.mult(tmp, uDag, image);
            out[g] = identify(n, image, gate);
        }
        return out;
    }

    /** The mask whose Pauli matches {@code m} up to a phase (|tr(Q^dagger M)| = 2^n). */
    private static int identify(int n, ZMatrixRMaj m, Gate gate) {
        int dim = 1 << n;
        for (int mask = 1; mask < 1 << (2 * n); mask++) {
            ZMatrixRMaj q = pauli(n, mask);
            double re = 0;
            double im = 0;
            Complex_F64 a = new Complex_F64();
            Complex_F64 b = new Complex_F64();
            for (int r = 0; r < dim; r++) {
                for (int c = 0; c < dim; c++) {
                    q.get(r, c, a);
                    m.get(r, c, b);
                    // conj(a) * b
                    re += a.real * b.real + a.imaginary * b.imaginary;
                    im += a.real * b.imaginary - a.imaginary * b.real;
                }
            }
            if (Math.abs(Math.hypot(re, im) - dim) < TOLERANCE) {
                return mask;
            }
        }
        throw new IllegalStateException(gate.canonicalName() + " does not map Paulis to Paulis");
    }

    /** The Pauli product for a generator mask, operand 0 most significant (the table's order). */
    private static ZMatrixRMaj pauli(int n, int mask) {
        ZMatrixRMaj result = null;
        for (int i = 0; i < n; i++) {
            boolean x = (mask >> (2 * i) & 1) != 0;
            boolean z = (mask >> (2 * i + 1) & 1) != 0;
            ZMatrixRMaj one = single(x, z);
            if (result == null) {
                result = one;
            } else {
                result = Matrices.kron(result, one);
            }
        }
        return result;
    }

    private static ZMatrixRMaj single(boolean x, boolean z) {
        ZMatrixRMaj m = new ZMatrixRMaj(2, 2);
        if (x && z) {
            m.set(0, 1, 0, -1);
            m.set(1, 0, 0, 1);
        } else if (x) {
            m.set(0, 1, 1, 0);
            m.set(1, 0, 1, 0);
        } else if (z) {
            m.set(0, 0, 1, 0);
            m.set(1, 1, -1, 0);
        } else {
            m.set(0, 0, 1, 0);
            m.set(1, 1, 1, 0);
        }
        return m;
    }
}
