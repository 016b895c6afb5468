package qtool.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RotatedSurfaceCodeLayoutTest {

    @Test
    void parameters() {
        for (int d : new int[] {3, 5, 7}) {
            StabilizerCode c = RotatedSurfaceCodeLayout.of(d).verify();
            int n = d * d;
            assertEquals(n - 1, c.stabilizers().size(), "all checks independent");
            assertEquals(n - 1, c.rank());
            assertEquals(1, c.k());
            assertEquals((n - 1) / 2, c.xStabilizers().size());
            assertEquals((n - 1) / 2, c.zStabilizers().size());
            assertEquals(2 * (d - 1), c.stabilizers().stream().filter(p -> p.weight() == 2).count());
            assertEquals((d - 1) * (d - 1), c.stabilizers().stream().filter(p -> p.weight() == 4).count());
            assertEquals(d, c.logicalX().weight());
            assertEquals(d, c.logicalZ().weight());
        }
    }

    @Test
    void d3Layout() {
        StabilizerCode c = RotatedSurfaceCodeLayout.of(3);
        assertEquals(Rp2CodeTest.sets(new int[] {0, 1, 3, 4}, new int[] {4, 5, 7, 8}, new int[] {3, 6}, new int[] {2, 5}),
                Rp2CodeTest.supports(c.xStabilizers()));
        assertEquals(Rp2CodeTest.sets(new int[] {1, 2, 4, 5}, new int[] {3, 4, 6, 7}, new int[] {0, 1}, new int[] {7, 8}),
                Rp2CodeTest.supports(c.zStabilizers()));
    }

    @Test
    void distances() {
        assertEquals(3, RotatedSurfaceCodeLayout.of(3).distance(5));
        StabilizerCode c5 = RotatedSurfaceCodeLayout.of(5);
        assertEquals(5, c5.distance(5));
        assertEquals(-1, c5.distance(4));
        StabilizerCode c7 = RotatedSurfaceCodeLayout.of(7);
        assertEquals(7, c7.distanceX(7));
        assertEquals(7, c7.distanceZ(7));
        // Any row carries X_L and any column Z_L.
        assertTrue(c7.equivalent(c7.logicalX(), PauliString.of(49, 'X', new Grid(7).row(0))));
        assertTrue(c7.equivalent(c7.logicalZ(), PauliString.of(49, 'Z', new Grid(7).column(6))));
    }
}
