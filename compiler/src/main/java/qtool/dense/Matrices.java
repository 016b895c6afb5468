package qtool.dense;

import org.ejml.data.ZMatrixRMaj;

/**
 * Small complex-matrix helpers on EJML's {@link ZMatrixRMaj} (row-major, real and imaginary parts
 * interleaved in {@code data}) that gate tables and tests need: products, adjoints, Kronecker
 * products, controlled blocks, comparison and qubit-order reversal.
 *
 * <p>They allocate freely and are meant for matrices of a few qubits; simulators never build
 * full-size operators from them. All methods return new matrices and leave their arguments alone.
 */
public final class Matrices {
    private Matrices() {
    }

    /** A {@code rows x cols} matrix from interleaved (re, im) values in row-major order. */
    public static ZMatrixRMaj of(int rows, int cols, double... reIm) {
        if (reIm.length != 2 * rows * cols) {
            throw new IllegalArgumentException("need " + 2 * rows * cols + " values, got " + reIm.length);
        }
        ZMatrixRMaj m = new ZMatrixRMaj(rows, cols);
        System.arraycopy(reIm, 0, m.data, 0, reIm.length);
        return m;
    }

    public static ZMatrixRMaj identity(int dim) {
        ZMatrixRMaj m = new ZMatrixRMaj(dim, dim);
        for (int i = 0; i < dim; i++) {
            m.data[2 * (i * dim + i)] = 1;
        }
        return m;
    }

    /** {@code a * b}. */
    public static ZMatrixRMaj multiply(ZMatrixRMaj a, ZMatrixRMaj b) {
        if (a.numCols != b.numRows) {
            throw new IllegalArgumentException("shape mismatch " + a.numRows + "x" + a.numCols + " * " + b.numRows
                    + "x" + b.numCols);
        }
        int n = a.numRows;
        int k = a.numCols;
        int m = b.numCols;
        ZMatrixRMaj c = new ZMatrixRMaj(n, m);
        double[] ad = a.data;
        double[] bd = b.data;
        double[] cd = c.data;
        for (int i = 0; i < n; i++) {
            for (int l = 0; l < k; l++) {
                double ar = ad[2 * (i * k + l)];
                double ai = ad[2 * (i * k + l) + 1];
                if (ar == 0 && ai == 0) {
                    continue;
                }
                int bRow = 2 * l * m;
                int cRow = 2 * i * m;
                for (int j = 0; j < m; j++) {
                    double br = bd[bRow + 2 * j];
                    double bi = bd[bRow + 2 * j + 1];
                    cd[cRow + 2 * j] += ar * br - ai * bi;
                    cd[cRow + 2 * j + 1] += ar * bi + ai * br;
                }
            }
        }
        return c;
    }

    /** The conjugate transpose. */
    public static ZMatrixRMaj dagger(ZMatrixRMaj a) {
        ZMatrixRMaj t = new ZMatrixRMaj(a.numCols, a.numRows);
        for (int i = 0; i < a.numRows; i++) {
            for (int j = 0; j < a.numCols; j++) {
                t.set(j, i, a.getReal(i, j), -a.getImag(i, j));
            }
        }
        return t;
    }

    /** {@code a ⊗ b}: the first factor is the more significant part of the index. */
    public static ZMatrixRMaj kron(ZMatrixRMaj a, ZMatrixRMaj b) {
        ZMatrixRMaj c = new ZMatrixRMaj(a.numRows * b.numRows, a.numCols * b.numCols);
        for (int i = 0; i < a.numRows; i++) {
            for (int j = 0; j < a.numCols; j++) {
                double ar = a.getReal(i, j);
                double ai = a.getImag(i, j);
                for (int k = 0; k < b.numRows; k++) {
                    for (int l = 0; l < b.numCols; l++) {
                        double br = b.getReal(k, l);
                        double bi = b.getImag(k, l);
                        c.set(i * b.numRows + k, j * b.numCols + l, ar * br - ai * bi, ar * bi + ai * br);
                    }
                }
            }
        }
        return c;
    }

