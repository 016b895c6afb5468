package qtool.passes.optimization;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.Instruction;
import qtool.pass.Pass;
import qtool.pass.PropertySet;

/**
 * Cancels pairs of equal {@code cx} or {@code cz} gates that are separated only by gates they
 * commute with. Commutation is decided per shared qubit from the axis each gate acts along there:
 * two gates commute when, on every qubit they share, both are diagonal in the Z basis ({@code rz},
 * {@code t}, {@code cz}, a {@code cx} control, ...) or both are diagonal in the X basis ({@code rx},
 * {@code sx}, a {@code cx} target, {@code rxx}). Such gates are simultaneously diagonal in one product
 * basis, so the rule is exact. Each gate walks forward only over the instructions on its own two
 * qubits: O(n·w) for n instructions and w the length of a commuting run.
 */
public final class CommutativeCancellation implements Pass {
    private enum Axis { Z, X, OTHER }

    private static final Set<Gate> DIAGONAL = Set.of(Gate.Z, Gate.S, Gate.SDG, Gate.T, Gate.TDG, Gate.RZ, Gate.P,
            Gate.ID, Gate.CZ, Gate.CP, Gate.CRZ, Gate.RZZ, Gate.CCZ);
    private static final Set<Gate> X_AXIS = Set.of(Gate.X, Gate.RX, Gate.SX, Gate.SXDG, Gate.RXX);

    @Override
    public String name() {
        return "commutative-cancellation";
    }

    @Override
    public Circuit run(Circuit in, PropertySet props) {
        List<Instruction> ins = in.instructions();
        int n = ins.size();
        // Per qubit, the indices of the instructions touching it, in order; and per instruction its
        // position in each of its qubits' lists.
        List<List<Integer>> onQubit = new ArrayList<>();
        for (int q = 0; q < in.numQubits(); q++) {
            onQubit.add(new ArrayList<>());
        }
        int[][] position = new int[n][];
        for (int i = 0; i < n; i++) {
            Instruction x = ins.get(i);
            position[i] = new int[x.numQubits()];
            for (int k = 0; k < x.numQubits(); k++) {
                position[i][k] = onQubit.get(x.qubit(k)).size();
                onQubit.get(x.qubit(k)).add(i);
            }
        }
        boolean[] removed = new boolean[n];
        for (int i = 0; i < n; i++) {
            Instruction g = ins.get(i);
            if (removed[i] || !candidate(g)) {
                continue;
            }
            int j = partner(i, g, ins, onQubit, position, removed);
            if (j >= 0) {
                removed[i] = true;
                removed[j] = true;
            }
        }
        Circuit.Builder b = in.emptyCopy();
        for (int i = 0; i < n; i++) {
            if (!removed[i]) {
                b.add(ins.get(i));
            }
        }
        return b.build();
    }

    private static boolean candidate(Instruction g) {
        return (g.gate() == Gate.CX || g.gate() == Gate.CZ) && g.controls() == 0 && g.condition() == null;
    }

    /** The index of an equal gate reachable through commuting gates, or -1. */
    private static int partner(int i, Instruction g, List<Instruction> ins, List<List<Integer>> onQubit,
            int[][] position, boolean[] removed) {
        int a = g.qubit(0);
        int b = g.qubit(1);
        List<Integer> la = onQubit.get(a);
        List<Integer> lb = onQubit.get(b);
        int pa = position[i][0] + 1;
        int pb = position[i][1] + 1;
        while (pa < la.size() || pb < lb.size()) {
            int na = pa < la.size() ? la.get(pa) : Integer.MAX_VALUE;
            int nb = pb < lb.size() ? lb.get(pb) : Integer.MAX_VALUE;
            int j = Math.min(na, nb);
            if (na == j) {
                pa++;
            }
            if (nb == j) {
                pb++;
            }
            if (removed[j]) {
                continue;
            }
            Instruction h = ins.get(j);
            if (equalGate(g, h)) {
                return j;
            }
            if (!commute(g, h)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean equalGate(Instruction g, Instruction h) {
        if (h.gate() != g.gate() || h.controls() != 0 || h.condition() != null) {
            return false;
        }
        if (h.qubit(0) == g.qubit(0) && h.qubit(1) == g.qubit(1)) {
            return true;
        }
        return g.gate() == Gate.CZ && h.qubit(0) == g.qubit(1) && h.qubit(1) == g.qubit(0);
    }

    private static boolean commute(Instruction g, Instruction h) {
        if (h.condition() != null || h.numClbits() > 0) {
            return false;
        }
        for (int k = 0; k < g.numQubits(); k++) {
            int q = g.qubit(k);
            for (int m = 0; m < h.numQubits(); m++) {
                if (h.qubit(m) == q) {
                    Axis ag = axis(g, k);
                    if (ag == Axis.OTHER || ag != axis(h, m)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** The basis in which instruction {@code x} is diagonal on its k-th qubit. */
    private static Axis axis(Instruction x, int k) {
        Gate g = x.gate();
        if (k < x.controls()) {
            return Axis.Z; // a control is diagonal in the Z basis
        }
        if (x.controls() > 0 && !DIAGONAL.contains(g)) {
            return Axis.OTHER;
        }
        if (DIAGONAL.contains(g)) {
            return Axis.Z;
        }
        if (X_AXIS.contains(g)) {
            return Axis.X;
        }
        if (g == Gate.CX || g == Gate.CCX) {
            return k - x.controls() == g.numQubits() - 1 ? Axis.X : Axis.Z;
        }
        return Axis.OTHER;
    }
}
