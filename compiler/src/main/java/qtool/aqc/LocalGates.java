package qtool.aqc;

/**
 * The small matrices of the ansatz as interleaved row-major complex arrays: the ZYZ rotation
 * {@code R(α, β, γ) = Rz(γ)·Ry(β)·Rz(α)} (rz(α) acts first), the interaction
 * {@code N(x, y, z) = rxx(x)·ryy(y)·rzz(z) = e^{-i(x XX + y YY + z ZZ)/2}} and their derivatives,
 * Kronecker and matrix products, and the inverse map from a 2x2 unitary to ZYZ angles.
 */
final class LocalGates {
    private LocalGates() {
    }

    static double[] rz(double t) {
        double c = Math.cos(t / 2);
        double s = Math.sin(t / 2);
        return new double[] {c, -s, 0, 0, 0, 0, c, s};
    }

    static double[] ry(double t) {
        double c = Math.cos(t / 2);
        double s = Math.sin(t / 2);
        return new double[] {c, 0, -s, 0, s, 0, c, 0};
    }

    /** {@code (-i/2)·P·m} for the 2x2 Pauli {@code 'Y'} or {@code 'Z'}. */
    static double[] halfPauliTimes(char p, double[] m) {
        double[] out = new double[8];
        for (int col = 0; col < 2; col++) {
            double r0 = m[2 * col];
            double i0 = m[2 * col + 1];
            double r1 = m[4 + 2 * col];
            double i1 = m[4 + 2 * col + 1];
            double a0r;
            double a0i;
            double a1r;
            double a1i;
            if (p == 'Z') {
                a0r = r0;
                a0i = i0;
                a1r = -r1;
                a1i = -i1;
            } else {
                // Y = [[0, -i], [i, 0]]
                a0r = i1;
                a0i = -r1;
                a1r = -i0;
                a1i = r0;
            }
            // times -i/2: (a r + i a i)(-i/2) = (a_i/2) + i(-a_r/2)
            out[2 * col] = a0i / 2;
            out[2 * col + 1] = -a0r / 2;
            out[4 + 2 * col] = a1i / 2;
            out[4 + 2 * col + 1] = -a1r / 2;
        }
        return out;
    }

    /** R(α, β, γ) and its three partial derivatives: {R, ∂α, ∂β, ∂γ}. */
    static double[][] rotationWithDerivatives(double alpha, double beta, double gamma) {
        double[] za = rz(alpha);
        double[] yb = ry(beta);
        double[] zg = rz(gamma);
        double[] yza = mul(yb, za, 2);
        double[] r = mul(zg, yza, 2);
        double[] dAlpha = mul(zg, mul(yb, halfPauliTimes('Z', za), 2), 2);
        double[] dBeta = mul(zg, halfPauliTimes('Y', yza), 2);
        double[] dGamma = halfPauliTimes('Z', r);
        return new double[][] {r, dAlpha, dBeta, dGamma};
    }

    static double[] rotation(double alpha, double beta, double gamma) {
        return mul(rz(gamma), mul(ry(beta), rz(alpha), 2), 2);
    }

