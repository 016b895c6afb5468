package qtool.synthesis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ejml.data.ZMatrixRMaj;
import qtool.dense.CircuitMatrices;
import qtool.dense.Matrices;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.GateCall;
import qtool.ir.Instruction;
import qtool.ir.Param;

/**
 * Rebuilds any two-qubit unitary from one-qubit gates of an {@link EulerDecomposer} family and
 * the minimal number of entangling gates of one kind.
 *
 * <p>The count comes from the canonical KAK coefficients (a, b, c) of {@link TwoQubitKak}
 * (Shende–Bullock–Markov, PRA 69, 062321, 2004; Vatan–Williams, PRA 69, 032315, 2004): for the
 * CX class (cx, cz, ecr: all locally equivalent to (π/4, 0, 0)) it is 0 when the gate is local,
 * 1 when (a, b, c) = (π/4, 0, 0), 2 when c = 0, and 3 otherwise. The circuits are templates whose
 * interaction equals the target's: {@code CX·(rx(-2a)⊗rz(-2b))·CX} has class (a, b, 0), and
 * Vatan–Williams' three-CNOT circuit has class (a, b, c). The template's own KAK then gives the
 * outer local gates: if {@code U = e^{iγ}(A⊗A')N(B⊗B')} and {@code V = e^{iδ}(C⊗C')N(D⊗D')} with
 * the same N, then {@code U = e^{i(γ-δ)}(AC†⊗A'C'†) V (D†B⊗D'†B')}. Other CX-class entanglers E are
 * substituted through the exact local equivalence {@code CX = e^{iε}(P⊗P') E (Q⊗Q')}, found the same
 * way. For the continuous Pauli-rotation entanglers (rzz, rxx, ryy, rzx: {@code exp(-iθ/2 P⊗Q)}),
 * {@code exp(i(aXX+bYY+cZZ))} is written directly as one rotation per nonzero coefficient, each
 * conjugated by one-qubit Cliffords. Every result is simulated and compared with the input (global
 * phase included) before it is returned. Cost: O(1) per unitary (a few 4x4 products, one or two
 * KAKs).
 */
public final class TwoQubitSynthesizer {
    /** Accepted reconstruction error (max entry modulus), on top of the dropping tolerance. */
    public static final double CHECK_TOL = 1e-9;
    /** Default tolerance on the KAK coefficients when deciding the count. */
    public static final double DEFAULT_TOL = 1e-10;
    /** Entanglers in order of preference when a basis offers several. */
    public static final List<Gate> SUPPORTED = List.of(Gate.CX, Gate.CZ, Gate.ECR, Gate.RZZ, Gate.RXX, Gate.RYY,
            Gate.RZX);

    private static final ZMatrixRMaj I2 = Matrices.identity(2);
    private static final ZMatrixRMaj CX = Gate.CX.matrix();

    private final Gate entangler;
    private final EulerDecomposer oneQubit;
    private final double tol;
    /** For CX-class entanglers: CX = e^{i eps} (p0⊗p1) E (q0⊗q1). */
    private final ZMatrixRMaj[] p = new ZMatrixRMaj[2];
    private final ZMatrixRMaj[] q = new ZMatrixRMaj[2];
    /** For rotation entanglers: c[s][r] maps Pauli s (X, Y, Z) to the entangler's Pauli on operand r. */
    private final ZMatrixRMaj[][] conj = new ZMatrixRMaj[3][2];

    public TwoQubitSynthesizer(Gate entangler, EulerDecomposer oneQubit) {
        this(entangler, oneQubit, DEFAULT_TOL);
    }

    public TwoQubitSynthesizer(Gate entangler, EulerDecomposer oneQubit, double tolerance) {
        if (!SUPPORTED.contains(entangler)) {
            throw new IllegalArgumentException("unsupported entangling gate " + entangler.canonicalName()
                    + "; supported: " + SUPPORTED);
        }
        this.entangler = entangler;
        this.oneQubit = oneQubit;
        this.tol = tolerance;
        if (isContinuous(entangler)) {
            ZMatrixRMaj[] paulis = entanglerPaulis(entangler);
            for (int s = 0; s < 3; s++) {
                for (int r = 0; r < 2; r++) {
                    conj[s][r] = clifford(PAULIS[s], paulis[r]);
                }
            }
        } else {
            TwoQubitKak kc = TwoQubitKak.of(CX, tolerance);
            TwoQubitKak ke = TwoQubitKak.of(entangler.matrix(), tolerance);
            for (int r = 0; r < 2; r++) {
                p[r] = Matrices.multiply(kc.after(r), Matrices.dagger(ke.after(r)));
                q[r] = Matrices.multiply(Matrices.dagger(ke.before(r)), kc.before(r));
            }
        }
    }

    /** The first supported entangler in {@code basis} (see {@link #SUPPORTED}), if any. */
    public static Optional<Gate> entanglerFor(Set<Gate> basis) {
        return SUPPORTED.stream().filter(basis::contains).findFirst();
    }

    public Gate entangler() {
        return entangler;
    }

