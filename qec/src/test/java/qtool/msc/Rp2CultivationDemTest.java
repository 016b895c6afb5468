package qtool.msc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import qtool.dem.CircuitToDem;
import qtool.stim.StabilizerCircuit;

/**
 * Strong equivalence with the published circuit: the same detectors in the same order (same
 * coordinates) and the same detector error model, mechanism by mechanism.
 */
class Rp2CultivationDemTest {

    @Test
    void detectorErrorModelEqualsThePublishedOneIndexForIndex() throws IOException {
        StabilizerCircuit published = Rp2Published.circuit();
        StabilizerCircuit ours = new Rp2Cultivation().noisy(1e-3);

        List<double[]> pc = Rp2Published.detectorCoords(published);
        List<double[]> oc = Rp2Published.detectorCoords(ours);
        assertEquals(pc.size(), oc.size());
        for (int i = 0; i < pc.size(); i++) {
            assertArrayEquals(pc.get(i), oc.get(i), 0, "coordinates of detector " + i);
        }

        Map<List<Long>, Double> expected = Rp2Published.signature(CircuitToDem.convert(published, false), null);
        Map<List<Long>, Double> actual = Rp2Published.signature(CircuitToDem.convert(ours, false), null);
        List<String> diffs = new ArrayList<>();
        for (Map.Entry<List<Long>, Double> e : expected.entrySet()) {
            Double p = actual.get(e.getKey());
            if (p == null || Math.abs(p - e.getValue()) > 1e-12 * e.getValue()) {
                diffs.add(e.getKey() + ": published " + e.getValue() + ", ours " + p);
            }
        }
        for (List<Long> k : actual.keySet()) {
            if (!expected.containsKey(k)) {
                diffs.add(k + ": only ours, " + actual.get(k));
            }
        }
        assertTrue(diffs.isEmpty(), diffs.size() + " differences, e.g. " + diffs.subList(0, Math.min(10, diffs.size())));
        System.out.printf("[rp2] DEM equal to the published one: %d mechanisms%n", expected.size());
    }
}
