package qtool.msc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import qtool.dem.CircuitToDem;
import qtool.dem.DemTarget;
import qtool.dem.DetectorErrorModel;
import qtool.ir.Gate;
import qtool.sim.BitTable;
import qtool.sim.DetectorSampler;
import qtool.sim.TableauSimulator;
import qtool.stim.Operation;
import qtool.stim.StabilizerCircuit;

/**
 * The original d1 = 5 cultivation stage (d1 = 3 stage, growth, three superdense cycles, d = 5
 * double check) against its defining properties and the authors' published post-selection rate
 * (qec.md §4: p = 1e-3, 10^12 shots, 856,037,097,464 discards).
 */
class ColorCultivation5Test {
    private static final ColorCultivation5 CC = new ColorCultivation5();
    private static final long PUBLISHED_SHOTS = 1_000_000_000_000L;
    private static final long PUBLISHED_DISCARDS = 856_037_097_464L;

    @Test
    void shapeIsFortyTwoQubitsAndNinetyFourNoisyMoments() {
        StabilizerCircuit c = CC.noiseless();
        assertEquals(42, c.numQubits());
        assertEquals(1, c.numObservables());
        long ticks = CC.body().items().stream()
                .filter(i -> i instanceof Operation op && op.gate() == Gate.TICK).count();
        assertEquals(ColorCultivation5.NOISY_MOMENTS, ticks);
        assertEquals(25 + 14 + ColorCodeGrowth.MOMENTS + 3 * SuperdenseCycle.MOMENTS + 20, ticks);
        // Detectors per stage: injection helpers 7; d3 check 1 and flags 6; growth helpers 5; the first
        // cycle misses the 4 checks of the two new red plaquettes (random), the next two have all 18;
        // d5 check 1 and flags 19; final readout 18.
        int[] perStage = new int[ColorCultivation5.NUM_STAGES];
        CC.detectorStages().forEach(s -> perStage[s]++);
        assertEquals("[7, 1, 6, 5, 14, 18, 18, 1, 19, 18]", Arrays.toString(perStage));
        assertEquals(107, c.numDetectors());
        assertEquals(112, c.numMeasurements());
        // The 4th coordinate is the stage, in detector order, never decreasing.
        int d = 0;
        double last = 0;
        for (StabilizerCircuit.Item i : c.items()) {
            if (i instanceof Operation op && op.gate() == Gate.DETECTOR) {
                assertEquals(4, op.numArgs());
                assertEquals((double) CC.detectorStages().get(d++), op.arg(3));
                assertTrue(op.arg(3) >= last);
                last = op.arg(3);
            }
        }
        // Qubits sit on the authors' grid in lexicographic order: 19 data of the d = 5 code among them.
        int[][] xy = CC.coordinates();
        for (int q = 1; q < xy.length; q++) {
            assertTrue(xy[q - 1][0] < xy[q][0] || (xy[q - 1][0] == xy[q][0] && xy[q - 1][1] < xy[q][1]));
        }
        assertEquals(19, ColorCodeLayout.of(5).data().size());
        assertEquals(9, ColorCodeLayout.of(5).plaquettes().size());
    }

    @Test
    void theD3LayoutIsTheD3StageCode() {
        ColorCodeLayout l3 = ColorCodeLayout.of(3);
        assertEquals(3, l3.plaquettes().size());
        int[] data = l3.data().stream().mapToInt(s -> {
            for (int q = 0; q < ColorCultivation.COORDS.length; q++) {
                if (ColorCultivation.COORDS[q][0] == s.x() && ColorCultivation.COORDS[q][1] == s.y()) {
                    return q;
                }
            }
            return -1;
        }).toArray();
        assertEquals(Arrays.toString(ColorCultivation.DATA), Arrays.toString(data));
        for (int i = 0; i < 3; i++) {
            int[] plaquette = l3.plaquettes().get(i).data().stream().mapToInt(s -> {
                for (int q = 0; q < ColorCultivation.COORDS.length; q++) {
                    if (ColorCultivation.COORDS[q][0] == s.x() && ColorCultivation.COORDS[q][1] == s.y()) {
                        return q;
                    }
                }
                return -1;
            }).sorted().toArray();
            int[] expected = ColorCultivation.PLAQUETTES[i].clone();
            Arrays.sort(expected);
            assertEquals(Arrays.toString(expected), Arrays.toString(plaquette));
        }
    }

