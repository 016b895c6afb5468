package qtool.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class Rp2CodeTest {

    static Set<Set<Integer>> supports(List<PauliString> ps) {
        return ps.stream().map(p -> Arrays.stream(p.support()).boxed().collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    static Set<Set<Integer>> sets(int[]... sets) {
        Set<Set<Integer>> out = new HashSet<>();
        for (int[] s : sets) {
            out.add(Arrays.stream(s).boxed().collect(Collectors.toSet()));
        }
        return out;
    }

    @Test
    void d3ChecksAreExactlyThePublishedOnes() {
        StabilizerCode c = Rp2Code.of(3);
        assertEquals(sets(new int[] {0, 1, 3, 4}, new int[] {4, 5, 7, 8}, new int[] {1, 2, 6, 7},
                new int[] {2, 3, 5, 6}, new int[] {0, 8}), supports(c.xStabilizers()));
        assertEquals(sets(new int[] {0, 3, 5, 8}, new int[] {1, 2, 4, 5}, new int[] {3, 4, 6, 7},
                new int[] {0, 1, 7, 8}, new int[] {2, 6}), supports(c.zStabilizers()));
        assertEquals(10, c.stabilizers().size());
        assertEquals(PauliString.parse(9, "X3 X4 X5"), c.logicalX());
        assertEquals(PauliString.parse(9, "Z1 Z4 Z7"), c.logicalZ());
        assertEquals(PauliString.parse(9, "Z1 X3 Y4 X5 Z7"), c.logicalY());
        assertEquals(new StabilizerCode.Coord(-1, -1), c.coords().get(0));
        assertEquals(new StabilizerCode.Coord(1, 0), c.coords().get(7));
    }

    @Test
    void parametersForD3AndD5() {
        for (int d : new int[] {3, 5}) {
            StabilizerCode c = Rp2Code.of(d).verify();
            int n = d * d;
            assertEquals(n, c.n());
            assertEquals((n + 1) / 2, c.xStabilizers().size());
            assertEquals((n + 1) / 2, c.zStabilizers().size());
            assertEquals(n - 1, c.rank());
            assertEquals(1, c.k());
            assertEquals(2 * d - 1, c.logicalY().weight());
            assertTrue(c.logicalY().isHermitian());
            // Checks: weight 4 except one weight-2 corner check per type.
            assertEquals(1, c.xStabilizers().stream().filter(p -> p.weight() == 2).count());
            assertEquals(1, c.zStabilizers().stream().filter(p -> p.weight() == 2).count());
            assertTrue(c.stabilizers().stream().allMatch(p -> p.weight() == 4 || p.weight() == 2));
        }
    }

    @Test
    void distances() {
        assertEquals(3, Rp2Code.of(3).distance(5));
        long t = System.nanoTime();
        StabilizerCode c5 = Rp2Code.of(5);
        assertEquals(5, c5.distance(5));
        assertEquals(5, c5.distanceX(6));
        assertEquals(5, c5.distanceZ(6));
        System.out.printf("RP-5 distances in %.0f ms%n", (System.nanoTime() - t) / 1e6);
        assertEquals(-1, c5.distance(4));
        StabilizerCode c7 = Rp2Code.of(7);
        assertEquals(48, c7.rank());
        assertEquals(7, c7.distanceX(7));
        assertEquals(7, c7.distanceZ(7));
    }

    @Test
    void middleRowAndColumnAreEquivalentForEitherPauli() {
        // qec.md §6: on RP² the middle row and column carry the same logical for either type, which
        // is why the published circuit may measure Z on the row and X on the column instead.
        for (int d : new int[] {3, 5}) {
            StabilizerCode c = Rp2Code.of(d);
            Grid g = new Grid(d);
            int m = (d - 1) / 2;
            for (char p : new char[] {'X', 'Z'}) {
                assertTrue(c.equivalent(PauliString.of(c.n(), p, g.row(m)), PauliString.of(c.n(), p, g.column(m))));
            }
        }
    }
}
