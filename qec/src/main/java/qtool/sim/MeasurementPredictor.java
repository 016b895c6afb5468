package qtool.sim;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.List;
import qtool.ir.Gate;
import qtool.ir.GateFlag;
import qtool.stim.Operation;
import qtool.stim.RepeatBlock;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimTarget;

/**
 * Which measurement results of a noiseless stabilizer circuit are fixed by earlier results, and by
 * which ones: the raw material of detectors. A circuit's detectors can then be <em>all</em> the
 * deterministic parities (one per deterministic result, which spans every check the circuit has)
 * instead of a hand-written list that may miss some.
 *
 * <p>An Aaronson–Gottesman tableau (as in {@link TableauSimulator}) whose stabilizer signs are
 * symbolic: each sign is a constant plus the parity of a set of variables. A random measurement
 * result gets a fresh variable and becomes the sign of the new stabilizer. A measurement that
 * commutes with the stabilizer group has the sign of the product of the stabilizers paired with
 * the anticommuting destabilizers: that expression is its prediction. A reset is a measurement
 * whose result is not recorded (a hidden variable when random) followed by the Pauli that undoes a
 * −1 outcome, applied symbolically (every anticommuting stabilizer's sign gains the outcome). A
 * later "deterministic" result that still depends on a hidden variable is really random (an
 * unrecorded outcome decides it); it then gets its own variable, and the hidden variable is
 * eliminated by substituting what the new result says it is. Noise and annotations are ignored;
 * classically controlled gates are not supported.
 */
public final class MeasurementPredictor {
    /** A deterministic result: it equals the parity of {@code records} (earlier results) xor {@code flipped}. */
    public record Prediction(long[] records, boolean flipped) {
        public Prediction {
            records = records.clone();
        }

        @Override
        public long[] records() {
            return records.clone();
        }
    }

    private final int n;
    private final int words;
    /** Rows 0..n-1 destabilizers, n..2n-1 stabilizers; row r at words [r*words, (r+1)*words). */
    private final long[] xs;
    private final long[] zs;
    /** Symbolic sign of each stabilizer row: variables (index into {@link #varRecord}) and constant. */
    private final BitSet[] signVars;
    private final boolean[] signConst;
    /** The product being measured or applied. */
    private final PauliRegister held;
    /** For each variable, the record it stands for, or -1 for an unrecorded (reset) outcome. */
    private final List<Long> varRecord = new ArrayList<>();
    private final List<Prediction> predictions = new ArrayList<>();

    private MeasurementPredictor(int numQubits) {
        n = numQubits;
        words = Math.max(1, (numQubits + 63) >>> 6);
        xs = new long[2 * n * words];
        zs = new long[2 * n * words];
        signVars = new BitSet[2 * n];
        signConst = new boolean[2 * n];
        held = new PauliRegister(words);
        for (int q = 0; q < n; q++) {
            xs[q * words + (q >>> 6)] |= 1L << q;
            zs[(n + q) * words + (q >>> 6)] |= 1L << q;
        }
        for (int r = 0; r < 2 * n; r++) {
            signVars[r] = new BitSet();
        }
    }

    /**
     * For each measurement result of {@code c} in record order: its prediction from earlier results,
     * or null when it is random. Repeat blocks are unrolled.
     */
    public static List<Prediction> predict(StabilizerCircuit c) {
        MeasurementPredictor p = new MeasurementPredictor(c.numQubits());
        p.run(c);
        return Collections.unmodifiableList(p.predictions);
    }

    private void run(StabilizerCircuit c) {
        for (StabilizerCircuit.Item item : c.items()) {
            if (item instanceof RepeatBlock r) {
                for (long i = 0; i < r.count(); i++) {
                    run(r.body());
                }
            } else {
                apply((Operation) item);
            }
        }
    }

    private void apply(Operation op) {
        Gate g = op.gate();
        if (g.is(GateFlag.NOISE) || g.is(GateFlag.ANNOTATION)) {
            return;
        }
        for (int i = 0; i < op.numTargets(); i++) {
            if (StimTarget.isRec(op.target(i)) || StimTarget.isSweep(op.target(i))) {
                throw new UnsupportedOperationException("classically controlled gates are not supported: " + op);
            }
        }
        if (PauliConjugation.has(g)) {
            int k = g.numQubits();
            int[] qs = new int[k];
            for (int i = 0; i < op.numTargets(); i += k) {
                for (int j = 0; j < k; j++) {
                    qs[j] = StimTarget.value(op.target(i + j));
                }
                conjugate(PauliConjugation.of(g), qs);
            }
            return;
        }
        if (g == Gate.MPP) {
            measureProducts(op);
            return;
        }
        char basis = TableauSimulator.basisOf(g);
        for (int i = 0; i < op.numTargets(); i++) {
            int t = op.target(i);
            int q = StimTarget.value(t);
            if (g.is(GateFlag.MEASURE)) {
                held.clear();
                held.set(basis, q);
                Sign outcome = measureProduct(false, StimTarget.isInverted(t), true);
                if (g.is(GateFlag.RESET)) {
                    // The recorded bit includes the inversion; the state's outcome does not.
                    flipOut(basis, q, outcome.withConstant(outcome.constant ^ StimTarget.isInverted(t)));
                }
            } else if (g.is(GateFlag.RESET)) {
                held.clear();
                held.set(basis, q);
                flipOut(basis, q, measureProduct(false, false, false));
            } else {
                throw new UnsupportedOperationException("cannot predict through " + g.stimName());
            }
        }
    }