    @Test
    void theOnlyRandomResultsAreTheFirstChecksOfTheNewRedPlaquettes() {
        StabilizerCircuit c = CC.noiseless();
        List<qtool.sim.MeasurementPredictor.Prediction> p = qtool.sim.MeasurementPredictor.predict(c);
        // Which qubit each result comes from (single-qubit measurements; the readout MPPs are all deterministic).
        List<Integer> qubitOf = new java.util.ArrayList<>();
        for (StabilizerCircuit.Item i : c.items()) {
            Operation op = (Operation) i;
            if (op.gate() == Gate.MPP) {
                break;
            }
            if (op.gate().is(qtool.ir.GateFlag.MEASURE)) {
                for (int t = 0; t < op.numTargets(); t++) {
                    qubitOf.add(qtool.stim.StimTarget.value(op.target(t)));
                }
            }
        }
        TreeSet<String> random = new TreeSet<>();
        for (int k = 0; k < p.size(); k++) {
            if (p.get(k) == null) {
                int[] xy = CC.coordinates()[qubitOf.get(k)];
                random.add(xy[0] + "," + xy[1]);
            }
        }
        TreeSet<String> newRedHelpers = new TreeSet<>();
        ColorCodeLayout d3 = ColorCodeLayout.of(3);
        for (ColorCodeLayout.Plaquette q : ColorCodeLayout.of(5).plaquettes()) {
            boolean old = d3.plaquettes().stream().anyMatch(o -> o.anchor().equals(q.anchor()));
            if (q.color() == 0 && !old) {
                newRedHelpers.add(q.xHelper().x() + "," + q.xHelper().y());
                newRedHelpers.add(q.zHelper().x() + "," + q.zHelper().y());
            }
        }
        assertEquals(4, newRedHelpers.size());
        assertEquals(newRedHelpers, random);
        assertEquals(4, p.stream().filter(x -> x == null).count(), "once each");
    }

    @Test
    void noiselessRunsGiveThePredictedParities() {
        StabilizerCircuit c = CC.noiseless();
        BitTable t = DetectorSampler.sample(c, 1000, 11L, 1);
        for (int b = 0; b < t.numBits(); b++) {
            assertEquals(0, t.count(b), "bit " + b + " fires without noise");
        }
        assertTrue(CC.detectorValues().stream().noneMatch(v -> v), "every detector's noiseless parity is 0");
        assertTrue(!CC.observableValue(), "the Y observable reads +1");
        for (int seed = 0; seed < 30; seed++) {
            TableauSimulator sim = new TableauSimulator(c.numQubits(), new SplittableRandom(seed));
            boolean[] rec = new boolean[(int) c.numMeasurements()];
            int[] next = {0};
            sim.run(c, r -> rec[next[0]++] = r);
            List<long[]> dets = CC.detectorRecords();
            for (int d = 0; d < dets.size(); d++) {
                assertEquals(CC.detectorValues().get(d), parity(rec, dets.get(d)), "detector " + d + " (seed " + seed + ")");
            }
            assertEquals(CC.observableValue(), parity(rec, CC.observableRecords()), "observable (seed " + seed + ")");
        }
    }

