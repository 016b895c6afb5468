package qtool.qubo.solve;

import java.util.List;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.Instruction;
import qtool.ir.Param;
import qtool.ir.Register;
import qtool.qubo.model.Ising;

/**
 * The QAOA circuit of an Ising cost with fixed angles, in gates every qtool backend knows:
 * {@code h} on every qubit, then per layer {@code rzz(2γJ_uv)} for every coupling,
 * {@code rz(2γh_u)} for every field and {@code rx(2β)} on every qubit, and a final measurement
 * into {@code c}. Since {@code rzz(θ) = e^{-iθ ZZ/2}} and {@code rz(θ) = e^{-iθ Z/2}} up to global
 * phase, the layer is exactly {@code e^{-iβ Σ X} e^{-iγ (C - offset)}}.
 */
public final class QaoaCircuit {
    private QaoaCircuit() {
    }

    public static Circuit build(Ising ising, QaoaAngles angles, boolean measure) {
        int n = ising.size();
        Circuit.Builder b = Circuit.builder(0, 0);
        b.addRegister("q", Register.Kind.QUBIT, n);
        if (measure) {
            b.addRegister("c", Register.Kind.CLBIT, n);
        }
        for (int q = 0; q < n; q++) {
            b.add(Instruction.of(Gate.H, q));
        }
        for (int l = 0; l < angles.depth(); l++) {
            double g = angles.gammas()[l];
            for (int u = 0; u < n; u++) {
                for (int v = u + 1; v < n; v++) {
                    if (ising.j()[u][v] != 0) {
                        b.add(Instruction.of(Gate.RZZ, List.of(Param.constant(2 * g * ising.j()[u][v])), u, v));
                    }
                }
            }
            for (int u = 0; u < n; u++) {
                if (ising.h()[u] != 0) {
                    b.add(Instruction.of(Gate.RZ, List.of(Param.constant(2 * g * ising.h()[u])), u));
                }
            }
            for (int u = 0; u < n; u++) {
                b.add(Instruction.of(Gate.RX, List.of(Param.constant(2 * angles.betas()[l])), u));
            }
        }
        if (measure) {
            for (int q = 0; q < n; q++) {
                b.add(new Instruction(Gate.MEASURE, 0, new int[] {q}, List.of(), new int[] {q}, null));
            }
        }
        return b.build();
    }
}
