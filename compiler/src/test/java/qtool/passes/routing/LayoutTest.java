package qtool.passes.routing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import qtool.ir.Circuit;
import qtool.pass.PropertySet;

class LayoutTest {
    @Test
    void inverseAndAncillas() {
        Layout l = Layout.of(new int[] {3, 0, 4}, 6);
        assertEquals(3, l.numVirtual());
        assertEquals(6, l.numPhysical());
        assertEquals(4, l.physical(2));
        assertArrayEquals(new int[] {1, -1, -1, 0, 2, -1}, l.toVirtualArray());
        // Ancillas 3, 4, 5 fill the unused physical qubits 1, 2, 5 in order.
        assertArrayEquals(new int[] {3, 0, 4, 1, 2, 5}, l.withAncillas());
        assertEquals(Layout.of(new int[] {3, 0, 4}, 6), l);
        assertEquals("Layout[0->3, 1->0, 2->4] on 6", l.toString());
    }

    @Test
    void rejectsNonInjectiveAndOutOfRange() {
        assertThrows(IllegalArgumentException.class, () -> Layout.of(new int[] {1, 1}, 3));
        assertThrows(IllegalArgumentException.class, () -> Layout.of(new int[] {0, 3}, 3));
        assertThrows(IllegalArgumentException.class, () -> Layout.trivial(4, 3));
    }

    @Test
    void trivialLayoutPass() {
        PropertySet props = new PropertySet();
        Circuit c = Circuit.builder(3, 0).build();
        assertTrue(new TrivialLayout(CouplingGraph.line(5)).run(c, props) == c);
        assertEquals(Layout.trivial(3, 5), props.get(Layout.INITIAL));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TrivialLayout(CouplingGraph.line(2)).run(c, new PropertySet()));
        assertTrue(e.getMessage().contains("3 qubits") && e.getMessage().contains("only 2"), e.getMessage());
    }
}