    /**
     * {@code ctrl(k) @ u} with the controls as the most significant operands: the identity except
     * for the last block, which is {@code u}. A 1x1 {@code u} (a global phase) gives a phase on the
     * all-ones control state.
     */
    public static ZMatrixRMaj controlled(ZMatrixRMaj u, int k) {
        int d = u.numRows;
        int dim = d << k;
        ZMatrixRMaj m = identity(dim);
        int off = dim - d;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                m.set(off + i, off + j, u.getReal(i, j), u.getImag(i, j));
            }
        }
        return m;
    }

    /** {@code (re + i im) * a}. */
    public static ZMatrixRMaj scale(ZMatrixRMaj a, double re, double im) {
        ZMatrixRMaj c = new ZMatrixRMaj(a.numRows, a.numCols);
        for (int i = 0; i < a.data.length; i += 2) {
            double x = a.data[i];
            double y = a.data[i + 1];
            c.data[i] = re * x - im * y;
            c.data[i + 1] = re * y + im * x;
        }
        return c;
    }

    /** {@code e^{i angle} * a}. */
    public static ZMatrixRMaj phase(ZMatrixRMaj a, double angle) {
        return scale(a, Math.cos(angle), Math.sin(angle));
    }

    /** The largest modulus of an entry of {@code a - b}; infinite when the shapes differ. */
    public static double maxAbsDiff(ZMatrixRMaj a, ZMatrixRMaj b) {
        if (a.numRows != b.numRows || a.numCols != b.numCols) {
            return Double.POSITIVE_INFINITY;
        }
        double max = 0;
        for (int i = 0; i < a.data.length; i += 2) {
            max = Math.max(max, Math.hypot(a.data[i] - b.data[i], a.data[i + 1] - b.data[i + 1]));
        }
        return max;
    }

    /** Whether {@code a† a} is the identity within {@code tol} per entry. */
    public static boolean isUnitary(ZMatrixRMaj a, double tol) {
        return a.numRows == a.numCols && maxAbsDiff(multiply(dagger(a), a), identity(a.numRows)) <= tol;
    }

    /**
     * Reverses the qubit order of an operator (or a column vector) on {@code log2(rows)} qubits:
     * converts between little-endian circuit order and big-endian operand order.
     */
    public static ZMatrixRMaj reverseQubits(ZMatrixRMaj a) {
        int n = log2(a.numRows);
        boolean square = a.numRows == a.numCols;
        ZMatrixRMaj r = new ZMatrixRMaj(a.numRows, a.numCols);
        for (int i = 0; i < a.numRows; i++) {
            int ri = reverseBits(i, n);
            for (int j = 0; j < a.numCols; j++) {
                int rj = square ? reverseBits(j, n) : j;
                r.set(ri, rj, a.getReal(i, j), a.getImag(i, j));
            }
        }
        return r;
    }

    static int reverseBits(int x, int n) {
        int r = 0;
        for (int b = 0; b < n; b++) {
            r = (r << 1) | ((x >> b) & 1);
        }
        return r;
    }

    /** log2 of a power of two; throws otherwise. */
    public static int log2(int dim) {
        if (dim <= 0 || Integer.bitCount(dim) != 1) {
            throw new IllegalArgumentException("dimension " + dim + " is not a power of two");
        }
        return Integer.numberOfTrailingZeros(dim);
    }

    /** A readable rendering for test failure messages. */
    public static String toString(ZMatrixRMaj a) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < a.numRows; i++) {
            sb.append(i == 0 ? "[" : " ");
            for (int j = 0; j < a.numCols; j++) {
                sb.append(String.format(java.util.Locale.ROOT, " %+.4f%+.4fi", a.getReal(i, j), a.getImag(i, j)));
            }
            sb.append(i == a.numRows - 1 ? " ]" : "\n");
        }
        return sb.toString();
    }
}
