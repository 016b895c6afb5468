package qtool.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimReader;

/** Predictions of deterministic measurement results, against hand-derived cases and simulation. */
class MeasurementPredictorTest {
    private static List<MeasurementPredictor.Prediction> predict(String text) {
        return MeasurementPredictor.predict(StimReader.parse(text));
    }

    private static void assertPredicts(MeasurementPredictor.Prediction p, boolean flipped, long... records) {
        assertNotNull(p, "expected a deterministic result");
        assertArrayEquals(records, p.records());
        assertEquals(flipped, p.flipped());
    }

    @Test
    void bellPairParitiesArePredictedFromTheFirstResult() {
        List<MeasurementPredictor.Prediction> p = predict("H 0\nCX 0 1\nM 0 1\nMPP Z0*Z1\nM !1");
        assertNull(p.get(0));
        assertPredicts(p.get(1), false, 0);
        assertPredicts(p.get(2), false);
        assertPredicts(p.get(3), true, 0);
    }

    @Test
    void signsOfYAndPhaseGatesAreTracked() {
        // |+> then S is |i>: MY and Y⊗Y read +1. Two S_DAG take |i> through |+> to |-i>: MY reads -1.
        List<MeasurementPredictor.Prediction> p = predict("RX 0 1\nS 0 1\nMY 0\nMPP Y0*Y1\nS_DAG 0\nS_DAG 0\nMY 0\nMPP X0*X1");
        assertPredicts(p.get(0), false);
        assertPredicts(p.get(1), false);
        assertPredicts(p.get(2), true);
        assertNull(p.get(3), "X⊗X on |-i>|i> is random");
    }

    @Test
    void resettingHalfABellPairHidesTheOtherHalfUntilItIsMeasured() {
        // After R 0 the partner is random but unrecorded: its first measurement is random, the next one repeats it.
        List<MeasurementPredictor.Prediction> p = predict("H 0\nCX 0 1\nR 0\nM 0\nM 1\nM 1\nMX 0");
        assertPredicts(p.get(0), false);
        assertNull(p.get(1));
        assertPredicts(p.get(2), false, 1);
        assertNull(p.get(3));
    }

    @Test
    void measureResetRestartsTheQubit() {
        List<MeasurementPredictor.Prediction> p = predict("H 0\nMR !0\nM 0\nMRX 0\nMX 0");
        assertNull(p.get(0));
        assertPredicts(p.get(1), false);
        assertNull(p.get(2));
        assertPredicts(p.get(3), false);
    }

    @Test
    void predictionsHoldOnRandomRunsOfAScrambledCircuit() {
        String text = "RX 0 1 2\nR 3 4\nCX 0 3 1 4\nS 2\nCX 2 0\nH 1\nCZ 1 2\nMPP X0*Z1*Y2 Z3*Z4\nM 3\nCX 0 1\n"
                + "MPP Y0*X1 X0*X1*X2*X3*X4\nH_XY 2\nMY 2\nMX 0 1\nM 4\nMPP Z3*Z4";
        StabilizerCircuit c = StimReader.parse(text);
        List<MeasurementPredictor.Prediction> p = MeasurementPredictor.predict(c);
        int deterministic = 0;
        for (int seed = 0; seed < 200; seed++) {
            TableauSimulator sim = new TableauSimulator(c.numQubits(), new SplittableRandom(seed));
            boolean[] rec = new boolean[(int) c.numMeasurements()];
            boolean[] random = new boolean[rec.length];
            int[] next = {0};
            sim.run(c, r -> {
                random[next[0]] = sim.lastWasRandom();
                rec[next[0]++] = r;
            });
            for (int k = 0; k < rec.length; k++) {
                // No reset follows entanglement here, so the tableau's notion of random is the same.
                assertEquals(random[k], p.get(k) == null, "result " + k + " random");
                if (p.get(k) == null) {
                    continue;
                }
                boolean v = p.get(k).flipped();
                for (long r : p.get(k).records()) {
                    v ^= rec[(int) r];
                }
                assertEquals(v, rec[k], "result " + k + " (seed " + seed + ")");
                deterministic += seed == 0 ? 1 : 0;
            }
        }
        assertTrue(deterministic >= 2 && deterministic < c.numMeasurements(), "a mix of both kinds: " + deterministic);
    }

    @Test
    void feedbackIsRejected() {
        assertThrows(UnsupportedOperationException.class, () -> predict("M 0\nCX rec[-1] 1"));
    }
}
