package qtool.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ejml.data.ZMatrixRMaj;
import qtool.dense.Matrices;
import qtool.dense.OneQubitEuler;

/**
 * Inverse, control and power of table gates, kept out of {@link Gate} so the table stays a table.
 *
 * <p>Every answer is exact (equal matrices, global phase included), because OpenQASM 3 modifiers
 * are defined exactly and a controlled version turns any phase error into a relative one. Symbolic
 * parameters are handled wherever the rule is an angle formula; numeric rules (matrix powers) need
 * constant parameters.
 */
final class GateAlgebra {
    /** Integer powers without a closed form are spelled out up to this many repetitions. */
    private static final int MAX_REPEAT = 64;
    /** Tolerance for recognising a computed matrix as a fixed table gate (rounding only). */
    private static final double MATCH_TOL = 1e-14;

    private static final Set<Gate> SELF_INVERSE = EnumSet.of(Gate.ID, Gate.X, Gate.Y, Gate.Z, Gate.H, Gate.CX,
            Gate.CY, Gate.CZ, Gate.CH, Gate.SWAP, Gate.ECR, Gate.CCX, Gate.CCZ, Gate.CSWAP, Gate.RCCX, Gate.C3X,
            Gate.C4X, Gate.H_XY, Gate.H_YZ, Gate.XCX, Gate.XCY, Gate.XCZ, Gate.YCX, Gate.YCY, Gate.YCZ);
    /** Fixed gates whose inverse is another fixed gate, listed both ways. */
    private static final Map<Gate, Gate> ADJOINT_PAIRS = adjointPairs(Gate.S, Gate.SDG, Gate.T, Gate.TDG, Gate.SX,
            Gate.SXDG, Gate.CS, Gate.CSDG, Gate.SQRT_Y, Gate.SQRT_Y_DAG, Gate.C_XYZ,
            Gate.C_ZYX, Gate.SQRT_XX, Gate.SQRT_XX_DAG, Gate.SQRT_YY, Gate.SQRT_YY_DAG, Gate.SQRT_ZZ,
            Gate.SQRT_ZZ_DAG, Gate.CXSWAP, Gate.SWAPCX);
    /** Gates whose power scales every parameter: exp(-iθA)^k = exp(-ikθA). */
    private static final Set<Gate> ANGLE_SCALING = EnumSet.of(Gate.GPHASE, Gate.RX, Gate.RY, Gate.RZ, Gate.P,
            Gate.CRX, Gate.CRY, Gate.CRZ, Gate.CP, Gate.RXX, Gate.RYY, Gate.RZZ, Gate.RZX);
    /** Fixed one-qubit gates a numeric result may turn out to be. */
    private static final List<Gate> FIXED_ONE_QUBIT = List.of(Gate.X, Gate.Y, Gate.Z, Gate.H, Gate.S, Gate.SDG,
            Gate.T, Gate.TDG, Gate.SX, Gate.SXDG);
    /** Two-qubit gates that are ctrl @ (a one-qubit gate); their power is ctrl @ (base power). */
    private static final Set<Gate> CONTROLLED_ONE_QUBIT = EnumSet.of(Gate.CX, Gate.CY, Gate.CH, Gate.CSX, Gate.CU,
            Gate.CU3);

    private GateAlgebra() {
    }

