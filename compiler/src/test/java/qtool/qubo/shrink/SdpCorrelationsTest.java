package qtool.qubo.shrink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The Burer–Monteiro solution bounds the exact Max-Cut and recovers the cut of a bipartite graph. */
class SdpCorrelationsTest {
    @Test
    void relaxationIsNoWorseThanTheBestCut() {
        Random r = new Random(8);
        for (int trial = 0; trial < 5; trial++) {
            int n = 8;
            double[][] w = new double[n][n];
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    w[a][b] = r.nextDouble() < 0.5 ? r.nextGaussian() : 0;
                    w[b][a] = w[a][b];
                }
            }
            double exact = Double.POSITIVE_INFINITY;
            for (int z = 0; z < 1 << n; z++) {
                double e = 0;
                for (int a = 0; a < n; a++) {
                    for (int b = a + 1; b < n; b++) {
                        e += w[a][b] * (((z >>> a) & 1) == ((z >>> b) & 1) ? 1 : -1);
                    }
                }
                exact = Math.min(exact, e);
            }
            double relaxed = SdpCorrelations.objective(w, new SdpCorrelations().solve(w, new Random(trial)));
            assertTrue(relaxed <= exact + 1e-4 * Math.abs(exact), relaxed + " > " + exact);
        }
    }

    @Test
    void evenCycleCorrelationsAreTheBipartition() {
        int n = 6;
        double[][] w = new double[n][n];
        for (int a = 0; a < n; a++) {
            int b = (a + 1) % n;
            w[a][b] = 1;
            w[b][a] = 1;
        }
        double[][] c = new SdpCorrelations().correlations(w, new Random(1));
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                assertEquals((a + b) % 2 == 0 ? 1 : -1, c[a][b], 1e-4);
            }
        }
    }
}
