package qtool.passes.basis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import qtool.dense.Equivalence;
import qtool.dense.UnitarySimulator;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.Instruction;
import qtool.pass.Pass;
import qtool.pass.PassContractTest;
import qtool.pass.PropertySet;
import qtool.target.Qargs;
import qtool.target.Target;

/**
 * GateDirection keeps the unitary exactly and leaves every ecr/cx in a direction the target lists:
 * here a device whose ecr and cx are calibrated only from lower to higher qubit index.
 */
class GateDirectionTest extends PassContractTest {
    private static Target oneWay(int n) {
        Target.Builder b = Target.builder("one-way", n);
        for (int a = 0; a < n; a++) {
            for (int c = a + 1; c < n; c++) {
                b.add("ecr", Qargs.of(a, c));
                b.add("cx", Qargs.of(a, c));
            }
        }
        return b.add("rz", Qargs.of()).add("sx", Qargs.of()).add("x", Qargs.of()).build();
    }

    @Override
    protected Pass pass() {
        return new GateDirection(oneWay(12));
    }

    @Test
    void reversedGatesAreTurnedAroundExactly() {
        Circuit c = Circuit.builder(3, 0).add(Instruction.of(Gate.ECR, 2, 0)).add(Instruction.of(Gate.CX, 1, 0))
                .add(Instruction.of(Gate.ECR, 0, 1)).build();
        Circuit out = new GateDirection(oneWay(3)).run(c, new PropertySet());
        assertTrue(Equivalence.equal(UnitarySimulator.unitary(c), UnitarySimulator.unitary(out), 1e-10));
        int twoQubit = 0;
        for (Instruction i : out.instructions()) {
            if (i.numQubits() == 2) {
                twoQubit++;
                assertTrue(i.qubit(0) < i.qubit(1), "wrong direction: " + i);
            }
        }
        assertEquals(3, twoQubit, out.instructions().toString());
        assertEquals(List.of(Gate.ECR, Gate.CX, Gate.ECR), out.instructions().stream().map(Instruction::gate)
                .filter(g -> g.numQubits() == 2).collect(java.util.stream.Collectors.toList()));
    }
}
