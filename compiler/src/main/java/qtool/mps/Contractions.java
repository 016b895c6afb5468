package qtool.mps;

/**
 * The few tensor contractions an MPS needs, on row-major arrays of interleaved complex numbers:
 * matrix products, the two-site block, a gate on that block and the transfer step of an overlap.
 * Plain loops with the innermost index contiguous; no allocation beyond the result.
 */
public final class Contractions {
    private Contractions() {
    }

    /** {@code C = A·B} for {@code A (m x k)} and {@code B (k x n)}. */
    public static double[] multiply(double[] a, int m, int k, double[] b, int n) {
        double[] c = new double[2 * m * n];
        for (int i = 0; i < m; i++) {
            int ci = 2 * i * n;
            for (int p = 0; p < k; p++) {
                double ar = a[2 * (i * k + p)];
                double ai = a[2 * (i * k + p) + 1];
                if (ar == 0 && ai == 0) {
                    continue;
                }
                int bp = 2 * p * n;
                addScaled(ar, ai, b, bp, c, ci, n);
            }
        }
        return c;
    }

    /** {@code C = A†·B} for {@code A (k x m)} and {@code B (k x n)}: C is m x n. */
    public static double[] adjointTimes(double[] a, int k, int m, double[] b, int n) {
        double[] c = new double[2 * m * n];
        for (int p = 0; p < k; p++) {
            int bp = 2 * p * n;
            for (int i = 0; i < m; i++) {
                double ar = a[2 * (p * m + i)];
                double ai = -a[2 * (p * m + i) + 1];
                if (ar == 0 && ai == 0) {
                    continue;
                }
                int ci = 2 * i * n;
                addScaled(ar, ai, b, bp, c, ci, n);
            }
        }
        return c;
    }

    /**
     * {@code c[ci..] += (ar + i·ai) · b[bp..]} over {@code n} complex entries: the inner loop of every
     * product here, contiguous in both arrays.
     */
    public static void addScaled(double ar, double ai, double[] b, int bp, double[] c, int ci, int n) {
        for (int j = 0; j < 2 * n; j += 2) {
            double br = b[bp + j];
            double bi = b[bp + j + 1];
            c[ci + j] += ar * br - ai * bi;
            c[ci + j + 1] += ar * bi + ai * br;
        }
    }

    /** The block {@code θ[l, s1, s2, r] = Σ_m A[l, s1, m] B[m, s2, r]}, as a (2·dl) x (2·dr) matrix. */
    public static double[] twoSite(double[] a, double[] b, int dl, int dm, int dr) {
        return multiply(a, 2 * dl, dm, b, 2 * dr);
    }

    /** {@code θ'[l, t1, t2, r] = Σ g[(t1 t2), (s1 s2)] θ[l, s1, s2, r]} for a 4x4 gate g. */
    public static double[] applyTwoSiteGate(double[] theta, double[] g, int dl, int dr) {
        double[] out = new double[theta.length];
        int stride = 2 * dr;
        for (int l = 0; l < dl; l++) {
            for (int t = 0; t < 4; t++) {
                int t1 = t >> 1;
                int t2 = t & 1;
                int o = 2 * (((l * 2 + t1) * 2 + t2) * dr);
                for (int s = 0; s < 4; s++) {
                    double gr = g[2 * (4 * t + s)];
                    double gi = g[2 * (4 * t + s) + 1];
                    if (gr == 0 && gi == 0) {
                        continue;
                    }
                    int in = 2 * (((l * 2 + (s >> 1)) * 2 + (s & 1)) * dr);
                    for (int r = 0; r < stride; r += 2) {
                        double xr = theta[in + r];
                        double xi = theta[in + r + 1];
                        out[o + r] += gr * xr - gi * xi;
                        out[o + r + 1] += gr * xi + gi * xr;
                    }
                }
            }
        }
        return out;
    }

    /**
     * One step of ⟨a|b⟩ from the left: {@code E'[x', y'] = Σ conj(A[x, s, x']) E[x, y] B[y, s, y']} for
     * an environment {@code E (da x db)} and site tensors {@code A (da, 2, da2)}, {@code B (db, 2, db2)}.
     */
    public static double[] transfer(double[] env, int da, int db, double[] a, double[] b, int da2, int db2) {
        return transfer(env, da, db, a, b, da2, db2, 2);
    }

    /** As {@link #transfer(double[], int, int, double[], double[], int, int)} with physical dimension d. */
    public static double[] transfer(double[] env, int da, int db, double[] a, double[] b, int da2, int db2, int d) {
        // T[x, s, y'] = Σ_y E[x, y] B[y, s, y']: (da) x (db) times (db) x (d·db2).
        double[] t = multiply(env, da, db, b, d * db2);
        // E'[x', y'] = Σ_{x,s} conj(A[(x s), x']) T[(x s), y']: A as (d·da) x da2, T as (d·da) x db2.
        return adjointTimes(a, d * da, da2, t, db2);
    }

    /**
     * One step of ⟨a|b⟩ from the right: {@code F'[x, y] = Σ conj(A[x, s, x']) F[x', y'] B[y, s, y']} for
     * {@code F (da2 x db2)}, giving {@code da x db}.
     */
    public static double[] transferRight(double[] env, int da2, int db2, double[] a, double[] b, int da, int db) {
        return transferRight(env, da2, db2, a, b, da, db, 2);
    }

    /** As {@link #transferRight(double[], int, int, double[], double[], int, int)} with physical dimension d. */
    public static double[] transferRight(double[] env, int da2, int db2, double[] a, double[] b, int da, int db, int d) {
        // T[y, s, x'] = Σ_y' B[y, s, y'] F[x', y']^T: B as (d·db) x db2 times F^T (db2 x da2).
        double[] ft = transpose(env, da2, db2);
        double[] t = multiply(b, d * db, db2, ft, da2);
        // F'[x, y] = Σ_{s, x'} conj(A[x, (s x')]) T[y, (s x')]: conj(A) (da x d·da2) times T^T.
        double[] out = new double[2 * da * db];
        int w = d * da2;
        for (int x = 0; x < da; x++) {
            for (int y = 0; y < db; y++) {
                double re = 0;
                double im = 0;
                int ao = 2 * x * w;
                int to = 2 * y * w;
                for (int j = 0; j < 2 * w; j += 2) {
                    double ar = a[ao + j];
                    double ai = -a[ao + j + 1];
                    double tr = t[to + j];
                    double ti = t[to + j + 1];
                    re += ar * tr - ai * ti;
                    im += ar * ti + ai * tr;
                }
                out[2 * (x * db + y)] = re;
                out[2 * (x * db + y) + 1] = im;
            }
        }
        return out;
    }

    /** The transpose (not conjugated) of an m x n matrix. */
    public static double[] transpose(double[] a, int m, int n) {
        double[] t = new double[a.length];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                t[2 * (j * m + i)] = a[2 * (i * n + j)];
                t[2 * (j * m + i) + 1] = a[2 * (i * n + j) + 1];
            }
        }
        return t;
    }
}
