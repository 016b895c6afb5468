package qtool.sim;

import java.util.Arrays;
import java.util.SplittableRandom;
import qtool.ir.Gate;
import qtool.ir.GateFlag;
import qtool.stim.Operation;
import qtool.stim.RepeatBlock;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimTarget;

/**
 * Aaronson–Gottesman stabilizer tableau simulation ("Improved simulation of stabilizer circuits",
 * PRA 70, 052328, 2004): {@code n} destabilizer and {@code n} stabilizer rows, each a signed Pauli
 * string stored as X and Z bit rows in {@code long[]} words.
 *
 * <p>Gates conjugate every row through the gate's {@link PauliConjugation} table: {@code O(n)} per
 * gate. A Pauli-product measurement (which covers M, MX, MY and MPP alike) is random when some
 * stabilizer anticommutes with it, and then costs {@code O(n)} row products of {@code O(n/64)}
 * words each; otherwise its value is the sign of the product of the stabilizers paired with the
 * anticommuting destabilizers, also {@code O(n²/64)}. Random outcomes come from the given
 * generator, or are 0 when it is null, which is how the noiseless reference sample is chosen (any
 * consistent choice is a valid reference; the frame simulator randomises around it). Noise and
 * annotations are ignored. Memory: {@code 4n²} bits.
 */
public final class TableauSimulator {
    private final int n;
    private final int words;
    /** Rows 0..n-1 are destabilizers, n..2n-1 stabilizers; row r occupies words [r*words, (r+1)*words). */
    private final long[] xs;
    private final long[] zs;
    private final boolean[] signs;
    private final long[] scratchX;
    private final long[] scratchZ;
    /** The product being measured or applied. */
    private final PauliRegister held;
    private final java.util.function.BooleanSupplier randomOutcome;
    private boolean lastRandom;
    /** Results so far (after inversion), for classically controlled gates. */
    private final java.util.BitSet record = new java.util.BitSet();
    private long recorded;

    /** |0...0> on {@code numQubits} qubits; random outcomes from {@code rng}, or 0 when it is null. */
    public TableauSimulator(int numQubits, SplittableRandom rng) {
        this(numQubits, rng == null ? () -> false : rng::nextBoolean);
    }

    /** Random outcomes taken from {@code randomOutcome}: lets tests replay a sampled shot. */
    TableauSimulator(int numQubits, java.util.function.BooleanSupplier randomOutcome) {
        this.n = numQubits;
        this.words = Math.max(1, (numQubits + 63) >>> 6);
        this.xs = new long[2 * n * words];
        this.zs = new long[2 * n * words];
        this.signs = new boolean[2 * n];
        this.scratchX = new long[words];
        this.scratchZ = new long[words];
        this.held = new PauliRegister(words);
        this.randomOutcome = randomOutcome;
        for (int q = 0; q < n; q++) {
            xs[q * words + (q >>> 6)] |= 1L << q;
            zs[(n + q) * words + (q >>> 6)] |= 1L << q;
        }
    }

    /** The noiseless reference measurement record of {@code c} (random results chosen as 0). */
    public static boolean[] referenceSample(StabilizerCircuit c) {
        if (c.numMeasurements() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many measurements for a reference sample: " + c.numMeasurements());
        }
        TableauSimulator t = new TableauSimulator(c.numQubits(), (SplittableRandom) null);
        boolean[] record = new boolean[(int) c.numMeasurements()];
        int[] next = {0};
        t.run(c, r -> record[next[0]++] = r);
        return record;
    }

    /** Receives measurement results in record order. */
    @FunctionalInterface
    public interface RecordSink {
        void accept(boolean result);
    }

    public int numQubits() {
        return n;
    }

    /** Runs a circuit, repeat blocks unrolled; noise and annotations are skipped. */
    public void run(StabilizerCircuit c, RecordSink sink) {
        for (StabilizerCircuit.Item item : c.items()) {
            if (item instanceof RepeatBlock) {
                RepeatBlock r = (RepeatBlock) item;
                for (long i = 0; i < r.count(); i++) {
                    run(r.body(), sink);
                }
            } else {
                apply((Operation) item, sink);
            }
        }
    }

