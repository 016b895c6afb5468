package qtool.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.Instruction;

class PassManagerTest {
    static final PropertySet.Key<Integer> SIZE = PropertySet.key("size");

    /** Removes the last instruction while more than {@code floor} remain, then records the size. */
    static Pass shrinkTo(int floor) {
        return new Pass() {
            @Override
            public String name() {
                return "shrink";
            }

            @Override
            public Circuit run(Circuit in, PropertySet props) {
                Circuit.Builder b = in.emptyCopy();
                int keep = Math.max(floor, in.size() - 1);
                b.addAll(in.instructions().subList(0, Math.min(keep, in.size())));
                Circuit out = b.build();
                props.put(SIZE, out.size());
                return out;
            }
        };
    }

    static Circuit circuitOfSize(int n) {
        Circuit.Builder b = Circuit.builder(1, 0);
        for (int i = 0; i < n; i++) {
            b.add(Instruction.of(Gate.X, 0));
        }
        return b.build();
    }

    @Test
    void propertySetIsTypedAndReturnsNullWhenAbsent() {
        PropertySet props = new PropertySet();
        assertNull(props.get(SIZE));
        props.put(SIZE, 3);
        int v = props.get(SIZE);
        assertEquals(3, v);
        // Keys are identities: another key with the same name is a different property.
        assertNull(props.get(PropertySet.<Integer>key("size")));
    }

    @Test
    void runsInOrderAndRecordsTimings() {
        PropertySet props = new PropertySet();
        Circuit out = new PassManager(shrinkTo(0), shrinkTo(0)).run(circuitOfSize(5), props);
        assertEquals(3, out.size());
        List<PassTiming> t = props.get(PassManager.TIMINGS);
        assertEquals(2, t.size());
        assertEquals(new PassTiming("shrink", t.get(0).nanos(), 5, 4), t.get(0));
        assertEquals(4, t.get(1).sizeBefore());
        assertEquals(3, t.get(1).sizeAfter());
    }

    @Test
    void fixedPointLoopStopsWhenTheWatchedPropertyStopsChanging() {
        PropertySet props = new PropertySet();
        Circuit out = new PassManager(PassManager.untilFixedPoint(SIZE, shrinkTo(2))).run(circuitOfSize(6), props);
        assertEquals(2, out.size());
        // 6→5→4→3→2, then one more round to see that 2 stays 2; the loop itself is timed last.
        List<PassTiming> t = props.get(PassManager.TIMINGS);
        assertEquals(6, t.size());
        assertEquals("shrink", t.get(4).name());
        assertEquals("fixed-point(size)", t.get(5).name());
        assertEquals(6, t.get(5).sizeBefore());
        assertEquals(2, t.get(5).sizeAfter());
    }

    @Test
    void emptyManagerIsTheIdentity() {
        Circuit c = circuitOfSize(2);
        assertSame(c, new PassManager().run(c));
    }
}
