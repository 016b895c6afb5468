package qtool.msc;

import java.util.TreeSet;
import qtool.dem.DemTarget;

/** What one error mechanism does: the detectors it fires and whether it flips the observable. */
record FaultSymptom(TreeSet<Long> detectors, boolean flips) {
    static FaultSymptom of(long[] targets) {
        TreeSet<Long> detectors = new TreeSet<>();
        boolean flips = false;
        for (long t : targets) {
            if (DemTarget.isDetector(t)) {
                detectors.add(t);
            } else if (DemTarget.isObservable(t)) {
                flips = !flips;
            }
        }
        return new FaultSymptom(detectors, flips);
    }
}