    /** Applies one operation, reporting its measurement results (inverted targets already applied). */
    public void apply(Operation op, RecordSink sink) {
        Gate g = op.gate();
        if (g.is(GateFlag.NOISE) || g.is(GateFlag.ANNOTATION)) {
            return;
        }
        RecordSink recording = r -> {
            record.set(Math.toIntExact(recorded++), r);
            sink.accept(r);
        };
        if (PauliConjugation.has(g)) {
            int k = g.numQubits();
            if (k == 2 && hasClassicalTarget(op)) {
                applyFeedback(op);
                return;
            }
            int[] qs = new int[k];
            for (int i = 0; i < op.numTargets(); i += k) {
                for (int j = 0; j < k; j++) {
                    qs[j] = StimTarget.value(op.target(i + j));
                }
                applyGate(g, qs);
            }
            return;
        }
        if (g == Gate.MPP) {
            measureProducts(op, recording);
            return;
        }
        char basis = basisOf(g);
        for (int i = 0; i < op.numTargets(); i++) {
            int t = op.target(i);
            int q = StimTarget.value(t);
            if (g.is(GateFlag.MEASURE)) {
                boolean r = measure(basis, q);
                recording.accept(r ^ StimTarget.isInverted(t));
                if (g.is(GateFlag.RESET) && r) {
                    flipOut(basis, q);
                }
            } else if (g.is(GateFlag.RESET)) {
                reset(basis, q);
            } else {
                throw new UnsupportedOperationException("the tableau simulator cannot run " + g.stimName());
            }
        }
    }

