package qtool.msc;

import java.util.ArrayList;
import java.util.List;
import qtool.codes.StabilizerCode;

/**
 * The CNOT tree that gathers the X parity of all 15 SRP-3 qubits onto the centre qubit for the
 * T-check (with T → S, the transversal H_XY check). A CNOT parent → child makes a later X
 * measurement of the parent measure X_parent·X_child, so each parent collects its children's
 * subtrees once they are complete.
 *
 * <p>SRP-3 is laid out in rows i = −1, 0, 1 of five qubits: flag f(i,−1), data (i,−1), (i,0),
 * (i,1), flag f(i,+1). All rows fold in parallel onto their middle qubit, then the middle column
 * folds onto the centre, as in the published circuit:
 * <ol>
 * <li>(i,1) ← f(i,1)</li>
 * <li>(i,−1) ← f(i,−1) and (i,0) ← (i,1)</li>
 * <li>(i,0) ← (i,−1)</li>
 * <li>(0,0) ← (−1,0)</li>
 * <li>(0,0) ← (1,0)</li>
 * </ol>
 * Flag positions come from the verified morph's coordinates, so the tree follows its layout.
 */
final class ParityTree {
    private final List<List<Integer>> layers = new ArrayList<>();

    ParityTree(Rp3Layout layout) {
        for (int k = 0; k < 5; k++) {
            layers.add(new ArrayList<>());
        }
        for (int i = -1; i <= 1; i++) {
            cnot(0, q(i, 1), flag(layout, i, +1));
        }
        for (int i = -1; i <= 1; i++) {
            cnot(1, q(i, -1), flag(layout, i, -1));
        }
        for (int i = -1; i <= 1; i++) {
            cnot(1, q(i, 0), q(i, 1));
        }
        for (int i = -1; i <= 1; i++) {
            cnot(2, q(i, 0), q(i, -1));
        }
        cnot(3, q(0, 0), q(-1, 0));
        cnot(4, q(0, 0), q(1, 0));
    }

    /** The root, whose X measurement reads the parity. */
    int root() {
        return q(0, 0);
    }

    int numLayers() {
        return layers.size();
    }

    /** Layer {@code k} as control, target pairs (Stim indices). */
    List<Integer> layer(int k) {
        return layers.get(k);
    }

    private void cnot(int layer, int control, int target) {
        layers.get(layer).add(control);
        layers.get(layer).add(target);
    }

    private static int q(int i, int j) {
        return Rp3Layout.dataAt(i, j);
    }

    /** The morph qubit at the end of row i on the given side. */
    private static int flag(Rp3Layout layout, int i, int side) {
        List<StabilizerCode.Coord> coords = layout.morph().extraCoords();
        for (int k = 0; k < coords.size(); k++) {
            StabilizerCode.Coord c = coords.get(k);
            if (c.x() == i && Math.signum(c.y()) == side) {
                return Rp3Layout.flagQubit(Rp3Layout.N_DATA + k);
            }
        }
        throw new IllegalStateException("no morph qubit at row " + i + " side " + side);
    }
}
