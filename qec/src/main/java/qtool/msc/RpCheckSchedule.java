package qtool.msc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import qtool.codes.PauliString;
import qtool.codes.Rp2Code;
import qtool.codes.StabilizerCode;

/**
 * The RP-d check layout and five-step CX schedule of Chen, Chen, Lu and Pan's circuits
 * ({@code RP_surface_code_fresh} in their Cultiv_T_RP2 repository), for any odd d: which plaquette
 * centre each check's ancilla sits on and which data qubit it meets in each of the steps 1–5.
 *
 * <p>Positions are centred (row, column), data qubits on integers in [−m, m]² (m = (d−1)/2) with
 * local index d·(row+m) + (column+m). The bulk checks alternate X and Z; a check glued across the
 * antipodal boundary sits on its top overhang (column −m−½) or its left one (row −m−½), and the
 * two weight-2 corner checks on (−m−½, −m−½) (X) and (m+½, −m−½) (Z). The step of each visit is a
 * per-family rule (bulk, checks next to the last row or column, glued rows, corners) that keeps
 * every X/Z pair commuting step by step. These are the authors' design choices, stated as data;
 * the constructor checks that every check is one of {@link Rp2Code}'s, each measured once, and that
 * no qubit is used twice in a step. For d = 3 this reproduces {@link Rp3Schedule}.
 */
final class RpCheckSchedule {
    static final int STEPS = 5;

    /** A check: type, ancilla position, and the data qubit (local index, −1: none) met in steps 1–5. */
    record Check(boolean isX, double x, double y, int[] visits, PauliString stabilizer) {
    }

    private final int d;
    private final int m;
    private final List<Check> xChecks = new ArrayList<>();
    private final List<Check> zChecks = new ArrayList<>();
    private final StabilizerCode code;

    RpCheckSchedule(int d) {
        if (d < 3 || d % 2 == 0) {
            throw new IllegalArgumentException("RP² codes need an odd distance of at least 3, got " + d);
        }
        this.d = d;
        this.m = d / 2;
        this.code = Rp2Code.of(d);
        buildXChecks();
        buildZChecks();
        verify();
    }

    int distance() {
        return d;
    }

    StabilizerCode code() {
        return code;
    }

    /** X checks in the authors' order: two bulk sublattices, the glued rows, the glued columns (corner first). */
    List<Check> xChecks() {
        return xChecks;
    }

    /** Z checks in the authors' order: glued columns (corner last), two bulk sublattices, glued rows. */
    List<Check> zChecks() {
        return zChecks;
    }

    /** The check at (x, y), or null. */
    Check checkAt(double x, double y) {
        for (List<Check> l : List.of(xChecks, zChecks)) {
            for (Check c : l) {
                if (c.x() == x && c.y() == y) {
                    return c;
                }
            }
        }
        return null;
    }

    int local(int row, int col) {
        return d * (row + m) + (col + m);
    }

    // The rules below use the authors' uncentred frame: data at (i, j) ∈ [0, d−1]², then shift by −m.
    // For a check at (px, py) the four corners are a = (px−½, py+½), b = (px+½, py+½),
    // c = (px−½, py−½), e = (px+½, py−½); steps are given in the order a, b, c, e.

