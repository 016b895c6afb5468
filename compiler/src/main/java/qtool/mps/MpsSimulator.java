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

    /**
     * Applies every instruction of {@code c} to {@code state} in order. Consecutive two-qubit gates on
     * the same pair (a Trotter bond's rxx, ryy, rzz) are multiplied into one 4x4 matrix first, so the
     * pair costs one SVD instead of one per gate, and is truncated once.
     */
    public static void apply(Circuit c, Mps state) {
        if (c.numQubits() != state.numQubits()) {
            throw new IllegalArgumentException("circuit has " + c.numQubits() + " qubits, state " + state.numQubits());
        }
        double[] pending = null;
        int pa = -1;
        int pb = -1;
        for (Instruction in : c.instructions()) {
            if (in.gate().is(GateFlag.DIRECTIVE)) {
                continue;
            }
            if (isPlainTwoQubit(in)) {
                double[] m = matrix(in);
                int a = in.qubit(0);
                int b = in.qubit(1);
                if (pending != null && a == pa && b == pb) {
                    pending = times4(m, pending);
                    continue;
                }
                if (pending != null && a == pb && b == pa) {
                    pending = times4(Mps.swapOperands(m), pending);
                    continue;
                }
                if (pending != null) {
                    state.apply2(pa, pb, pending);
                }
                pending = m;
                pa = a;
                pb = b;
                continue;
            }
            if (pending != null) {
                state.apply2(pa, pb, pending);
                pending = null;
            }
            apply(in, state);
        }
        if (pending != null) {
            state.apply2(pa, pb, pending);
        }
    }

    private static boolean isPlainTwoQubit(Instruction in) {
        return in.numQubits() == 2 && in.condition() == null && in.gate().is(GateFlag.UNITARY)
                && in.qubit(0) != in.qubit(1);
    }

    /** The product {@code x·y} of two 4x4 row-major interleaved complex matrices. */
    static double[] times4(double[] x, double[] y) {
        double[] out = new double[32];
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                double re = 0;
                double im = 0;
                for (int k = 0; k < 4; k++) {
                    double xr = x[2 * (4 * i + k)];
                    double xi = x[2 * (4 * i + k) + 1];
                    double yr = y[2 * (4 * k + j)];
                    double yi = y[2 * (4 * k + j) + 1];
                    re += xr * yr - xi * yi;
                    im += xr * yi + xi * yr;
                }
                out[2 * (4 * i + j)] = re;
                out[2 * (4 * i + j) + 1] = im;
            }
        }
        return out;
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
