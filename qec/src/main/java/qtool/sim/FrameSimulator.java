package qtool.sim;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import qtool.ir.Gate;
import qtool.ir.GateFlag;
import qtool.stim.Operation;
import qtool.stim.RepeatBlock;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimTarget;

/**
 * Bit-parallel Pauli-frame simulation of a batch of shots (Gidney, "Stim: a fast stabilizer circuit
 * simulator", Quantum 5, 497 (2021), §3): each shot carries the Pauli error by which it differs
 * from the noiseless reference run, stored as an X and a Z bit-plane per qubit with 64 shots per
 * {@code long}. A measurement result is flipped exactly when the frame anticommutes with the
 * measured Pauli, so detection events and observable flips are parities of the recorded flips;
 * the reference record is not needed for them (each detector's noiseless parity is, by definition,
 * the reference), only for raw measurement samples ({@link #measurementFlips}).
 *
 * <p>Clifford gates map each output plane to an XOR of input planes given by the gate's
 * {@link PauliConjugation} (signs do not matter for flips). Noise channels are sampled by geometric
 * skipping over the (target, shot) trials: {@code O(expected hits)} random draws instead of one per
 * trial. Measured and reset qubits get a random frame component along the measured Pauli, which
 * is how random measurement outcomes acquire their 50/50 statistics. Cost per batch:
 * {@code O(W)} word operations per gate target and per record look-up ({@code W} = words per
 * batch), plus {@code O(hits)} for noise. Memory: {@code 2n·W} words of frame, a ring of
 * measurement flips as long as the largest {@code rec[-k]} look-back, and the batch's detector and
 * observable planes.
 */
public final class FrameSimulator {
    private static final Map<Gate, long[]> PLANE_MASKS = planeMasks();
    /** Gate flags as arrays by ordinal: the flag sets are too slow to query once per operation. */
    private static final boolean[] ANNOTATION = flagTable(GateFlag.ANNOTATION);
    private static final boolean[] MEASURE_OR_RESET = orTables(flagTable(GateFlag.MEASURE), flagTable(GateFlag.RESET));
    /** Pauli codes (x bit 0, z bit 1) for the letters I, X, Y, Z in Stim's argument order. */
    private static final int[] LETTER_CODE = {0, 1, 3, 2};

    private final StabilizerCircuit circuit;
    private final int n;
    private final int w;
    /** log2 of the shots per batch when that is a power of two, else -1. */
    private final int shotShift;
    private final long[] x;
    private final long[] z;
    private final long[] rec;
    private final int recMask;
    private final long[] det;
    private final long[] obs;
    private final long[] scratch;
    private final long[] correlated;
    private final int numDetectors;
    private final int numObservables;
    private final boolean keepAllFlips;
    private long[] allFlips;
    private long measured;
    private int detectorsDone;
    private SplittableRandom rng;

    /** A simulator of {@code wordsPerBatch * 64} shots per batch. */
    public FrameSimulator(StabilizerCircuit c, int wordsPerBatch) {
        this(c, wordsPerBatch, false);
    }

    /**
     * With {@code keepAllFlips}, every measurement's flips are kept for {@link #measurementFlips}
     * (memory grows with the number of measurements) instead of only the look-back window.
     */
    public FrameSimulator(StabilizerCircuit c, int wordsPerBatch, boolean keepAllFlips) {
        if (wordsPerBatch < 1) {
            throw new IllegalArgumentException("need at least one word per batch");
        }
        if (c.numDetectors() > Integer.MAX_VALUE / wordsPerBatch) {
            throw new IllegalArgumentException("too many detectors for one batch: " + c.numDetectors());
        }
        this.circuit = c;
        this.n = c.numQubits();
        this.w = wordsPerBatch;
        this.shotShift = Integer.bitCount(wordsPerBatch) == 1 ? Integer.numberOfTrailingZeros(64 * wordsPerBatch) : -1;
        this.x = new long[n * w];
        this.z = new long[n * w];
        int ring = Integer.highestOneBit(Math.max(1, maxLookback(c)) * 2 - 1);
        this.rec = new long[ring * w];
        this.recMask = ring - 1;
        this.numDetectors = (int) c.numDetectors();
        this.numObservables = c.numObservables();
        this.det = new long[numDetectors * w];
        this.obs = new long[numObservables * w];
        this.scratch = new long[w];
        this.correlated = new long[w];
        this.keepAllFlips = keepAllFlips;
        if (keepAllFlips) {
            this.allFlips = new long[Math.toIntExact(Math.multiplyExact(c.numMeasurements(), (long) w))];
        }
    }

