package qtool.passes.optimization;

import qtool.pass.Pass;
import qtool.pass.PassContractTest;
import qtool.synthesis.EulerDecomposer;

/** Optimize1qRuns keeps the unitary (the shared pass contract) with the IBM one-qubit family. */
class Optimize1qRunsTest extends PassContractTest {
    @Override
    protected Pass pass() {
        return new Optimize1qRuns(new EulerDecomposer(EulerDecomposer.Basis.ZSXX));
    }
}
