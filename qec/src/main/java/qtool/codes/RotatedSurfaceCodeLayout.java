package qtool.codes;

import java.util.ArrayList;
import java.util.List;

/**
 * The rotated surface code [[d², 1, d]] as a code object (the circuit generator of the same code
 * is {@code qtool.gen.RotatedSurfaceCode}).
 *
 * <p>Layout: data qubits row-major on a d×d grid, weight-4 bulk plaquettes coloured as in
 * {@link Grid} (X when i + j is even), weight-2 half-plaquettes kept only where their colour
 * matches the side — X on the left and right sides, Z on the top and bottom. That choice makes
 * X on any row and Z on any column commute with every check (each check meets a row or column in
 * 0 or 2 cells), so X_L is the middle row and Z_L the middle column, the same convention as
 * {@link Rp2Code}. (d²−1)/2 checks of each type, all independent.
 */
public final class RotatedSurfaceCodeLayout {
    private RotatedSurfaceCodeLayout() {
    }

    public static StabilizerCode of(int d) {
        Grid g = new Grid(d);
        int n = g.n();
        List<PauliString> xs = new ArrayList<>();
        List<PauliString> zs = new ArrayList<>();
        for (int i = -1; i <= d - 1; i++) {
            for (int j = -1; j <= d - 1; j++) {
                boolean isX = Grid.isXPlaquette(i, j);
                List<Integer> cells = g.cells(i, j);
                if (cells.size() == 4) {
                    (isX ? xs : zs).add(PauliString.of(n, isX ? 'X' : 'Z', cells));
                } else if (cells.size() == 2) {
                    boolean leftOrRight = j == -1 || j == d - 1;
                    if (isX == leftOrRight) {
                        (isX ? xs : zs).add(PauliString.of(n, isX ? 'X' : 'Z', cells));
                    }
                }
                // Single-cell corner overhangs are never checks.
            }
        }
        return g.codeWithMiddleLogicals("surface-" + d, xs, zs);
    }
}