    /** Whether the entangler is a continuous Pauli rotation (one gate per interaction term). */
    public static boolean isContinuous(Gate g) {
        return g == Gate.RZZ || g == Gate.RXX || g == Gate.RYY || g == Gate.RZX;
    }

    /** The minimal number of CX-class gates for a unitary with these KAK coefficients. */
    public static int cxCount(TwoQubitKak kak, double tol) {
        if (kak.a() <= tol) {
            return 0;
        }
        if (Math.abs(kak.a() - Math.PI / 4) <= tol && kak.b() <= tol && Math.abs(kak.c()) <= tol) {
            return 1;
        }
        return Math.abs(kak.c()) <= tol ? 2 : 3;
    }

    /** The number of entanglers {@link #synthesize} uses for {@code u}. */
    public int entanglingCount(ZMatrixRMaj u) {
        return count(TwoQubitKak.of(u, tol));
    }

    private int count(TwoQubitKak kak) {
        if (!isContinuous(entangler)) {
            return cxCount(kak, tol);
        }
        int n = 0;
        for (double k : new double[] {kak.a(), kak.b(), kak.c()}) {
            if (Math.abs(k) > tol) {
                n++;
            }
        }
        return n;
    }

    /**
     * A two-qubit circuit (circuit qubit i plays operand i of {@code u}'s big-endian matrix) of
     * one-qubit family gates, the minimal number of entanglers and one final {@code gphase}, equal
     * to {@code u} including global phase. Throws {@link IllegalStateException} if the check fails.
     */
    public Circuit synthesize(ZMatrixRMaj u) {
        TwoQubitKak kak = TwoQubitKak.of(u, tol);
        Layers out = isContinuous(entangler) ? rotations(kak) : cxClass(kak);
        Circuit c = out.toCircuit();
        double err = Matrices.maxAbsDiff(CircuitMatrices.inOperandOrder(c, Map.of()), u);
        if (!(err <= CHECK_TOL + 8 * tol)) {
            throw new IllegalStateException("two-qubit synthesis with " + entangler.canonicalName() + " failed: error "
                    + err + " for " + kak);
        }
        return c;
    }

    /** Template + matching of outer locals, for cx, cz and ecr. */
    private Layers cxClass(TwoQubitKak kak) {
        int n = cxCount(kak, tol);
        Layers out = new Layers();
        if (n == 0) {
            out.phase = kak.globalPhase();
            out.layer(kak.before(0), kak.before(1));
            // N(a,b,c) within tolerance of the identity: merge the two local layers.
            out.multiplyLast(kak.after(0), kak.after(1));
            return out;
        }
        // Template V = E m1 E m2 E ... as matrices; middle locals in time order.
        List<ZMatrixRMaj[]> middles = new ArrayList<>();
        if (n == 2) {
            middles.add(substituted(Gate.RX.matrix(-2 * kak.a()), Gate.RZ.matrix(-2 * kak.b())));
        } else if (n == 3) {
            // Vatan–Williams (Fig. 6): CX(1→0), rz(pz)⊗ry(qy), CX(0→1), I⊗ry(ry), CX(1→0) in time order
            // has class (a, b, c). With CX(1→0) = (H⊗H) CX(0→1) (H⊗H), the outer H⊗H are local (the
            // template's KAK absorbs them) and the inner ones join the middle layers, so the template
            // uses CX(0→1) three times.
            ZMatrixRMaj h = Gate.H.matrix();
            double pz = -2 * kak.c() - Math.PI / 2;
            double qy = Math.PI / 2 - 2 * kak.a();
            double ry = 2 * kak.b() - Math.PI / 2;
            middles.add(substituted(Matrices.multiply(Gate.RZ.matrix(pz), h), Matrices.multiply(Gate.RY.matrix(qy), h)));
            middles.add(substituted(h, Matrices.multiply(h, Gate.RY.matrix(ry))));
        }
        ZMatrixRMaj v = entanglerMatrix();
        for (ZMatrixRMaj[] m : middles) {
            v = Matrices.multiply(entanglerMatrix(), Matrices.multiply(Matrices.kron(m[0], m[1]), v));
        }
        TwoQubitKak kv = TwoQubitKak.of(v, tol);
        out.phase = kak.globalPhase() - kv.globalPhase();
        out.layer(Matrices.multiply(Matrices.dagger(kv.before(0)), kak.before(0)),
                Matrices.multiply(Matrices.dagger(kv.before(1)), kak.before(1)));
        out.entangler(GateCall.of(entangler));
        for (ZMatrixRMaj[] m : middles) {
            out.layer(m[0], m[1]);
            out.entangler(GateCall.of(entangler));
        }
        out.layer(Matrices.multiply(kak.after(0), Matrices.dagger(kv.after(0))),
                Matrices.multiply(kak.after(1), Matrices.dagger(kv.after(1))));
        return out;
    }

