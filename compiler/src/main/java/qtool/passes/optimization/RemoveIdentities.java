package qtool.passes.optimization;

import java.util.List;
import org.ejml.data.ZMatrixRMaj;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.GateFlag;
import qtool.ir.Instruction;
import qtool.ir.Param;
import qtool.pass.Pass;
import qtool.pass.PropertySet;

/**
 * Drops gates that act as the identity: {@code id}, {@code u0}, and parametrised gates whose
 * constant parameters make them the identity ({@code rz(0)}, {@code p(2π)}, {@code crx(4π)}). A gate
 * that is the identity only up to a phase ({@code rz(2π) = -I}) becomes a {@code gphase}, so the
 * unitary stays exact. The test is the gate table's own matrix, so every gate is covered without a
 * list of special cases. O(n) for n instructions (one at most 4x4 matrix per parametrised gate).
 */
public final class RemoveIdentities implements Pass {
    private static final double TOLERANCE = 1e-12;

    @Override
    public String name() {
        return "remove-identities";
    }

    @Override
    public Circuit run(Circuit in, PropertySet props) {
        Circuit.Builder out = in.emptyCopy();
        for (Instruction ins : in.instructions()) {
            Instruction replaced = simplify(ins);
            if (replaced != null) {
                out.add(replaced);
            }
        }
        return out.build();
    }

    /** The instruction, a global phase replacing it, or null when it is the identity. */
    static Instruction simplify(Instruction ins) {
        Gate g = ins.gate();
        if (ins.condition() != null || !g.is(GateFlag.UNITARY) || g == Gate.GPHASE) {
            return ins;
        }
        if (g == Gate.ID || g == Gate.U0) {
            return null;
        }
        if (g.numParams() == 0 || g.numQubits() > 2) {
            return ins;
        }
        double[] values = new double[g.numParams()];
        for (int i = 0; i < values.length; i++) {
            Param p = ins.param(i);
            if (!p.isConstant()) {
                return ins;
            }
            values[i] = p.value();
        }
        ZMatrixRMaj m = g.matrix(values);
        double re = m.getReal(0, 0);
        double im = m.getImag(0, 0);
        if (Math.abs(Math.hypot(re, im) - 1) > TOLERANCE) {
            return ins;
        }
        for (int r = 0; r < m.numRows; r++) {
            for (int c = 0; c < m.numCols; c++) {
                double wantRe = r == c ? re : 0;
                double wantIm = r == c ? im : 0;
                if (Math.abs(m.getReal(r, c) - wantRe) > TOLERANCE || Math.abs(m.getImag(r, c) - wantIm) > TOLERANCE) {
                    return ins;
                }
            }
        }
        double phase = Math.atan2(im, re);
        if (Math.abs(phase) <= TOLERANCE) {
            return null;
        }
        // A phase e^{iφ}·I under controls is a phase gate on the controls; keep it as ctrl @ gphase.
        if (ins.controls() > 0) {
            return ins;
        }
        return Instruction.of(Gate.GPHASE, List.of(Param.constant(phase)));
    }
}
