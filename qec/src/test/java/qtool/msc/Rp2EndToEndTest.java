package qtool.msc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import qtool.sim.BitTable;
import qtool.sim.DetectorSampler;
import qtool.stim.StabilizerCircuit;

class Rp2EndToEndTest {
    @Test
    void noiselessEndToEndHasNoDetectionEventsAndNoObservableFlip() {
        Rp2Cultivation g = Rp2Cultivation.endToEnd(2, 7, 3);
        StabilizerCircuit c = g.noiseless();
        BitTable t = DetectorSampler.sample(c, 1000, 20261124L, 1);
        for (int b = 0; b < t.numBits(); b++) {
            assertEquals(0, t.count(b), "bit " + b + " of " + t.numBits());
        }
        // 4 + 6 antipodal pairs at the growth round, as in the authors' circuit (RP-3 wrap checks, ring tiles).
        assertEquals(10, g.antipodalDetectors().size());
        assertEquals(5, g.numStages());
    }

    @Test
    void everySingleFaultBeforeTheGrowthRoundIsCaughtOrHarmless() {
        // The post-selected stages must catch any single fault that would flip the observable, or the
        // escape decoder must see it: no single fault flips the observable silently.
        Rp2Cultivation g = Rp2Cultivation.endToEnd(2, 7, 3);
        qtool.dem.DetectorErrorModel dem = qtool.dem.CircuitToDem.convert(g.noisy(1e-3), false);
        for (qtool.dem.DetectorErrorModel.Error e : dem.flattenedErrors()) {
            boolean flipsObservable = false;
            boolean detected = false;
            for (long t : e.targets()) {
                flipsObservable |= qtool.dem.DemTarget.isObservable(t);
                detected |= qtool.dem.DemTarget.isDetector(t);
            }
            assertFalse(flipsObservable && !detected, "undetectable logical fault " + e);
        }
    }
}
