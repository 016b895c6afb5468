package qtool.msc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import qtool.dem.CircuitToDem;
import qtool.dem.DemTarget;
import qtool.dem.DetectorErrorModel;
import qtool.gen.CircuitNoiseModel;

/**
 * Fault distance of the generated d1 = 3 cultivation stage: every single fault location (each
 * Pauli of each noise channel, as the error model lists them) and every pair of them that flips
 * the Y observable also fires a detector, so with every detector post-selected, a logical error
 * needs at least three faults.
 */
class Rp2FaultDistanceTest {
    @Test
    void noOneOrTwoFaultsFlipTheObservableUnseen() {
        DetectorErrorModel dem = CircuitToDem.convert(new Rp2Cultivation().noisy(CircuitNoiseModel.uniformBeforeMeasure(1e-3)),
                false);
        List<long[]> mechanisms = new ArrayList<>();
        for (DetectorErrorModel.Error e : dem.flattenedErrors()) {
            mechanisms.add(e.targets());
        }
        int single = 0;
        for (long[] m : mechanisms) {
            boolean flipsObservable = false;
            boolean detected = false;
            for (long t : m) {
                flipsObservable |= DemTarget.isObservable(t);
                detected |= DemTarget.isDetector(t);
            }
            assertTrue(detected || !flipsObservable, "a single fault flips Y unseen: " + java.util.Arrays.toString(m));
            single += flipsObservable ? 1 : 0;
        }
        assertTrue(single > 0, "some faults do flip Y (and are caught)");
        // Two faults are unseen together exactly when they fire the same detectors; then they must
        // agree on the observable too.
        Map<TreeSet<Long>, Boolean> observableBySymptom = new HashMap<>();
        int pairsChecked = 0;
        for (long[] m : mechanisms) {
            FaultSymptom symptom = FaultSymptom.of(m);
            TreeSet<Long> detectors = symptom.detectors();
            boolean flips = symptom.flips();
            Boolean other = observableBySymptom.putIfAbsent(detectors, flips);
            if (other != null) {
                pairsChecked++;
                assertEquals(other, flips, "two faults with symptoms " + detectors + " flip Y unseen");
            }
        }
        assertEquals(0, pairsChecked, "the model merges equal symptoms, so no two mechanisms share them");
    }
}
