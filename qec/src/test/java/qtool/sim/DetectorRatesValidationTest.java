package qtool.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimReader;
import qtool.testing.ReferenceData;

/**
 * Validates the frame sampler against Stim's detector firing rates (reference detector-rates.json,
 * 10^6 Stim shots each): with 10^6 of our shots, at least 99 % of detectors lie within 4σ of
 * Stim's rate and the mean number of detection events per shot within 3σ, σ combining the
 * binomial (or sample) variance of both runs. Skipped when the reference data is absent.
 */
class DetectorRatesValidationTest {
    /** 10^6 by default, the acceptance run; {@code -Dqtool.validation.shots=N} changes it. */
    private static final long SHOTS = Long.getLong("qtool.validation.shots", 1_000_000);
    private static final long SEED = 4242;

    @ParameterizedTest
    @ValueSource(strings = {"sc_d3_p0.001", "sc_d3_p0.005", "sc_d5_p0.001", "sc_d5_p0.005", "sc_d7_p0.001",
        "sc_d7_p0.005"})
    void surfaceCircuitRatesMatchStim(String name) throws IOException {
        Path dir = ReferenceData.dir("qec");
        Path file = dir.resolve("surface").resolve(name + ".stim");
        Path rates = dir.resolve("detector-rates.json");
        assumeTrue(Files.exists(file) && Files.exists(rates), "missing " + file + " or " + rates);
        JsonNode ref = new ObjectMapper().readTree(rates.toFile()).get(name);
        StabilizerCircuit c = StimReader.read(file);
        assertEquals(ref.get("num_detectors").asLong(), c.numDetectors());
        double refShots = ref.get("shots").asDouble();

        long start = System.nanoTime();
        BitTable t = DetectorSampler.sample(c, SHOTS, SEED, 2);
        double seconds = (System.nanoTime() - start) / 1e9;

        int numDet = (int) c.numDetectors();
        int outside = 0;
        double worst = 0;
        for (int d = 0; d < numDet; d++) {
            double p = ref.get("detector_rates").get(d).asDouble();
            double ours = t.count(d) / (double) SHOTS;
            double sigma = Math.sqrt(p * (1 - p) / SHOTS + p * (1 - p) / refShots);
            double z = sigma == 0 ? (ours == p ? 0 : Double.POSITIVE_INFINITY) : Math.abs(ours - p) / sigma;
            worst = Math.max(worst, z);
            if (z > 4.0) {
                outside++;
            }
        }
        // Per-shot detection-event counts, for the mean and its sample variance.
        int[] perShot = new int[Math.toIntExact(SHOTS)];
        for (int d = 0; d < numDet; d++) {
            for (int w = 0; w < t.wordsPerBit(); w++) {
                long bits = t.word(d, w);
                while (bits != 0) {
                    perShot[w * 64 + Long.numberOfTrailingZeros(bits)]++;
                    bits &= bits - 1;
                }
            }
        }
        double sum = 0;
        double sumSq = 0;
        for (int k : perShot) {
            sum += k;
            sumSq += (double) k * k;
        }
        double mean = sum / SHOTS;
        double var = sumSq / SHOTS - mean * mean;
        double refMean = ref.get("mean_detection_events_per_shot").asDouble();
        double meanSigma = Math.sqrt(var / SHOTS + var / refShots);
        double meanZ = Math.abs(mean - refMean) / meanSigma;
        System.out.printf(Locale.ROOT, "[validation] %s: %d detectors, %d outside 4σ (worst %.2fσ); "
                + "mean events/shot %.5f vs Stim %.5f (%.2fσ); %.2f s for %d shots on 2 threads%n",
                name, numDet, outside, worst, mean, refMean, meanZ, seconds, SHOTS);
        assertTrue(outside <= numDet / 100, outside + " of " + numDet + " detectors outside 4σ");
        assertTrue(meanZ < 3, "mean detection events " + mean + " vs " + refMean + " (" + meanZ + "σ)");
    }

