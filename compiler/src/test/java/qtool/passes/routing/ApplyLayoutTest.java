package qtool.passes.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import qtool.ir.Circuit;
import qtool.pass.PropertySet;

class ApplyLayoutTest {
    @Test
    void placesQubitsWithoutMovingThem() {
        Circuit c = RoutingTesting.randomUnitary(4, 30, 3, false);
        PropertySet props = new PropertySet();
        Layout l = Layout.of(new int[] {5, 0, 2, 3}, 6);
        props.put(Layout.INITIAL, l);
        Circuit out = new ApplyLayout(CouplingGraph.allToAll(6)).run(c, props);
        assertEquals(6, out.numQubits());
        assertEquals(c.size(), out.size());
        assertEquals(l, props.get(Layout.FINAL));
        RoutingTesting.assertRoutedEquivalent(c, out, l, l);
    }

    @Test
    void defaultsToTrivial() {
        Circuit c = RoutingTesting.randomUnitary(3, 10, 4, false);
        PropertySet props = new PropertySet();
        Circuit out = new ApplyLayout(4).run(c, props);
        assertEquals(Layout.trivial(3, 4), props.get(Layout.INITIAL));
        assertEquals(c.instructions(), out.instructions());
    }
}
