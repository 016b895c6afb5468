package qtool.synthesis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ejml.data.ZMatrixRMaj;
import qtool.dense.CircuitMatrices;
import qtool.dense.Matrices;
import qtool.dense.OneQubitEuler;
import qtool.ir.Gate;
import qtool.ir.GateCall;
import qtool.ir.Param;

/**
 * Any one-qubit unitary as a short sequence of one basis family's gates plus an exact global
 * phase: ZYZ in the {@code U}/{@code u}/{@code u3} single-gate forms or as rz·ry·rz, ZXZ
 * (rz·rx·rz, for neutral atoms and ions), and ZSX (rz·sx·rz·sx·rz, optionally with x, as IBM
 * hardware runs it).
 *
 * <p>Every family is a fixed template over the textbook angles of
 * {@code e^{iγ} u(θ, φ, λ) = e^{iγ} p(φ) ry(θ) p(λ)}, derived from
 * {@code rz(φ) ry(θ) rz(λ) = e^{-i(φ+λ)/2} u(θ,φ,λ)} and, for ZSX,
 * {@code rz(φ+π) sx rz(θ+π) sx rz(λ) = e^{-iπ/2} rz(φ) ry(θ) rz(λ)} (the approach of Qiskit's
 * {@code OneQubitEulerDecomposer}; the identities are in Nielsen–Chuang §4.2). Because the
 * templates are linear in the angles, the same code serves numeric matrices (angles from
 * {@link OneQubitEuler}) and symbolic rotation gates ({@code rx(theta)} with a free
 * {@code theta}), keeping parameters symbolic. For numeric angles, rotations within the tolerance
 * of the identity are dropped and the short forms are used (θ ≈ 0: one rz; θ ≈ π/2: one sx;
 * θ ≈ π with x available: one x). Rotation angles are reduced to (-2π, 2π] with the sign change
 * ({@code rz(α+2π) = -rz(α)}) moved into the phase, so the phase stays exact. Numeric results are
 * checked against the input matrix before they are returned. Cost: O(1) per gate.
 */
public final class EulerDecomposer {
    /** Accepted reconstruction error of a numeric decomposition (max entry modulus). */
    public static final double CHECK_TOL = 1e-9;
    /** Default tolerance below which a rotation angle counts as zero. */
    public static final double DEFAULT_TOL = 1e-12;

    /** A family of one-qubit basis gates. */
    public enum Basis {
        /** The OpenQASM 3 built-in {@code U}. */
        U(EnumSet.of(Gate.U)),
        /** Qiskit's / qelib1's {@code u}. */
        UGATE(EnumSet.of(Gate.UGATE)),
        /** {@code u3}. */
        U3(EnumSet.of(Gate.U3)),
        /** rz ry rz. */
        ZYZ(EnumSet.of(Gate.RZ, Gate.RY)),
        /** rz rx rz. */
        ZXZ(EnumSet.of(Gate.RZ, Gate.RX)),
        /** rz sx rz sx rz. */
        ZSX(EnumSet.of(Gate.RZ, Gate.SX)),
        /** As ZSX, with x for θ = π. */
        ZSXX(EnumSet.of(Gate.RZ, Gate.SX, Gate.X));

        private final Set<Gate> gates;

        Basis(Set<Gate> gates) {
            this.gates = Collections.unmodifiableSet(gates);
        }

        /** The gates this family emits. */
        public Set<Gate> gates() {
            return gates;
        }

        /**
         * The family a set of basis gates supports, preferring hardware-native forms: ZSX(X), then
         * the single-gate forms U, u, u3, then ZYZ, ZXZ; empty when none fits.
         */
        public static Optional<Basis> forGates(Set<Gate> basis) {
            for (Basis b : List.of(ZSXX, ZSX, U, UGATE, U3, ZYZ, ZXZ)) {
                if (basis.containsAll(b.gates)) {
                    return Optional.of(b);
                }
            }
            return Optional.empty();
        }
    }

    private final Basis basis;
    private final double tol;

    public EulerDecomposer(Basis basis) {
        this(basis, DEFAULT_TOL);
    }

    /** {@code tolerance}: numeric angles within it of zero (mod the gate's period) are dropped. */
    public EulerDecomposer(Basis basis, double tolerance) {
        this.basis = basis;
        this.tol = tolerance;
    }

    public Basis basis() {
        return basis;
    }

    /**
     * The gates (in time order) and, last, a {@code gphase} call when the phase is not zero, whose
     * product equals {@code m} exactly (to rounding). Throws {@link IllegalArgumentException} for a
     * non-unitary or non-2x2 input.
     */
    public List<GateCall> decompose(ZMatrixRMaj m) {
        OneQubitEuler.Angles a = OneQubitEuler.decompose(m);
        List<GateCall> out = template(c(a.theta()), c(a.phi()), c(a.lambda()), c(a.uGatePhase()));
        double err = Matrices.maxAbsDiff(CircuitMatrices.ofCalls(out, 1, Map.of()), m);
        if (!(err <= CHECK_TOL + 4 * tol)) {
            throw new IllegalStateException(basis + " decomposition error " + err + " for\n" + Matrices.toString(m));
        }
        return out;
    }

