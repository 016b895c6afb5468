package qtool.mps;

/**
 * Singular value decomposition {@code M = U · diag(s) · Vh} of a complex matrix held as a row-major
 * array of interleaved (re, im) pairs, by one-sided (Hestenes) Jacobi rotations.
 *
 * <p>Why Jacobi: it is short, needs no bidiagonalisation, and computes small singular values to high
 * relative accuracy, which matters when an MPS is simulated at full bond dimension and compared with
 * a state vector to 1e-10. Pairs of columns of the narrower side are rotated until every pair is
 * orthogonal to {@link #ORTHOGONALITY}; the column norms are then the singular values. Cost per
 * sweep {@code O(m·n·min(m,n))}, usually 6–10 sweeps.
 */
public final class ComplexSvd {
    /** Columns count as orthogonal when {@code |a†b| <= ORTHOGONALITY·|a|·|b|}. */
    static final double ORTHOGONALITY = 1e-15;
    private static final int MAX_SWEEPS = 80;

    /** Left singular vectors, {@code m x k} row-major interleaved. */
    public final double[] u;
    /** Singular values, descending, length k = min(m, n). */
    public final double[] s;
    /** Conjugate-transposed right singular vectors, {@code k x n} row-major interleaved (null when not asked for). */
    public final double[] vh;
    public final int rows;
    public final int cols;

    private ComplexSvd(double[] u, double[] s, double[] vh, int rows, int cols) {
        this.u = u;
        this.s = s;
        this.vh = vh;
        this.rows = rows;
        this.cols = cols;
    }

    /** The number of singular values, {@code min(rows, cols)}. */
    public int rank() {
        return s.length;
    }

    /** Decomposes the {@code m x n} matrix {@code a} (not modified). */
    public static ComplexSvd of(double[] a, int m, int n) {
        return of(a, m, n, true);
    }

    /**
     * As {@link #of(double[], int, int)}; without {@code needVh}, {@link #vh} may be null (then only
     * U and s are computed). That happens when {@code n <= m}: the rotations of the columns of A
     * then need not be accumulated into V, a third of the work, and a caller that wants
     * {@code diag(s)·Vh} gets it as {@code U†·A}.
     */
    public static ComplexSvd of(double[] a, int m, int n, boolean needVh) {
        if (n <= m) {
            double[][] colsOfA = columns(a, m, n, false);
            double[][] v = jacobi(colsOfA, m, needVh);
            return assemble(colsOfA, v, m, n, false);
        }
        // Work on A† (n x m, m columns): A† = U' S V'† gives A = V' S U'†.
        double[][] colsOfAh = columns(a, m, n, true);
        double[][] v = jacobi(colsOfAh, n, true);
        return assemble(colsOfAh, v, m, n, true);
    }

