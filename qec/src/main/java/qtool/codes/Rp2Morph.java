package qtool.codes;

import java.util.ArrayList;
import java.util.List;

/**
 * The morph RP-d → SRP-d of the RP² cultivation protocol, as published by the authors
 * (Zihan-Chen-PhMA/Cultiv_T_RP2, t_gadget.py: {@code rp3_to_color_compact},
 * {@code rp5_to_color_new}; the d=3 version is ticks 17–20 of rp_3_T_cult.stim). Only the
 * noiseless Clifford content is kept: which extra qubits are prepared in which state, and the
 * CNOT layers. Positions use the authors' centred grid coordinates (i, j) ∈ [−m, m]², m = (d−1)/2,
 * with data qubit (i, j) at index d·(i+m) + (j+m) and two extra "flag" qubits per row i:
 * f(i,−1) = d² + 2(i+m) and f(i,+1) = d² + 2(i+m) + 1 (for d=3 this is Stim's 101..106 → 9..14).
 *
 * @param n             qubits after the morph (d² + 2d)
 * @param prepared      stabilizers of the freshly prepared extra qubits (X for |+⟩, ±Z for |0⟩/|1⟩)
 * @param gates         the CNOT layers, flattened in time order
 * @param extraCoords   coordinates for the extra qubits (d=3: Stim's; d=5: same pattern, chosen here)
 */
public record Rp2Morph(int d, int n, List<PauliString> prepared, List<CliffordGate> gates,
        List<StabilizerCode.Coord> extraCoords) {

    public static Rp2Morph of(int d) {
        return switch (d) {
            case 3 -> rp3();
            case 5 -> rp5();
            default -> throw new IllegalArgumentException("the published morphs exist for d = 3 and 5 only, not " + d);
        };
    }

    /** Applies the morph to the code's stabilizers and logicals (the code is re-embedded first). */
    public StabilizerCode apply(StabilizerCode rp, String name) {
        if (rp.n() != d * d) {
            throw new IllegalArgumentException("expected RP-" + d + ", got " + rp.name());
        }
        List<PauliString> stabs = new ArrayList<>();
        rp.stabilizers().forEach(s -> stabs.add(s.extendedTo(n)));
        stabs.addAll(prepared);
        List<PauliString> out = new ArrayList<>();
        stabs.forEach(s -> out.add(CliffordGate.conjugate(gates, s)));
        List<StabilizerCode.Coord> coords = new ArrayList<>(rp.coords());
        coords.addAll(extraCoords);
        if (coords.size() != n) {
            coords.clear(); // coordinates are optional; drop them rather than invent any
        }
        PauliString lx = CliffordGate.conjugate(gates, rp.logicalX().extendedTo(n));
        PauliString lz = CliffordGate.conjugate(gates, rp.logicalZ().extendedTo(n));
        return new StabilizerCode(name, n, out, lx, lz, coords);
    }

    private static int data(int d, int i, int j) {
        int m = (d - 1) / 2;
        return d * (i + m) + (j + m);
    }

    private static int flag(int d, int i, int side) {
        int m = (d - 1) / 2;
        return d * d + 2 * (i + m) + (side > 0 ? 1 : 0);
    }

    private static List<StabilizerCode.Coord> flagCoords(int d) {
        int m = (d - 1) / 2;
        List<StabilizerCode.Coord> out = new ArrayList<>();
        for (int i = -m; i <= m; i++) {
            out.add(new StabilizerCode.Coord(i, -(m + 3)));
            out.add(new StabilizerCode.Coord(i, m + 3));
        }
        return out;
    }

    /**
     * rp3_to_color_compact: per row i the pack [q(i,−1), q(i,1), f(i,−1), f(i,1)];
     * RX on f(i,−1), R on f(i,1); CNOT f(i,−1)→f(i,1) (Bell pair); CNOT f(i,−1)→q(i,−1) and
     * q(i,1)→f(i,1); CNOT q(i,−1)→q(i,1).
     */
    private static Rp2Morph rp3() {
        int d = 3;
        int n = d * d + 2 * d;
        List<PauliString> prep = new ArrayList<>();
        List<CliffordGate> gates = new ArrayList<>();
        for (int i = -1; i <= 1; i++) {
            prep.add(PauliString.of(n, 'X', flag(d, i, -1)));
            prep.add(PauliString.of(n, 'Z', flag(d, i, 1)));
        }
        for (int i = -1; i <= 1; i++) {
            gates.add(CliffordGate.cnot(n, flag(d, i, -1), flag(d, i, 1)));
        }
        for (int i = -1; i <= 1; i++) {
            gates.add(CliffordGate.cnot(n, flag(d, i, -1), data(d, i, -1)));
            gates.add(CliffordGate.cnot(n, data(d, i, 1), flag(d, i, 1)));
        }
        for (int i = -1; i <= 1; i++) {
            gates.add(CliffordGate.cnot(n, data(d, i, -1), data(d, i, 1)));
        }
        return new Rp2Morph(d, n, prep, gates, flagCoords(d));
    }

    /**
     * rp5_to_color_new: five six-packs [c0..c5]; rows i = −2, 1, 2 use
     * [q(i,−2), q(i,2), q(i,−1), q(i,1), f(i,−1), f(i,1)], the other two are
     * [q(−1,−1), q(−1,1), q(0,−1), q(0,1), f(−1,−1), f(−1,1)] and
     * [q(−1,−2), q(−1,2), q(0,−2), q(0,2), f(0,−1), f(0,1)]. RX on c4; R then X on c5 (so c5 starts
     * in |1⟩, stabilizer −Z); CNOT c4→c5; CNOT c4→c0, c5→c2; CNOT c1→c4, c3→c5; CNOT c0→c1, c2→c3.
     */
    private static Rp2Morph rp5() {
        int d = 5;
        int n = d * d + 2 * d;
        List<int[]> packs = new ArrayList<>();
        packs.add(rowPack(d, -2));
        packs.add(new int[] {data(d, -1, -1), data(d, -1, 1), data(d, 0, -1), data(d, 0, 1), flag(d, -1, -1), flag(d, -1, 1)});
        packs.add(new int[] {data(d, -1, -2), data(d, -1, 2), data(d, 0, -2), data(d, 0, 2), flag(d, 0, -1), flag(d, 0, 1)});
        packs.add(rowPack(d, 1));
        packs.add(rowPack(d, 2));
        List<PauliString> prep = new ArrayList<>();
        List<CliffordGate> gates = new ArrayList<>();
        for (int[] p : packs) {
            prep.add(PauliString.of(n, 'X', p[4]));
            prep.add(PauliString.of(n, 'Z', p[5]).withPhase(2));
        }
        int[][] layers = {{4, 5}, {4, 0, 5, 2}, {1, 4, 3, 5}, {0, 1, 2, 3}};
        for (int[] layer : layers) {
            for (int[] p : packs) {
                for (int k = 0; k < layer.length; k += 2) {
                    gates.add(CliffordGate.cnot(n, p[layer[k]], p[layer[k + 1]]));
                }
            }
        }
        return new Rp2Morph(d, n, prep, gates, flagCoords(d));
    }

    private static int[] rowPack(int d, int i) {
        return new int[] {data(d, i, -2), data(d, i, 2), data(d, i, -1), data(d, i, 1), flag(d, i, -1), flag(d, i, 1)};
    }
}
