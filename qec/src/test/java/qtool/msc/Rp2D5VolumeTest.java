package qtool.msc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import qtool.sim.BitTable;
import qtool.sim.DetectorSampler;
import qtool.stim.StabilizerCircuit;

/**
 * The d1 = 5 volume model: the authors' stage sizes, and with survivals sampled from this stage the
 * published headline volumes at the published attempt counts (qec.md §7: 5,753 at 13.9 attempts,
 * ≈ 6,200 at 15.05, 6,935 at 16.9).
 */
class Rp2D5VolumeTest {
    @Test
    void stagesAreTheAuthorsCounts() {
        VolumeModel v = Rp2D5Cultivation.endToEnd(2, 11, 5).volumeModel();
        assertEquals(List.of(19, 19, 15, 24, 24, 57, 51, 35, 50, 50, 251),
                v.stages().stream().map(VolumeModel.Stage::qubits).toList());
        assertEquals(241, v.escapeQubits());
        assertEquals(5, v.escapeRounds());
    }

    @Test
    void sampledSurvivalGivesThePublishedVolumes() {
        StabilizerCircuit c = new Rp2D5Cultivation().noisy(1e-3);
        int shots = 1 << 19;
        BitTable t = DetectorSampler.sample(c, shots, 17L, 2);
        List<double[]> coords = Rp2D5CultivationTest.detectorCoords(c);
        int stages = Rp2D5Cultivation.NUM_STAGES;
        long[] discards = StageDiscards.count(t, coords, stages, shots).discards();
        // survival before each stage; the end-to-end post-selection ends before the final check (stage 10)
        double[] survival = new double[stages - 1];
        double gone = 0;
        for (int s = 0; s < survival.length; s++) {
            survival[s] = 1 - gone / shots;
            gone += discards[s];
        }
        double post = 1 - gone / shots;
        assertEquals(0.122, post, 0.003, "end-to-end keep before the gap cut");
        VolumeModel v = Rp2D5Cultivation.endToEnd(2, 11, 5).volumeModel();
        assertEquals(5753, v.expectedVolume(survival, post, 1 / 13.9), 60);
        assertEquals(6200, v.expectedVolume(survival, post, 1 / 15.05), 70);
        assertEquals(6935, v.expectedVolume(survival, post, 1 / 16.9), 70);
    }
}
