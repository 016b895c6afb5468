package qtool.msc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import qtool.sim.BitTable;
import qtool.sim.DetectorSampler;
import qtool.stim.StabilizerCircuit;

/**
 * End-to-end check through the sampler: keep rate and per-stage discards of 10^6 shots against
 * the authors' 2·10^9-shot post-selection counts (qec.md §8). A shot is discarded at the first
 * stage in which any detector fires.
 */
class Rp2CultivationSamplingTest {
    private static final long PUBLISHED_SHOTS = 2_000_000_000L;
    private static final long[] PUBLISHED_DISCARDS = {175_997_570L, 162_698_743L, 118_394_734L, 259_236_009L,
        158_879_940L, 96_745_606L};
    private static final int SHOTS = 1_000_000;

    @Test
    void keepRateAndStageDiscardsMatchThePublishedCounts() {
        StabilizerCircuit c = new Rp2Cultivation().noisy(1e-3);
        long start = System.nanoTime();
        BitTable t = DetectorSampler.sample(c, SHOTS, 7L, 2);
        double seconds = (System.nanoTime() - start) / 1e9;
        List<double[]> coords = Rp2Published.detectorCoords(c);
        int stages = 6;
        StageDiscards counted = StageDiscards.count(t, coords, stages, SHOTS);
        long[] discards = counted.discards();
        long kept = counted.kept();
        long publishedKept = PUBLISHED_SHOTS;
        for (long d : PUBLISHED_DISCARDS) {
            publishedKept -= d;
        }
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "[rp2] %d shots in %.1f s: ", SHOTS, seconds));
        boolean ok = within3Sigma("keep", kept, (double) publishedKept / PUBLISHED_SHOTS, report);
        for (int s = 0; s < stages; s++) {
            ok &= within3Sigma("stage " + s, discards[s], (double) PUBLISHED_DISCARDS[s] / PUBLISHED_SHOTS, report);
        }
        System.out.println(report);
        assertTrue(ok, report.toString());
    }

    /** Whether count/SHOTS is within 3σ of p, σ the binomial spread of our estimate. */
    private static boolean within3Sigma(String name, long count, double p, StringBuilder report) {
        double observed = (double) count / SHOTS;
        double z = (observed - p) / Math.sqrt(p * (1 - p) / SHOTS);
        report.append(String.format(Locale.ROOT, "%s %.5f vs %.5f (%+.1fσ); ", name, observed, p, z));
        return Math.abs(z) < 3;
    }
}
