package qtool.msc;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import qtool.dem.DemTarget;
import qtool.dem.DetectorErrorModel;
import qtool.ir.GateFlag;
import qtool.stim.Operation;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimReader;
import qtool.stim.StimTarget;
import qtool.testing.ReferenceData;

/** The authors' rp_3_T_cult.stim and small views of circuits the tests compare. */
final class Rp2Published {
    private Rp2Published() {
    }

    /** The published circuit; skips the calling test when the reference data is absent. */
    static StabilizerCircuit circuit() throws IOException {
        return StimReader.read(ReferenceData.dir("qec").resolve("rp2").resolve("rp_3_T_cult.stim"));
    }

    /** Qubits targeted by any non-annotation operation. */
    static BitSet qubitsInUse(StabilizerCircuit c) {
        BitSet used = new BitSet();
        for (StabilizerCircuit.Item item : c.items()) {
            Operation op = (Operation) item;
            if (op.gate().is(GateFlag.ANNOTATION)) {
                continue;
            }
            for (int i = 0; i < op.numTargets(); i++) {
                if (StimTarget.hasQubit(op.target(i))) {
                    used.set(StimTarget.value(op.target(i)));
                }
            }
        }
        return used;
    }

    /** Each detector's coordinates, in order. */
    static List<double[]> detectorCoords(StabilizerCircuit c) {
        List<double[]> out = new ArrayList<>();
        for (StabilizerCircuit.Item item : c.items()) {
            Operation op = (Operation) item;
            if (op.gate() == qtool.ir.Gate.DETECTOR) {
                out.add(op.args());
            }
        }
        return out;
    }

    /** Detector count per stage (the 4th coordinate). */
    static int[] perStage(StabilizerCircuit c, int stages) {
        int[] n = new int[stages];
        for (double[] a : detectorCoords(c)) {
            n[(int) a[3]]++;
        }
        return n;
    }

    /**
     * The model as symptom set → probability (symptoms as their sorted DEM targets, detectors
     * renamed through {@code relabel}, identity when null); mechanisms with no symptom are dropped.
     */
    static Map<List<Long>, Double> signature(DetectorErrorModel dem, int[] relabel) {
        Map<List<Long>, Double> out = new HashMap<>();
        for (DetectorErrorModel.Error e : dem.flattenedErrors()) {
            List<Long> key = new ArrayList<>();
            for (long t : e.targets()) {
                if (DemTarget.isSeparator(t)) {
                    continue;
                }
                key.add(relabel != null && DemTarget.isDetector(t) ? DemTarget.detector(relabel[(int) DemTarget.id(t)]) : t);
            }
            key.sort(null);
            // XOR-reduce: a target listed twice cancels.
            List<Long> reduced = new ArrayList<>();
            for (long t : key) {
                if (!reduced.isEmpty() && reduced.get(reduced.size() - 1) == t) {
                    reduced.remove(reduced.size() - 1);
                } else {
                    reduced.add(t);
                }
            }
            if (reduced.isEmpty()) {
                continue;
            }
            // Independent mechanisms with the same symptoms combine as p ⊕ q = p(1−q) + q(1−p).
            out.merge(reduced, e.probability(), (p, q) -> p * (1 - q) + q * (1 - p));
        }
        return out;
    }
}
