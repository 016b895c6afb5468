package qtool.mps;

/**
 * {@code A = Q·R} with Q having orthonormal columns, by modified Gram–Schmidt run twice per column
 * ("twice is enough", Giraud et al. 2005), for moving an MPS orthogonality centre without an SVD.
 * Columns that are numerically dependent on earlier ones are skipped, so Q has k ≤ min(m, n) columns
 * and R = Q†A is k x n; the product QR reproduces A to rounding. Cost {@code O(m·n·k)}.
 */
final class ThinQr {
    /** Relative residual below which a column counts as dependent. */
    private static final double DEPENDENT = 1e-13;

    final double[] q;
    final double[] r;
    final int k;

    private ThinQr(double[] q, double[] r, int k) {
        this.q = q;
        this.r = r;
        this.k = k;
    }

    /** Factorises the m x n row-major interleaved matrix a. */
    static ThinQr of(double[] a, int m, int n) {
        double[][] cols = new double[n][];
        double[] norms = new double[n];
        double maxNorm = 0;
        for (int j = 0; j < n; j++) {
            double[] c = new double[2 * m];
            for (int i = 0; i < m; i++) {
                c[2 * i] = a[2 * (i * n + j)];
                c[2 * i + 1] = a[2 * (i * n + j) + 1];
            }
            cols[j] = c;
            norms[j] = Math.sqrt(dot(c, c, m)[0]);
            maxNorm = Math.max(maxNorm, norms[j]);
        }
        double[][] basis = new double[Math.min(m, n)][];
        int k = 0;
        for (int j = 0; j < n && k < basis.length; j++) {
            double[] v = cols[j].clone();
            for (int pass = 0; pass < 2; pass++) {
                for (int b = 0; b < k; b++) {
                    double[] d = dot(basis[b], v, m);
                    axpyMinus(v, d, basis[b], m);
                }
            }
            double len = Math.sqrt(dot(v, v, m)[0]);
            if (len <= DEPENDENT * Math.max(maxNorm, Double.MIN_NORMAL)) {
                continue;
            }
            for (int i = 0; i < 2 * m; i++) {
                v[i] /= len;
            }
            basis[k++] = v;
        }
        if (k == 0) {
            // The zero matrix: any unit vector with R = 0.
            basis[0] = new double[2 * m];
            basis[0][0] = 1;
            k = 1;
        }
        double[] q = new double[2 * m * k];
        double[] r = new double[2 * k * n];
        for (int b = 0; b < k; b++) {
            for (int i = 0; i < m; i++) {
                q[2 * (i * k + b)] = basis[b][2 * i];
                q[2 * (i * k + b) + 1] = basis[b][2 * i + 1];
            }
            for (int j = 0; j < n; j++) {
                double[] d = dot(basis[b], cols[j], m);
                r[2 * (b * n + j)] = d[0];
                r[2 * (b * n + j) + 1] = d[1];
            }
        }
        return new ThinQr(q, r, k);
    }

    /** conj(x)·y. */
    private static double[] dot(double[] x, double[] y, int m) {
        double re = 0;
        double im = 0;
        for (int i = 0; i < 2 * m; i += 2) {
            re += x[i] * y[i] + x[i + 1] * y[i + 1];
            im += x[i] * y[i + 1] - x[i + 1] * y[i];
        }
        return new double[] {re, im};
    }

    /** v -= d·b. */
    private static void axpyMinus(double[] v, double[] d, double[] b, int m) {
        for (int i = 0; i < 2 * m; i += 2) {
            v[i] -= d[0] * b[i] - d[1] * b[i + 1];
            v[i + 1] -= d[0] * b[i + 1] + d[1] * b[i];
        }
    }
}