    /**
     * A middle local of a CX template, rewritten for E: with {@code CX = e^{iε} P E Q},
     * {@code CX m CX = e^{2iε} P E (Q m P) E Q}, so between two entanglers E the local becomes
     * {@code Q m P} per operand (the outer P, Q are absorbed by the template's KAK).
     */
    private ZMatrixRMaj[] substituted(ZMatrixRMaj m0, ZMatrixRMaj m1) {
        if (entangler == Gate.CX) {
            return new ZMatrixRMaj[] {m0, m1};
        }
        return new ZMatrixRMaj[] {
            Matrices.multiply(q[0], Matrices.multiply(m0, p[0])),
            Matrices.multiply(q[1], Matrices.multiply(m1, p[1]))};
    }

    private ZMatrixRMaj entanglerMatrix() {
        return entangler.matrix();
    }

    /** exp(i(aXX + bYY + cZZ)) as one conjugated rotation per nonzero coefficient. */
    private Layers rotations(TwoQubitKak kak) {
        Layers out = new Layers();
        out.phase = kak.globalPhase();
        out.layer(kak.before(0), kak.before(1));
        double[] k = {kak.a(), kak.b(), kak.c()};
        for (int s = 2; s >= 0; s--) {
            if (Math.abs(k[s]) <= tol) {
                continue;
            }
            // exp(ik σσ) = (C0†⊗C1†) exp(-i(-2k)/2 P0P1) (C0⊗C1) with C_r σ C_r† = P_r.
            out.multiplyLast(conj[s][0], conj[s][1]);
            out.entangler(GateCall.of(entangler, Param.constant(-2 * k[s])));
            out.layer(Matrices.dagger(conj[s][0]), Matrices.dagger(conj[s][1]));
        }
        out.multiplyLast(kak.after(0), kak.after(1));
        return out;
    }

    private static final ZMatrixRMaj[] PAULIS = {
        Matrices.of(2, 2, 0, 0, 1, 0, 1, 0, 0, 0),
        Matrices.of(2, 2, 0, 0, 0, -1, 0, 1, 0, 0),
        Matrices.of(2, 2, 1, 0, 0, 0, 0, 0, -1, 0)};

    private static ZMatrixRMaj[] entanglerPaulis(Gate g) {
        switch (g) {
            case RXX: return new ZMatrixRMaj[] {PAULIS[0], PAULIS[0]};
            case RYY: return new ZMatrixRMaj[] {PAULIS[1], PAULIS[1]};
            case RZX: return new ZMatrixRMaj[] {PAULIS[2], PAULIS[0]};
            default: return new ZMatrixRMaj[] {PAULIS[2], PAULIS[2]};
        }
    }

    /** A one-qubit Clifford C (a word in H and S) with {@code C from C† = to} exactly. */
    private static ZMatrixRMaj clifford(ZMatrixRMaj from, ZMatrixRMaj to) {
        ZMatrixRMaj h = Gate.H.matrix();
        ZMatrixRMaj s = Gate.S.matrix();
        List<ZMatrixRMaj> words = new ArrayList<>(List.of(I2));
        for (int len = 0; len < 4; len++) {
            List<ZMatrixRMaj> next = new ArrayList<>();
            for (ZMatrixRMaj w : words) {
                if (Matrices.maxAbsDiff(Matrices.multiply(w, Matrices.multiply(from, Matrices.dagger(w))), to) < 1e-12) {
                    return w;
                }
                next.add(Matrices.multiply(h, w));
                next.add(Matrices.multiply(s, w));
            }
            words = next;
        }
        throw new IllegalStateException("no Clifford maps the Pauli as needed");
    }

    /** Alternating local layers and entanglers in time order, plus a phase. */
    private final class Layers {
        final List<ZMatrixRMaj[]> locals = new ArrayList<>();
        final List<GateCall> entanglers = new ArrayList<>();
        double phase;

        void layer(ZMatrixRMaj l0, ZMatrixRMaj l1) {
            locals.add(new ZMatrixRMaj[] {l0, l1});
        }

        /** Applies {@code l0⊗l1} after the last layer (merging into it). */
        void multiplyLast(ZMatrixRMaj l0, ZMatrixRMaj l1) {
            ZMatrixRMaj[] last = locals.get(locals.size() - 1);
            last[0] = Matrices.multiply(l0, last[0]);
            last[1] = Matrices.multiply(l1, last[1]);
        }

        void entangler(GateCall g) {
            entanglers.add(g);
        }

        Circuit toCircuit() {
            Circuit.Builder b = Circuit.builder(2, 0);
            double total = phase;
            for (int i = 0; i < locals.size(); i++) {
                for (int r = 0; r < 2; r++) {
                    for (GateCall call : oneQubit.decompose(locals.get(i)[r])) {
                        if (call.gate() == Gate.GPHASE) {
                            total += call.params().get(0).value();
                        } else {
                            b.add(Instruction.of(call.gate(), call.params(), r));
                        }
                    }
                }
                if (i < entanglers.size()) {
                    GateCall e = entanglers.get(i);
                    b.add(Instruction.of(e.gate(), e.params(), 0, 1));
                }
            }
            double w = Math.IEEEremainder(total, 2 * Math.PI);
            if (w != 0) {
                b.add(Instruction.of(Gate.GPHASE, List.of(Param.constant(w))));
            }
            return b.build();
        }
    }
}
