package qtool.mps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ComplexSvdTest {
    /** Random m x n matrices with singular values spread over many decades, both shapes. */
    @Test
    void reconstructsWithOrthonormalFactorsAndGradedValues() {
        for (int seed = 0; seed < 10; seed++) {
            Random rnd = new Random(seed);
            int m = 2 + rnd.nextInt(40);
            int n = 2 + rnd.nextInt(40);
            int k = Math.min(m, n);
            // A = Q1 diag(σ) Q2 with σ_j = 10^{-j·12/k}: graded like an MPS spectrum.
            double[] q1 = orthonormalColumns(m, k, rnd);
            double[] q2 = orthonormalColumns(n, k, rnd);
            double[] sigma = new double[k];
            for (int j = 0; j < k; j++) {
                sigma[j] = Math.pow(10, -12.0 * j / k);
            }
            double[] a = new double[2 * m * n];
            for (int i = 0; i < m; i++) {
                for (int c = 0; c < n; c++) {
                    for (int j = 0; j < k; j++) {
                        // Q1[i, j] σ_j conj(Q2[c, j])
                        double xr = q1[2 * (i * k + j)] * sigma[j];
                        double xi = q1[2 * (i * k + j) + 1] * sigma[j];
                        double yr = q2[2 * (c * k + j)];
                        double yi = -q2[2 * (c * k + j) + 1];
                        a[2 * (i * n + c)] += xr * yr - xi * yi;
                        a[2 * (i * n + c) + 1] += xr * yi + xi * yr;
                    }
                }
            }
            ComplexSvd svd = ComplexSvd.of(a, m, n);
            for (int j = 0; j < k; j++) {
                assertEquals(sigma[j], svd.s[j], 1e-13 + 1e-10 * sigma[j], "seed " + seed + " value " + j);
            }
            double[] usvh = new double[2 * m * n];
            for (int i = 0; i < m; i++) {
                for (int c = 0; c < n; c++) {
                    for (int j = 0; j < k; j++) {
                        double xr = svd.u[2 * (i * k + j)] * svd.s[j];
                        double xi = svd.u[2 * (i * k + j) + 1] * svd.s[j];
                        double yr = svd.vh[2 * (j * n + c)];
                        double yi = svd.vh[2 * (j * n + c) + 1];
                        usvh[2 * (i * n + c)] += xr * yr - xi * yi;
                        usvh[2 * (i * n + c) + 1] += xr * yi + xi * yr;
                    }
                }
            }
            for (int i = 0; i < a.length; i++) {
                assertEquals(a[i], usvh[i], 1e-13, "seed " + seed);
            }
            assertOrthonormalColumns(svd.u, m, k, seed);
            assertOrthonormalColumns(Contractions.transpose(svd.vh, k, n), n, k, seed);
            // Without Vh: the same U and s (Vh left out only when A has no more columns than rows).
            ComplexSvd left = ComplexSvd.of(a, m, n, false);
            assertEquals(n <= m, left.vh == null, "seed " + seed);
            for (int j = 0; j < k; j++) {
                assertEquals(svd.s[j], left.s[j], 1e-15, "seed " + seed);
            }
            for (int i = 0; i < svd.u.length; i++) {
                assertEquals(svd.u[i], left.u[i], 1e-15, "seed " + seed);
            }
        }
    }

    private static void assertOrthonormalColumns(double[] q, int rows, int cols, int seed) {
        double[] gram = Contractions.adjointTimes(q, rows, cols, q, cols);
        for (int i = 0; i < cols; i++) {
            for (int j = 0; j < cols; j++) {
                double expected = i == j ? 1 : 0;
                assertTrue(Math.abs(gram[2 * (i * cols + j)] - expected) < 1e-12
                        && Math.abs(gram[2 * (i * cols + j) + 1]) < 1e-12, "seed " + seed + " gram " + i + "," + j);
            }
        }
    }

    private static double[] orthonormalColumns(int rows, int cols, Random rnd) {
        double[] g = new double[2 * rows * cols];
        for (int i = 0; i < g.length; i++) {
            g[i] = rnd.nextGaussian();
        }
        ThinQr qr = ThinQr.of(g, rows, cols);
        return qr.q;
    }
}