    /**
     * A one-qubit table gate with possibly symbolic parameters, as this family's gates and a final
     * {@code gphase}: exact for every parameter value. Constant gates go through the matrix.
     * Throws {@link IllegalArgumentException} for gates that are not one-qubit unitaries.
     */
    public List<GateCall> decompose(Gate g, List<Param> params) {
        if (g.numQubits() != 1 || !g.is(qtool.ir.GateFlag.UNITARY)) {
            throw new IllegalArgumentException(g.canonicalName() + " is not a one-qubit gate");
        }
        if (params.stream().allMatch(Param::isConstant)) {
            double[] v = new double[params.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = params.get(i).value();
            }
            return decompose(g.matrix(v));
        }
        Param[] tpl = textbookAngles(g, params);
        return template(tpl[0], tpl[1], tpl[2], tpl[3]);
    }

    /**
     * {@code (θ, φ, λ, γ)} with {@code g(params) = e^{iγ} u(θ, φ, λ)} as parameter expressions,
     * read off the gate table's definitions (U carries e^{iθ/2}, u3 and u2 carry e^{-i(φ+λ)/2}).
     */
    private static Param[] textbookAngles(Gate g, List<Param> p) {
        Param zero = c(0);
        switch (g) {
            case RZ: return new Param[] {zero, zero, p.get(0), p.get(0).negate().dividedBy(c(2))};
            case P: return new Param[] {zero, zero, p.get(0), zero};
            case RX: return new Param[] {p.get(0), c(-Math.PI / 2), c(Math.PI / 2), zero};
            case RY: return new Param[] {p.get(0), zero, zero, zero};
            case U: return new Param[] {p.get(0), p.get(1), p.get(2), p.get(0).dividedBy(c(2))};
            case UGATE: return new Param[] {p.get(0), p.get(1), p.get(2), zero};
            case U3: return new Param[] {p.get(0), p.get(1), p.get(2), halfSumNeg(p.get(1), p.get(2))};
            case U2: return new Param[] {c(Math.PI / 2), p.get(0), p.get(1), halfSumNeg(p.get(0), p.get(1))};
            case U0: return new Param[] {zero, zero, zero, zero};
            default:
                throw new IllegalArgumentException("no symbolic Euler form for " + g.canonicalName() + p);
        }
    }

    /** The family's gates for {@code e^{iγ} u(θ, φ, λ)}, then gphase. */
    private List<GateCall> template(Param theta, Param phi, Param lambda, Param gamma) {
        Seq s = new Seq(gamma);
        switch (basis) {
            case U:
                if (!s.identity(theta, phi, lambda)) {
                    s.add(Gate.U, theta, phi, lambda);
                    s.phase(theta.dividedBy(c(-2)));
                }
                break;
            case UGATE:
                if (!s.identity(theta, phi, lambda)) {
                    s.add(Gate.UGATE, theta, phi, lambda);
                }
                break;
            case U3:
                if (!s.identity(theta, phi, lambda)) {
                    s.add(Gate.U3, theta, phi, lambda);
                    s.phase(add(phi, lambda).dividedBy(c(2)));
                }
                break;
            case ZYZ:
            case ZXZ:
                s.phase(add(phi, lambda).dividedBy(c(2)));
                if (s.isZero(theta)) {
                    s.rot(Gate.RZ, add(phi, lambda));
                } else if (basis == Basis.ZYZ) {
                    s.rot(Gate.RZ, lambda);
                    s.rot(Gate.RY, theta);
                    s.rot(Gate.RZ, phi);
                } else {
                    // ry(θ) = rz(π/2) rx(θ) rz(-π/2) as matrices.
                    s.rot(Gate.RZ, add(lambda, c(-Math.PI / 2)));
                    s.rot(Gate.RX, theta);
                    s.rot(Gate.RZ, add(phi, c(Math.PI / 2)));
                }
                break;
            default:
                s.phase(add(phi, lambda).dividedBy(c(2)));
                if (s.isZero(theta)) {
                    s.rot(Gate.RZ, add(phi, lambda));
                } else if (s.isNear(theta, Math.PI / 2)) {
                    // ry(π/2) = e^{-iπ/4} rz(π/2) sx rz(-π/2).
                    s.rot(Gate.RZ, add(lambda, c(-Math.PI / 2)));
                    s.add(Gate.SX);
                    s.rot(Gate.RZ, add(phi, c(Math.PI / 2)));
                    s.phase(c(-Math.PI / 4));
                } else if (basis == Basis.ZSXX && s.isNear(theta, Math.PI)) {
                    // ry(π) = -i rz(π/2) x rz(-π/2), and rz(α) x = x rz(-α) folds the two rz into one:
                    // rz(φ) ry(π) rz(λ) = -i x rz(λ - φ - π).
                    s.rot(Gate.RZ, add(lambda, add(phi.negate(), c(-Math.PI))));
                    s.add(Gate.X);
                    s.phase(c(-Math.PI / 2));
                } else {
                    s.rot(Gate.RZ, lambda);
                    s.add(Gate.SX);
                    s.rot(Gate.RZ, add(theta, c(Math.PI)));
                    s.add(Gate.SX);
                    s.rot(Gate.RZ, add(phi, c(Math.PI)));
                    s.phase(c(Math.PI / 2));
                }
                break;
        }
        return s.finish();
    }

