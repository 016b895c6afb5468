package qtool.synthesis.rl;

import org.ejml.data.ZMatrixRMaj;

/**
 * Single-qubit unitaries up to global phase as unit quaternions {@code (a, b, c, d)} with
 * {@code U = a·I − i(b·X + c·Y + d·Z)}, so that a rotation {@code exp(−iθ n·σ/2)} is
 * {@code (cos θ/2, sin θ/2 · n)} and the matrix product is the Hamilton product. {@code q} and
 * {@code −q} are the same operator up to phase; the distance here ignores that sign.
 *
 * <p>Quaternions make the inner loops of the search four multiply-adds per gate instead of a complex
 * 2×2 product, and give the phase-invariant Frobenius distance in closed form:
 * {@code min over φ of ||U − e^{iφ}V||_F = 2·sqrt(1 − |⟨q_U, q_V⟩|)}.
 */
public final class Su2 {
    private Su2() {
    }

    /** The Hamilton product {@code p·q} into {@code out} (may alias neither input). */
    public static void multiply(double[] p, int po, double[] q, int qo, double[] out, int oo) {
        double a1 = p[po];
        double b1 = p[po + 1];
        double c1 = p[po + 2];
        double d1 = p[po + 3];
        double a2 = q[qo];
        double b2 = q[qo + 1];
        double c2 = q[qo + 2];
        double d2 = q[qo + 3];
        out[oo] = a1 * a2 - b1 * b2 - c1 * c2 - d1 * d2;
        out[oo + 1] = a1 * b2 + b1 * a2 + c1 * d2 - d1 * c2;
        out[oo + 2] = a1 * c2 - b1 * d2 + c1 * a2 + d1 * b2;
        out[oo + 3] = a1 * d2 + b1 * c2 - c1 * b2 + d1 * a2;
    }

    public static double[] multiply(double[] p, double[] q) {
        double[] out = new double[4];
        multiply(p, 0, q, 0, out, 0);
        return out;
    }

    /** The inverse (adjoint) of a unit quaternion. */
    public static double[] conjugate(double[] q) {
        return new double[] {q[0], -q[1], -q[2], -q[3]};
    }

    /** {@code |⟨p, q⟩|}: 1 exactly when the two operators agree up to phase. */
    public static double overlap(double[] p, int po, double[] q, int qo) {
        return Math.abs(p[po] * q[qo] + p[po + 1] * q[qo + 1] + p[po + 2] * q[qo + 2] + p[po + 3] * q[qo + 3]);
    }

    /** Frobenius distance up to global phase between the two operators. */
    public static double distance(double[] p, int po, double[] q, int qo) {
        return 2 * Math.sqrt(Math.max(0, 1 - overlap(p, po, q, qo)));
    }

    /** Frobenius distance up to global phase from the identity. */
    public static double distanceToIdentity(double[] q, int o) {
        return 2 * Math.sqrt(Math.max(0, 1 - Math.abs(q[o])));
    }

    /** Rescales to unit length, undoing rounding drift after long products. */
    public static void normalize(double[] q, int o) {
        double n = Math.sqrt(q[o] * q[o] + q[o + 1] * q[o + 1] + q[o + 2] * q[o + 2] + q[o + 3] * q[o + 3]);
        for (int i = 0; i < 4; i++) {
            q[o + i] /= n;
        }
    }

