package qtool.msc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The CX schedule of one RP-3 syndrome round: five layers (9/6/8/6/7 pairs), Z ancillas as CX
 * targets of their data, X ancillas as controls.
 *
 * <p>The interleaving is the published circuit's. It is a design choice (which data qubit each
 * check visits when, so that the checks commute step by step and hook errors stay harmless) and
 * does not follow from the code, so it is given as data: for each ancilla, in the layout's order,
 * the data qubit it meets in layers 1–5 (−1: idle in that layer). The constructor checks that
 * each ancilla meets exactly its check's support and that no qubit is used twice in a layer.
 */
final class Rp3Schedule {
    static final int LAYERS = 5;

    // Rows: Z ancillas 9–13, then X ancillas 14–18 (Rp3Layout's order).
    private static final int[][] VISITS = {
        {5, -1, 8, 3, 0},
        {-1, -1, -1, 6, 2},
        {1, 4, 2, 5, -1},
        {3, 6, 4, -1, 7},
        {7, 8, 1, 0, -1},
        {0, 1, 3, -1, 4},
        {4, -1, 5, 7, 8},
        {6, 7, -1, 2, 1},
        {8, -1, 0, -1, -1},
        {2, 5, 6, -1, 3},
    };

    private final List<int[]> layers = new ArrayList<>();

    Rp3Schedule(Rp3Layout layout) {
        List<Rp3Layout.Check> checks = new ArrayList<>(layout.zChecks());
        checks.addAll(layout.xChecks());
        for (int k = 0; k < checks.size(); k++) {
            TreeSet<Integer> met = new TreeSet<>();
            for (int q : VISITS[k]) {
                if (q >= 0) {
                    met.add(q);
                }
            }
            TreeSet<Integer> support = new TreeSet<>();
            for (int q : checks.get(k).stabilizer().support()) {
                support.add(q);
            }
            if (!met.equals(support)) {
                throw new IllegalStateException("ancilla " + checks.get(k).ancilla() + " meets " + met + ", its check is " + support);
            }
        }
        for (int layer = 0; layer < LAYERS; layer++) {
            List<Integer> pairs = new ArrayList<>();
            Set<Integer> busy = new HashSet<>();
            for (int k = 0; k < checks.size(); k++) {
                int q = VISITS[k][layer];
                if (q < 0) {
                    continue;
                }
                Rp3Layout.Check c = checks.get(k);
                if (!busy.add(q) || !busy.add(c.ancilla())) {
                    throw new IllegalStateException("qubit used twice in layer " + (layer + 1));
                }
                // Z check: data controls the ancilla (Z parity onto it); X check: the |+> ancilla controls.
                pairs.add(c.isX() ? c.ancilla() : q);
                pairs.add(c.isX() ? q : c.ancilla());
            }
            layers.add(pairs.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    /** Layer {@code i}'s CX targets as control, target pairs. */
    int[] layer(int i) {
        return layers.get(i).clone();
    }
}
