package qtool.synthesis.cliffordt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GridSynthTest {
    @Test
    void scratch() {
        GridSynth gs = new GridSynth();
        double[] thetas = {0.1, 1.0, Math.PI / 7, Math.PI / 128, 2.5};
        double[] eps = {1e-2, 1e-4, 1e-6, 1e-10};
        for (double e : eps) {
            StringBuilder sb = new StringBuilder("eps " + e + ":");
            for (double t : thetas) {
                long t0 = System.nanoTime();
                RzApproximation a = gs.rz(t, e);
                long t1 = System.nanoTime();
                sb.append(String.format(" %d (k=%d, tried %d, gaveup %d, %.1f ms, err %.2e)", a.tCount(), a.level(), a.candidatesTried(), a.factoringGiveUps(), (t1 - t0) / 1e6, a.error()));
            }
            System.out.println(sb);
        }
    }
}
