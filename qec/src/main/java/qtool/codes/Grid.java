package qtool.codes;

import java.util.ArrayList;
import java.util.List;

/**
 * A d×d grid of data qubits numbered row-major, with the plaquette conventions shared by the
 * rotated surface code and the RP² code.
 *
 * <p>Plaquette (i, j) covers rows i, i+1 and columns j, j+1 for i, j ∈ −1..d−1, so the ones with
 * i or j = −1 or d−1 hang over the edge and keep only their in-grid cells. Its colour is X when
 * i + j is even: for d = 3 this makes the top-left bulk plaquette {0,1,3,4} an X check, as in the
 * published RP-3 circuit, and in centred coordinates the colouring is the same for every odd d.
 */
final class Grid {
    final int d;

    Grid(int d) {
        if (d < 3 || d % 2 == 0) {
            throw new IllegalArgumentException("distance must be odd and >= 3, got " + d);
        }
        this.d = d;
    }

    int n() {
        return d * d;
    }

    int index(int row, int col) {
        return row * d + col;
    }

    boolean inside(int row, int col) {
        return row >= 0 && row < d && col >= 0 && col < d;
    }

    static boolean isXPlaquette(int i, int j) {
        return Math.floorMod(i + j, 2) == 0;
    }

    /** In-grid cells of plaquette (i, j). */
    List<Integer> cells(int i, int j) {
        List<Integer> out = new ArrayList<>();
        for (int r = i; r <= i + 1; r++) {
            for (int c = j; c <= j + 1; c++) {
                if (inside(r, c)) {
                    out.add(index(r, c));
                }
            }
        }
        return out;
    }

    boolean isBulk(int i, int j) {
        return i >= 0 && j >= 0 && i <= d - 2 && j <= d - 2;
    }

    /** Row-major cells of one row / one column. */
    List<Integer> row(int r) {
        List<Integer> out = new ArrayList<>();
        for (int c = 0; c < d; c++) {
            out.add(index(r, c));
        }
        return out;
    }

    List<Integer> column(int c) {
        List<Integer> out = new ArrayList<>();
        for (int r = 0; r < d; r++) {
            out.add(index(r, c));
        }
        return out;
    }

    /**
     * Centred coordinates (row − (d−1)/2, col − (d−1)/2): for d = 3 these equal the QUBIT_COORDS of
     * data qubits 0–8 in the published RP-3 circuit.
     */
    List<StabilizerCode.Coord> centredCoords() {
        int m = (d - 1) / 2;
        List<StabilizerCode.Coord> out = new ArrayList<>();
        for (int r = 0; r < d; r++) {
            for (int c = 0; c < d; c++) {
                out.add(new StabilizerCode.Coord(r - m, c - m));
            }
        }
        return out;
    }

    /**
     * The verified code with these X and Z checks (X first) whose logical X is the middle row and
     * logical Z the middle column, the convention shared by the RP² and surface-code layouts.
     */
    StabilizerCode codeWithMiddleLogicals(String name, List<PauliString> xs, List<PauliString> zs) {
        List<PauliString> all = new ArrayList<>(xs);
        all.addAll(zs);
        int m = (d - 1) / 2;
        return new StabilizerCode(name, n(), all, PauliString.of(n(), 'X', row(m)), PauliString.of(n(), 'Z', column(m)),
                centredCoords()).verify();
    }
}
