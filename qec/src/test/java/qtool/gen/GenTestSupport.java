package qtool.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import qtool.dem.DemTarget;
import qtool.dem.DetectorErrorModel;
import qtool.ir.Gate;
import qtool.sim.TableauSimulator;
import qtool.stim.Operation;
import qtool.stim.RepeatBlock;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimTarget;

/** Shared checks for generated circuits. */
final class GenTestSupport {
    private GenTestSupport() {
    }

    /**
     * Runs the noiseless circuit on the tableau simulator with random measurement outcomes, several
     * seeds: every detector and observable must be 0 in every run (deterministic and consistent).
     */
    static void assertDeterministic(StabilizerCircuit c) {
        List<int[]> parities = new ArrayList<>();
        collect(c, new long[] {0}, parities);
        for (int seed = 0; seed < 8; seed++) {
            TableauSimulator sim = new TableauSimulator(c.numQubits(), new SplittableRandom(seed));
            boolean[] record = new boolean[(int) c.numMeasurements()];
            int[] next = {0};
            sim.run(c, r -> record[next[0]++] = r);
            assertEquals(record.length, next[0]);
            for (int[] p : parities) {
                boolean v = false;
                for (int m : p) {
                    v ^= record[m];
                }
                assertTrue(!v, "detector/observable fired without noise (seed " + seed + ")");
            }
        }
        assertTrue(!parities.isEmpty());
    }

    private static void collect(StabilizerCircuit c, long[] measured, List<int[]> out) {
        for (StabilizerCircuit.Item item : c.items()) {
            if (item instanceof RepeatBlock r) {
                for (long i = 0; i < r.count(); i++) {
                    collect(r.body(), measured, out);
                }
                continue;
            }
            Operation op = (Operation) item;
            if (op.gate() == Gate.DETECTOR || op.gate() == Gate.OBSERVABLE_INCLUDE) {
                int[] ms = new int[op.numTargets()];
                for (int i = 0; i < ms.length; i++) {
                    int t = op.target(i);
                    assertTrue(StimTarget.isRec(t));
                    ms[i] = (int) (measured[0] - StimTarget.value(t));
                    assertTrue(ms[i] >= 0);
                }
                out.add(ms);
            }
            measured[0] += op.numMeasurements();
        }
    }

    /** Every error (or each piece of a decomposed error) flips at most two detectors. */
    static void assertGraphlike(DetectorErrorModel dem) {
        assertTrue(!dem.flattenedErrors().isEmpty());
        for (DetectorErrorModel.Error e : dem.flattenedErrors()) {
            int dets = 0;
            for (long t : e.targets()) {
                if (t == DemTarget.SEPARATOR) {
                    dets = 0;
                } else if (DemTarget.isDetector(t)) {
                    dets++;
                    assertTrue(dets <= 2, "hyperedge piece in " + e);
                }
            }
        }
    }
}
