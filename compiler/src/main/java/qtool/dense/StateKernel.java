package qtool.dense;

import java.util.Map;
import org.ejml.data.ZMatrixRMaj;
import qtool.ir.Gate;
import qtool.ir.GateFlag;
import qtool.ir.Instruction;
import qtool.ir.Param;

/**
 * Applies one instruction in place to a block of amplitudes: {@code 2^n} rows (basis states,
 * little-endian: qubit q is bit q of the row index), each holding {@code width} interleaved
 * complex numbers. Width 1 is a state vector; width {@code 2^n} is a unitary being accumulated
 * column by column, so both simulators share this loop.
 *
 * <p>A gate on m targets touches each group of {@code 2^m} rows whose other bits are fixed (and
 * whose control bits are 1) with its small matrix: {@code O(2^n · 2^m · width)} per gate, never a
 * full-size operator.
 */
final class StateKernel {
    private StateKernel() {
    }

    /** Applies {@code in}; barrier and delay are no-ops, non-unitary or conditioned instructions are rejected. */
    static void apply(double[] data, int numQubits, int width, Instruction in, Map<String, Double> env) {
        Gate g = in.gate();
        if (in.condition() != null) {
            throw new IllegalArgumentException("the dense simulator cannot run classically conditioned " + in);
        }
        if (g.is(GateFlag.DIRECTIVE)) {
            return;
        }
        if (!g.is(GateFlag.UNITARY)) {
            throw new IllegalArgumentException("the dense simulator runs unitary circuits only, not " + in);
        }
        double[] params = new double[in.params().size()];
        for (int i = 0; i < params.length; i++) {
            Param p = in.param(i);
            params[i] = p.eval(env);
        }
        ZMatrixRMaj m = g.matrix(params);
        int controls = in.controls();
        int ctrlMask = 0;
        for (int i = 0; i < controls; i++) {
            ctrlMask |= bit(in.qubit(i), numQubits);
        }
        int[] target = new int[in.numQubits() - controls];
        int targetMask = 0;
        for (int j = 0; j < target.length; j++) {
            target[j] = in.qubit(controls + j);
            targetMask |= bit(target[j], numQubits);
        }
        if ((ctrlMask & targetMask) != 0 || Integer.bitCount(ctrlMask | targetMask) != in.numQubits()) {
            throw new IllegalArgumentException("repeated qubit in " + in);
        }
        // Leading operands on which the matrix is controlled (cx, ccx, cp, ...) become control bits,
        // so most gates reach the cheap one-qubit, diagonal or phase paths.
        int first = 0;
        while (target.length - first > 0 && isControlledOnFirst(m)) {
            ctrlMask |= 1 << target[first];
            targetMask &= ~(1 << target[first]);
            first++;
            m = lowerRightBlock(m);
        }
        int targets = target.length - first;
        int dim = 1 << targets;
        // Operand j is bit (targets-1-j) of the gate's matrix index (big-endian operands).
        int[] offsets = new int[dim];
        for (int s = 0; s < dim; s++) {
            int off = 0;
            for (int j = 0; j < targets; j++) {
                if (((s >> (targets - 1 - j)) & 1) != 0) {
                    off |= 1 << target[first + j];
                }
            }
            offsets[s] = off;
        }
        if (dim == 1) {
            if (m.getReal(0, 0) != 1 || m.getImag(0, 0) != 0) {
                scale(data, numQubits, width, ctrlMask, ctrlMask, m.getReal(0, 0), m.getImag(0, 0));
            }
        } else if (isDiagonal(m)) {
            for (int s = 0; s < dim; s++) {
                double re = m.getReal(s, s);
                double im = m.getImag(s, s);
                if (re != 1 || im != 0) {
                    // Rows whose target bits spell s: control bits set, target bits equal offsets[s].
                    scale(data, numQubits, width, ctrlMask | targetMask, ctrlMask | offsets[s], re, im);
                }
            }
        } else if (dim == 2) {
            apply2(data, numQubits, width, ctrlMask, targetMask, offsets[1], m.data);
        } else {
            applyGeneral(data, numQubits, width, ctrlMask, targetMask, offsets, m.data);
        }
    }