    /** A symbolic bit: the parity of some variables xor a constant. */
    private record Sign(BitSet vars, boolean constant) {
        Sign withConstant(boolean c) {
            return new Sign(vars, c);
        }
    }

    /** After a reset's measurement with outcome {@code s}: applies the anti-basis Pauli when s is 1. */
    private void flipOut(char basis, int q, Sign s) {
        held.clear();
        held.set(basis == 'Z' ? 'X' : 'Z', q);
        for (int r = n; r < 2 * n; r++) {
            if (held.anticommutesWithRow(xs, zs, r)) {
                signVars[r].xor(s.vars());
                signConst[r] ^= s.constant();
            }
        }
    }

    private void measureProducts(Operation op) {
        for (int i = 0; i < op.numTargets(); ) {
            i = held.loadProduct(op, i);
            measureProduct(held.negative(), held.inverted(), true);
        }
    }

    /**
     * Measures the held product (times −1 when {@code negative}); a recorded measurement appends
     * its prediction. Returns the outcome as a symbolic bit (1 = the −1 eigenvalue of the signed
     * product, then xor {@code inverted}).
     */
    private Sign measureProduct(boolean negative, boolean inverted, boolean recorded) {
        int pivot = -1;
        for (int r = n; r < 2 * n && pivot < 0; r++) {
            if (held.anticommutesWithRow(xs, zs, r)) {
                pivot = r;
            }
        }
        if (pivot >= 0) {
            int v = newVariable(recorded);
            for (int r = 0; r < 2 * n; r++) {
                if (r != pivot && held.anticommutesWithRow(xs, zs, r)) {
                    rowMultiply(r, pivot);
                }
            }
            int d = pivot - n;
            System.arraycopy(xs, pivot * words, xs, d * words, words);
            System.arraycopy(zs, pivot * words, zs, d * words, words);
            held.copyToRow(xs, zs, pivot);
            BitSet vars = new BitSet();
            vars.set(v);
            // The recorded bit is v; the stabilizer is (−1)^(v ⊕ inverted ⊕ negative) times the unsigned product.
            signVars[pivot] = (BitSet) vars.clone();
            signConst[pivot] = inverted ^ negative;
            if (recorded) {
                predictions.add(null);
            }
            return new Sign(vars, false);
        }
        long[] ax = new long[words];
        long[] az = new long[words];
        BitSet vars = new BitSet();
        boolean constant = negative ^ inverted;
        int phase = 0;
        for (int d = 0; d < n; d++) {
            if (held.anticommutesWithRow(xs, zs, d)) {
                phase += product(ax, az, d + n);
                vars.xor(signVars[d + n]);
                constant ^= signConst[d + n];
            }
        }
        constant ^= (phase & 3) == 2;
        if (!recorded) {
            return new Sign(vars, constant);
        }
        int hidden = firstHidden(vars);
        if (hidden < 0) {
            long[] records = vars.stream().mapToLong(varRecord::get).sorted().toArray();
            predictions.add(new Prediction(records, constant));
            return new Sign(vars, constant);
        }
        // Decided by an unrecorded outcome: random. The new result v says hidden = v ⊕ (vars − hidden) ⊕ constant.
        int v = newVariable(true);
        BitSet substitution = (BitSet) vars.clone();
        substitution.set(v);
        for (int r = n; r < 2 * n; r++) {
            if (signVars[r].get(hidden)) {
                signVars[r].xor(substitution);
                signConst[r] ^= constant;
            }
        }
        predictions.add(null);
        BitSet result = new BitSet();
        result.set(v);
        return new Sign(result, false);
    }

    private int newVariable(boolean recorded) {
        varRecord.add(recorded ? (long) predictions.size() : -1L);
        return varRecord.size() - 1;
    }

    private int firstHidden(BitSet vars) {
        for (int v = vars.nextSetBit(0); v >= 0; v = vars.nextSetBit(v + 1)) {
            if (varRecord.get(v) < 0) {
                return v;
            }
        }
        return -1;
    }

    private void conjugate(PauliConjugation t, int[] qubits) {
        for (int r = 0; r < 2 * n; r++) {
            signConst[r] ^= t.conjugateRow(xs, zs, r * words, qubits);
        }
    }

    /** Row h := row i · row h with the symbolic sign (only stabilizer signs are kept). */
    private void rowMultiply(int h, int i) {
        int e = PauliRegister.product(words, xs, zs, i * words, xs, zs, h * words, xs, zs, h * words);
        if (h >= n) {
            // Both rows are stabilizers here (commuting, Hermitian): the product's phase is ±1.
            signConst[h] ^= signConst[i] ^ ((e & 3) == 2);
            signVars[h].xor(signVars[i]);
        }
    }

    /** (ax, az) := (ax, az) · stabilizer row i (unsigned); returns the power of i gained. */
    private int product(long[] ax, long[] az, int i) {
        return PauliRegister.product(words, ax, az, 0, xs, zs, i * words, ax, az, 0);
    }
}