    public int wordsPerBatch() {
        return w;
    }

    public int shotsPerBatch() {
        return 64 * w;
    }

    /** Simulates one batch with randomness from {@code random}; results replace the previous batch's. */
    public void run(SplittableRandom random) {
        this.rng = random;
        Arrays.fill(x, 0);
        // |0> is stabilised by Z, so a Z component of the frame is unobservable: randomise it, so
        // that later measurements anticommuting with Z come out 50/50 as they should.
        for (int i = 0; i < z.length; i++) {
            z[i] = rng.nextLong();
        }
        Arrays.fill(det, 0);
        Arrays.fill(obs, 0);
        Arrays.fill(correlated, 0);
        measured = 0;
        detectorsDone = 0;
        runBlock(circuit);
    }

    /** Detection events of the last batch: detector d's shots are words {@code [d*W, (d+1)*W)}. */
    public long[] detectorPlanes() {
        return det;
    }

    /** Observable flips of the last batch, laid out like {@link #detectorPlanes}. */
    public long[] observablePlanes() {
        return obs;
    }

    /**
     * Flips of every measurement of the last batch relative to the reference sample (measurement
     * m's shots at words {@code [m*W, (m+1)*W)}); XOR with {@link TableauSimulator#referenceSample}
     * for raw measurement results. Only with {@code keepAllFlips}.
     */
    public long[] measurementFlips() {
        if (!keepAllFlips) {
            throw new IllegalStateException("construct with keepAllFlips to keep every measurement");
        }
        return allFlips;
    }

    private void runBlock(StabilizerCircuit c) {
        for (StabilizerCircuit.Item item : c.items()) {
            if (item instanceof RepeatBlock) {
                RepeatBlock r = (RepeatBlock) item;
                for (long i = 0; i < r.count(); i++) {
                    runBlock(r.body());
                }
            } else {
                apply((Operation) item);
            }
        }
    }

    private void apply(Operation op) {
        Gate g = op.gate();
        long[] masks = PLANE_MASKS.get(g);
        if (masks != null) {
            if (g.numQubits() == 1) {
                for (int i = 0; i < op.numTargets(); i++) {
                    if (g == Gate.H) {
                        hadamard(StimTarget.value(op.target(i)));
                    } else {
                        gate1(masks, StimTarget.value(op.target(i)));
                    }
                }
            } else {
                for (int i = 0; i < op.numTargets(); i += 2) {
                    int a = op.target(i);
                    int b = op.target(i + 1);
                    if (!StimTarget.hasQubit(a) || !StimTarget.hasQubit(b)) {
                        feedback(g, a, b);
                    } else if (g == Gate.CX) {
                        cx(StimTarget.value(a), StimTarget.value(b));
                    } else if (g == Gate.CZ) {
                        cz(StimTarget.value(a), StimTarget.value(b));
                    } else {
                        gate2(masks, StimTarget.value(a), StimTarget.value(b));
                    }
                }
            }
            return;
        }
        switch (g) {
            case X_ERROR: pauliNoise1(op, op.arg(0), 0, 0);
                return;
            case Y_ERROR: pauliNoise1(op, 0, op.arg(0), 0);
                return;
            case Z_ERROR: pauliNoise1(op, 0, 0, op.arg(0));
                return;
            case DEPOLARIZE1: pauliNoise1(op, op.arg(0) / 3, op.arg(0) / 3, op.arg(0) / 3);
                return;
            case PAULI_CHANNEL_1: pauliNoise1(op, op.arg(0), op.arg(1), op.arg(2));
                return;
            case DEPOLARIZE2: depolarize2(op, op.arg(0));
                return;
            case PAULI_CHANNEL_2: pauliNoise2(op, op.args()); return;
            case CORRELATED_ERROR: correlatedError(op, false); return;
            case ELSE_CORRELATED_ERROR: correlatedError(op, true); return;
            case DETECTOR: detector(op); return;
            case OBSERVABLE_INCLUDE: observable(op); return;
            case MPP: measureProducts(op); return;
            default: break;
        }
        if (ANNOTATION[g.ordinal()]) {
            return;
        }
        if (MEASURE_OR_RESET[g.ordinal()]) {
            measureOrReset(op, TableauSimulator.basisOf(g));
            return;
        }
        throw new UnsupportedOperationException("the frame simulator cannot run " + g.stimName());
    }

