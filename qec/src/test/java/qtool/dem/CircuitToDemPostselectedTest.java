package qtool.dem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import qtool.msc.Rp2Cultivation;
import qtool.stim.StabilizerCircuit;

class CircuitToDemPostselectedTest {
    private static String key(long[] targets) {
        return java.util.Arrays.toString(targets);
    }

    @Test
    void mechanismsThatFlipADiscardingDetectorAreLeftOutAndTheRestKept() {
        StabilizerCircuit c = Rp2Cultivation.endToEnd(2, 7, 3).noisy(1e-3);
        DetectorErrorModel full = CircuitToDem.convert(c, false);
        double[][] coords = DetectorCoordinates.of(full);
        boolean[] mask = new boolean[coords.length];
        for (int d = 0; d < coords.length; d++) {
            mask[d] = coords[d].length >= 4;
        }
        DetectorErrorModel kept = CircuitToDem.convertPostselected(c, false, mask);
        assertEquals(full.numDetectors(), kept.numDetectors());
        Map<String, Double> expected = new HashMap<>();
        for (DetectorErrorModel.Error e : full.flattenedErrors()) {
            boolean touches = false;
            for (long t : e.targets()) {
                touches |= DemTarget.isDetector(t) && mask[(int) DemTarget.id(t)];
            }
            if (!touches) {
                expected.put(key(e.targets()), e.probability());
            }
        }
        Map<String, Double> got = new HashMap<>();
        for (DetectorErrorModel.Error e : kept.flattenedErrors()) {
            for (long t : e.targets()) {
                assertFalse(DemTarget.isDetector(t) && mask[(int) DemTarget.id(t)], "kept a discarding mechanism " + e);
            }
            got.put(key(e.targets()), e.probability());
        }
        assertEquals(expected.keySet(), got.keySet());
        for (Map.Entry<String, Double> e : expected.entrySet()) {
            assertEquals(e.getValue(), got.get(e.getKey()), 1e-15, e.getKey());
        }
        // Decomposed, every remaining piece is graph-like.
        for (DetectorErrorModel.Error e : CircuitToDem.convertPostselected(c, true, mask).flattenedErrors()) {
            int inPiece = 0;
            for (long t : e.targets()) {
                if (DemTarget.isSeparator(t)) {
                    inPiece = 0;
                } else if (DemTarget.isDetector(t)) {
                    inPiece++;
                    assertFalse(inPiece > 2, "piece with more than two detectors in " + e);
                }
            }
        }
    }

    /**
     * A channel whose Pauli cases together touch more than 16 detectors (one DEPOLARIZE2 on two
     * qubits each read by ten detectors) converts undecomposed, and decomposed once those detectors
     * are post-selected: symptoms on discarding detectors count toward no limit.
     */
    @Test
    void wideChannelsNeedNoLimitWithoutDecompositionOrWhenPostselected() {
        StringBuilder sb = new StringBuilder("R 0 1\nDEPOLARIZE2(0.01) 0 1\nM 0 1\n");
        for (int k = 0; k < 10; k++) {
            sb.append("DETECTOR(0, ").append(k).append(", 0, 1) rec[-2]\n");
            sb.append("DETECTOR(1, ").append(k).append(", 0, 1) rec[-1]\n");
        }
        StabilizerCircuit c = qtool.stim.StimReader.parse(sb.toString());
        DetectorErrorModel undecomposed = CircuitToDem.convert(c, false);
        assertEquals(3, undecomposed.flattenedErrors().size(), "X0, X1 and X0X1 (Z errors are invisible)");
        boolean[] all = new boolean[20];
        java.util.Arrays.fill(all, true);
        assertEquals(0, CircuitToDem.convertPostselected(c, true, all).flattenedErrors().size());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> CircuitToDem.convert(c, true));
    }
}
