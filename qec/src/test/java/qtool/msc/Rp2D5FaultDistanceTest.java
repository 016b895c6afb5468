package qtool.msc;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import qtool.dem.CircuitToDem;
import qtool.dem.DemTarget;
import qtool.dem.DetectorErrorModel;

/**
 * Fault distance of the d1 = 5 stage, first order: every single fault (each Pauli case of each
 * noise channel, as the undecomposed error model lists them) that flips the Y observable also
 * fires a detector. (Exhaustive pairs, as the d1 = 3 test does, would need the same with ~10⁷ pairs.)
 */
class Rp2D5FaultDistanceTest {
    @Test
    void noSingleFaultFlipsTheObservableUnseen() {
        DetectorErrorModel dem = CircuitToDem.convert(new Rp2D5Cultivation().noisy(1e-3), false);
        int flipping = 0;
        for (DetectorErrorModel.Error e : dem.flattenedErrors()) {
            boolean flips = false;
            boolean detected = false;
            for (long t : e.targets()) {
                flips ^= DemTarget.isObservable(t);
                detected |= DemTarget.isDetector(t);
            }
            assertTrue(detected || !flips, "a single fault flips Y unseen: " + java.util.Arrays.toString(e.targets()));
            flipping += flips ? 1 : 0;
        }
        assertTrue(flipping > 0, "some faults do flip Y (and are caught)");
    }
}