    // CX, CZ and H are most of a QEC circuit's gates; their plane updates written out take a
    // quarter of the word operations of the general mask form below (profiled: gate2 was ~45%).

    /** CX a→b: X on a spreads to b, Z on b spreads to a. */
    private void cx(int qa, int qb) {
        int a = qa * w;
        int b = qb * w;
        for (int i = 0; i < w; i++) {
            x[b + i] ^= x[a + i];
            z[a + i] ^= z[b + i];
        }
    }

    /** CZ: X on either qubit gains a Z on the other. */
    private void cz(int qa, int qb) {
        int a = qa * w;
        int b = qb * w;
        for (int i = 0; i < w; i++) {
            z[a + i] ^= x[b + i];
            z[b + i] ^= x[a + i];
        }
    }

    /** H exchanges the X and Z components. */
    private void hadamard(int q) {
        int b = q * w;
        for (int i = 0; i < w; i++) {
            long t = x[b + i];
            x[b + i] = z[b + i];
            z[b + i] = t;
        }
    }

    private void gate1(long[] m, int q) {
        int b = q * w;
        for (int i = 0; i < w; i++) {
            long xi = x[b + i];
            long zi = z[b + i];
            x[b + i] = (xi & m[0]) ^ (zi & m[2]);
            z[b + i] = (xi & m[1]) ^ (zi & m[3]);
        }
    }

    private void gate2(long[] m, int qa, int qb) {
        int a = qa * w;
        int b = qb * w;
        for (int i = 0; i < w; i++) {
            long p0 = x[a + i];
            long p1 = z[a + i];
            long p2 = x[b + i];
            long p3 = z[b + i];
            x[a + i] = (p0 & m[0]) ^ (p1 & m[4]) ^ (p2 & m[8]) ^ (p3 & m[12]);
            z[a + i] = (p0 & m[1]) ^ (p1 & m[5]) ^ (p2 & m[9]) ^ (p3 & m[13]);
            x[b + i] = (p0 & m[2]) ^ (p1 & m[6]) ^ (p2 & m[10]) ^ (p3 & m[14]);
            z[b + i] = (p0 & m[3]) ^ (p1 & m[7]) ^ (p2 & m[11]) ^ (p3 & m[15]);
        }
    }

    /**
     * A Pauli applied where a recorded result is 1: the reference run applied it where the
     * reference bit is 1, so the frame differs by the Pauli exactly where the result flipped.
     * Sweep bits are taken as 0 in both runs, so they change nothing.
     */
    private void feedback(Gate g, int a, int b) {
        int k = StimTarget.hasQubit(a) ? 1 : 0;
        int control = k == 0 ? a : b;
        int target = k == 0 ? b : a;
        if (StimTarget.isSweep(control) || !StimTarget.hasQubit(target)) {
            return;
        }
        int code = PauliConjugation.of(g).feedbackPauli(k);
        int slot = recSlotOf(control);
        System.arraycopy(rec, slot, scratch, 0, w);
        applyPauliMasked(code == 1 ? 'X' : code == 2 ? 'Z' : 'Y', StimTarget.value(target), scratch);
    }

