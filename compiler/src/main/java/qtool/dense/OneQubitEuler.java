package qtool.dense;

import java.util.List;
import org.ejml.data.ZMatrixRMaj;
import qtool.ir.Gate;
import qtool.ir.GateCall;
import qtool.ir.Param;

/**
 * Exact one-qubit algebra: the decomposition of any 2x2 unitary into the table's {@code U} gate
 * and a global phase, and principal-branch real powers of 2x2 unitaries.
 *
 * <p>Used by {@link Gate#power} ({@code pow(0.5) @ h}) and by basis translation. "Exact" means to
 * rounding: the reconstructed matrix agrees entry by entry within a few ulps, phase included.
 */
public final class OneQubitEuler {
    /** Inputs further than this from unitary are rejected as a misuse. */
    private static final double UNITARY_TOL = 1e-6;

    private OneQubitEuler() {
    }

    /**
     * Angles with {@code matrix == e^{i phase} · Gate.U(theta, phi, lambda)}, where {@code theta} is
     * in [0, pi] and {@code phi}, {@code lambda}, {@code phase} are in (-pi, pi].
     */
    public record Angles(double theta, double phi, double lambda, double phase) {
        /**
         * The global phase relative to the textbook matrix {@code u(θ,φ,λ)} (qelib1's {@code u},
         * Qiskit's UGate) instead of the OpenQASM 3 {@code U}: {@code matrix == e^{i·this} u(θ,φ,λ)};
         * it is {@code cu}'s γ for the controlled matrix.
         */
        public double uGatePhase() {
            return wrap(phase + theta / 2);
        }

        /** {@code U(θ,φ,λ)} followed by {@code gphase(phase)}, the latter omitted when the phase is 0. */
        public List<GateCall> toGateCalls() {
            GateCall u = GateCall.of(Gate.U, Param.constant(theta), Param.constant(phi), Param.constant(lambda));
            return phase == 0 ? List.of(u) : List.of(u, GateCall.of(Gate.GPHASE, Param.constant(phase)));
        }

        /** The matrix these angles describe. */
        public ZMatrixRMaj matrix() {
            return Matrices.phase(Gate.U.matrix(theta, phi, lambda), phase);
        }
    }

    /** Decomposes a 2x2 unitary; throws {@link IllegalArgumentException} for other matrices. */
    public static Angles decompose(ZMatrixRMaj m) {
        checkUnitary2x2(m);
        double ar = m.getReal(0, 0), ai = m.getImag(0, 0);
        double br = m.getReal(0, 1), bi = m.getImag(0, 1);
        double cr = m.getReal(1, 0), ci = m.getImag(1, 0);
        double dr = m.getReal(1, 1), di = m.getImag(1, 1);
        double absA = Math.hypot(ar, ai);
        double absC = Math.hypot(cr, ci);
        // Average the two moduli of each kind: both equal cos(θ/2) (or sin) for a unitary.
        double cosHalf = (absA + Math.hypot(dr, di)) / 2;
        double sinHalf = (Math.hypot(br, bi) + absC) / 2;
        double theta = 2 * Math.atan2(sinHalf, cosHalf);
        // m = e^{iα} [[c, -e^{iλ}s], [e^{iφ}s, e^{i(φ+λ)}c]]: read α, φ, λ from the larger entries so
        // that rounding noise in a vanishing entry cannot pick an angle that matters.
        double alpha;
        double phi;
        double lambda;
        if (absA >= absC) {
            alpha = Math.atan2(ai, ar);
            double sum = Math.atan2(di, dr) - alpha;
            phi = absC == 0 ? 0 : Math.atan2(ci, cr) - alpha;
            lambda = sum - phi;
        } else {
            double alphaPhi = Math.atan2(ci, cr);
            double alphaLambda = Math.atan2(-bi, -br);
            alpha = absA == 0 ? alphaLambda : Math.atan2(ai, ar);
            phi = alphaPhi - alpha;
            lambda = alphaLambda - alpha;
        }
        // U(θ,φ,λ) = e^{iθ/2} u(θ,φ,λ), so the phase relative to U is α - θ/2.
        return new Angles(theta, wrap(phi), wrap(lambda), wrap(alpha - theta / 2));
    }

