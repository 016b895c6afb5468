package qtool.mps;

import java.util.Map;
import org.ejml.data.ZMatrixRMaj;
import qtool.dense.Matrices;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.GateFlag;
import qtool.ir.Instruction;

/**
 * Runs a unitary circuit on a {@link Mps}: the MPS counterpart of
 * {@link qtool.dense.StatevectorSimulator} for chains too long for a state vector. Barriers and
 * delays are skipped; measurement, reset, classical conditions and gates on more than two qubits
 * are rejected with {@link IllegalArgumentException} (decompose them first, e.g. with
 * {@code --passes basis-translator}). Parameters must be numeric.
 */
public final class MpsSimulator {
    private MpsSimulator() {
    }

    /** The state {@code c} prepares from |0…0⟩ with the given truncation. */
    public static Mps run(Circuit c, int maxBond, double cutoff) {
        Mps state = Mps.zeros(c.numQubits(), maxBond, cutoff);
        apply(c, state);
        return state;
    }

    /** Applies every instruction of {@code c} to {@code state} in order. */
    public static void apply(Circuit c, Mps state) {
        if (c.numQubits() != state.numQubits()) {
            throw new IllegalArgumentException("circuit has " + c.numQubits() + " qubits, state " + state.numQubits());
        }
        for (Instruction in : c.instructions()) {
            apply(in, state);
        }
    }

    /** Applies one instruction. */
    public static void apply(Instruction in, Mps state) {
        Gate g = in.gate();
        if (g.is(GateFlag.DIRECTIVE)) {
            return;
        }
        if (in.condition() != null || !g.is(GateFlag.UNITARY)) {
            throw new IllegalArgumentException("the MPS simulator runs unitary, unconditioned gates only, not " + in);
        }
        double[] m = matrix(in);
        switch (in.numQubits()) {
            case 0 -> state.scale(m[0], m[1]);
            case 1 -> state.apply1(in.qubit(0), m);
            case 2 -> state.apply2(in.qubit(0), in.qubit(1), m);
            default -> throw new IllegalArgumentException("the MPS simulator takes gates on at most two qubits; decompose "
                    + in + " first");
        }
    }

    /** The instruction's matrix over its operands (controls included), row-major interleaved. */
    static double[] matrix(Instruction in) {
        double[] params = new double[in.params().size()];
        for (int i = 0; i < params.length; i++) {
            try {
                params[i] = in.param(i).eval(Map.of());
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("the MPS simulator needs numeric parameters, not " + in);
            }
        }
        ZMatrixRMaj m = in.gate().matrix(params);
        if (in.controls() > 0) {
            m = Matrices.controlled(m, in.controls());
        }
        return m.data.clone();
    }
}