    private void measureOrReset(Operation op, char basis) {
        Gate g = op.gate();
        boolean measure = g.is(GateFlag.MEASURE);
        boolean reset = g.is(GateFlag.RESET);
        long first = measured;
        for (int t = 0; t < op.numTargets(); t++) {
            int b = StimTarget.value(op.target(t)) * w;
            if (measure) {
                int slot = recordSlot();
                for (int i = 0; i < w; i++) {
                    long flip = basis == 'Z' ? x[b + i] : basis == 'X' ? z[b + i] : x[b + i] ^ z[b + i];
                    rec[slot + i] = flip;
                }
                recorded(slot);
            }
            // After the measurement or reset the qubit is in an eigenstate of the basis Pauli, so the
            // frame's component along it is a free gauge; randomising it keeps later statistics right.
            for (int i = 0; i < w; i++) {
                long r = rng.nextLong();
                if (reset) {
                    x[b + i] = basis == 'Z' ? 0 : r;
                    z[b + i] = basis == 'X' ? 0 : r;
                } else {
                    if (basis != 'Z') {
                        x[b + i] ^= r;
                    }
                    if (basis != 'X') {
                        z[b + i] ^= r;
                    }
                }
            }
        }
        if (measure && op.numArgs() > 0) {
            flipRecords(first, measured - first, op.arg(0));
        }
    }

    private void measureProducts(Operation op) {
        long first = measured;
        int i = 0;
        while (i < op.numTargets()) {
            int start = i;
            i++;
            while (i < op.numTargets() && StimTarget.isCombiner(op.target(i))) {
                i += 2;
            }
            int slot = recordSlot();
            Arrays.fill(rec, slot, slot + w, 0);
            for (int k = start; k < i; k += 2) {
                int t = op.target(k);
                int b = StimTarget.value(t) * w;
                char p = StimTarget.pauliBasis(t);
                for (int j = 0; j < w; j++) {
                    rec[slot + j] ^= anticommuting(p, b + j);
                }
            }
            recorded(slot);
            // The product's +1/-1 eigenspaces are now fixed; the product itself is a gauge.
            for (int j = 0; j < w; j++) {
                scratch[j] = rng.nextLong();
            }
            for (int k = start; k < i; k += 2) {
                int t = op.target(k);
                applyPauliMasked(StimTarget.pauliBasis(t), StimTarget.value(t), scratch);
            }
        }
        if (op.numArgs() > 0) {
            flipRecords(first, measured - first, op.arg(0));
        }
    }

    /** Shots whose frame anticommutes with Pauli p at frame word index fw. */
    private long anticommuting(char p, int fw) {
        return p == 'Z' ? x[fw] : p == 'X' ? z[fw] : x[fw] ^ z[fw];
    }

    private void applyPauliMasked(char p, int q, long[] mask) {
        int b = q * w;
        for (int j = 0; j < w; j++) {
            if (p != 'Z') {
                x[b + j] ^= mask[j];
            }
            if (p != 'X') {
                z[b + j] ^= mask[j];
            }
        }
    }

    private int recordSlot() {
        return (int) (measured & recMask) * w;
    }

    private void recorded(int slot) {
        if (keepAllFlips) {
            System.arraycopy(rec, slot, allFlips, (int) measured * w, w);
        }
        measured++;
    }

    private int recSlotOf(int target) {
        int k = StimTarget.value(target);
        return (int) ((measured - k) & recMask) * w;
    }

    /** M(p): each of the last {@code count} results flips with probability p. */
    private void flipRecords(long first, long count, double p) {
        int shots = 64 * w;
        long trials = count * shots;
        double inv = invLogMiss(p);
        for (long i = nextHit(-1, trials, p, inv); i < trials; i = nextHit(i, trials, p, inv)) {
            long m = first + shotGroup(i);
            int s = shotIndex(i);
            long bit = 1L << s;
            int word = (int) (m & recMask) * w + (s >>> 6);
            rec[word] ^= bit;
            if (keepAllFlips) {
                allFlips[(int) m * w + (s >>> 6)] ^= bit;
            }
        }
    }

