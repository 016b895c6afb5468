package qtool.synthesis;

import java.util.Random;
import org.ejml.data.ZMatrixRMaj;

/** Haar-random unitaries (Gram–Schmidt on a complex Gaussian matrix), seeded, for tests. */
final class RandomUnitaries {
    private RandomUnitaries() {
    }

    static ZMatrixRMaj haar(Random rnd, int dim) {
        ZMatrixRMaj m = new ZMatrixRMaj(dim, dim);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = rnd.nextGaussian();
        }
        for (int k = 0; k < dim; k++) {
            for (int j = 0; j < k; j++) {
                // <col j, col k>
                double dr = 0;
                double di = 0;
                for (int i = 0; i < dim; i++) {
                    double ar = m.getReal(i, j);
                    double ai = m.getImag(i, j);
                    double br = m.getReal(i, k);
                    double bi = m.getImag(i, k);
                    dr += ar * br + ai * bi;
                    di += ar * bi - ai * br;
                }
                for (int i = 0; i < dim; i++) {
                    double ar = m.getReal(i, j);
                    double ai = m.getImag(i, j);
                    m.set(i, k, m.getReal(i, k) - (dr * ar - di * ai), m.getImag(i, k) - (dr * ai + di * ar));
                }
            }
            double n = 0;
            for (int i = 0; i < dim; i++) {
                n += m.getReal(i, k) * m.getReal(i, k) + m.getImag(i, k) * m.getImag(i, k);
            }
            n = Math.sqrt(n);
            for (int i = 0; i < dim; i++) {
                m.set(i, k, m.getReal(i, k) / n, m.getImag(i, k) / n);
            }
        }
        return m;
    }
}
