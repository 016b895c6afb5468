package qtool.passes.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.Instruction;
import qtool.pass.PropertySet;

class CheckMapTest {
    private static final CouplingGraph LINE = CouplingGraph.line(4);

    private static PropertySet check(Circuit c) {
        PropertySet props = new PropertySet();
        assertTrue(new CheckMap(LINE).run(c, props) == c);
        return props;
    }

    @Test
    void adjacentGatesAndWideBarriersPass() {
        Circuit c = Circuit.builder(4, 0).add(Instruction.of(Gate.CX, 2, 1)).add(Instruction.of(Gate.H, 3))
                .add(Instruction.of(Gate.BARRIER, 0, 1, 2, 3)).add(Instruction.of(Gate.SWAP, 3, 2)).build();
        PropertySet props = check(c);
        assertTrue(props.get(CheckMap.KEY));
        assertNull(props.get(CheckMap.VIOLATION));
    }

    @Test
    void distantGateFailsAndIsNamed() {
        Circuit c = Circuit.builder(4, 0).add(Instruction.of(Gate.CX, 0, 1)).add(Instruction.of(Gate.CZ, 0, 2)).build();
        PropertySet props = check(c);
        assertFalse(props.get(CheckMap.KEY));
        assertEquals("instruction 1 'cz [0, 2]': qubits 0 and 2 are not coupled", props.get(CheckMap.VIOLATION));
    }

    @Test
    void controlsCount() {
        Instruction controlled = new Instruction(Gate.X, 1, new int[] {0, 3}, List.of(), new int[0], null);
        assertFalse(check(Circuit.builder(4, 0).add(controlled).build()).get(CheckMap.KEY));
        Instruction ccx = Instruction.of(Gate.CCX, 0, 1, 2);
        assertFalse(check(Circuit.builder(4, 0).add(ccx).build()).get(CheckMap.KEY));
        assertTrue(new CheckMap(CouplingGraph.allToAll(3)).firstViolation(Circuit.builder(3, 0).add(ccx).build()) == null);
    }

    @Test
    void tooManyQubitsFails() {
        assertFalse(check(Circuit.builder(5, 0).build()).get(CheckMap.KEY));
    }
}