    /**
     * The next trial after {@code i} that an event of probability p hits, or {@code trials} when none:
     * the gap between hits is geometric, so one uniform draw skips all the misses at once.
     * {@code invLogMiss} is {@code 1/ln(1-p)}, computed once per operation by {@link #invLogMiss}
     * so that each hit costs one logarithm, not two.
     */
    private long nextHit(long i, long trials, double p, double invLogMiss) {
        if (p <= 0) {
            return trials;
        }
        if (p >= 1) {
            return i + 1;
        }
        double u = 1 - rng.nextDouble();
        double gap = Math.floor(Math.log(u) * invLogMiss);
        if (gap >= trials - i - 1) {
            return trials;
        }
        return i + 1 + (long) gap;
    }

    /**
     * Trial {@code i} of a noise loop is shot {@code i mod shots} of target {@code i / shots}; with
     * a power-of-two batch (the usual 16 words) these are a shift and a mask instead of a 64-bit
     * division per hit.
     */
    private long shotGroup(long i) {
        return shotShift >= 0 ? i >>> shotShift : i / (64L * w);
    }

    private int shotIndex(long i) {
        return shotShift >= 0 ? (int) (i & ((1L << shotShift) - 1)) : (int) (i % (64L * w));
    }

    private static double invLogMiss(double p) {
        return p > 0 && p < 1 ? 1 / Math.log1p(-p) : 0;
    }

    /** Disjoint X, Y, Z errors with the given probabilities on every target qubit. */
    private void pauliNoise1(Operation op, double px, double py, double pz) {
        double total = px + py + pz;
        int shots = 64 * w;
        long trials = (long) op.numTargets() * shots;
        double inv = invLogMiss(total);
        for (long i = nextHit(-1, trials, total, inv); i < trials; i = nextHit(i, trials, total, inv)) {
            int q = StimTarget.value(op.target((int) shotGroup(i)));
            int s = shotIndex(i);
            double u = rng.nextDouble() * total;
            int code = u < px ? 1 : u < px + py ? 3 : 2;
            flipShot(q, s, code);
        }
    }

    /**
     * DEPOLARIZE2(p): each target pair gets one of the 15 non-identity Paulis, uniformly, with
     * probability p; the uniform choice needs no search over cumulative probabilities.
     */
    private void depolarize2(Operation op, double p) {
        int shots = 64 * w;
        long trials = (long) (op.numTargets() / 2) * shots;
        double inv = invLogMiss(p);
        for (long i = nextHit(-1, trials, p, inv); i < trials; i = nextHit(i, trials, p, inv)) {
            int pair = (int) shotGroup(i);
            int s = shotIndex(i);
            int letters = 1 + rng.nextInt(15);
            flipShot(StimTarget.value(op.target(2 * pair)), s, LETTER_CODE[letters >>> 2]);
            flipShot(StimTarget.value(op.target(2 * pair + 1)), s, LETTER_CODE[letters & 3]);
        }
    }

    private static boolean[] flagTable(GateFlag f) {
        Gate[] gates = Gate.values();
        boolean[] t = new boolean[gates.length];
        for (Gate g : gates) {
            t[g.ordinal()] = g.is(f);
        }
        return t;
    }

    private static boolean[] orTables(boolean[] a, boolean[] b) {
        boolean[] t = new boolean[a.length];
        for (int i = 0; i < a.length; i++) {
            t[i] = a[i] || b[i];
        }
        return t;
    }

    /** Disjoint two-qubit Pauli errors, {@code p} in Stim's order IX, IY, IZ, XI, ..., ZZ, on target pairs. */
    private void pauliNoise2(Operation op, double[] p) {
        double total = 0;
        for (double v : p) {
            total += v;
        }
        int shots = 64 * w;
        long trials = (long) (op.numTargets() / 2) * shots;
        double inv = invLogMiss(total);
        for (long i = nextHit(-1, trials, total, inv); i < trials; i = nextHit(i, trials, total, inv)) {
            int pair = (int) shotGroup(i);
            int s = shotIndex(i);
            double u = rng.nextDouble() * total;
            int k = 0;
            double acc = p[0];
            while (k < 14 && (u >= acc || p[k] == 0)) {
                k++;
                acc += p[k];
            }
            int letters = k + 1;
            flipShot(StimTarget.value(op.target(2 * pair)), s, LETTER_CODE[letters >>> 2]);
            flipShot(StimTarget.value(op.target(2 * pair + 1)), s, LETTER_CODE[letters & 3]);
        }
    }

