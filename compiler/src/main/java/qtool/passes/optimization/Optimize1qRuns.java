package qtool.passes.optimization;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.ZMatrixRMaj;
import qtool.dense.Matrices;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.GateCall;
import qtool.ir.GateFlag;
import qtool.ir.Instruction;
import qtool.ir.Param;
import qtool.pass.Pass;
import qtool.pass.PropertySet;
import qtool.synthesis.EulerDecomposer;

/**
 * Fuses every maximal run of constant one-qubit gates on a qubit into one product and rewrites it
 * with the target's one-qubit family ({@link EulerDecomposer}), with the exact global phase as a
 * {@code gphase}. A run is replaced when the rewrite has fewer gates or when the run uses gates
 * outside the family; otherwise it is kept as it was, so the pass never makes a circuit longer. A
 * run is emitted just before the next instruction on its qubit, which is exact because it commutes
 * with everything on other qubits. O(n) for n instructions. Unconditioned global phases are summed into one {@code gphase} at the
 * end, which is exact because a global phase commutes with everything.
 */
public final class Optimize1qRuns implements Pass {
    private final EulerDecomposer decomposer;
    /** Global phase collected during one run (the pass is used by one thread at a time). */
    private double phase;

    public Optimize1qRuns(EulerDecomposer decomposer) {
        this.decomposer = decomposer;
    }

    @Override
    public String name() {
        return "optimize-1q-runs";
    }

    @Override
    public Circuit run(Circuit in, PropertySet props) {
        List<List<Instruction>> runs = new ArrayList<>();
        for (int q = 0; q < in.numQubits(); q++) {
            runs.add(new ArrayList<>());
        }
        Circuit.Builder out = in.emptyCopy();
        phase = 0;
        for (Instruction ins : in.instructions()) {
            if (ins.gate() == Gate.GPHASE && ins.controls() == 0 && ins.condition() == null && ins.param(0).isConstant()) {
                phase += ins.param(0).value();
                continue;
            }
            if (fusable(ins)) {
                runs.get(ins.qubit(0)).add(ins);
                continue;
            }
            for (int k = 0; k < ins.numQubits(); k++) {
                flush(runs.get(ins.qubit(k)), out);
            }
            if (ins.condition() != null || ins.numClbits() > 0) {
                // A classical dependency may reach any qubit through later conditions; keep order.
                for (List<Instruction> run : runs) {
                    flush(run, out);
                }
            }
            out.add(ins);
        }
        for (List<Instruction> run : runs) {
            flush(run, out);
        }
        // Unconditioned global phases commute with everything: one at the end carries them all.
        double wrapped = Math.IEEEremainder(phase, 2 * Math.PI);
        if (Math.abs(wrapped) > 1e-15) {
            out.add(Instruction.of(Gate.GPHASE, List.of(Param.constant(wrapped))));
        }
        return out.build();
    }

    private static boolean fusable(Instruction ins) {
        if (ins.numQubits() != 1 || ins.controls() != 0 || ins.condition() != null || !ins.gate().is(GateFlag.UNITARY)) {
            return false;
        }
        for (Param p : ins.params()) {
            if (!p.isConstant()) {
                return false;
            }
        }
        return true;
    }

    private void flush(List<Instruction> run, Circuit.Builder out) {
        if (run.isEmpty()) {
            return;
        }
        int qubit = run.get(0).qubit(0);
        ZMatrixRMaj product = Matrices.identity(2);
        boolean foreign = false;
        for (Instruction ins : run) {
            double[] v = new double[ins.gate().numParams()];
            for (int i = 0; i < v.length; i++) {
                v[i] = ins.param(i).value();
            }
            product = Matrices.multiply(ins.gate().matrix(v), product);
            foreign |= !decomposer.basis().gates().contains(ins.gate());
        }
        List<GateCall> rewritten = decomposer.decompose(product);
        int gates = 0;
        for (GateCall c : rewritten) {
            if (c.gate() != Gate.GPHASE) {
                gates++;
            }
        }
        if (foreign || gates < run.size()) {
            for (GateCall c : rewritten) {
                if (c.gate() == Gate.GPHASE) {
                    phase += c.params().get(0).value();
                } else {
                    out.add(Instruction.of(c.gate(), c.params(), qubit));
                }
            }
        } else {
            for (Instruction ins : run) {
                out.add(ins);
            }
        }
        run.clear();
    }
}
