package qtool.passes.basis;

import java.util.List;
import org.ejml.data.ZMatrixRMaj;
import qtool.dense.Matrices;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.Instruction;
import qtool.ir.Param;
import qtool.pass.Pass;
import qtool.pass.PropertySet;
import qtool.synthesis.EulerDecomposer;
import qtool.synthesis.TwoQubitSynthesizer;
import qtool.target.Target;

/**
 * Turns two-qubit gates around where the target supports them only in the other direction, as on
 * IBM devices whose {@code ecr} is calibrated one way per edge. A gate the target lists for (a, b)
 * is kept. One it lists only for (b, a) is rebuilt as that gate on (b, a) with one-qubit gates
 * around it: the gate's matrix, with the operands swapped, is resynthesised with the gate itself as
 * the entangler. This needs exactly one use for any gate in the CX class, and it is exact. Gates the
 * target lists in neither direction are left for {@code CheckMap} and the error estimate to report.
 * Runs after routing and before the final one-qubit optimisation. O(n).
 */
public final class GateDirection implements Pass {
    private final Target target;
    private final EulerDecomposer.Basis family;

    public GateDirection(Target target) {
        this.target = target;
        this.family = EulerDecomposer.Basis.forGates(target.basisGates()).orElse(EulerDecomposer.Basis.U);
    }

    @Override
    public String name() {
        return "gate-direction";
    }

    @Override
    public Circuit run(Circuit in, PropertySet props) {
        Circuit.Builder out = in.emptyCopy();
        for (Instruction ins : in.instructions()) {
            if (!needsFlip(ins)) {
                out.add(ins);
                continue;
            }
            int a = ins.qubit(0);
            int b = ins.qubit(1);
            double[] v = new double[ins.gate().numParams()];
            for (int i = 0; i < v.length; i++) {
                v[i] = ins.param(i).value();
            }
            // The gate's matrix with its operands listed as (b, a); synthesised with the entangler on
            // operands (0, 1) = (b, a), so the entangler comes out in the supported direction.
            ZMatrixRMaj swapped = Matrices.reverseQubits(ins.gate().matrix(v));
            Circuit flipped = new TwoQubitSynthesizer(ins.gate(), new EulerDecomposer(family))
                    .synthesize(swapped);
            for (Instruction f : flipped.instructions()) {
                if (f.gate() == Gate.GPHASE) {
                    out.add(ins.condition() == null ? f : f.withCondition(ins.condition()));
                    continue;
                }
                int[] mapped = new int[f.numQubits()];
                for (int k = 0; k < mapped.length; k++) {
                    mapped[k] = f.qubit(k) == 0 ? b : a;
                }
                Instruction m = new Instruction(f.gate(), 0, mapped, f.params(), new int[0], ins.condition());
                out.add(m);
            }
        }
        return out.build();
    }

    private boolean needsFlip(Instruction ins) {
        if (ins.numQubits() != 2 || ins.controls() != 0 || !TwoQubitSynthesizer.SUPPORTED.contains(ins.gate())) {
            return false;
        }
        for (Param p : ins.params()) {
            if (!p.isConstant()) {
                return false;
            }
        }
        String name = ins.gate().canonicalName();
        return target.props(name, ins.qubit(0), ins.qubit(1)).isEmpty()
                && target.props(name, ins.qubit(1), ins.qubit(0)).isPresent();
    }
}
