package qtool.msc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import qtool.ir.Gate;
import qtool.ir.GateFlag;
import qtool.sim.BitTable;
import qtool.sim.DetectorSampler;
import qtool.stim.Operation;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimTarget;

/** The d1 = 5 stage: deterministic when noiseless, every stage present, the authors' qubit counts. */
class Rp2D5CultivationTest {
    static List<double[]> detectorCoords(StabilizerCircuit c) {
        List<double[]> out = new ArrayList<>();
        for (StabilizerCircuit.Item it : c.items()) {
            if (it instanceof Operation op && op.gate() == Gate.DETECTOR) {
                out.add(op.args());
            }
        }
        return out;
    }

    @Test
    void noiselessCircuitFiresNothing() {
        StabilizerCircuit c = new Rp2D5Cultivation().noiseless();
        int nd = Math.toIntExact(c.numDetectors());
        assertEquals(1, c.numObservables());
        BitTable t = DetectorSampler.sample(c, 1024, 11L, 1);
        for (int d = 0; d < nd + 1; d++) {
            for (int w = 0; w < t.wordsPerBit(); w++) {
                assertEquals(0L, t.word(d, w), "bit " + d + " fires without noise");
            }
        }
        int[] perStage = new int[Rp2D5Cultivation.NUM_STAGES];
        for (double[] a : detectorCoords(c)) {
            assertEquals(4, a.length);
            perStage[(int) a[3]]++;
        }
        // RP-3: 8, 10, 1, 9, 6; growth 4 + 6 + 10; RP-5 round 26; parity 1, shadows 15; morph 10; final 26
        assertEquals(List.of(8, 10, 1, 9, 6, 20, 26, 1, 15, 10, 26), java.util.Arrays.stream(perStage).boxed().toList());
    }

    /**
     * Live qubits (reset or touched and not yet measured) per moment: the plateaus are the
     * authors' stage sizes 19 (RP-3 round), 15 (SRP-3), 24 (its T-check), 57 (growth), 51 (RP-5
     * round), 35 (SRP-5), 50 (its T-check), in this order, and 57 is the peak.
     */
    @Test
    void liveQubitsFollowTheAuthorsStageSizes() {
        List<Integer> live = liveCounts(new Rp2D5Cultivation().noiseless());
        int[] expected = {19, 15, 24, 57, 51, 35, 50};
        int at = 0;
        for (int k : expected) {
            while (at < live.size() && live.get(at) != k) {
                at++;
            }
            assertTrue(at < live.size(), "no moment with " + k + " live qubits in order; counts " + live);
        }
        assertEquals(57, live.stream().mapToInt(Integer::intValue).max().orElse(0));
    }

    static List<Integer> liveCounts(StabilizerCircuit c) {
        BitSet live = new BitSet();
        List<Integer> out = new ArrayList<>();
        for (StabilizerCircuit.Item it : c.items()) {
            Operation op = (Operation) it;
            Gate g = op.gate();
            if (g == Gate.TICK) {
                out.add(live.cardinality());
                continue;
            }
            if (g.is(GateFlag.ANNOTATION) || g.is(GateFlag.NOISE) || g == Gate.MPP) {
                continue;
            }
            for (int i = 0; i < op.numTargets(); i++) {
                int t = op.target(i);
                if (!StimTarget.isQubit(t)) {
                    continue;
                }
                int q = StimTarget.value(t);
                if (g.is(GateFlag.MEASURE) && !g.is(GateFlag.RESET)) {
                    live.clear(q);
                } else {
                    live.set(q);
                }
            }
        }
        return out;
    }
}
