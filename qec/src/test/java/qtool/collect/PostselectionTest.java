package qtool.collect;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PostselectionTest {
    private static final double[][] COORDS = {{0, 0, 0, 0}, {1, 0, 0, 1}, {2, 0, 1, 1}, {3, 1, 1, 2}, {}};

    @Test
    void indicesRangesAndAll() {
        assertArrayEquals(new boolean[] {true, false, true, true, false}, Postselection.parse("0, D2-3", COORDS));
        assertArrayEquals(new boolean[] {true, true, true, true, true}, Postselection.parse("all", COORDS));
    }

    @Test
    void coordinateTests() {
        assertArrayEquals(new boolean[] {false, true, true, false, false}, Postselection.parse("coord:3=1", COORDS));
        assertArrayEquals(new boolean[] {true, true, true, false, false}, Postselection.parse("coord:3<2", COORDS));
        assertArrayEquals(new boolean[] {false, false, true, true, false}, Postselection.parse("coord:2>=1", COORDS));
    }

    @Test
    void badItemsAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Postselection.parse("0,x", COORDS));
        assertTrue(e.getMessage().contains("'x'"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Postselection.parse("9", COORDS));
        assertTrue(e.getMessage().contains("5 detectors"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Postselection.parse("coord:a=1", COORDS));
        assertThrows(IllegalArgumentException.class, () -> Postselection.parse("3-1", COORDS));
    }
}