    /**
     * The RP² cultivation circuit: detector rates as above, and the fraction of shots with no
     * detection event (post-selection on every detector) within 3σ of Stim's.
     */
    @org.junit.jupiter.api.Test
    void cultivationCircuitRatesAndKeepRateMatchStim() throws IOException {
        Path dir = ReferenceData.dir("qec");
        Path file = dir.resolve("rp2").resolve("rp_3_T_cult.stim");
        Path rates = dir.resolve("detector-rates.json");
        assumeTrue(Files.exists(file) && Files.exists(rates), "missing " + file + " or " + rates);
        JsonNode ref = new ObjectMapper().readTree(rates.toFile()).get("rp_3_T_cult");
        StabilizerCircuit c = StimReader.read(file);
        int numDet = (int) c.numDetectors();
        assertEquals(ref.get("num_detectors").asInt(), numDet);
        double refShots = ref.get("shots").asDouble();
        BitTable t = DetectorSampler.sample(c, SHOTS, SEED, 2);
        int outside = 0;
        double worst = 0;
        for (int d = 0; d < numDet; d++) {
            double p = ref.get("detector_rates").get(d).asDouble();
            double ours = t.count(d) / (double) SHOTS;
            double sigma = Math.sqrt(p * (1 - p) / SHOTS + p * (1 - p) / refShots);
            double z = Math.abs(ours - p) / sigma;
            worst = Math.max(worst, z);
            outside += z > 4.0 ? 1 : 0;
        }
        long kept = keptShots(t, numDet, SHOTS);
        double keep = kept / (double) SHOTS;
        double refKeep = ref.get("keep_rate_postselect_all_detectors").asDouble();
        double keepSigma = Math.sqrt(refKeep * (1 - refKeep) * (1 / (double) SHOTS + 1 / refShots));
        double keepZ = Math.abs(keep - refKeep) / keepSigma;
        System.out.printf(Locale.ROOT, "[validation] rp_3_T_cult: %d detectors, %d outside 4σ (worst %.2fσ); "
                + "keep rate %.5f vs Stim %.5f (%.2fσ)%n", numDet, outside, worst, keep, refKeep, keepZ);
        assertTrue(outside <= numDet / 100, outside + " of " + numDet + " detectors outside 4σ");
        assertTrue(keepZ < 3, "keep rate " + keep + " vs " + refKeep);
    }

    /**
     * The acceptance figure: over 10^7 shots, the fraction of RP² cultivation shots with no
     * detection event is within 3σ of the published keep rate 0.51402 (arXiv:2503.18657). It takes
     * about 3 s on two threads.
     */
    @Test
    void cultivationKeepRateOverTenMillionShotsMatchesThePaper() throws IOException {
        Path file = ReferenceData.dir("qec").resolve("rp2").resolve("rp_3_T_cult.stim");
        assumeTrue(Files.exists(file), "missing " + file);
        StabilizerCircuit c = StimReader.read(file);
        int numDet = (int) c.numDetectors();
        long shots = 10_000_000L;
        long kept = 0;
        // Four chunks keep the table at about 15 MB; each chunk has its own seed.
        for (int chunk = 0; chunk < 4; chunk++) {
            long n = shots / 4;
            kept += keptShots(DetectorSampler.sample(c, n, SEED + 1000 + chunk, 2), numDet, n);
        }
        double keep = kept / (double) shots;
        double paper = 0.51402;
        double z = Math.abs(keep - paper) / Math.sqrt(paper * (1 - paper) / shots);
        System.out.printf(Locale.ROOT, "[validation] rp_3_T_cult keep rate over 10^7 shots: %.6f vs 0.51402 (%.2fσ)%n",
                keep, z);
        assertTrue(z < 3, "keep rate " + keep + " vs the paper's 0.51402 (" + z + "σ)");
    }

    /** Shots without any detection event among the first {@code numDet} bits (post-select all). */
    private static long keptShots(BitTable t, int numDet, long shots) {
        long kept = 0;
        for (int w = 0; w < t.wordsPerBit(); w++) {
            long any = 0;
            for (int d = 0; d < numDet; d++) {
                any |= t.word(d, w);
            }
            kept += (int) Math.min(64, shots - 64L * w) - Long.bitCount(any);
        }
        return kept;
    }
}