    /** Whether {@code m = |0><0| ⊗ I + |1><1| ⊗ V}: identity top-left block, zero off-diagonal blocks. */
    private static boolean isControlledOnFirst(ZMatrixRMaj m) {
        int d = m.numRows / 2;
        if (d == 0) {
            return false;
        }
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < 2 * d; j++) {
                double re = m.getReal(i, j);
                double im = m.getImag(i, j);
                if (im != 0 || re != (i == j ? 1 : 0) || m.getReal(j, i) != (i == j ? 1 : 0) || m.getImag(j, i) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static ZMatrixRMaj lowerRightBlock(ZMatrixRMaj m) {
        int d = m.numRows / 2;
        ZMatrixRMaj b = new ZMatrixRMaj(d, d);
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                b.set(i, j, m.getReal(d + i, d + j), m.getImag(d + i, d + j));
            }
        }
        return b;
    }

    private static boolean isDiagonal(ZMatrixRMaj m) {
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                if (i != j && (m.getReal(i, j) != 0 || m.getImag(i, j) != 0)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static int bit(int qubit, int numQubits) {
        if (qubit < 0 || qubit >= numQubits) {
            throw new IllegalArgumentException("qubit " + qubit + " out of range for " + numQubits + " qubits");
        }
        return 1 << qubit;
    }

    /** Multiplies the rows with {@code (row & mask) == value} by {@code re + i im}. */
    private static void scale(double[] data, int n, int width, int mask, int value, double re, double im) {
        for (int row = 0; row < (1 << n); row++) {
            if ((row & mask) != value) {
                continue;
            }
            int base = 2 * row * width;
            for (int c = 0; c < 2 * width; c += 2) {
                double x = data[base + c];
                double y = data[base + c + 1];
                data[base + c] = re * x - im * y;
                data[base + c + 1] = re * y + im * x;
            }
        }
    }

    private static void apply2(double[] data, int n, int width, int ctrlMask, int targetMask, int off, double[] m) {
        double m00r = m[0], m00i = m[1], m01r = m[2], m01i = m[3];
        double m10r = m[4], m10i = m[5], m11r = m[6], m11i = m[7];
        for (int row = 0; row < (1 << n); row++) {
            if ((row & targetMask) != 0 || (row & ctrlMask) != ctrlMask) {
                continue;
            }
            int i0 = 2 * row * width;
            int i1 = 2 * (row | off) * width;
            for (int c = 0; c < 2 * width; c += 2) {
                double xr = data[i0 + c], xi = data[i0 + c + 1];
                double yr = data[i1 + c], yi = data[i1 + c + 1];
                data[i0 + c] = m00r * xr - m00i * xi + m01r * yr - m01i * yi;
                data[i0 + c + 1] = m00r * xi + m00i * xr + m01r * yi + m01i * yr;
                data[i1 + c] = m10r * xr - m10i * xi + m11r * yr - m11i * yi;
                data[i1 + c + 1] = m10r * xi + m10i * xr + m11r * yi + m11i * yr;
            }
        }
    }

    private static void applyGeneral(double[] data, int n, int width, int ctrlMask, int targetMask, int[] offsets,
            double[] m) {
        int dim = offsets.length;
        double[] vr = new double[dim];
        double[] vi = new double[dim];
        int[] rows = new int[dim];
        for (int row = 0; row < (1 << n); row++) {
            if ((row & targetMask) != 0 || (row & ctrlMask) != ctrlMask) {
                continue;
            }
            for (int s = 0; s < dim; s++) {
                rows[s] = 2 * (row | offsets[s]) * width;
            }
            for (int c = 0; c < 2 * width; c += 2) {
                for (int s = 0; s < dim; s++) {
                    vr[s] = data[rows[s] + c];
                    vi[s] = data[rows[s] + c + 1];
                }
                for (int r = 0; r < dim; r++) {
                    double accR = 0;
                    double accI = 0;
                    int mr = 2 * r * dim;
                    for (int s = 0; s < dim; s++) {
                        double ar = m[mr + 2 * s];
                        double ai = m[mr + 2 * s + 1];
                        accR += ar * vr[s] - ai * vi[s];
                        accI += ar * vi[s] + ai * vr[s];
                    }
                    data[rows[r] + c] = accR;
                    data[rows[r] + c + 1] = accI;
                }
            }
        }
    }
}