    @Test
    void noOneOrTwoFaultsFlipTheObservableUnseen() {
        DetectorErrorModel dem = CircuitToDem.convert(CC.noisy(1e-3), false);
        assertEquals(107, dem.numDetectors());
        int flipping = 0;
        Map<TreeSet<Long>, Boolean> observableBySymptom = new HashMap<>();
        for (DetectorErrorModel.Error e : dem.flattenedErrors()) {
            FaultSymptom symptom = FaultSymptom.of(e.targets());
            TreeSet<Long> detectors = symptom.detectors();
            boolean flips = symptom.flips();
            assertTrue(!flips || !detectors.isEmpty(), "a single fault flips Y unseen: " + Arrays.toString(e.targets()));
            flipping += flips ? 1 : 0;
            Boolean other = observableBySymptom.putIfAbsent(detectors, flips);
            assertTrue(other == null, "the model merges equal symptoms, so two faults never share one: " + detectors);
        }
        assertTrue(flipping > 0, "some faults do flip Y (and are caught)");
    }

    /**
     * Distance beyond two: no three mechanisms of the error model flip Y with no detector firing.
     * Symptoms are compared by random 64-bit signatures (xor over detectors): a real triple always
     * matches, and a spurious match (probability about n³/2⁶⁴) could only fail the test, not pass it.
     */
    @Test
    void noThreeFaultsFlipTheObservableUnseen() {
        List<DetectorErrorModel.Error> errors = CircuitToDem.convert(CC.noisy(1e-3), false).flattenedErrors();
        SplittableRandom rng = new SplittableRandom(20240926L);
        long[] signatureOf = new long[107];
        for (int d = 0; d < signatureOf.length; d++) {
            signatureOf[d] = rng.nextLong();
        }
        int n = errors.size();
        long[] signature = new long[n];
        boolean[] flips = new boolean[n];
        Map<Long, Boolean> flipsBySignature = new HashMap<>();
        for (int i = 0; i < n; i++) {
            for (long t : errors.get(i).targets()) {
                if (DemTarget.isDetector(t)) {
                    signature[i] ^= signatureOf[(int) DemTarget.id(t)];
                } else if (DemTarget.isObservable(t)) {
                    flips[i] = !flips[i];
                }
            }
            flipsBySignature.put(signature[i], flips[i]);
        }
        assertTrue(n > 1000, "mechanisms: " + n);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                Boolean third = flipsBySignature.get(signature[i] ^ signature[j]);
                assertTrue(third == null || third == (flips[i] ^ flips[j]),
                        "three faults flip Y unseen: " + Arrays.toString(errors.get(i).targets()) + " + "
                                + Arrays.toString(errors.get(j).targets()));
            }
        }
    }

    @Test
    void keepRateMatchesThePublishedRate() {
        int shots = 1_000_000;
        StabilizerCircuit c = CC.noisy(1e-3);
        BitTable t = DetectorSampler.sample(c, shots, 20240926L, 2);
        int numDet = Math.toIntExact(c.numDetectors());
        long kept = 0;
        long errors = 0;
        for (int w = 0; w < t.wordsPerBit(); w++) {
            long alive = w == t.wordsPerBit() - 1 && shots % 64 != 0 ? (1L << (shots % 64)) - 1 : -1L;
            for (int d = 0; d < numDet; d++) {
                alive &= ~t.word(d, w);
            }
            kept += Long.bitCount(alive);
            errors += Long.bitCount(alive & t.word(numDet, w));
        }
        double published = (double) (PUBLISHED_SHOTS - PUBLISHED_DISCARDS) / PUBLISHED_SHOTS;
        double observed = (double) kept / shots;
        double z = (observed - published) / Math.sqrt(published * (1 - published) / shots);
        System.out.println(String.format(Locale.ROOT,
                "[color-cultivation d1=5] p=1e-3 %d shots: keep %.5f vs published %.5f (%+.2fσ); %d Y errors in %d kept",
                shots, observed, published, z, errors, kept));
        assertTrue(Math.abs(z) < 4, "keep rate " + observed + " is " + z + "σ from " + published);
    }

    private static boolean parity(boolean[] rec, long[] idx) {
        boolean p = false;
        for (long i : idx) {
            p ^= rec[(int) i];
        }
        return p;
    }
}
