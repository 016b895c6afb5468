package qtool.qasm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.ejml.data.ZMatrixRMaj;
import qtool.dense.OneQubitEuler;
import qtool.dense.UnitarySimulator;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.GateCall;
import qtool.ir.Instruction;
import qtool.ir.Param;

/**
 * {@code pow(k) @} of a sequence of constant gates that all act on one qubit: the product is
 * multiplied out, raised to the k-th power on the principal branch (as OpenQASM 3 defines
 * non-integer powers) and written back as {@code U} plus a global phase. This lets a user gate made
 * of several one-qubit gates take a fractional power.
 */
final class OneQubitProduct {
    private OneQubitProduct() {
    }

    /** The instructions of {@code (product of ins)^k}, or null when the sequence does not qualify. */
    static List<Instruction> power(List<Instruction> ins, double k) {
        int qubit = -1;
        for (Instruction in : ins) {
            if (in.controls() > 0 || in.condition() != null || in.numClbits() > 0) {
                return null;
            }
            for (Param p : in.params()) {
                if (!p.isConstant()) {
                    return null;
                }
            }
            if (in.gate() == Gate.GPHASE) {
                continue;
            }
            if (in.numQubits() != 1 || (qubit >= 0 && in.qubit(0) != qubit)) {
                return null;
            }
            qubit = in.qubit(0);
        }
        if (qubit < 0) {
            return null;
        }
        Circuit.Builder b = Circuit.builder(1, 0);
        for (Instruction in : ins) {
            b.add(in.gate() == Gate.GPHASE ? in : in.withQubits(new int[] {0}));
        }
        ZMatrixRMaj u = UnitarySimulator.unitary(b.build(), new HashMap<>());
        OneQubitEuler.Angles a = OneQubitEuler.decompose(OneQubitEuler.power(u, k));
        List<Instruction> out = new ArrayList<>();
        for (GateCall c : a.toGateCalls()) {
            out.add(c.gate() == Gate.GPHASE ? Instruction.of(Gate.GPHASE, c.params())
                    : Instruction.of(c.gate(), c.params(), qubit));
        }
        return out;
    }
}
