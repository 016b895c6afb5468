package qtool.synthesis.cliffordt;

import org.ejml.data.ZMatrixRMaj;
import qtool.dense.Matrices;

/**
 * Words multiplied out in doubles from qtool's gate table, independently of the exact rings: the
 * second of the two checks every synthesised word passes.
 */
final class WordMatrices {
    private WordMatrices() {
    }

    static ZMatrixRMaj product(CliffordTWord word) {
        ZMatrixRMaj m = Matrices.identity(2);
        for (Letter l : word.letters()) {
            m = Matrices.multiply(m, l.gate().matrix(new double[0]));
        }
        return Matrices.phase(m, Math.PI / 4 * word.omegaPhase());
    }
}
