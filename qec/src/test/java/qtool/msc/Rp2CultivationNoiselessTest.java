package qtool.msc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import qtool.sim.BitTable;
import qtool.sim.DetectorSampler;
import qtool.stim.StabilizerCircuit;

class Rp2CultivationNoiselessTest {

    @Test
    void noiselessRunHasNoDetectionEventsAndNoObservableFlip() {
        StabilizerCircuit c = new Rp2Cultivation().noiseless();
        BitTable t = DetectorSampler.sample(c, 1000, 20261124L, 1);
        assertEquals(45, t.numBits());
        for (int b = 0; b < t.numBits(); b++) {
            assertEquals(0, t.count(b), "bit " + b);
        }
    }
}
