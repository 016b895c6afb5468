package qtool.passes.optimization;

import static org.junit.jupiter.api.Assertions.assertTrue;

import qtool.ir.Circuit;
import qtool.pass.Pass;
import qtool.pass.PassContractTest;

/** RemoveIdentities keeps the unitary (the shared pass contract) and never lengthens a circuit. */
class RemoveIdentitiesTest extends PassContractTest {
    @Override
    protected Pass pass() {
        return new RemoveIdentities();
    }

    @Override
    protected void checkOutput(Circuit in, Circuit out) {
        assertTrue(out.size() <= in.size(), "RemoveIdentities made the circuit longer");
    }
}
