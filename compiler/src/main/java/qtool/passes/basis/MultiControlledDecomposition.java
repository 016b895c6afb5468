package qtool.passes.basis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import qtool.ir.Gate;
import qtool.ir.GateCall;
import qtool.ir.Instruction;
import qtool.ir.Param;

/**
 * {@code ctrl(k) @ V} for a one-qubit V and k ≥ 2 controls, by the ancilla-free recursion of
 * Barenco et al., "Elementary gates for quantum computation", PRA 52, 3457 (1995), Lemma 7.5:
 * with {@code W² = V},
 * <pre>
 *   C^k(V) = C^{k-1}(W)[c1..c(k-1) → t] · X' · C(W†)[ck → t] · X' · C(W)[ck → t]   (time order right to left)
 * </pre>
 * where {@code X' = C^{k-1}(X)[c1..c(k-1) → ck]}. W comes from {@link Gate#power} with exponent
 * 1/2, so rotations stay symbolic ({@code rz(θ) → rz(θ/2)}); the output is exact including global
 * phase, because each factor is a controlled operator on the same target.
 *
 * <p>Also accepts the table's controlled gates (cx, crz, cu, ccx, c3x, ...) with further controls,
 * unfolding them to {@code ctrl(k') @ base}. The output instructions still carry controls; the
 * caller reduces them further (the {@code C^{k-1}(X)} become table gates ccx/c3x/c4x when
 * k - 1 ≤ 4). Complexity: with T(k) entangling gates, T(k) = T(k-1) + 2·M(k-1) + O(1) where M is
 * the multi-controlled-X cost, so O(3^k) overall: fine for the small k that circuits use; a
 * linear-size construction (Barenco Lemma 7.9 or later ancilla-free schemes) would replace it for
 * large k.
 */
final class MultiControlledDecomposition {
    private MultiControlledDecomposition() {
    }

    /**
     * The decomposition, or empty when the instruction is not {@code ctrl(k ≥ 2) @ one-qubit} or
     * when V has no exact square root in the table (symbolic u/U/u3).
     */
    static Optional<List<Instruction>> decompose(Instruction in) {
        Unfolded u = unfold(in.gate(), in.params());
        if (u == null) {
            return Optional.empty();
        }
        int k = in.controls() + u.extraControls;
        if (k < 2 || in.numQubits() != k + 1) {
            return Optional.empty();
        }
        List<GateCall> w = new ArrayList<>();
        for (GateCall call : u.base) {
            Optional<List<GateCall>> root = call.gate().power(call.params(), 0.5);
            if (root.isEmpty()) {
                return Optional.empty();
            }
            w.addAll(root.get());
        }
        List<GateCall> wDag = new ArrayList<>();
        for (GateCall call : w) {
            wDag.addAll(0, call.gate().inverse(call.params()));
        }
        int[] q = in.qubits();
        int target = q[k];
        int last = q[k - 1];
        int[] rest = new int[k - 1];
        System.arraycopy(q, 0, rest, 0, k - 1);
        List<Instruction> out = new ArrayList<>();
        controlled(w, new int[] {last}, target, out);
        out.add(new Instruction(Gate.X, k - 1, append(rest, last), List.of(), new int[0], null));
        controlled(wDag, new int[] {last}, target, out);
        out.add(new Instruction(Gate.X, k - 1, append(rest, last), List.of(), new int[0], null));
        controlled(w, rest, target, out);
        return Optional.of(Collections.unmodifiableList(out));
    }

    private static void controlled(List<GateCall> calls, int[] controls, int target, List<Instruction> out) {
        for (GateCall c : calls) {
            if (c.gate() == Gate.GPHASE) {
                // ctrl @ gphase acts on the controls only.
                out.add(new Instruction(Gate.GPHASE, controls.length, controls, c.params(), new int[0], null));
            } else {
                out.add(new Instruction(c.gate(), controls.length, append(controls, target), c.params(), new int[0],
                        null));
            }
        }
    }

    private static int[] append(int[] a, int x) {
        int[] r = new int[a.length + 1];
        System.arraycopy(a, 0, r, 0, a.length);
        r[a.length] = x;
        return r;
    }

    /** {@code g(p) = ctrl(extraControls) @ (product of base)} with one-qubit base calls. */
    private record Unfolded(int extraControls, List<GateCall> base) {
    }

    private static Unfolded unfold(Gate g, List<Param> p) {
        if (g.numQubits() == 1) {
            return new Unfolded(0, List.of(new GateCall(g, p)));
        }
        switch (g) {
            case CX: return one(1, Gate.X);
            case CY: return one(1, Gate.Y);
            case CZ: return one(1, Gate.Z);
            case CH: return one(1, Gate.H);
            case CS: return one(1, Gate.S);
            case CSDG: return one(1, Gate.SDG);
            case CSX: return one(1, Gate.SX);
            case CP: return one(1, Gate.P, p.get(0));
            case CRX: return one(1, Gate.RX, p.get(0));
            case CRY: return one(1, Gate.RY, p.get(0));
            case CRZ: return one(1, Gate.RZ, p.get(0));
            case CU3: return one(1, Gate.UGATE, p.get(0), p.get(1), p.get(2));
            case CU:
                return new Unfolded(1, List.of(GateCall.of(Gate.UGATE, p.get(0), p.get(1), p.get(2)),
                        GateCall.of(Gate.GPHASE, p.get(3))));
            case CCX: return one(2, Gate.X);
            case CCZ: return one(2, Gate.Z);
            case C3X: return one(3, Gate.X);
            case C3SQRTX: return one(3, Gate.SX);
            case C4X: return one(4, Gate.X);
            default: return null;
        }
    }

    private static Unfolded one(int controls, Gate g, Param... p) {
        return new Unfolded(controls, List.of(new GateCall(g, List.of(p))));
    }
}
