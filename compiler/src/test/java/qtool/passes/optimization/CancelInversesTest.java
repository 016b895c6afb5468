package qtool.passes.optimization;

import static org.junit.jupiter.api.Assertions.assertTrue;

import qtool.ir.Circuit;
import qtool.pass.Pass;
import qtool.pass.PassContractTest;

/** CancelInverses keeps the unitary (the shared pass contract) and never lengthens a circuit. */
class CancelInversesTest extends PassContractTest {
    @Override
    protected Pass pass() {
        return new CancelInverses();
    }

    @Override
    protected void checkOutput(Circuit in, Circuit out) {
        assertTrue(out.size() <= in.size(), "CancelInverses made the circuit longer");
    }
}
