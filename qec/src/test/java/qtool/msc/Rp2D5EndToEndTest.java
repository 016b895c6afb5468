package qtool.msc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import qtool.dem.CircuitToDem;
import qtool.dem.DetectorCoordinates;
import qtool.dem.DetectorErrorModel;
import qtool.sim.BitTable;
import qtool.sim.DetectorSampler;
import qtool.stim.StabilizerCircuit;

/** d1 = 5 end-to-end: RP-5 grown into the distance-11 surface code, five rounds, noiseless Y readout. */
class Rp2D5EndToEndTest {
    @Test
    void noiselessCircuitIsDeterministic() {
        Rp2D5Cultivation g = Rp2D5Cultivation.endToEnd(2, 11, 5);
        StabilizerCircuit c = g.noiseless();
        int nd = Math.toIntExact(c.numDetectors());
        BitTable t = DetectorSampler.sample(c, 1024, 3L, 1);
        for (int d = 0; d < nd + 1; d++) {
            for (int w = 0; w < t.wordsPerBit(); w++) {
                assertEquals(0L, t.word(d, w), "bit " + d + " fires without noise");
            }
        }
        assertEquals(10, g.numStages());
        assertTrue(g.antipodalDetectors().size() > 0);
        List<Integer> live = Rp2D5CultivationTest.liveCounts(c);
        assertEquals(251, live.stream().mapToInt(Integer::intValue).max().orElse(0), "escape code and the ten morph qubits");
        assertTrue(live.contains(241));
    }

    /** The model of the kept shots: nothing that flips a post-selected detector, and a decodable rest. */
    @Test
    void postselectedModelKeepsOnlyEscapeDetectors() {
        StabilizerCircuit noisy = Rp2D5Cultivation.endToEnd(2, 11, 5).noisy(1e-3);
        double[][] coords = DetectorCoordinates.of(CircuitToDem.convert(noisy, false));
        boolean[] mask = new boolean[coords.length];
        int escape = 0;
        for (int d = 0; d < coords.length; d++) {
            mask[d] = coords[d].length >= 4;
            escape += mask[d] ? 0 : 1;
        }
        DetectorErrorModel dem = CircuitToDem.convertPostselected(noisy, true, mask);
        for (DetectorErrorModel.Error e : dem.flattenedErrors()) {
            for (long t : e.targets()) {
                if (qtool.dem.DemTarget.isDetector(t)) {
                    assertTrue(!mask[(int) qtool.dem.DemTarget.id(t)], "a kept mechanism flips a post-selected detector");
                }
            }
        }
        assertTrue(escape > 500, "escape detectors " + escape);
    }
}
