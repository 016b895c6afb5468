package qtool.msc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import qtool.codes.CliffordGate;
import qtool.codes.PauliString;
import qtool.codes.Rp2Morph;

/**
 * The verified RP-3 → SRP-3 morph ({@link Rp2Morph}) as circuit moments: which extra qubits are
 * reset in which basis, and its CNOTs grouped into layers. Qubits are given in Stim indices
 * ({@link Rp3Layout#stimQubit}).
 *
 * <p>{@link Rp2Morph} stores the CNOTs as Clifford maps, so each is read back by its action
 * (the control is the qubit whose X spreads, the target the qubit it spreads to) rather than by
 * parsing names. Layers are formed as soon as possible in list order, which for the published
 * morph gives its 3/6/3 layers; the morph back is the same layers in reverse.
 */
final class MorphLayers {
    private final List<Integer> plusQubits = new ArrayList<>();
    private final List<Integer> zeroQubits = new ArrayList<>();
    private final List<List<Integer>> layers = new ArrayList<>();

    MorphLayers(Rp2Morph morph) {
        for (PauliString p : morph.prepared()) {
            int[] s = p.support();
            if (s.length != 1 || p.phase() != 0) {
                throw new IllegalStateException("expected |+> or |0> preparations, got " + p);
            }
            (p.letter(s[0]) == 'X' ? plusQubits : zeroQubits).add(Rp3Layout.stimQubit(s[0]));
        }
        int[] lastLayer = new int[morph.n()];
        Arrays.fill(lastLayer, -1);
        for (CliffordGate g : morph.gates()) {
            int[] ct = controlTarget(g, morph.n());
            int layer = Math.max(lastLayer[ct[0]], lastLayer[ct[1]]) + 1;
            while (layers.size() <= layer) {
                layers.add(new ArrayList<>());
            }
            layers.get(layer).add(Rp3Layout.stimQubit(ct[0]));
            layers.get(layer).add(Rp3Layout.stimQubit(ct[1]));
            lastLayer[ct[0]] = layer;
            lastLayer[ct[1]] = layer;
        }
    }

    /** Extra qubits prepared in |+⟩ (RX), measured back in the X basis. */
    List<Integer> plusQubits() {
        return plusQubits;
    }

    /** Extra qubits prepared in |0⟩ (R), measured back in the Z basis. */
    List<Integer> zeroQubits() {
        return zeroQubits;
    }

    int numLayers() {
        return layers.size();
    }

    /** CNOT layer {@code i} of the forward morph as control, target pairs. */
    List<Integer> layer(int i) {
        return layers.get(i);
    }

    /** (control, target) of a CNOT, identified by how it conjugates single-qubit X and Z. */
    static int[] controlTarget(CliffordGate g, int n) {
        for (int q = 0; q < n; q++) {
            PauliString x = PauliString.of(n, 'X', q);
            PauliString image = g.conjugate(x);
            if (!image.equals(x)) {
                int[] s = image.support();
                if (s.length != 2) {
                    throw new IllegalStateException(g + " is not a CNOT");
                }
                int t = s[0] == q ? s[1] : s[0];
                PauliString zt = g.conjugate(PauliString.of(n, 'Z', t));
                if (!image.equals(PauliString.of(n, 'X', q, t)) || !zt.equals(PauliString.of(n, 'Z', q, t))) {
                    throw new IllegalStateException(g + " is not a CNOT");
                }
                return new int[] {q, t};
            }
        }
        throw new IllegalStateException(g + " acts trivially on X");
    }
}
