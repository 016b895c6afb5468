package qtool.passes.optimization;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.GateCall;
import qtool.ir.GateFlag;
import qtool.ir.Instruction;
import qtool.ir.Param;
import qtool.pass.Pass;
import qtool.pass.PropertySet;

/**
 * Cancels a gate against its inverse when nothing else touches their qubits in between ({@code h h},
 * {@code s sdg}, {@code cx cx}, {@code rz(a) rz(-a)}), and merges consecutive rotations of one kind
 * on the same qubits ({@code rz(a) rz(b) -> rz(a+b)}, also {@code p}, {@code crz}, {@code rzz}, ...).
 * Each new gate is compared with the last surviving gate on its qubits, so chains such as
 * {@code x h h x} collapse completely in one pass. O(n·k) for n instructions on at most k qubits.
 */
public final class CancelInverses implements Pass {
    /** Gates g with g(a)·g(b) = g(a+b) exactly. */
    private static final Set<Gate> ADDITIVE = Set.of(Gate.RX, Gate.RY, Gate.RZ, Gate.P, Gate.CRX, Gate.CRY, Gate.CRZ,
            Gate.CP, Gate.RXX, Gate.RYY, Gate.RZZ, Gate.RZX, Gate.GPHASE);
    /** Two-qubit gates whose matrix does not change when the operands are swapped. */
    private static final Set<Gate> SYMMETRIC = Set.of(Gate.CZ, Gate.SWAP, Gate.CP, Gate.RXX, Gate.RYY, Gate.RZZ);
    private static final double TOLERANCE = 1e-12;

    @Override
    public String name() {
        return "cancel-inverses";
    }

    @Override
    public Circuit run(Circuit in, PropertySet props) {
        List<Instruction> out = new ArrayList<>(in.size());
        // For each qubit, the indices into `out` of the surviving instructions that touch it.
        List<List<Integer>> touching = new ArrayList<>();
        for (int q = 0; q < in.numQubits(); q++) {
            touching.add(new ArrayList<>());
        }
        for (Instruction ins : in.instructions()) {
            int prev = candidate(ins, touching);
            if (prev >= 0) {
                Instruction merged = combine(out.get(prev), ins);
                if (merged != ins) {
                    untouch(prev, out.get(prev), touching);
                    if (merged == null) {
                        out.set(prev, null);
                    } else {
                        out.set(prev, merged);
                        touch(prev, merged, touching);
                    }
                    continue;
                }
            }
            out.add(ins);
            touch(out.size() - 1, ins, touching);
        }
        Circuit.Builder b = in.emptyCopy();
        for (Instruction i : out) {
            if (i != null) {
                b.add(i);
            }
        }
        return b.build();
    }

    /** The index of the last surviving gate if it acts on exactly the same qubits, else -1. */
    private static int candidate(Instruction ins, List<List<Integer>> touching) {
        if (!eligible(ins) || ins.numQubits() == 0) {
            return -1;
        }
        int idx = -1;
        for (int k = 0; k < ins.numQubits(); k++) {
            List<Integer> t = touching.get(ins.qubit(k));
            if (t.isEmpty()) {
                return -1;
            }
            int last = t.get(t.size() - 1);
            if (idx >= 0 && last != idx) {
                return -1;
            }
            idx = last;
        }
        return idx;
    }

    private static boolean eligible(Instruction ins) {
        return ins.condition() == null && ins.numClbits() == 0 && ins.gate().is(GateFlag.UNITARY)
                && ins.gate() != Gate.GPHASE;
    }

    /**
     * {@code second·first} as one instruction, null when it is the identity, or {@code second}
     * itself when the two do not combine.
     */
    static Instruction combine(Instruction first, Instruction second) {
        if (!eligible(first) || first.controls() != second.controls() || first.numQubits() != second.numQubits()) {
            return second;
        }
        boolean sameOrder = java.util.Arrays.equals(first.qubits(), second.qubits());
        boolean swapped = !sameOrder && first.numQubits() == 2 && first.controls() == 0 && SYMMETRIC.contains(first.gate())
                && first.qubit(0) == second.qubit(1) && first.qubit(1) == second.qubit(0);
        if (!sameOrder && !swapped) {
            return second;
        }
        if (first.gate() == second.gate() && ADDITIVE.contains(first.gate())) {
            Param sum = first.param(0).plus(second.param(0));
            Instruction merged = new Instruction(first.gate(), first.controls(), first.qubits(), List.of(sum), new int[0],
                    null);
            Instruction simplified = RemoveIdentities.simplify(merged);
            return simplified == null || simplified.gate() != Gate.GPHASE ? simplified : merged;
        }
        List<GateCall> inv = first.gate().inverse(first.params());
        if (inv.size() == 1 && inv.get(0).gate() == second.gate() && sameParams(inv.get(0).params(), second.params())) {
            return null;
        }
        return second;
    }

    private static boolean sameParams(List<Param> a, List<Param> b) {
        for (int i = 0; i < a.size(); i++) {
            Param x = a.get(i);
            Param y = b.get(i);
            if (x.isConstant() && y.isConstant()) {
                if (Math.abs(x.value() - y.value()) > TOLERANCE) {
                    return false;
                }
            } else if (!x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    private static void touch(int idx, Instruction ins, List<List<Integer>> touching) {
        for (int k = 0; k < ins.numQubits(); k++) {
            touching.get(ins.qubit(k)).add(idx);
        }
        if (ins.gate() == Gate.GPHASE) {
            return;
        }
        if (ins.condition() != null || ins.numClbits() > 0) {
            // Classical dependencies are not tracked per bit; make every qubit see this instruction
            // so that nothing cancels across it.
            for (List<Integer> t : touching) {
                if (t.isEmpty() || t.get(t.size() - 1) != idx) {
                    t.add(idx);
                }
            }
        }
    }

    private static void untouch(int idx, Instruction ins, List<List<Integer>> touching) {
        for (int k = 0; k < ins.numQubits(); k++) {
            List<Integer> t = touching.get(ins.qubit(k));
            t.remove(t.size() - 1);
        }
    }
}