    /** Accumulates gates and a phase (constant part kept as a double so it can be wrapped). */
    private final class Seq {
        private final List<GateCall> calls = new ArrayList<>();
        private double constPhase;
        private Param symPhase;

        Seq(Param gamma) {
            phase(gamma);
        }

        void phase(Param p) {
            if (p.isConstant()) {
                constPhase += p.value();
            } else {
                symPhase = symPhase == null ? p : symPhase.plus(p);
            }
        }

        void add(Gate g, Param... params) {
            calls.add(new GateCall(g, List.of(params)));
        }

        /** A constant θ within the tolerance of 0 (θ is not periodic in u(θ,φ,λ): u(2π,..) = -u(0,..)). */
        boolean isZero(Param p) {
            return isNear(p, 0);
        }

        boolean isNear(Param p, double v) {
            return p.isConstant() && Math.abs(p.value() - v) <= tol;
        }

        /** True when u(θ,φ,λ) = p(φ+λ) is the identity for constant angles. */
        boolean identity(Param theta, Param phi, Param lambda) {
            return isZero(theta) && phi.isConstant() && lambda.isConstant()
                    && Math.abs(wrap(phi.value() + lambda.value())) <= tol;
        }

        /**
         * A rotation (rz, ry, rx: period 4π, {@code rot(α + 2πm) = (-1)^m rot(α)}): a constant angle
         * is reduced to [-π, π] with the sign moved into the phase, and dropped when within the
         * tolerance of zero.
         */
        void rot(Gate g, Param angle) {
            if (angle.isConstant()) {
                double a = angle.value();
                long m = Math.round(a / (2 * Math.PI));
                a -= m * 2 * Math.PI;
                if ((m & 1) != 0) {
                    constPhase += Math.PI;
                }
                if (Math.abs(a) <= tol) {
                    return;
                }
                calls.add(GateCall.of(g, c(a)));
            } else {
                calls.add(GateCall.of(g, angle));
            }
        }

        List<GateCall> finish() {
            double w = wrap(constPhase);
            Param phase = symPhase == null ? c(w) : Math.abs(w) == 0 ? symPhase : symPhase.plus(c(w));
            if (!(phase.isConstant() && Math.abs(phase.value()) <= 1e-15)) {
                calls.add(GateCall.of(Gate.GPHASE, phase));
            }
            return Collections.unmodifiableList(calls);
        }
    }

    /** {@code a + b}, skipping constant zeros so symbolic output stays readable. */
    static Param add(Param a, Param b) {
        if (a.isConstant() && a.value() == 0) {
            return b;
        }
        if (b.isConstant() && b.value() == 0) {
            return a;
        }
        return a.plus(b);
    }

    private static Param halfSumNeg(Param a, Param b) {
        return add(a, b).negate().dividedBy(c(2));
    }

    /**
     * A numeric angle as a parameter, snapped to the nearest multiple of π/8 (zero included) when it
     * lies within {@value #SNAP} of one. The decomposition is checked afterwards with a far larger
     * tolerance, so snapping costs nothing in accuracy and turns rounding noise such as 1.5e-32 or
     * 0.7853981633974481 into 0 and {@code pi/4}, which print exactly.
     */
    private static Param c(double v) {
        double k = Math.rint(v / (Math.PI / 8));
        if (Math.abs(v - k * Math.PI / 8) < SNAP) {
            v = k == 0 ? 0.0 : Param.PI.times(Param.constant(k)).dividedBy(Param.constant(8)).value();
        }
        return Param.constant(v);
    }

    /** Distance from a multiple of π/8 below which an angle is taken to be that multiple. */
    static final double SNAP = 1e-12;

    /** An angle in (-π, π]. */
    static double wrap(double a) {
        double r = Math.IEEEremainder(a, 2 * Math.PI);
        return r <= -Math.PI ? r + 2 * Math.PI : r;
    }
}