    /**
     * The quaternion of a 2×2 unitary given by real and imaginary parts: the matrix is divided by a
     * square root of its determinant (removing the global phase) and projected onto the quaternion
     * form. Throws IllegalArgumentException when the matrix is not 2×2 or not unitary within 1e-6.
     */
    public static double[] fromMatrix(double[][] re, double[][] im) {
        if (re.length != 2 || im.length != 2 || re[0].length != 2 || re[1].length != 2 || im[0].length != 2
                || im[1].length != 2) {
            throw new IllegalArgumentException("a single-qubit unitary must be a 2x2 matrix");
        }
        double[] u = {re[0][0], im[0][0], re[0][1], im[0][1], re[1][0], im[1][0], re[1][1], im[1][1]};
        for (double v : u) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("matrix entries must be finite numbers");
            }
        }
        // U†U = I within tolerance.
        double n0 = u[0] * u[0] + u[1] * u[1] + u[4] * u[4] + u[5] * u[5];
        double n1 = u[2] * u[2] + u[3] * u[3] + u[6] * u[6] + u[7] * u[7];
        double offRe = u[0] * u[2] + u[1] * u[3] + u[4] * u[6] + u[5] * u[7];
        double offIm = u[0] * u[3] - u[1] * u[2] + u[4] * u[7] - u[5] * u[6];
        if (Math.abs(n0 - 1) > 1e-6 || Math.abs(n1 - 1) > 1e-6 || Math.hypot(offRe, offIm) > 1e-6) {
            throw new IllegalArgumentException("the matrix is not unitary (tolerance 1e-6)");
        }
        double detRe = u[0] * u[6] - u[1] * u[7] - (u[2] * u[4] - u[3] * u[5]);
        double detIm = u[0] * u[7] + u[1] * u[6] - (u[2] * u[5] + u[3] * u[4]);
        double half = -Math.atan2(detIm, detRe) / 2;
        double cr = Math.cos(half);
        double ci = Math.sin(half);
        double[] v = new double[8];
        for (int k = 0; k < 8; k += 2) {
            v[k] = u[k] * cr - u[k + 1] * ci;
            v[k + 1] = u[k] * ci + u[k + 1] * cr;
        }
        // v = [[a − id, −c − ib], [c − ib, a + id]]; average the redundant entries.
        double a = (v[0] + v[6]) / 2;
        double d = (v[7] - v[1]) / 2;
        double c = (v[4] - v[2]) / 2;
        double b = -(v[5] + v[3]) / 2;
        double[] q = {a, b, c, d};
        normalize(q, 0);
        return q;
    }

    /** The quaternion of an EJML 2×2 matrix. */
    public static double[] fromMatrix(ZMatrixRMaj m) {
        double[][] re = new double[2][2];
        double[][] im = new double[2][2];
        for (int r = 0; r < 2; r++) {
            for (int c = 0; c < 2; c++) {
                re[r][c] = m.data[2 * (2 * r + c)];
                im[r][c] = m.data[2 * (2 * r + c) + 1];
            }
        }
        return fromMatrix(re, im);
    }

    /** The SU(2) matrix {@code [[a − id, −c − ib], [c − ib, a + id]]} as interleaved (re, im), row-major. */
    public static double[] toMatrix(double[] q, int o) {
        double a = q[o];
        double b = q[o + 1];
        double c = q[o + 2];
        double d = q[o + 3];
        return new double[] {a, -d, -c, -b, c, -b, a, d};
    }

    /**
     * The sign (±1) that picks one representative of {@code ±q}: that of the first coordinate whose
     * magnitude exceeds 1e-12, so that exact zeros (Clifford gates) do not split a class by the sign
     * of a rounding error.
     */
    public static double canonicalSign(double[] q, int o) {
        for (int i = 0; i < 4; i++) {
            if (Math.abs(q[o + i]) > 1e-12) {
                return q[o + i] < 0 ? -1 : 1;
            }
        }
        return 1;
    }

    /**
     * The eight reals the Q-network reads, as in the authors' code: real parts then imaginary parts of
     * the 2×2 matrix, row-major, of the representative chosen by {@link #canonicalSign}.
     */
    public static void encode(double[] q, int o, double[] out, int oo) {
        double s = canonicalSign(q, o);
        double a = s * q[o];
        double b = s * q[o + 1];
        double c = s * q[o + 2];
        double d = s * q[o + 3];
        out[oo] = a;
        out[oo + 1] = -c;
        out[oo + 2] = c;
        out[oo + 3] = a;
        out[oo + 4] = -d;
        out[oo + 5] = -b;
        out[oo + 6] = -b;
        out[oo + 7] = d;
    }
}