    /** Columns of A (or of A† when {@code adjoint}), each a contiguous interleaved array. */
    private static double[][] columns(double[] a, int m, int n, boolean adjoint) {
        if (!adjoint) {
            double[][] c = new double[n][2 * m];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    c[j][2 * i] = a[2 * (i * n + j)];
                    c[j][2 * i + 1] = a[2 * (i * n + j) + 1];
                }
            }
            return c;
        }
        double[][] c = new double[m][2 * n];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                c[i][2 * j] = a[2 * (i * n + j)];
                c[i][2 * j + 1] = -a[2 * (i * n + j) + 1];
            }
        }
        return c;
    }

    /**
     * Orthogonalises the columns in place (each of {@code len} complex entries) and returns the
     * accumulated unitary V as columns ({@code cols.length} of them), or null without {@code accumulate}.
     */
    private static double[][] jacobi(double[][] c, int len, boolean accumulate) {
        int k = c.length;
        double[][] v = accumulate ? new double[k][2 * k] : null;
        if (accumulate) {
            for (int j = 0; j < k; j++) {
                v[j][2 * j] = 1;
            }
        }
        double[] norms = new double[k];
        for (int j = 0; j < k; j++) {
            norms[j] = normSq(c[j], len);
        }
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean rotated = false;
            if (sweep > 0) {
                // The norms are updated by formula during a sweep; recompute them once per sweep so
                // rounding cannot accumulate.
                for (int j = 0; j < k; j++) {
                    norms[j] = normSq(c[j], len);
                }
            }
            sortByNorm(c, v, norms);
            for (int p = 0; p < k - 1; p++) {
                for (int q = p + 1; q < k; q++) {
                    double alpha = norms[p];
                    double beta = norms[q];
                    if (alpha == 0 || beta == 0) {
                        continue;
                    }
                    double[] a = c[p];
                    double[] b = c[q];
                    double gr = 0;
                    double gi = 0;
                    for (int i = 0; i < 2 * len; i += 2) {
                        gr += a[i] * b[i] + a[i + 1] * b[i + 1];
                        gi += a[i] * b[i + 1] - a[i + 1] * b[i];
                    }
                    double g = Math.sqrt(gr * gr + gi * gi);
                    if (g <= ORTHOGONALITY * Math.sqrt(alpha * beta)) {
                        continue;
                    }
                    rotated = true;
                    double zeta = (beta - alpha) / (2 * g);
                    double t = Math.signum(zeta) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
                    if (zeta == 0) {
                        t = 1;
                    }
                    double cs = 1 / Math.sqrt(1 + t * t);
                    double sn = cs * t;
                    double er = gr / g;
                    double ei = gi / g;
                    rotate(a, b, len, cs, sn, er, ei);
                    if (accumulate) {
                        rotate(v[p], v[q], k, cs, sn, er, ei);
                    }
                    // The rotation moves t·g of squared norm from column p to column q exactly; after
                    // a large cancellation the updated value is recomputed, as in LAPACK's zgesvj.
                    norms[p] = alpha - t * g;
                    norms[q] = beta + t * g;
                    if (norms[p] < 0.125 * alpha) {
                        norms[p] = normSq(a, len);
                    }
                    if (norms[q] < 0.125 * beta) {
                        norms[q] = normSq(b, len);
                    }
                }
            }
            if (!rotated) {
                return v;
            }
        }
        return v;
    }

    /**
     * Orders the columns (and V's columns with them) by decreasing norm: de Rijk's pivoting, which
     * cuts the number of sweeps. Swapping array references moves no data.
     */
    private static void sortByNorm(double[][] c, double[][] v, double[] norms) {
        int k = c.length;
        for (int i = 1; i < k; i++) {
            double key = norms[i];
            double[] ci = c[i];
            double[] vi = v == null ? null : v[i];
            int j = i - 1;
            while (j >= 0 && norms[j] < key) {
                norms[j + 1] = norms[j];
                c[j + 1] = c[j];
                if (v != null) {
                    v[j + 1] = v[j];
                }
                j--;
            }
            norms[j + 1] = key;
            c[j + 1] = ci;
            if (v != null) {
                v[j + 1] = vi;
            }
        }
    }

    /** {@code a' = c·a − s·e^{−iφ}·b}, {@code b' = s·e^{iφ}·a + c·b}, with {@code e^{iφ} = er + i·ei}. */
    private static void rotate(double[] a, double[] b, int len, double c, double s, double er, double ei) {
        for (int i = 0; i < 2 * len; i += 2) {
            double ar = a[i];
            double ai = a[i + 1];
            double br = b[i];
            double bi = b[i + 1];
            // e^{-iφ} b = (er br + ei bi) + i (er bi - ei br)
            a[i] = c * ar - s * (er * br + ei * bi);
            a[i + 1] = c * ai - s * (er * bi - ei * br);
            // e^{iφ} a = (er ar - ei ai) + i (er ai + ei ar)
            b[i] = s * (er * ar - ei * ai) + c * br;
            b[i + 1] = s * (er * ai + ei * ar) + c * bi;
        }
    }

    private static double normSq(double[] a, int len) {
        double s = 0;
        for (int i = 0; i < 2 * len; i++) {
            s += a[i] * a[i];
        }
        return s;
    }

    private static ComplexSvd assemble(double[][] c, double[][] v, int m, int n, boolean adjoint) {
        int k = c.length;
        int len = adjoint ? n : m;
        Integer[] order = new Integer[k];
        double[] norm = new double[k];
        for (int j = 0; j < k; j++) {
            order[j] = j;
            norm[j] = Math.sqrt(normSq(c[j], len));
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(norm[y], norm[x]));
        double[] s = new double[k];
        double[] u = new double[2 * m * k];
        double[] vh = v == null ? null : new double[2 * k * n];
        for (int r = 0; r < k; r++) {
            int j = order[r];
            s[r] = norm[j];
            double inv = norm[j] > 0 ? 1 / norm[j] : 0;
            if (!adjoint) {
                // A V = U S: U column r = c_j / s; Vh row r = conj(v_j).
                for (int i = 0; i < m; i++) {
                    u[2 * (i * k + r)] = c[j][2 * i] * inv;
                    u[2 * (i * k + r) + 1] = c[j][2 * i + 1] * inv;
                }
                for (int i = 0; v != null && i < n; i++) {
                    vh[2 * (r * n + i)] = v[j][2 * i];
                    vh[2 * (r * n + i) + 1] = -v[j][2 * i + 1];
                }
            } else {
                // A† V' = U' S, A = V' S U'†: U column r = v'_j; Vh row r = conj(c_j / s).
                for (int i = 0; i < m; i++) {
                    u[2 * (i * k + r)] = v[j][2 * i];
                    u[2 * (i * k + r) + 1] = v[j][2 * i + 1];
                }
                for (int i = 0; i < n; i++) {
                    vh[2 * (r * n + i)] = c[j][2 * i] * inv;
                    vh[2 * (r * n + i) + 1] = -c[j][2 * i + 1] * inv;
                }
            }
        }
        return new ComplexSvd(u, s, vh, m, n);
    }
}