    /**
     * N(x, y, z) and its derivatives {N, ∂x, ∂y, ∂z}. XX, YY and ZZ commute and are diagonal in the
     * Bell basis, so N is built there: on (|00>±|11>)/√2 the eigenvalues of (XX, YY, ZZ) are
     * (±1, ∓1, 1), on (|01>±|10>)/√2 they are (±1, ±1, −1).
     */
    static double[][] interactionWithDerivatives(double x, double y, double z) {
        double[][] eig = {{1, -1, 1}, {-1, 1, 1}, {1, 1, -1}, {-1, -1, -1}};
        // Bell vectors (real): Φ+ = (1,0,0,1)/√2, Φ- = (1,0,0,-1)/√2, Ψ+ = (0,1,1,0)/√2, Ψ- = (0,1,-1,0)/√2.
        double[][] bell = {{1, 0, 0, 1}, {1, 0, 0, -1}, {0, 1, 1, 0}, {0, 1, -1, 0}};
        double[][] out = new double[4][32];
        for (int k = 0; k < 4; k++) {
            double phase = -(x * eig[k][0] + y * eig[k][1] + z * eig[k][2]) / 2;
            double er = Math.cos(phase);
            double ei = Math.sin(phase);
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    double w = bell[k][i] * bell[k][j] / 2;
                    if (w == 0) {
                        continue;
                    }
                    int idx = 2 * (4 * i + j);
                    out[0][idx] += w * er;
                    out[0][idx + 1] += w * ei;
                    for (int d = 0; d < 3; d++) {
                        // d/dθ e^{iφ} with φ = -(θ·eig)/2: (-i eig/2) e^{iφ}
                        double f = -eig[k][d] / 2;
                        out[1 + d][idx] += w * (-f * ei);
                        out[1 + d][idx + 1] += w * (f * er);
                    }
                }
            }
        }
        return out;
    }

    /** Product of two d x d matrices. */
    static double[] mul(double[] a, double[] b, int d) {
        double[] c = new double[2 * d * d];
        for (int i = 0; i < d; i++) {
            for (int k = 0; k < d; k++) {
                double ar = a[2 * (i * d + k)];
                double ai = a[2 * (i * d + k) + 1];
                if (ar == 0 && ai == 0) {
                    continue;
                }
                for (int j = 0; j < d; j++) {
                    double br = b[2 * (k * d + j)];
                    double bi = b[2 * (k * d + j) + 1];
                    c[2 * (i * d + j)] += ar * br - ai * bi;
                    c[2 * (i * d + j) + 1] += ar * bi + ai * br;
                }
            }
        }
        return c;
    }

    /** {@code a ⊗ b} for 2x2 matrices, a on the high (first) operand. */
    static double[] kron(double[] a, double[] b) {
        double[] c = new double[32];
        for (int i1 = 0; i1 < 2; i1++) {
            for (int j1 = 0; j1 < 2; j1++) {
                double ar = a[2 * (2 * i1 + j1)];
                double ai = a[2 * (2 * i1 + j1) + 1];
                for (int i2 = 0; i2 < 2; i2++) {
                    for (int j2 = 0; j2 < 2; j2++) {
                        double br = b[2 * (2 * i2 + j2)];
                        double bi = b[2 * (2 * i2 + j2) + 1];
                        int idx = 2 * (4 * (2 * i1 + i2) + 2 * j1 + j2);
                        c[idx] = ar * br - ai * bi;
                        c[idx + 1] = ar * bi + ai * br;
                    }
                }
            }
        }
        return c;
    }

    /** The conjugate transpose of a d x d matrix. */
    static double[] adjoint(double[] a, int d) {
        double[] c = new double[a.length];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                c[2 * (j * d + i)] = a[2 * (i * d + j)];
                c[2 * (j * d + i) + 1] = -a[2 * (i * d + j) + 1];
            }
        }
        return c;
    }

    /**
     * ZYZ angles {α, β, γ} with {@code R(α, β, γ) = e^{iφ}·u} for a 2x2 unitary u (row-major
     * interleaved); the global phase φ is dropped.
     */
    static double[] zyzAngles(double[] u) {
        // det u = e^{2iφ}; divide by a square root of it to reach SU(2).
        double dr = u[0] * u[6] - u[1] * u[7] - (u[2] * u[4] - u[3] * u[5]);
        double di = u[0] * u[7] + u[1] * u[6] - (u[2] * u[5] + u[3] * u[4]);
        double half = Math.atan2(di, dr) / 2;
        double pr = Math.cos(-half);
        double pi = Math.sin(-half);
        double[] v = new double[8];
        for (int k = 0; k < 4; k++) {
            v[2 * k] = u[2 * k] * pr - u[2 * k + 1] * pi;
            v[2 * k + 1] = u[2 * k] * pi + u[2 * k + 1] * pr;
        }
        // v = [[e^{-i(γ+α)/2} c, -e^{-i(γ-α)/2} s], [e^{i(γ-α)/2} s, e^{i(γ+α)/2} c]]
        double c = Math.hypot(v[6], v[7]);
        double s = Math.hypot(v[4], v[5]);
        double beta = 2 * Math.atan2(s, c);
        double sum = c > 1e-12 ? 2 * Math.atan2(v[7], v[6]) : 0;
        double diff = s > 1e-12 ? 2 * Math.atan2(v[5], v[4]) : 0;
        double gamma = (sum + diff) / 2;
        double alpha = (sum - diff) / 2;
        return new double[] {alpha, beta, gamma};
    }
}
