package qtool.models;

import java.util.List;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.Instruction;
import qtool.ir.Param;

/**
 * Product-formula circuits for {@code e^{-iHt}} on a {@link SpinChain}, as rxx/ryy/rzz/rx gates
 * ({@code rPP(θ) = e^{-iθ PP/2}}, so a term {@code c·PP} for time τ is {@code rPP(2cτ)}).
 *
 * <p>The XX, YY and ZZ terms of one bond commute, so each bond gets one exact block; the Trotter
 * error comes only from splitting the even bonds (0-1, 2-3, …), the odd bonds and the field. First
 * order, per step: even, odd (then field). Second order (Suzuki), per step: A(τ/2) B(τ) A(τ/2) with A
 * the even bonds and B the odd bonds plus field; the trailing A(τ/2) of a step and the leading one of
 * the next are merged into one layer A(τ), an exact identity, so k steps have 2k+1 layers of blocks.
 * For TFIM all ZZ terms commute: A is the field layer, B the even and odd ZZ bonds.
 *
 * <p>Z fields {@code Σ h_i Z_i} ({@link SpinChain#zFields}) go in single-qubit rz layers, which are free
 * in two-qubit depth. XXZ/Heisenberg, first order: even, odd, fields. Second order: the fields split
 * symmetrically around B, {@code A(τ/2) F(τ/2) B(τ) F(τ/2) A(τ/2)} (nested Strang splitting, still second
 * order), so the A half layers of consecutive steps still merge and k steps keep 2k+1 layers of blocks.
 * For TFIM the Z fields commute with the ZZ bonds and join B.
 */
public final class TrotterCircuit {
    /** How the qubits start. */
    public enum Initial {
        /** |0…0⟩. */
        ZEROS,
        /** |0101…⟩: an X gate on every odd qubit. */
        NEEL
    }

    private TrotterCircuit() {
    }

    /** The circuit for time {@code t} in {@code steps} steps of the given order (1 or 2). */
    public static Circuit build(SpinChain model, double t, int steps, int order, Initial initial) {
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be at least 1, not " + steps);
        }
        if (order != 1 && order != 2) {
            throw new IllegalArgumentException("order must be 1 or 2, not " + order);
        }
        if (!Double.isFinite(t)) {
            throw new IllegalArgumentException("time must be a finite number");
        }
        int n = model.numQubits();
        Circuit.Builder b = Circuit.builder(n, 0);
        if (initial == Initial.NEEL) {
            for (int q = 1; q < n; q += 2) {
                b.add(Instruction.of(Gate.X, q));
            }
        }
        double dt = t / steps;
        boolean tfim = model.kind() == SpinChain.Kind.TFIM;
        if (order == 1) {
            for (int s = 0; s < steps; s++) {
                bonds(b, model, 0, dt);
                bonds(b, model, 1, dt);
                zFields(b, model, dt);
                if (tfim) {
                    field(b, model, dt);
                }
            }
            return b.build();
        }
        for (int s = 0; s < steps; s++) {
            double lead = s == 0 ? dt / 2 : dt;
            if (tfim) {
                field(b, model, lead);
                bonds(b, model, 0, dt);
                bonds(b, model, 1, dt);
                zFields(b, model, dt);
            } else {
                bonds(b, model, 0, lead);
                zFields(b, model, dt / 2);
                bonds(b, model, 1, dt);
                zFields(b, model, dt / 2);
            }
        }
        if (tfim) {
            field(b, model, dt / 2);
        } else {
            bonds(b, model, 0, dt / 2);
        }
        return b.build();
    }

    /** The blocks on bonds of the given parity for time tau. */
    private static void bonds(Circuit.Builder b, SpinChain model, int parity, double tau) {
        for (int i = parity; i + 1 < model.numQubits(); i += 2) {
            double[] c = model.bondCoefficients(i);
            rotation(b, Gate.RXX, 2 * c[0] * tau, i, i + 1);
            rotation(b, Gate.RYY, 2 * c[1] * tau, i, i + 1);
            rotation(b, Gate.RZZ, 2 * c[2] * tau, i, i + 1);
        }
    }

    private static void field(Circuit.Builder b, SpinChain model, double tau) {
        double h = model.fieldCoefficient();
        for (int q = 0; q < model.numQubits(); q++) {
            rotation(b, Gate.RX, 2 * h * tau, q);
        }
    }

    /** {@code e^{-iτ Σ h_q Z_q}} as rz(2 h_q τ) on every qubit with a field. */
    private static void zFields(Circuit.Builder b, SpinChain model, double tau) {
        double[] h = model.zFields();
        for (int q = 0; q < h.length; q++) {
            rotation(b, Gate.RZ, 2 * h[q] * tau, q);
        }
    }

    private static void rotation(Circuit.Builder b, Gate g, double angle, int... qubits) {
        if (angle != 0) {
            b.add(Instruction.of(g, List.of(Param.constant(angle)), qubits));
        }
    }
}