    private void buildXChecks() {
        for (int sub = 0; sub < 2; sub++) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    double px = 2 * i + 0.5 + sub;
                    double py = 2 * j + 0.5 + sub;
                    int[] steps;
                    if (sub == 1 && py == d - 1.5) {
                        steps = new int[] {3, 5, 1, 4};
                    } else if (sub == 0 && px == d - 2.5) {
                        steps = new int[] {2, 5, 1, 3};
                    } else {
                        steps = new int[] {2, 4, 1, 3};
                    }
                    xChecks.add(bulk(true, px, py, steps));
                }
            }
        }
        for (int j = 0; j < m; j++) {
            xChecks.add(gluedRow(true, 2 * j + 1.5, new int[] {1, 4, 2, 5}));
        }
        for (int j = 0; j <= m; j++) {
            double px = 2 * j - 0.5;
            if (j == 0) {
                // corner (−½, −½): meets (0, 0) in step 3 and the opposite corner (d−1, d−1) in step 1
                xChecks.add(make(true, px, -0.5, new int[][] {{0, 0, 3}, {d - 1, d - 1, 1}}));
            } else {
                xChecks.add(gluedColumn(true, px, new int[] {5, 3, 2, 1}));
            }
        }
    }

    private void buildZChecks() {
        for (int i = 0; i <= m; i++) {
            double px = 2 * i + 0.5;
            if (i < m) {
                zChecks.add(gluedColumn(false, px, px == 0.5 ? new int[] {5, 4, 3, 1} : new int[] {5, 4, 2, 1}));
            } else {
                // corner (d−½, −½): meets (d−1, 0) in step 4 and (0, d−1) in step 5
                zChecks.add(make(false, px, -0.5, new int[][] {{d - 1, 0, 4}, {0, d - 1, 5}}));
            }
        }
        for (int sub = 0; sub < 2; sub++) {
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    double px = 2 * i + 0.5 + sub;
                    double py = 2 * j + 1.5 - sub;
                    int[] steps;
                    if (sub == 1 && px == d - 1.5) {
                        steps = py == 0.5 ? new int[] {3, 5, 1, 2} : new int[] {4, 5, 1, 3};
                    } else if (sub == 1 && py == d - 2.5) {
                        steps = new int[] {3, 5, 1, 2};
                    } else {
                        steps = new int[] {3, 4, 1, 2};
                    }
                    zChecks.add(bulk(false, px, py, steps));
                }
            }
        }
        for (int j = 0; j < m; j++) {
            double py = 2 * j + 0.5;
            zChecks.add(gluedRow(false, py, py == 0.5 ? new int[] {1, 3, 2, 4} : new int[] {1, 3, 2, 5}));
        }
    }

    /** A bulk plaquette; steps for corners a, b, c, e. */
    private Check bulk(boolean isX, double px, double py, int[] steps) {
        double[][] corners = {{px - 0.5, py + 0.5}, {px + 0.5, py + 0.5}, {px - 0.5, py - 0.5}, {px + 0.5, py - 0.5}};
        int[][] visits = new int[4][];
        for (int k = 0; k < 4; k++) {
            visits[k] = new int[] {(int) corners[k][0], (int) corners[k][1], steps[k]};
        }
        return make(isX, px, py, visits);
    }

    /**
     * A check on row −½ glued to row d−1: it meets (0, py±½) and their antipodes (d−1, d−1−(py±½));
     * steps for (d−1, d−py−1.5), (0, py+½), (d−1, d−py−½), (0, py−½).
     */
    private Check gluedRow(boolean isX, double py, int[] steps) {
        return make(isX, -0.5, py, new int[][] {
            {d - 1, (int) (d - py - 1.5), steps[0]},
            {0, (int) (py + 0.5), steps[1]},
            {d - 1, (int) (d - py - 0.5), steps[2]},
            {0, (int) (py - 0.5), steps[3]}});
    }

    /**
     * A check on column −½ glued to column d−1: it meets (px±½, 0) and (d−px∓½…, d−1); steps for
     * (px−½, 0), (px+½, 0), (d−px−½, d−1), (d−px−1.5, d−1).
     */
    private Check gluedColumn(boolean isX, double px, int[] steps) {
        return make(isX, px, -0.5, new int[][] {
            {(int) (px - 0.5), 0, steps[0]},
            {(int) (px + 0.5), 0, steps[1]},
            {(int) (d - px - 0.5), d - 1, steps[2]},
            {(int) (d - px - 1.5), d - 1, steps[3]}});
    }

    /** A check from (row, column, step) visits in the uncentred frame. */
    private Check make(boolean isX, double px, double py, int[][] visits) {
        int[] byStep = new int[STEPS];
        java.util.Arrays.fill(byStep, -1);
        List<Integer> support = new ArrayList<>();
        for (int[] v : visits) {
            if (v[0] < 0 || v[0] >= d || v[1] < 0 || v[1] >= d) {
                throw new IllegalStateException("visit outside the grid at (" + px + "," + py + ")");
            }
            int q = local(v[0] - m, v[1] - m);
            if (byStep[v[2] - 1] >= 0) {
                throw new IllegalStateException("two visits in one step at (" + px + "," + py + ")");
            }
            byStep[v[2] - 1] = q;
            support.add(q);
        }
        PauliString s = PauliString.of(d * d, isX ? 'X' : 'Z', support);
        return new Check(isX, px - m, py - m, byStep, s);
    }

    private void verify() {
        Set<PauliString> seen = new HashSet<>();
        for (List<Check> l : List.of(xChecks, zChecks)) {
            for (Check c : l) {
                if (!code.stabilizers().contains(c.stabilizer()) || !seen.add(c.stabilizer())) {
                    throw new IllegalStateException("the check at (" + c.x() + "," + c.y() + ") is not a distinct check of RP-" + d);
                }
            }
        }
        if (seen.size() != code.stabilizers().size()) {
            throw new IllegalStateException("the layout measures " + seen.size() + " of " + code.stabilizers().size() + " checks");
        }
        for (int s = 0; s < STEPS; s++) {
            Set<Integer> busy = new TreeSet<>();
            for (List<Check> l : List.of(xChecks, zChecks)) {
                for (Check c : l) {
                    if (c.visits()[s] >= 0 && !busy.add(c.visits()[s])) {
                        throw new IllegalStateException("data qubit " + c.visits()[s] + " used twice in step " + (s + 1));
                    }
                }
            }
        }
    }
}
