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
            Columns colsOfA = columns(a, m, n, false);
            Columns v = jacobi(colsOfA, needVh);
            return assemble(colsOfA, v, m, n, false);
        }
        // Work on A† (n x m, m columns): A† = U' S V'† gives A = V' S U'†.
        Columns colsOfAh = columns(a, m, n, true);
        Columns v = jacobi(colsOfAh, true);
        return assemble(colsOfAh, v, m, n, true);
    }

    /**
     * Complex column vectors with real and imaginary parts in separate arrays, so the rotation loop
     * runs over plain double arrays with one index, which the JIT compiles to SIMD instructions.
     */
    private static final class Columns {
        final double[][] re;
        final double[][] im;
        final int len;

        Columns(int count, int len) {
            re = new double[count][len];
            im = new double[count][len];
            this.len = len;
        }

        int count() {
            return re.length;
        }

        void swap(int i, int j) {
            double[] t = re[i];
            re[i] = re[j];
            re[j] = t;
            t = im[i];
            im[i] = im[j];
            im[j] = t;
        }

        double normSq(int j) {
            double[] r = re[j];
            double[] x = im[j];
            double s = 0;
            for (int i = 0; i < len; i++) {
                s += r[i] * r[i] + x[i] * x[i];
            }
            return s;
        }
    }

    /** Columns of A (or of A† when {@code adjoint}). */
    private static Columns columns(double[] a, int m, int n, boolean adjoint) {
        if (!adjoint) {
            Columns c = new Columns(n, m);
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    c.re[j][i] = a[2 * (i * n + j)];
                    c.im[j][i] = a[2 * (i * n + j) + 1];
                }
            }
            return c;
        }
        Columns c = new Columns(m, n);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                c.re[i][j] = a[2 * (i * n + j)];
                c.im[i][j] = -a[2 * (i * n + j) + 1];
            }
        }
        return c;
    }

    /**
     * Orthogonalises the columns in place and returns the accumulated unitary V as columns
     * ({@code c.count()} of them), or null without {@code accumulate}.
     */
    private static Columns jacobi(Columns c, boolean accumulate) {
        int k = c.count();
        Columns v = accumulate ? new Columns(k, k) : null;
        if (accumulate) {
            for (int j = 0; j < k; j++) {
                v.re[j][j] = 1;
            }
        }
        double[] norms = new double[k];
        for (int sweep = 0; sweep < MAX_SWEEPS; sweep++) {
            boolean rotated = false;
            // Exact norms once per sweep (during a sweep they are updated by formula, so rounding
            // cannot accumulate), then the columns in decreasing order of norm: de Rijk's
            // pivoting, which cuts the number of sweeps.
            for (int j = 0; j < k; j++) {
                norms[j] = c.normSq(j);
            }
            sortByNorm(c, v, norms);
            for (int p = 0; p < k - 1; p++) {
                for (int q = p + 1; q < k; q++) {
                    double alpha = norms[p];
                    double beta = norms[q];
                    if (alpha == 0 || beta == 0) {
                        continue;
                    }
                    double[] ar = c.re[p];
                    double[] ai = c.im[p];
                    double[] br = c.re[q];
                    double[] bi = c.im[q];
                    // a†b with four independent partial sums, so the additions pipeline.
                    double gr0 = 0;
                    double gi0 = 0;
                    double gr1 = 0;
                    double gi1 = 0;
                    int len = c.len;
                    int i = 0;
                    for (; i + 1 < len; i += 2) {
                        gr0 += ar[i] * br[i] + ai[i] * bi[i];
                        gi0 += ar[i] * bi[i] - ai[i] * br[i];
                        gr1 += ar[i + 1] * br[i + 1] + ai[i + 1] * bi[i + 1];
                        gi1 += ar[i + 1] * bi[i + 1] - ai[i + 1] * br[i + 1];
                    }
                    if (i < len) {
                        gr0 += ar[i] * br[i] + ai[i] * bi[i];
                        gi0 += ar[i] * bi[i] - ai[i] * br[i];
                    }
                    double gr = gr0 + gr1;
                    double gi = gi0 + gi1;
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
                    rotate(ar, ai, br, bi, c.len, cs, sn, er, ei);
                    if (accumulate) {
                        rotate(v.re[p], v.im[p], v.re[q], v.im[q], k, cs, sn, er, ei);
                    }
                    // The rotation moves t·g of squared norm from column p to column q exactly; after
                    // a large cancellation the updated value is recomputed, as in LAPACK's zgesvj.
                    norms[p] = alpha - t * g;
                    norms[q] = beta + t * g;
                    if (norms[p] < 0.125 * alpha) {
                        norms[p] = c.normSq(p);
                    }
                    if (norms[q] < 0.125 * beta) {
                        norms[q] = c.normSq(q);
                    }
                }
            }
            if (!rotated) {
                return v;
            }
        }
        return v;
    }

    /** Orders the columns (and V's columns with them) by decreasing norm; swapping references moves no data. */
    private static void sortByNorm(Columns c, Columns v, double[] norms) {
        int k = c.count();
        for (int i = 1; i < k; i++) {
            for (int j = i; j > 0 && norms[j - 1] < norms[j]; j--) {
                double t = norms[j];
                norms[j] = norms[j - 1];
                norms[j - 1] = t;
                c.swap(j, j - 1);
                if (v != null) {
                    v.swap(j, j - 1);
                }
            }
        }
    }

    /** {@code a' = c·a − s·e^{−iφ}·b}, {@code b' = s·e^{iφ}·a + c·b}, with {@code e^{iφ} = er + i·ei}. */
    private static void rotate(double[] ar, double[] ai, double[] br, double[] bi, int len, double c, double s, double er,
            double ei) {
        double ser = s * er;
        double sei = s * ei;
        for (int i = 0; i < len; i++) {
            double xr = ar[i];
            double xi = ai[i];
            double yr = br[i];
            double yi = bi[i];
            // e^{-iφ} b = (er br + ei bi) + i (er bi - ei br); e^{iφ} a = (er ar - ei ai) + i (er ai + ei ar)
            ar[i] = c * xr - (ser * yr + sei * yi);
            ai[i] = c * xi - (ser * yi - sei * yr);
            br[i] = (ser * xr - sei * xi) + c * yr;
            bi[i] = (ser * xi + sei * xr) + c * yi;
        }
    }

    private static ComplexSvd assemble(Columns c, Columns v, int m, int n, boolean adjoint) {
        int k = c.count();
        Integer[] order = new Integer[k];
        double[] norm = new double[k];
        for (int j = 0; j < k; j++) {
            order[j] = j;
            norm[j] = Math.sqrt(c.normSq(j));
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
                    u[2 * (i * k + r)] = c.re[j][i] * inv;
                    u[2 * (i * k + r) + 1] = c.im[j][i] * inv;
                }
                for (int i = 0; v != null && i < n; i++) {
                    vh[2 * (r * n + i)] = v.re[j][i];
                    vh[2 * (r * n + i) + 1] = -v.im[j][i];
                }
            } else {
                // A† V' = U' S, A = V' S U'†: U column r = v'_j; Vh row r = conj(c_j / s).
                for (int i = 0; i < m; i++) {
                    u[2 * (i * k + r)] = v.re[j][i];
                    u[2 * (i * k + r) + 1] = v.im[j][i];
                }
                for (int i = 0; i < n; i++) {
                    vh[2 * (r * n + i)] = c.re[j][i] * inv;
                    vh[2 * (r * n + i) + 1] = -c.im[j][i] * inv;
                }
            }
        }
        return new ComplexSvd(u, s, vh, m, n);
    }
}
