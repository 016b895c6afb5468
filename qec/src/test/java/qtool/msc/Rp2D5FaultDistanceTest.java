package qtool.msc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import qtool.dem.CircuitToDem;
import qtool.dem.DemTarget;
import qtool.dem.DetectorErrorModel;

/**
 * Fault distance of the d1 = 5 stage, as {@link Rp2FaultDistanceTest} does it for d1 = 3, on the
 * Pauli components of every noise channel ({@link Rp5FaultComponents}): no single fault flips the
 * Y observable without firing a detector, and no two faults with the same symptoms disagree on it.
 */
class Rp2D5FaultDistanceTest {
    @Test
    void noOneOrTwoFaultsFlipTheObservableUnseen() {
        DetectorErrorModel dem = CircuitToDem.convert(Rp5FaultComponents.split(new Rp2D5Cultivation().noisy(1e-3)), false);
        int single = 0;
        Map<TreeSet<Long>, Boolean> observableBySymptom = new HashMap<>();
        int pairsChecked = 0;
        for (DetectorErrorModel.Error e : dem.flattenedErrors()) {
            TreeSet<Long> detectors = new TreeSet<>();
            boolean flips = false;
            for (long t : e.targets()) {
                if (DemTarget.isDetector(t)) {
                    detectors.add(t);
                } else if (DemTarget.isObservable(t)) {
                    flips = !flips;
                }
            }
            assertTrue(!detectors.isEmpty() || !flips, "a single fault flips Y unseen: " + java.util.Arrays.toString(e.targets()));
            single += flips ? 1 : 0;
            Boolean other = observableBySymptom.putIfAbsent(detectors, flips);
            if (other != null) {
                pairsChecked++;
                assertEquals(other, flips, "two faults with symptoms " + detectors + " flip Y unseen");
            }
        }
        assertTrue(single > 0, "some faults do flip Y (and are caught)");
        assertEquals(0, pairsChecked, "the model merges equal symptoms, so no two mechanisms share them");
    }
}
