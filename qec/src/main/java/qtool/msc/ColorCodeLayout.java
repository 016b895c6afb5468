package qtool.msc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.TreeSet;

/**
 * The triangular 6.6.6 color code of odd distance d on the grid of the original cultivation paper
 * (Gidney, Shutty, Jones, arXiv:2409.17595, {@code make_color_code}), as facts of layout:
 * plaquette anchors m = (x, y) with x odd and y ≡ ⌊x/2⌋ (mod 2); a plaquette's data qubits are
 * m + {(2,0), (−1,0), (0,1), (0,−1), (1,1), (1,−1)} inside the triangle y ≥ 0, 3x ≥ 2y − 1,
 * 3x ≤ 6d − 3 − 2y; plaquettes with 4 or 6 data qubits are kept. Each plaquette is an X and a Z
 * check, measured through the helper pair m (X) and m + (1,0) (Z); its color is
 * (⌊y/2⌋ − [⌊x/2⌋ odd]) mod 3. d = 3 gives the 7 data qubits of {@link ColorCultivation}, d = 5
 * the 19 data qubits and 9 plaquettes of the d1 = 5 stage.
 */
final class ColorCodeLayout {
    /** The six data offsets from a plaquette anchor, in the order (2,0), (−1,0), (0,1), (0,−1), (1,1), (1,−1). */
    static final int[][] OFFSETS = {{2, 0}, {-1, 0}, {0, 1}, {0, -1}, {1, 1}, {1, -1}};

    /** A plaquette: its anchor (the X helper), color 0, 1, 2 (r, g, b) and data qubits. */
    record Plaquette(Site anchor, int color, List<Site> data) {
        Site xHelper() {
            return anchor;
        }

        Site zHelper() {
            return anchor.plus(1, 0);
        }

        boolean hasData(Site s) {
            return data.contains(s);
        }
    }

    private final int distance;
    private final List<Plaquette> plaquettes;
    private final List<Site> data;

    private ColorCodeLayout(int distance, List<Plaquette> plaquettes, List<Site> data) {
        this.distance = distance;
        this.plaquettes = plaquettes;
        this.data = data;
    }

    static ColorCodeLayout of(int distance) {
        if (distance < 3 || distance % 2 == 0) {
            throw new IllegalArgumentException("color code distance must be odd and at least 3: " + distance);
        }
        List<Plaquette> plaquettes = new ArrayList<>();
        TreeSet<Site> data = new TreeSet<>();
        for (int x = 1; x < 2 * distance; x += 2) {
            for (int y = 0; y < 2 * distance; y++) {
                if (y % 2 != (x / 2) % 2) {
                    continue;
                }
                Site m = new Site(x, y);
                List<Site> support = new ArrayList<>();
                for (int[] o : OFFSETS) {
                    Site s = m.plus(o[0], o[1]);
                    if (inside(s, distance)) {
                        support.add(s);
                    }
                }
                if (support.size() != 4 && support.size() != 6) {
                    continue;
                }
                int color = Math.floorMod(y / 2 - ((x / 2) % 2 == 1 ? 1 : 0), 3);
                plaquettes.add(new Plaquette(m, color, Collections.unmodifiableList(support)));
                data.addAll(support);
            }
        }
        return new ColorCodeLayout(distance, Collections.unmodifiableList(plaquettes),
                Collections.unmodifiableList(new ArrayList<>(data)));
    }

    private static boolean inside(Site s, int distance) {
        return s.y() >= 0 && 3 * s.x() >= 2 * s.y() - 1 && 3 * s.x() <= 6 * distance - 3 - 2 * s.y();
    }

    int distance() {
        return distance;
    }

    List<Plaquette> plaquettes() {
        return plaquettes;
    }

    /** Data qubits in (x, y) order. */
    List<Site> data() {
        return data;
    }

    /** Data qubits and both helpers of every plaquette. */
    TreeSet<Site> sites() {
        TreeSet<Site> all = new TreeSet<>(data);
        for (Plaquette p : plaquettes) {
            all.add(p.xHelper());
            all.add(p.zHelper());
        }
        return all;
    }
}
