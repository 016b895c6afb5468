package qtool.codes;

import java.util.List;

/**
 * A one- or two-qubit Clifford gate U, given by the images U·X_q·U† and U·Z_q·U† of the X and Z
 * letters on the qubits it touches. {@link #conjugate} maps a Pauli P to U·P·U†, which is how a
 * stabilizer of a state evolves when U is applied — the only use here (deriving the SRP codes
 * by pushing RP² stabilizers through the published morph circuits).
 *
 * <p>The image of Y_q follows from Y = iXZ, so signs (e.g. Z → −Z under H_XY) come out right
 * without per-letter tables.
 */
public final class CliffordGate {
    private final String name;
    private final int[] qubits;
    /** imageX[k], imageZ[k] are the images of X and Z on qubits[k], on the full register. */
    private final PauliString[] imageX;
    private final PauliString[] imageZ;

    private CliffordGate(String name, int[] qubits, PauliString[] imageX, PauliString[] imageZ) {
        this.name = name;
        this.qubits = qubits;
        this.imageX = imageX;
        this.imageZ = imageZ;
    }

    /** CNOT: X_c → X_c X_t, Z_t → Z_c Z_t, X_t and Z_c unchanged. */
    public static CliffordGate cnot(int n, int control, int target) {
        if (control == target) {
            throw new IllegalArgumentException("CNOT control equals target " + control);
        }
        PauliString xc = PauliString.of(n, 'X', control, target);
        PauliString zc = PauliString.of(n, 'Z', control);
        PauliString xt = PauliString.of(n, 'X', target);
        PauliString zt = PauliString.of(n, 'Z', control, target);
        return new CliffordGate("CNOT " + control + " " + target, new int[] {control, target},
                new PauliString[] {xc, xt}, new PauliString[] {zc, zt});
    }

    /** Hadamard: X ↔ Z. */
    public static CliffordGate h(int n, int q) {
        return single("H", n, q, PauliString.of(n, 'Z', q), PauliString.of(n, 'X', q));
    }

    /** Phase gate S: X → Y, Z → Z. */
    public static CliffordGate s(int n, int q) {
        return single("S", n, q, PauliString.of(n, 'Y', q), PauliString.of(n, 'Z', q));
    }

    /** S†: X → −Y, Z → Z. */
    public static CliffordGate sDag(int n, int q) {
        return single("S_DAG", n, q, PauliString.of(n, 'Y', q).withPhase(2), PauliString.of(n, 'Z', q));
    }

    /** H_XY = (X+Y)/√2: X → Y, Z → −Z (hence Y → X); the Clifford image of the T-check's T·X·T†. */
    public static CliffordGate hXY(int n, int q) {
        return single("H_XY", n, q, PauliString.of(n, 'Y', q), PauliString.of(n, 'Z', q).withPhase(2));
    }

    /** Pauli X as a gate: Z → −Z (used for preparing |1⟩ = X|0⟩). */
    public static CliffordGate x(int n, int q) {
        return single("X", n, q, PauliString.of(n, 'X', q), PauliString.of(n, 'Z', q).withPhase(2));
    }

    private static CliffordGate single(String name, int n, int q, PauliString ix, PauliString iz) {
        return new CliffordGate(name + " " + q, new int[] {q}, new PauliString[] {ix}, new PauliString[] {iz});
    }

    /** U·P·U†. */
    public PauliString conjugate(PauliString p) {
        // Factors on different qubits commute, and so do their images, so the untouched part and
        // each touched qubit's image can be multiplied in any order.
        PauliString out = p.cleared(qubits);
        for (int k = 0; k < qubits.length; k++) {
            char c = p.letter(qubits[k]);
            switch (c) {
                case 'X' -> out = out.times(imageX[k]);
                case 'Z' -> out = out.times(imageZ[k]);
                case 'Y' -> out = out.times(imageX[k].times(imageZ[k]).timesPhase(1));
                default -> { }
            }
        }
        return out;
    }

    /** Applies the gates in order: returns U_m…U_1 · P · U_1†…U_m†. */
    public static PauliString conjugate(List<CliffordGate> circuit, PauliString p) {
        PauliString out = p;
        for (CliffordGate g : circuit) {
            out = g.conjugate(out);
        }
        return out;
    }

    @Override
    public String toString() {
        return name;
    }
}
