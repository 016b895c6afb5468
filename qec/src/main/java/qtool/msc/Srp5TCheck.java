package qtool.msc;

import java.util.ArrayList;
import java.util.List;
import qtool.ir.Gate;

/**
 * The double T-check on SRP-5 (the authors' {@code d_5_color_T_check}), Clifford proxy: transversal
 * S† on the 35 SRP-5 qubits, fifteen |+⟩ shadow qubits (on RP-5 ancilla sites) copied onto the data
 * qubits of columns 0, 1, 2, the X parity of all 35 gathered on the centre by a six-layer CNOT tree
 * and read, the centre reset to |+⟩, the tree and the shadows undone, the shadows read in
 * X (a Z error on a copied qubit between the two copies flips its shadow), transversal S.
 *
 * <p>Tree (control gathers its target's X parity), with pack p aligned to middle-column qubit
 * (p − 2, 0): layer 6: (p−2, 0) ← pack column 2, column 1 ← column 4, column 3 ← column 5; layer 5:
 * (p−2, 0) ← column 3, column 0 ← column 1; layer 4: (p−2, 0) ← column 0; then the middle column
 * folds onto the centre: (0,0) ← (2,0); (0,0) ← (1,0) with (−1,0) ← (−2,0); (0,0) ← (−1,0). Layers
 * run 6 down to 1 and back.
 */
final class Srp5TCheck {
    private final Rp5Layout layout;
    private final Srp5Morph morph;
    private final List<Integer> shadows = new ArrayList<>();
    private final List<double[]> shadowSites = new ArrayList<>();
    private final List<Integer> images = new ArrayList<>();
    /** Tree layers 1..6 as (control, target) pairs, index 0 = layer 1. */
    private final List<List<Integer>> tree = new ArrayList<>();

    Srp5TCheck(Rp5Layout layout, Srp5Morph morph) {
        this.layout = layout;
        this.morph = morph;
        for (int i = -2; i <= 2; i++) {
            if (i == -1) {
                shadow(-1.5, 0.5, -1, 1);
                shadow(-0.5, 0.5, 0, 1);
            } else if (i == 0) {
                shadow(-1.5, 1.5, -1, 2);
                shadow(-0.5, 1.5, 0, 2);
            } else {
                shadow(i - 0.5, 0.5, i, 1);
                shadow(i - 0.5, 1.5, i, 2);
            }
        }
        for (int i = -2; i <= 2; i++) {
            shadow(i - 0.5, -0.5, i, 0);
        }
        for (int t = 0; t < 6; t++) {
            tree.add(new ArrayList<>());
        }
        int centre = layout.data(0, 0);
        pair(1, centre, layout.data(-1, 0));
        pair(2, centre, layout.data(1, 0));
        pair(2, layout.data(-1, 0), layout.data(-2, 0));
        pair(3, centre, layout.data(2, 0));
        for (int p = 0; p < 5; p++) {
            int middle = layout.data(p - 2, 0);
            pair(4, middle, morph.column(0).get(p));
            pair(5, middle, morph.column(3).get(p));
            pair(5, morph.column(0).get(p), morph.column(1).get(p));
            pair(6, middle, morph.column(2).get(p));
            pair(6, morph.column(1).get(p), morph.column(4).get(p));
            pair(6, morph.column(3).get(p), morph.column(5).get(p));
        }
    }

    private void shadow(double x, double y, int i, int j) {
        int a = layout.ancillaAt(x, y);
        if (a < 0) {
            throw new IllegalStateException("no ancilla site at (" + x + "," + y + ") for a shadow qubit");
        }
        shadows.add(a);
        shadowSites.add(new double[] {x, y});
        images.add(layout.data(i, j));
    }

    private void pair(int layer, int control, int target) {
        tree.get(layer - 1).add(control);
        tree.get(layer - 1).add(target);
    }

    int numShadows() {
        return shadows.size();
    }

    /** The 35 SRP-5 qubits: the six-packs, then the middle column. */
    List<Integer> srpQubits() {
        List<Integer> out = new ArrayList<>(morph.packQubits());
        for (int i = -2; i <= 2; i++) {
            out.add(layout.data(i, 0));
        }
        return out;
    }

    /** Writes the check; the parity is post-selected in {@code stage}, the shadows in {@code stage + 1}. */
    void write(MomentBuilder mb, int round, int stage) {
        List<Integer> real = srpQubits();
        mb.gate(Gate.SDG, real);
        mb.tick();
        mb.gate(Gate.RESET_X, shadows);
        mb.tick();
        copy(mb);
        for (int t = 6; t >= 1; t--) {
            mb.gate(Gate.CX, tree.get(t - 1));
            mb.tick();
        }
        int centre = layout.data(0, 0);
        long parity = mb.measure(Gate.MEASURE_X, centre)[0];
        mb.tick();
        mb.detector(Rp5Layout.coords(0, 0, round, stage), parity);
        mb.gate(Gate.RESET_X, centre);
        mb.tick();
        for (int t = 1; t <= 6; t++) {
            mb.gate(Gate.CX, tree.get(t - 1));
            mb.tick();
        }
        copy(mb);
        long[] flags = mb.measure(Gate.MEASURE_X, shadows.stream().mapToInt(Integer::intValue).toArray());
        mb.tick();
        mb.gate(Gate.S, real);
        mb.tick();
        for (int k = 0; k < flags.length; k++) {
            double[] s = shadowSites.get(k);
            mb.detector(Rp5Layout.coords(s[0], s[1], round, stage + 1), flags[k]);
        }
    }

    private void copy(MomentBuilder mb) {
        List<Integer> pairs = new ArrayList<>();
        for (int k = 0; k < shadows.size(); k++) {
            pairs.add(shadows.get(k));
            pairs.add(images.get(k));
        }
        mb.gate(Gate.CX, pairs);
        mb.tick();
    }
}
