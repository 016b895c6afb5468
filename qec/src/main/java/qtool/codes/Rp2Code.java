package qtool.codes;

import java.util.ArrayList;
import java.util.List;

/**
 * The RP² code of Chen, Chen, Lu and Pan ("Efficient Magic State Cultivation on RP²",
 * arXiv:2503.18657): the rotated surface code with opposite boundaries glued antipodally,
 * [[d², 1, d]].
 *
 * <p>Construction. Bulk plaquettes are the weight-4 checks of the rotated surface code. The
 * antipodal map sends cell (r, c) to (d−1−r, d−1−c), hence plaquette (i, j) to
 * (d−2−i, d−2−j). Each overhanging plaquette is merged with its antipodal partner into one check
 * whose support is the union of their in-grid cells: edge plaquettes give weight-4 checks
 * joining two cells of the top (left) row (column) with two of the bottom (right), and the
 * corners (−1,−1)~(d−1,d−1) and (−1,d−1)~(d−1,−1) give one weight-2 X check {(0,0),(d−1,d−1)} and
 * one weight-2 Z check {(0,d−1),(d−1,0)}. Partners have the same colour (their i+j differ by
 * 2d−4−2(i+j), which is even), so this is well defined. Count: (d−1)² bulk + 2(d−1) glued edge
 * + 2 corner = d²+1 checks, (d²+1)/2 of each type; one product relation per type (the surface
 * is closed), so rank d²−1 and k = 1.
 *
 * <p>For d = 3 this reproduces exactly the checks of qec.md §6 and of the final MPP of the
 * authors' rp_3_T_cult.stim, and the antipodal gluing matches their wrapped-check ancillas
 * (e.g. the ancilla at (0.5,−1.5) measures X on {2,3,5,6}).
 */
public final class Rp2Code {
    private Rp2Code() {
    }

    /** RP-d for odd d ≥ 3; verified before it is returned. */
    public static StabilizerCode of(int d) {
        Grid g = new Grid(d);
        int n = g.n();
        List<PauliString> xs = new ArrayList<>();
        List<PauliString> zs = new ArrayList<>();
        for (int i = -1; i <= d - 1; i++) {
            for (int j = -1; j <= d - 1; j++) {
                List<Integer> cells;
                if (g.isBulk(i, j)) {
                    cells = g.cells(i, j);
                } else {
                    int pi = d - 2 - i;
                    int pj = d - 2 - j;
                    // Emit each antipodal pair once, from its lexicographically smaller member.
                    if (i > pi || (i == pi && j >= pj)) {
                        continue;
                    }
                    cells = new ArrayList<>(g.cells(i, j));
                    cells.addAll(g.cells(pi, pj));
                }
                (Grid.isXPlaquette(i, j) ? xs : zs).add(PauliString.of(n, Grid.isXPlaquette(i, j) ? 'X' : 'Z', cells));
            }
        }
        return g.codeWithMiddleLogicals("RP-" + d, xs, zs);
    }
}
