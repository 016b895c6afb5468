package qtool.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimReader;

class DetectorSamplerTest {
    private static StabilizerCircuit repeated(long rounds) {
        return StimReader.parse("REPEAT " + rounds + " {\n X_ERROR(0.1) 0 1\n M 0 1\n DETECTOR rec[-1]\n}\n"
                + "OBSERVABLE_INCLUDE(0) rec[-2]\n");
    }

    @Test
    void heapEstimateCountsTheTableAndOneBatchPerWorker() {
        StabilizerCircuit c = repeated(1000); // 1000 detectors, 1 observable, 2 qubits
        long batchWords = (2 * 2 + 1001) * DetectorSampler.WORDS_PER_BATCH;
        // 3000 shots: 47 words per bit, 3 batches of 1024, so at most 3 workers.
        assertEquals(8 * (1001L * 47 + batchWords), DetectorSampler.heapBytesNeeded(c, 3000, 1));
        assertEquals(8 * (1001L * 47 + 3 * batchWords), DetectorSampler.heapBytesNeeded(c, 3000, 8));
    }

    @Test
    void arraysBeyondJavasLimitCannotFitAnyHeap() {
        assertEquals(Long.MAX_VALUE, DetectorSampler.heapBytesNeeded(repeated(Integer.MAX_VALUE), 10, 1));
        // 2^27 detectors: one batch's detector array alone passes the limit.
        assertEquals(Long.MAX_VALUE, DetectorSampler.heapBytesNeeded(repeated(1L << 27), 64, 1));
    }
}