    private void flipShot(int q, int shot, int code) {
        int word = q * w + (shot >>> 6);
        long bit = 1L << shot;
        if ((code & 1) != 0) {
            x[word] ^= bit;
        }
        if ((code & 2) != 0) {
            z[word] ^= bit;
        }
    }

    /** E / ELSE_CORRELATED_ERROR: one Pauli product on the shots hit; ELSE only where the chain has not fired. */
    private void correlatedError(Operation op, boolean orElse) {
        Arrays.fill(scratch, 0);
        int shots = 64 * w;
        double p = op.arg(0);
        double inv = invLogMiss(p);
        for (long i = nextHit(-1, shots, p, inv); i < shots; i = nextHit(i, shots, p, inv)) {
            scratch[(int) (i >>> 6)] |= 1L << i;
        }
        for (int j = 0; j < w; j++) {
            if (orElse) {
                scratch[j] &= ~correlated[j];
                correlated[j] |= scratch[j];
            } else {
                correlated[j] = scratch[j];
            }
        }
        for (int k = 0; k < op.numTargets(); k++) {
            int t = op.target(k);
            applyPauliMasked(StimTarget.pauliBasis(t), StimTarget.value(t), scratch);
        }
    }

    private void detector(Operation op) {
        int d = detectorsDone++ * w;
        for (int k = 0; k < op.numTargets(); k++) {
            int slot = recSlotOf(op.target(k));
            for (int j = 0; j < w; j++) {
                det[d + j] ^= rec[slot + j];
            }
        }
    }

    private void observable(Operation op) {
        int o = (int) op.arg(0) * w;
        for (int k = 0; k < op.numTargets(); k++) {
            int t = op.target(k);
            if (StimTarget.isRec(t)) {
                int slot = recSlotOf(t);
                for (int j = 0; j < w; j++) {
                    obs[o + j] ^= rec[slot + j];
                }
            } else if (StimTarget.isPauli(t)) {
                // A Pauli term of an observable flips where the frame anticommutes with it.
                int b = StimTarget.value(t) * w;
                char p = StimTarget.pauliBasis(t);
                for (int j = 0; j < w; j++) {
                    obs[o + j] ^= anticommuting(p, b + j);
                }
            }
        }
    }

    /** The largest k of any rec[-k] target (at least 1). */
    static int maxLookback(StabilizerCircuit c) {
        int max = 1;
        for (StabilizerCircuit.Item item : c.items()) {
            if (item instanceof RepeatBlock) {
                max = Math.max(max, maxLookback(((RepeatBlock) item).body()));
                continue;
            }
            Operation op = (Operation) item;
            for (int k = 0; k < op.numTargets(); k++) {
                if (StimTarget.isRec(op.target(k))) {
                    max = Math.max(max, StimTarget.value(op.target(k)));
                }
            }
        }
        return max;
    }

    /**
     * For each Clifford gate, {@code m[i*2k + j] = -1} when input plane i contributes to output
     * plane j (planes x0, z0, x1, z1): output j is the XOR of the inputs whose images have bit j.
     */
    private static Map<Gate, long[]> planeMasks() {
        Map<Gate, long[]> out = new EnumMap<>(Gate.class);
        for (Map.Entry<Gate, PauliConjugation> e : PauliConjugation.all().entrySet()) {
            PauliConjugation t = e.getValue();
            int planes = 2 * t.numQubits();
            if (planes > 4) {
                continue;
            }
            long[] m = new long[planes * planes];
            for (int i = 0; i < planes; i++) {
                int img = t.image(1 << i);
                for (int j = 0; j < planes; j++) {
                    m[i * planes + j] = ((img >>> j) & 1) != 0 ? -1L : 0L;
                }
            }
            out.put(e.getKey(), m);
        }
        return out;
    }
}
