package qtool.decoders;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Radii that are linear between slope changes, and the nesting bookkeeping the solver's duals
 * rest on: the events inside a blossom, the child holding an event, R(v) and the shared radius of
 * two events, on a hand-built pair of nested blossoms.
 */
class RegionTableTest {
    @Test
    void radiusFollowsTheSlopeAndKeepsItsValueAcrossChanges() {
        RegionTable t = new RegionTable();
        t.clear(1);
        int r = t.newRegion();
        t.setSlope(r, 1);
        t.now = 7;
        assertEquals(7, t.radius(r));
        t.setSlope(r, -1);
        assertEquals(7, t.radius(r));
        t.now = 10;
        assertEquals(4, t.radius(r));
        t.setSlope(r, 0);
        t.now = 100;
        assertEquals(4, t.radius(r));
    }

    @Test
    void nestedBlossomsCollectCountAndShareTheirRadii() {
        // Events 0..4; blossom 5 = cycle (0, 1, 2) with radius 3, blossom 6 = cycle (3, 5, 4) with
        // radius 5; events' own radii 1, 2, 3, 4, 6.
        RegionTable t = new RegionTable();
        t.clear(5);
        long[] own = {1, 2, 3, 4, 6};
        for (int v = 0; v < 5; v++) {
            int r = t.newRegion();
            t.r0[r] = own[v];
            t.topOf[v] = v;
            t.inner[v] = 0;
        }
        int b5 = blossom(t, 3, 0, 1, 2);
        int b6 = blossom(t, 5, 3, b5, 4);
        assertEquals(5, b5);
        assertEquals(6, b6);

        assertEquals(5, t.collectVertices(b6, 0));
        assertArrayEquals(new int[] {3, 0, 1, 2, 4}, Arrays.copyOf(t.buffer, 5));
        assertEquals(1, t.childIndex(b6, 1));
        assertEquals(2, t.childIndex(b5, 2));
        assertEquals(2, t.childIndex(b6, 4));

        assertEquals(2 + 3 + 5, t.total(1));
        assertEquals(4 + 5, t.total(3));
        assertEquals(3 + 5, t.sharedRadius(0, 2));
        assertEquals(5, t.sharedRadius(0, 4));
        assertEquals(5, t.sharedRadius(4, 3));
    }

    /** A blossom of radius r over the given top-level children, set up as the solver's form step would. */
    private static int blossom(RegionTable t, long r, int... children) {
        int s = t.allocateCycle(children.length);
        int n = t.newRegion();
        t.childStart[n] = s;
        t.childCount[n] = children.length;
        t.r0[n] = r;
        for (int i = 0; i < children.length; i++) {
            int c = children[i];
            t.cycChild[s + i] = c;
            t.blossomParent[c] = n;
            int count = t.collectVertices(c, 0);
            for (int q = 0; q < count; q++) {
                int w = t.buffer[q];
                t.inner[w] += t.r0[c];
                t.topOf[w] = n;
            }
        }
        return n;
    }
}
