package qtool.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import qtool.ir.Gate;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimReader;

/**
 * The frame sampler: each noise channel's flip rates against their closed forms, noiseless random
 * Clifford circuits against the tableau (deterministic results never flip, random ones flip half
 * the time), classically controlled feedback, and thread-count independence of seeded output.
 */
class FrameSimulatorTest {
    private static final long SHOTS = 200_000;

    @Test
    void noiseChannelsFlipAtTheirRates() {
        double[] pc2 = new double[15];
        for (int k = 0; k < 15; k++) {
            pc2[k] = 0.002 * (k + 1) * (k % 3 + 1);
        }
        StringBuilder args = new StringBuilder();
        for (double v : pc2) {
            args.append(args.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.4f", v));
        }
        String text = "X_ERROR(0.1) 0\nY_ERROR(0.2) 1\nH 2\nZ_ERROR(0.3) 2\nH 2\nDEPOLARIZE1(0.3) 3\n"
                + "PAULI_CHANNEL_1(0.1, 0.2, 0.3) 4 5\nDEPOLARIZE2(0.15) 6 7\nPAULI_CHANNEL_2(" + args + ") 8 9\n"
                + "RX 13\nE(0.2) X11\nELSE_CORRELATED_ERROR(0.25) X12 Z13\n"
                + "M 0 1 2 3 4\nMX 5\nM 6 7 8 9\nM(0.25) 10\nM 11 12\nMX 13\n"
                + "DETECTOR rec[-14]\nDETECTOR rec[-13]\nDETECTOR rec[-12]\nDETECTOR rec[-11]\nDETECTOR rec[-10]\n"
                + "DETECTOR rec[-9]\nDETECTOR rec[-8]\nDETECTOR rec[-7]\nDETECTOR rec[-6]\nDETECTOR rec[-5]\n"
                + "DETECTOR rec[-6] rec[-5]\nDETECTOR rec[-4]\nDETECTOR rec[-3]\nDETECTOR rec[-2]\n"
                + "DETECTOR rec[-3] rec[-2]\nOBSERVABLE_INCLUDE(0) rec[-1]\n";
        double first = 0;
        double second = 0;
        double either = 0;
        for (int k = 0; k < 15; k++) {
            int a = (k + 1) >>> 2;
            int b = (k + 1) & 3;
            boolean fa = a == 1 || a == 2;
            boolean fb = b == 1 || b == 2;
            first += fa ? pc2[k] : 0;
            second += fb ? pc2[k] : 0;
            either += fa != fb ? pc2[k] : 0;
        }
        double[] expected = {0.1, 0.2, 0.3, 0.2, 0.3, 0.5, 0.08, 0.08, first, second, either, 0.25, 0.2, 0.2, 0.4,
            0.2};
        BitTable t = DetectorSampler.sample(StimReader.parse(text), SHOTS, 7, 2);
        assertEquals(expected.length, t.numBits());
        for (int d = 0; d < expected.length; d++) {
            double p = expected[d];
            double rate = t.count(d) / (double) SHOTS;
            double sigma = Math.sqrt(p * (1 - p) / SHOTS);
            assertTrue(Math.abs(rate - p) < 5 * sigma, "bit " + d + ": rate " + rate + ", expected " + p);
        }
    }

    @Test
    void noiselessCircuitsMatchTheTableau() {
        SplittableRandom rnd = new SplittableRandom(99);
        List<Gate> gates = new ArrayList<>();
        for (Gate g : PauliConjugation.all().keySet()) {
            if (g.stimName() != null) {
                gates.add(g);
            }
        }
        // Plain resets are left out: their hidden outcome could not be replayed below.
        String[] measures = {"M", "MX", "MY", "MR", "MRX", "MRY", "MPP"};
        int randomSeen = 0;
        for (int trial = 0; trial < 100; trial++) {
            int n = 1 + rnd.nextInt(6);
            StringBuilder sb = new StringBuilder();
            for (int step = 0; step < 40; step++) {
                if (rnd.nextInt(4) > 0) {
                    Gate g = gates.get(rnd.nextInt(gates.size()));
                    if (g.numQubits() > n) {
                        continue;
                    }
                    int a = rnd.nextInt(n);
                    int b = (a + 1 + rnd.nextInt(Math.max(1, n - 1))) % n;
                    sb.append(g.stimName()).append(' ').append(a).append(g.numQubits() == 2 ? " " + b : "").append('\n');
                } else {
                    String m = measures[rnd.nextInt(measures.length)];
                    int q = rnd.nextInt(n);
                    if (m.equals("MPP")) {
                        sb.append("MPP ").append("XYZ".charAt(rnd.nextInt(3))).append(q);
                        if (n > 1) {
                            sb.append('*').append("XYZ".charAt(rnd.nextInt(3))).append((q + 1) % n);
                        }
                        sb.append('\n');
                    } else {
                        sb.append(m).append(m.startsWith("M") && rnd.nextBoolean() ? " !" : " ").append(q).append('\n');
                    }
                }
            }
            String text = sb.toString();
            StabilizerCircuit c = StimReader.parse(text);
            int numM = (int) c.numMeasurements();
            List<Boolean> random = new ArrayList<>();
            List<Boolean> reference = new ArrayList<>();
            TableauSimulator tab = new TableauSimulator(c.numQubits(), (SplittableRandom) null);
            tab.run(c, r -> {
                random.add(tab.lastWasRandom());
                reference.add(r);
            });
            assertEquals(numM, random.size());
            FrameSimulator sim = new FrameSimulator(c, 16, true);
            sim.run(new SplittableRandom(trial));
            long[] flips = sim.measurementFlips();
            // Every sampled shot must be a possible outcome sequence: replay it on the tableau,
            // taking random outcomes from the shot (the reference took 0 for them, so the shot's
            // raw outcome is its flip) and requiring the deterministic ones to agree.
            for (int shot = 0; shot < 64; shot++) {
                int s = shot;
                int tr = trial;
                int[] idx = {0};
                TableauSimulator replay = new TableauSimulator(c.numQubits(),
                        () -> ((flips[idx[0] * 16] >>> s) & 1) != 0);
                replay.run(c, r -> {
                    boolean sampled = reference.get(idx[0]) ^ (((flips[idx[0] * 16] >>> s) & 1) != 0);
                    assertEquals(sampled, r, "trial " + tr + " shot " + s + " measurement " + idx[0] + "\n" + text);
                    idx[0]++;
                });
            }
            for (int m = 0; m < numM; m++) {
                int ones = 0;
                for (int w = 0; w < 16; w++) {
                    ones += Long.bitCount(flips[m * 16 + w]);
                }
                if (random.get(m)) {
                    randomSeen++;
                    assertTrue(Math.abs(ones - 512) < 5 * 16, "trial " + trial + " measurement " + m + ": " + ones
                            + " of 1024 flipped\n" + text);
                }
            }
        }
        assertTrue(randomSeen > 100, "only " + randomSeen + " random measurements");
    }

    /**
     * Feedback from a random result: the tableau sees the reference (0) and applies nothing, while
     * each shot's second result must follow its first, so their flips agree shot by shot.
     */
    @Test
    void classicallyControlledPaulisFollowTheRecordedFlips() {
        StabilizerCircuit c = StimReader.parse("RX 4\nMX 0\nCX rec[-1] 1\nCY rec[-1] 2\nXCZ 3 rec[-1]\n"
                + "CZ rec[-1] 4 sweep[0] 1\nM 1 2 3\nMX 4\n");
        assertEquals(List.of(false, false, false, false, false), toList(TableauSimulator.referenceSample(c)));
        FrameSimulator sim = new FrameSimulator(c, 4, true);
        sim.run(new SplittableRandom(3));
        long[] f = sim.measurementFlips();
        int ones = 0;
        for (int w = 0; w < 4; w++) {
            ones += Long.bitCount(f[w]);
            for (int m = 1; m < 5; m++) {
                assertEquals(f[w], f[m * 4 + w], "measurement " + m + " follows the first");
            }
        }
        assertTrue(Math.abs(ones - 128) < 5 * 8, ones + " of 256");
    }

    private static List<Boolean> toList(boolean[] a) {
        List<Boolean> out = new ArrayList<>();
        for (boolean b : a) {
            out.add(b);
        }
        return out;
    }

    @Test
    void outputIsIndependentOfTheThreadCount() {
        String text = "R 0 1 2 3 4\nREPEAT 5 {\n  DEPOLARIZE1(0.05) 0 2 4\n  CX 0 1 2 3\n  CX 2 1 4 3\n"
                + "  DEPOLARIZE2(0.02) 0 1 2 3\n  MR(0.01) 1 3\n  DETECTOR rec[-2]\n  DETECTOR rec[-1]\n}\n"
                + "M 0 2 4\nDETECTOR rec[-3] rec[-2] rec[-5]\nOBSERVABLE_INCLUDE(0) rec[-1]\n";
        StabilizerCircuit c = StimReader.parse(text);
        long shots = 5 * 1024 + 37;
        BitTable one = DetectorSampler.sample(c, shots, 11, 1);
        for (int threads : new int[] {2, 3, 8}) {
            BitTable many = DetectorSampler.sample(c, shots, 11, threads);
            for (int b = 0; b < one.numBits(); b++) {
                for (int w = 0; w < one.wordsPerBit(); w++) {
                    assertEquals(one.word(b, w), many.word(b, w), threads + " threads, bit " + b + " word " + w);
                }
            }
        }
        BitTable other = DetectorSampler.sample(c, shots, 12, 2);
        long diff = 0;
        for (int b = 0; b < one.numBits(); b++) {
            diff += Math.abs(one.count(b) - other.count(b));
            assertEquals(0, one.word(b, one.wordsPerBit() - 1) >>> 37, "bits past the last shot");
        }
        assertNotEquals(0, diff, "another seed gives other samples");
    }
}
