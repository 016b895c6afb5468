package qtool.msc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import qtool.dem.CircuitToDem;
import qtool.dem.DetectorErrorModel;

/**
 * Fault distance of the d1 = 5 stage with every detector post-selected: no single fault (each Pauli
 * case of each noise channel, as the undecomposed error model lists them) flips the Y observable
 * without firing a detector, and no pair does either (two faults are unseen together exactly when
 * they fire the same detectors; then they must agree on the observable).
 */
class Rp2D5FaultDistanceTest {
    @Test
    void noOneOrTwoFaultsFlipTheObservableUnseen() {
        DetectorErrorModel dem = CircuitToDem.convert(new Rp2D5Cultivation().noisy(1e-3), false);
        int flipping = 0;
        Map<TreeSet<Long>, Boolean> observableBySymptom = new HashMap<>();
        for (DetectorErrorModel.Error e : dem.flattenedErrors()) {
            FaultSymptom symptom = FaultSymptom.of(e.targets());
            TreeSet<Long> detectors = symptom.detectors();
            boolean flips = symptom.flips();
            assertTrue(!detectors.isEmpty() || !flips, "a single fault flips Y unseen: " + java.util.Arrays.toString(e.targets()));
            flipping += flips ? 1 : 0;
            Boolean other = observableBySymptom.putIfAbsent(detectors, flips);
            if (other != null) {
                assertEquals(other, flips, "two faults with symptoms " + detectors + " flip Y unseen");
            }
        }
        assertTrue(flipping > 0, "some faults do flip Y (and are caught)");
    }
}