    /**
     * {@code m^k} for a 2x2 unitary on the principal branch: each eigenphase is taken in (-pi, pi]
     * and multiplied by k. So {@code x^0.5 == sx}, {@code z^0.5 == s}, as OpenQASM 3 defines them.
     */
    public static ZMatrixRMaj power(ZMatrixRMaj m, double k) {
        checkUnitary2x2(m);
        double ar = m.getReal(0, 0), ai = m.getImag(0, 0);
        double br = m.getReal(0, 1), bi = m.getImag(0, 1);
        double cr = m.getReal(1, 0), ci = m.getImag(1, 0);
        double dr = m.getReal(1, 1), di = m.getImag(1, 1);
        // m = e^{iα} V with V in SU(2): V = a0 I - i (a1 X + a2 Y + a3 Z).
        double detRe = ar * dr - ai * di - (br * cr - bi * ci);
        double detIm = ar * di + ai * dr - (br * ci + bi * cr);
        double alpha = Math.atan2(detIm, detRe) / 2;
        double ca = Math.cos(-alpha);
        double sa = Math.sin(-alpha);
        // Entries of V = e^{-iα} m.
        double v00r = ar * ca - ai * sa, v00i = ar * sa + ai * ca;
        double v01r = br * ca - bi * sa, v01i = br * sa + bi * ca;
        double v10r = cr * ca - ci * sa, v10i = cr * sa + ci * ca;
        double v11r = dr * ca - di * sa, v11i = dr * sa + di * ca;
        double a0 = (v00r + v11r) / 2;
        double a1 = -(v01i + v10i) / 2;
        double a2 = (v10r - v01r) / 2;
        double a3 = (v11i - v00i) / 2;
        double norm = Math.sqrt(a1 * a1 + a2 * a2 + a3 * a3);
        double beta = Math.atan2(norm, a0);
        double n1 = norm == 0 ? 0 : a1 / norm;
        double n2 = norm == 0 ? 0 : a2 / norm;
        double n3 = norm == 0 ? 1 : a3 / norm;
        // Eigenvalue e^{i(α-β)} on the +1 eigenspace of n·σ, e^{i(α+β)} on the -1 eigenspace.
        double t1 = k * wrap(alpha - beta);
        double t2 = k * wrap(alpha + beta);
        double e1r = Math.cos(t1), e1i = Math.sin(t1);
        double e2r = Math.cos(t2), e2i = Math.sin(t2);
        // m^k = e1 (I + n·σ)/2 + e2 (I - n·σ)/2 = (e1 + e2)/2 I + (e1 - e2)/2 n·σ.
        double sr = (e1r + e2r) / 2, si = (e1i + e2i) / 2;
        double dfr = (e1r - e2r) / 2, dfi = (e1i - e2i) / 2;
        ZMatrixRMaj out = new ZMatrixRMaj(2, 2);
        // n·σ = [[n3, n1 - i n2], [n1 + i n2, -n3]].
        out.set(0, 0, sr + dfr * n3, si + dfi * n3);
        out.set(1, 1, sr - dfr * n3, si - dfi * n3);
        out.set(0, 1, dfr * n1 + dfi * n2, dfi * n1 - dfr * n2);
        out.set(1, 0, dfr * n1 - dfi * n2, dfi * n1 + dfr * n2);
        return out;
    }

    /** An angle in (-pi, pi]. */
    static double wrap(double a) {
        double r = Math.IEEEremainder(a, 2 * Math.PI);
        return r <= -Math.PI ? r + 2 * Math.PI : r;
    }

    private static void checkUnitary2x2(ZMatrixRMaj m) {
        if (m.numRows != 2 || m.numCols != 2) {
            throw new IllegalArgumentException("expected a 2x2 matrix, got " + m.numRows + "x" + m.numCols);
        }
        if (!Matrices.isUnitary(m, UNITARY_TOL)) {
            throw new IllegalArgumentException("matrix is not unitary:\n" + Matrices.toString(m));
        }
    }
}