    static boolean hasClassicalTarget(Operation op) {
        for (int i = 0; i < op.numTargets(); i++) {
            if (StimTarget.isRec(op.target(i)) || StimTarget.isSweep(op.target(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A controlled-Pauli gate with measurement-record controls: the Pauli is applied where the
     * recorded bit is 1. Sweep bits are taken as 0 (no sweep data is supplied).
     */
    private void applyFeedback(Operation op) {
        PauliConjugation t = PauliConjugation.of(op.gate());
        for (int i = 0; i < op.numTargets(); i += 2) {
            int a = op.target(i);
            int b = op.target(i + 1);
            if (StimTarget.hasQubit(a) && StimTarget.hasQubit(b)) {
                applyGate(op.gate(), StimTarget.value(a), StimTarget.value(b));
                continue;
            }
            int k = StimTarget.hasQubit(a) ? 1 : 0;
            int control = k == 0 ? a : b;
            int target = k == 0 ? b : a;
            if (StimTarget.isSweep(control) || !StimTarget.hasQubit(target)) {
                continue;
            }
            long index = recorded - StimTarget.value(control);
            if (index >= 0 && record.get(Math.toIntExact(index))) {
                int code = t.feedbackPauli(k);
                applyGate(code == 1 ? Gate.X : code == 2 ? Gate.Z : Gate.Y, StimTarget.value(target));
            }
        }
    }

    /** 'X', 'Y' or 'Z': the basis of a measurement or reset gate. */
    static char basisOf(Gate g) {
        switch (g) {
            case MEASURE_X: case MEASURE_RESET_X: case RESET_X: return 'X';
            case MEASURE_Y: case MEASURE_RESET_Y: case RESET_Y: return 'Y';
            case MEASURE: case MEASURE_RESET: case RESET: return 'Z';
            default: throw new UnsupportedOperationException("the simulators cannot run " + g.stimName());
        }
    }

    /** Applies a Clifford gate of the table to the given qubits (operand order as in the gate's matrix). */
    public void applyGate(Gate g, int... qubits) {
        PauliConjugation t = PauliConjugation.of(g);
        if (qubits.length != t.numQubits()) {
            throw new IllegalArgumentException(g.canonicalName() + " takes " + t.numQubits() + " qubits");
        }
        for (int r = 0; r < 2 * n; r++) {
            signs[r] ^= t.conjugateRow(xs, zs, r * words, qubits);
        }
    }

    /** Measures qubit {@code q} in basis X, Y or Z; true means the -1 eigenvalue. */
    public boolean measure(char basis, int q) {
        held.clear();
        held.set(basis, q);
        return measureProduct(false);
    }

    /** Resets {@code q} to the +1 eigenstate of the basis's Pauli (|0>, |+>, |i>). */
    public void reset(char basis, int q) {
        boolean saved = lastRandom;
        if (measure(basis, q)) {
            flipOut(basis, q);
        }
        lastRandom = saved;
    }

    /** Whether the last measurement's outcome was random (not implied by the state). */
    public boolean lastWasRandom() {
        return lastRandom;
    }

    /** Applies the Pauli that anticommutes with the basis's Pauli, turning a -1 eigenstate into +1. */
    private void flipOut(char basis, int q) {
        held.clear();
        held.set(basis == 'Z' ? 'X' : 'Z', q);
        applyProductAsGate();
    }

    /** Applies the Pauli held in the register: every row that anticommutes with it changes sign. */
    private void applyProductAsGate() {
        for (int r = 0; r < 2 * n; r++) {
            if (held.anticommutesWithRow(xs, zs, r)) {
                signs[r] = !signs[r];
            }
        }
    }

    private void measureProducts(Operation op, RecordSink sink) {
        for (int i = 0; i < op.numTargets(); ) {
            i = held.loadProduct(op, i);
            sink.accept(measureProduct(held.negative()) ^ held.inverted());
        }
    }

    /**
     * Measures the Pauli product held in the register (times -1 when {@code negative}); true means the
     * -1 eigenvalue of the signed product.
     */
    private boolean measureProduct(boolean negative) {
        int pivot = -1;
        for (int r = n; r < 2 * n; r++) {
            if (held.anticommutesWithRow(xs, zs, r)) {
                pivot = r;
                break;
            }
        }
        if (pivot >= 0) {
            lastRandom = true;
            for (int r = 0; r < 2 * n; r++) {
                if (r != pivot && held.anticommutesWithRow(xs, zs, r)) {
                    rowMultiply(r, pivot);
                }
            }
            int d = pivot - n;
            System.arraycopy(xs, pivot * words, xs, d * words, words);
            System.arraycopy(zs, pivot * words, zs, d * words, words);
            signs[d] = signs[pivot];
            boolean outcome = randomOutcome.getAsBoolean();
            held.copyToRow(xs, zs, pivot);
            // The new stabilizer is the signed product whose +1 eigenspace we landed in.
            signs[pivot] = outcome ^ negative;
            return outcome;
        }
        lastRandom = false;
        // P commutes with the stabilizer group, so ±P is the product of the stabilizers whose
        // destabilizers anticommute with P; its sign is the outcome.
        Arrays.fill(scratchX, 0);
        Arrays.fill(scratchZ, 0);
        int phase = 0;
        for (int d = 0; d < n; d++) {
            if (held.anticommutesWithRow(xs, zs, d)) {
                phase += multiplyRowInto(scratchX, scratchZ, d + n);
            }
        }
        boolean sign = (phase & 3) == 2;
        return sign ^ negative;
    }

    /** Row h := row i · row h, with the sign tracked (both rows signed Hermitian Pauli strings). */
    private void rowMultiply(int h, int i) {
        int e = PauliRegister.product(words, xs, zs, i * words, xs, zs, h * words, xs, zs, h * words) + (signs[h] ? 2 : 0) + (signs[i] ? 2 : 0);
        // Rows that anticommute give an odd power; only destabilizers, whose signs are unused, can.
        signs[h] = (e & 3) >= 2;
    }

    /** (ax, az) := (ax, az) · row i, returning the power of i gained, including row i's sign. */
    private int multiplyRowInto(long[] ax, long[] az, int i) {
        return PauliRegister.product(words, ax, az, 0, xs, zs, i * words, ax, az, 0) + (signs[i] ? 2 : 0);
    }
}