    private static Map<Gate, Gate> adjointPairs(Gate... pairs) {
        Map<Gate, Gate> m = new EnumMap<>(Gate.class);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
            m.put(pairs[i + 1], pairs[i]);
        }
        return Collections.unmodifiableMap(m);
    }

    static List<GateCall> inverse(Gate g, List<Param> p) {
        if (!g.is(GateFlag.UNITARY) && !g.is(GateFlag.DIRECTIVE)) {
            throw new UnsupportedOperationException(g.canonicalName() + " is not unitary and has no inverse");
        }
        Gate partner = ADJOINT_PAIRS.get(g);
        if (partner != null) {
            return one(partner);
        }
        switch (g) {
            case U:
            case UGATE:
            case U3:
            case CU3:
                // u(θ,φ,λ)† = u(-θ,-λ,-φ); the phases of U and u3 invert along with it.
                return one(g, p.get(0).negate(), p.get(2).negate(), p.get(1).negate());
            case U2:
                return one(g, p.get(1).negate().minus(Param.PI), Param.PI.minus(p.get(0)));
            case CU:
                return one(g, p.get(0).negate(), p.get(2).negate(), p.get(1).negate(), p.get(3).negate());
            case CSX:
                return one(Gate.CU, c(-Math.PI / 2), c(-Math.PI / 2), c(Math.PI / 2), c(-Math.PI / 4));
            case ISWAP_DAG:
                return one(Gate.ISWAP);
            case ISWAP:
            case RC3X:
            case C3SQRTX: {
                // Each has order 4 (iswap^2 = Z⊗Z, rc3x^2 is diagonal, c3sqrtx^2 = c3x), so U† = U^3;
                // iswap keeps this form so that existing output does not start needing iswap_dag.
                GateCall call = new GateCall(g, p);
                return List.of(call, call, call);
            }
            default:
                if (ANGLE_SCALING.contains(g)) {
                    return one(g, p.get(0).negate());
                }
                // Self-inverse gates, u0 (the identity), and the directives barrier and delay.
                return List.of(new GateCall(g, p));
        }
    }

    static Optional<GateCall> controlled(Gate g, List<Param> p) {
        switch (g) {
            case GPHASE: return some(Gate.P, p.get(0));
            case X: return some(Gate.CX);
            case Y: return some(Gate.CY);
            case Z: return some(Gate.CZ);
            case H: return some(Gate.CH);
            case S: return some(Gate.CS);
            case SDG: return some(Gate.CSDG);
            case T: return some(Gate.CP, c(Math.PI / 4));
            case TDG: return some(Gate.CP, c(-Math.PI / 4));
            case SX: return some(Gate.CSX);
            case SXDG: return some(Gate.CU, c(-Math.PI / 2), c(-Math.PI / 2), c(Math.PI / 2), c(-Math.PI / 4));
            case RX: return some(Gate.CRX, p.get(0));
            case RY: return some(Gate.CRY, p.get(0));
            case RZ: return some(Gate.CRZ, p.get(0));
            case P: return some(Gate.CP, p.get(0));
            case U:
                // U = e^{iθ/2} u(θ,φ,λ): the phase becomes cu's γ.
                return some(Gate.CU, p.get(0), p.get(1), p.get(2), p.get(0).dividedBy(c(2)));
            case UGATE: return some(Gate.CU, p.get(0), p.get(1), p.get(2), c(0));
            case U3: return some(Gate.CU, p.get(0), p.get(1), p.get(2), halfSumNegated(p.get(1), p.get(2)));
            case U2: return some(Gate.CU, c(Math.PI / 2), p.get(0), p.get(1), halfSumNegated(p.get(0), p.get(1)));
            case CX: return some(Gate.CCX);
            case CCX: return some(Gate.C3X);
            case C3X: return some(Gate.C4X);
            case CZ: return some(Gate.CCZ);
            case SWAP: return some(Gate.CSWAP);
            default: return Optional.empty();
        }
    }

    static Optional<List<GateCall>> power(Gate g, List<Param> p, double k) {
        if (!Double.isFinite(k)) {
            throw new IllegalArgumentException("power exponent must be finite, got " + k);
        }
        if (!g.is(GateFlag.UNITARY)) {
            return Optional.empty();
        }
        if (k == 0) {
            return Optional.of(List.of());
        }
        if (k == 1) {
            return Optional.of(List.of(new GateCall(g, p)));
        }
        Param kp = c(k);
        if (ANGLE_SCALING.contains(g)) {
            return Optional.of(one(g, p.get(0).times(kp)));
        }
        switch (g) {
            case ID:
            case U0: return Optional.of(List.of(new GateCall(g, p)));
            case Z: return Optional.of(one(Gate.P, Param.PI.times(kp)));
            case S: return Optional.of(one(Gate.P, Param.PI.times(kp).dividedBy(c(2))));
            case SDG: return Optional.of(one(Gate.P, Param.PI.times(kp).dividedBy(c(-2))));
            case T: return Optional.of(one(Gate.P, Param.PI.times(kp).dividedBy(c(4))));
            case TDG: return Optional.of(one(Gate.P, Param.PI.times(kp).dividedBy(c(-4))));
            case CZ: return Optional.of(one(Gate.CP, Param.PI.times(kp)));
            case CS: return Optional.of(one(Gate.CP, Param.PI.times(kp).dividedBy(c(2))));
            case CSDG: return Optional.of(one(Gate.CP, Param.PI.times(kp).dividedBy(c(-2))));
            default: break;
        }
        boolean integer = k == Math.rint(k);
        if (integer && SELF_INVERSE.contains(g)) {
            return Optional.of(Math.abs(k) % 2 == 0 ? List.of() : List.of(new GateCall(g, p)));
        }
        boolean constant = p.stream().allMatch(Param::isConstant);
        if (constant && g.numQubits() == 1) {
            return Optional.of(oneQubitCalls(OneQubitEuler.power(g.matrix(values(p)), k)));
        }
        if (constant && CONTROLLED_ONE_QUBIT.contains(g)) {
            return Optional.of(List.of(controlledCall(OneQubitEuler.power(lowerRightBlock(g.matrix(values(p))), k))));
        }
        if (integer && Math.abs(k) <= MAX_REPEAT) {
            List<GateCall> unit = k > 0 ? List.of(new GateCall(g, p)) : inverse(g, p);
            List<GateCall> out = new ArrayList<>();
            for (int i = 0; i < (int) Math.abs(k); i++) {
                out.addAll(unit);
            }
            return Optional.of(Collections.unmodifiableList(out));
        }
        return Optional.empty();
    }

    /** A one-qubit unitary as a fixed table gate when it is one, else as U and gphase. */
    private static List<GateCall> oneQubitCalls(ZMatrixRMaj m) {
        Gate fixed = fixedGate(m);
        if (fixed != null) {
            return List.of(GateCall.of(fixed));
        }
        return OneQubitEuler.decompose(m).toGateCalls();
    }

    /** ctrl @ m as one table gate: the controlled fixed gate when there is one, else cu. */
    private static GateCall controlledCall(ZMatrixRMaj m) {
        Gate fixed = fixedGate(m);
        if (fixed != null) {
            Optional<GateCall> c = fixed.controlled(List.of());
            if (c.isPresent()) {
                return c.get();
            }
        }
        OneQubitEuler.Angles a = OneQubitEuler.decompose(m);
        return GateCall.of(Gate.CU, c(a.theta()), c(a.phi()), c(a.lambda()), c(a.uGatePhase()));
    }

    private static Gate fixedGate(ZMatrixRMaj m) {
        for (Gate f : FIXED_ONE_QUBIT) {
            if (Matrices.maxAbsDiff(m, f.matrix()) <= MATCH_TOL) {
                return f;
            }
        }
        return null;
    }

    private static ZMatrixRMaj lowerRightBlock(ZMatrixRMaj m) {
        ZMatrixRMaj b = new ZMatrixRMaj(2, 2);
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                b.set(i, j, m.getReal(2 + i, 2 + j), m.getImag(2 + i, 2 + j));
            }
        }
        return b;
    }

    private static double[] values(List<Param> p) {
        double[] v = new double[p.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = p.get(i).value();
        }
        return v;
    }

    /** {@code -(a + b)/2}. */
    private static Param halfSumNegated(Param a, Param b) {
        return a.plus(b).negate().dividedBy(c(2));
    }

    private static Param c(double v) {
        return Param.constant(v);
    }

    private static List<GateCall> one(Gate g, Param... p) {
        return List.of(new GateCall(g, List.of(p)));
    }

    private static Optional<GateCall> some(Gate g, Param... p) {
        return Optional.of(new GateCall(g, List.of(p)));
    }
}
