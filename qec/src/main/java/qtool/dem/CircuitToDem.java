package qtool.dem;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import qtool.ir.Gate;
import qtool.ir.GateFlag;
import qtool.stim.Operation;
import qtool.stim.RepeatBlock;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimTarget;

/**
 * Error analysis of a noisy Clifford circuit into a {@link DetectorErrorModel}, like Stim's
 * {@code analyze_errors}, by backward propagation of error sensitivity.
 *
 * <p>Walking the (unrolled) circuit from the end, each qubit keeps two sets: the detectors and
 * observables an X error at this point would flip, and those a Z error would flip. A measurement
 * adds the detectors that read its result to the set of the Paulis that flip it; a Clifford gate
 * maps the sets through its Pauli conjugation (an error before U acts as {@code U E U^dagger} after
 * it); a reset clears them. A noise channel met on the way then knows the exact symptoms of each of
 * its Paulis, so one pass costs time linear in circuit size times set size, instead of one frame
 * simulation per error.
 *
 * <p>Channels become independent mechanisms the way Stim converts them: X/Y/Z_ERROR(p) and
 * measurement flips {@code M(p)} directly; DEPOLARIZE1(p) as X, Y, Z each independently with
 * {@code q = (1 - sqrt(1 - 4p/3)) / 2}; DEPOLARIZE2(p) as its 15 Paulis each independently with
 * {@code q = (1 - (1 - 16p/15)^(1/8)) / 2} (these make the independent mixture equal the
 * depolarizing channel). Mechanisms with the same targets merge by XOR of probabilities.
 * With {@code decompose}, hyperedges are split as {@link ChannelDecomposer} and
 * {@link GraphlikeDecomposer} describe. MPP products and Paulis controlled by measurement records
 * ({@code CX rec[-1] q}) are supported; sweep-controlled gates do nothing (sweep bits are 0). Not
 * supported (rejected): PAULI_CHANNEL_1/2 and ELSE_CORRELATED_ERROR (Stim needs its
 * approximate-disjoint option for them), heralded and other newer instructions;
 * non-deterministic detectors or observables are an error. Loops are unrolled, not folded into
 * {@code repeat} blocks.
 */
public final class CircuitToDem {
    private final boolean decompose;
    /** Detectors whose firing discards the shot: errors that flip one are left out; null for none. */
    private final boolean[] discarded;
    private final List<Operation> ops = new ArrayList<>();
    /** For each op, the number of measurements recorded before it. */
    private final List<Long> measurementsBefore = new ArrayList<>();
    private long[][] xFlips;
    private long[][] zFlips;
    private long[][] recordSensitivity;
    private final ErrorTable table = new ErrorTable();

    private CircuitToDem(boolean decompose, boolean[] discarded) {
        this.decompose = decompose;
        this.discarded = discarded;
    }

    /** The model with hyperedges decomposed ({@code stim analyze_errors --decompose_errors}). */
    public static DetectorErrorModel convert(StabilizerCircuit circuit) {
        return convert(circuit, true);
    }

    public static DetectorErrorModel convert(StabilizerCircuit circuit, boolean decompose) {
        return new CircuitToDem(decompose, null).run(circuit);
    }

    /**
     * The model of the shots that survive post-selection on {@code discarded} detectors: every error
     * case that flips one of them is left out (such shots are thrown away, so the decoder never sees
     * them), and those detectors play no part in decomposition. The model still declares every
     * detector, so indices match the circuit's.
     */
    public static DetectorErrorModel convertPostselected(StabilizerCircuit circuit, boolean decompose, boolean[] discarded) {
        if (discarded.length != circuit.numDetectors()) {
            throw new IllegalArgumentException("discard mask has " + discarded.length + " entries for "
                    + circuit.numDetectors() + " detectors");
        }
        return new CircuitToDem(decompose, discarded.clone()).run(circuit);
    }

    /** Adds a mechanism unless it flips a discarding detector. */
    private void add(double p, long[] targets) {
        if (discarded == null || !touchesDiscarded(targets)) {
            table.add(p, targets);
        }
    }

    private boolean touchesDiscarded(long[] targets) {
        for (long t : targets) {
            if (DemTarget.isDetector(t) && discarded[(int) DemTarget.id(t)]) {
                return true;
            }
        }
        return false;
    }

    /**
     * A multi-Pauli channel; with discarding detectors, the cases that flip one get probability 0
     * and the rest are decomposed over the remaining symptoms only.
     */
    private void addChannel(double[] probabilities, long[][] basis) {
        if (discarded == null) {
            ChannelDecomposer.addCombinations(table, probabilities, basis, decompose);
            return;
        }
        int s = basis.length;
        long[][] kept = new long[s][];
        long[][] dropped = new long[s][];
        for (int k = 0; k < s; k++) {
            List<Long> a = new ArrayList<>();
            List<Long> b = new ArrayList<>();
            for (long t : basis[k]) {
                (DemTarget.isDetector(t) && discarded[(int) DemTarget.id(t)] ? b : a).add(t);
            }
            kept[k] = a.stream().mapToLong(Long::longValue).toArray();
            dropped[k] = b.stream().mapToLong(Long::longValue).toArray();
        }
        double[] probs = probabilities.clone();
        for (int c = 1; c < probs.length; c++) {
            long[] x = SparseXor.EMPTY;
            for (int k = 0; k < s; k++) {
                if ((c >>> k & 1) != 0) {
                    x = SparseXor.xor(x, dropped[k]);
                }
            }
            if (x.length > 0) {
                probs[c] = 0;
            }
        }
        ChannelDecomposer.addCombinations(table, probs, kept, decompose);
    }

    private DetectorErrorModel run(StabilizerCircuit circuit) {
        long m = flatten(circuit, 0);
        if (m > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many measurements to analyze unrolled: " + m);
        }
        int nq = circuit.numQubits();
        xFlips = new long[nq][];
        zFlips = new long[nq][];
        for (int q = 0; q < nq; q++) {
            xFlips[q] = SparseXor.EMPTY;
            zFlips[q] = SparseXor.EMPTY;
        }
        recordSensitivity = new long[(int) m][];
        java.util.Arrays.fill(recordSensitivity, SparseXor.EMPTY);
        long detector = circuit.numDetectors();
        List<DetectorErrorModel.Instruction> annotations = new ArrayList<>();
        for (int i = ops.size() - 1; i >= 0; i--) {
            Operation op = ops.get(i);
            long before = measurementsBefore.get(i);
            Gate g = op.gate();
            if (g == Gate.DETECTOR) {
                detector--;
                long id = DemTarget.detector(detector);
                includeInRecords(op, before, id);
                annotations.add(new DetectorErrorModel.Detector(op.args(), new long[] {id}));
            } else if (g == Gate.OBSERVABLE_INCLUDE) {
                long id = DemTarget.observable((long) op.arg(0));
                includeInRecords(op, before, id);
                annotations.add(new DetectorErrorModel.LogicalObservable(new long[] {id}));
            } else if (g == Gate.SHIFT_COORDS) {
                annotations.add(new DetectorErrorModel.ShiftDetectors(op.args(), 0));
            } else {
                undo(op, before);
            }
        }
        for (int q = 0; q < nq; q++) {
            checkDeterministic(zFlips[q], "the initialization of qubit " + q + " into |0>");
        }
        if (decompose) {
            GraphlikeDecomposer.run(table);
        }
        return assemble(annotations);
    }

    /** Unrolls repeat blocks into {@link #ops}; returns the measurement count after them. */
    private long flatten(StabilizerCircuit c, long measured) {
        for (StabilizerCircuit.Item item : c.items()) {
            if (item instanceof RepeatBlock r) {
                for (long k = 0; k < r.count(); k++) {
                    measured = flatten(r.body(), measured);
                }
            } else {
                Operation op = (Operation) item;
                ops.add(op);
                measurementsBefore.add(measured);
                measured += op.numMeasurements();
            }
        }
        return measured;
    }

    private void includeInRecords(Operation op, long before, long id) {
        for (int k = 0; k < op.numTargets(); k++) {
            int t = op.target(k);
            if (!StimTarget.isRec(t)) {
                throw new IllegalArgumentException("only rec[-k] targets are supported in " + op);
            }
            int index = (int) (before - StimTarget.value(t));
            recordSensitivity[index] = SparseXor.toggle(recordSensitivity[index], id);
        }
    }

    /** Measurements recorded before the operation being undone (for classical controls). */
    private long measurementsBeforeCurrent;

    /** Steps backward over one non-annotation operation. */
    private void undo(Operation op, long before) {
        measurementsBeforeCurrent = before;
        Gate g = op.gate();
        if (g == Gate.TICK || g == Gate.QUBIT_COORDS) {
            return;
        }
        if (g.is(GateFlag.NOISE)) {
            noise(op);
            return;
        }
        if (g.is(GateFlag.CLIFFORD) && (g.numQubits() == 1 || g.numQubits() == 2)) {
            clifford(op);
            return;
        }
        String name = g.stimName();
        if (g == Gate.MPP) {
            pauliProducts(op, before);
            return;
        }
        char basis;
        switch (name) {
            case "M": case "MR": case "R": basis = 'Z'; break;
            case "MX": case "MRX": case "RX": basis = 'X'; break;
            case "MY": case "MRY": case "RY": basis = 'Y'; break;
            default: throw new IllegalArgumentException("error analysis does not support " + name + " yet");
        }
        boolean measure = g.is(GateFlag.MEASURE);
        boolean reset = g.is(GateFlag.RESET);
        double flip = op.numArgs() > 0 ? op.arg(0) : 0;
        for (int k = op.numTargets() - 1; k >= 0; k--) {
            int q = StimTarget.value(op.target(k));
            if (reset) {
                // After a reset the state is a basis eigenstate: sensitivity to the Pauli that
                // does not stabilize it means the detector was random; earlier errors are erased.
                checkDeterministic(anticommuting(q, basis), name + " on qubit " + q);
                xFlips[q] = SparseXor.EMPTY;
                zFlips[q] = SparseXor.EMPTY;
            }
            if (measure) {
                long[] d = recordSensitivity[(int) (before + k)];
                if (flip > 0) {
                    add(flip, d);
                }
                // Errors that anticommute with the measured Pauli flip the result.
                if (basis != 'X') {
                    xFlips[q] = SparseXor.xor(xFlips[q], d);
                }
                if (basis != 'Z') {
                    zFlips[q] = SparseXor.xor(zFlips[q], d);
                }
                checkDeterministic(anticommuting(q, basis), name + " on qubit " + q);
            }
        }
    }

    /**
     * MPP: each product's result is flipped by errors that anticommute with it, so every factor
     * adds the product's detectors to the sensitivity of the Paulis anticommuting with that factor.
     * Products are undone last to first, since their records are in order.
     */
    private void pauliProducts(Operation op, long before) {
        List<int[]> products = new ArrayList<>();
        List<Integer> current = new ArrayList<>();
        for (int k = 0; k < op.numTargets(); k++) {
            int t = op.target(k);
            if (StimTarget.isCombiner(t)) {
                continue;
            }
            boolean joined = k > 0 && StimTarget.isCombiner(op.target(k - 1));
            if (!joined && !current.isEmpty()) {
                products.add(current.stream().mapToInt(Integer::intValue).toArray());
                current.clear();
            }
            current.add(t);
        }
        if (!current.isEmpty()) {
            products.add(current.stream().mapToInt(Integer::intValue).toArray());
        }
        double flip = op.numArgs() > 0 ? op.arg(0) : 0;
        for (int j = products.size() - 1; j >= 0; j--) {
            long[] d = recordSensitivity[(int) (before + j)];
            if (flip > 0) {
                add(flip, d);
            }
            long[] alongProduct = SparseXor.EMPTY;
            for (int t : products.get(j)) {
                int q = StimTarget.value(t);
                char basis = StimTarget.pauliBasis(t);
                if (basis != 'X') {
                    xFlips[q] = SparseXor.xor(xFlips[q], d);
                }
                if (basis != 'Z') {
                    zFlips[q] = SparseXor.xor(zFlips[q], d);
                }
            }
            for (int t : products.get(j)) {
                alongProduct = SparseXor.xor(alongProduct, anticommuting(StimTarget.value(t), StimTarget.pauliBasis(t)));
            }
            checkDeterministic(alongProduct, "MPP product " + (j + 1) + " of " + op);
        }
    }

    /** Detectors whose backward region anticommutes with the basis Pauli of a collapse. */
    private long[] anticommuting(int q, char basis) {
        switch (basis) {
            case 'Z': return zFlips[q];
            case 'X': return xFlips[q];
            default: return SparseXor.xor(xFlips[q], zFlips[q]);
        }
    }

    private static void checkDeterministic(long[] set, String where) {
        if (set.length > 0) {
            StringBuilder sb = new StringBuilder();
            for (long t : set) {
                sb.append(' ').append(DemTarget.toString(t));
            }
            throw new IllegalArgumentException("non-deterministic detectors or observables at " + where + ":" + sb);
        }
    }

    private void clifford(Operation op) {
        int[] images = PauliConjugation.images(op.gate());
        int n = op.gate().numQubits();
        for (int k = op.numTargets() - n; k >= 0; k -= n) {
            if (n == 2 && !(StimTarget.isQubit(op.target(k)) && StimTarget.isQubit(op.target(k + 1)))) {
                classicallyControlled(op, op.target(k), op.target(k + 1));
                continue;
            }
            int[] qs = new int[n];
            for (int i = 0; i < n; i++) {
                qs[i] = StimTarget.value(op.target(k + i));
            }
            long[][] after = new long[2 * n][];
            for (int i = 0; i < n; i++) {
                after[2 * i] = xFlips[qs[i]];
                after[2 * i + 1] = zFlips[qs[i]];
            }
            for (int gen = 0; gen < 2 * n; gen++) {
                long[] set = SparseXor.EMPTY;
                for (int b = 0; b < 2 * n; b++) {
                    if ((images[gen] >> b & 1) != 0) {
                        set = SparseXor.xor(set, after[b]);
                    }
                }
                if (gen % 2 == 0) {
                    xFlips[qs[gen / 2]] = set;
                } else {
                    zFlips[qs[gen / 2]] = set;
                }
            }
        }
    }

    /**
     * A Pauli applied when a measurement result is 1 ({@code CX rec[-1] 5}): flipping that result
     * toggles the Pauli, so the record becomes sensitive to whatever that Pauli would flip at this
     * point. Sweep bits are constant in error analysis, so sweep-controlled gates do nothing here.
     */
    private void classicallyControlled(Operation op, int first, int second) {
        boolean recFirst = !StimTarget.isQubit(first);
        int control = recFirst ? first : second;
        int target = recFirst ? second : first;
        if (StimTarget.isSweep(control)) {
            return;
        }
        if (!StimTarget.isRec(control) || !StimTarget.isQubit(target)) {
            throw new IllegalArgumentException("unsupported classical control in " + op);
        }
        // The Z-type side of a controlled Pauli may be a record: CX/CY/CZ control first, XCZ/YCZ/CZ second.
        String name = op.gate().stimName();
        char pauli = switch (recFirst ? name : name + "'") {
            case "CX", "XCZ'" -> 'X';
            case "CY", "YCZ'" -> 'Y';
            case "CZ", "CZ'" -> 'Z';
            default -> throw new IllegalArgumentException("a measurement record cannot control this side of " + op);
        };
        int q = StimTarget.value(target);
        long[] effect = pauli == 'X' ? xFlips[q] : pauli == 'Z' ? zFlips[q] : SparseXor.xor(xFlips[q], zFlips[q]);
        int index = (int) (measurementsBeforeCurrent - StimTarget.value(control));
        recordSensitivity[index] = SparseXor.xor(recordSensitivity[index], effect);
    }

    private void noise(Operation op) {
        String name = op.gate().stimName();
        double p = op.arg(0);
        switch (name) {
            case "X_ERROR":
                for (int k = 0; k < op.numTargets(); k++) {
                    add(p, xFlips[StimTarget.value(op.target(k))]);
                }
                break;
            case "Z_ERROR":
                for (int k = 0; k < op.numTargets(); k++) {
                    add(p, zFlips[StimTarget.value(op.target(k))]);
                }
                break;
            case "Y_ERROR":
                for (int k = 0; k < op.numTargets(); k++) {
                    int q = StimTarget.value(op.target(k));
                    add(p, SparseXor.xor(xFlips[q], zFlips[q]));
                }
                break;
            case "DEPOLARIZE1": {
                if (p >= 0.75) {
                    throw new IllegalArgumentException("cannot analyze over-mixing DEPOLARIZE1 (p >= 3/4)");
                }
                double q1 = 0.5 - 0.5 * Math.sqrt(1 - 4 * p / 3);
                double[] probs = {0, q1, q1, q1};
                for (int k = 0; k < op.numTargets(); k++) {
                    int q = StimTarget.value(op.target(k));
                    // Basis order Z then X fixes how Y's pieces are ordered, as in Stim.
                    addChannel(probs, new long[][] {zFlips[q], xFlips[q]});
                }
                break;
            }
            case "DEPOLARIZE2": {
                if (p >= 15.0 / 16) {
                    throw new IllegalArgumentException("cannot analyze over-mixing DEPOLARIZE2 (p >= 15/16)");
                }
                double q2 = 0.5 - 0.5 * Math.pow(1 - 16 * p / 15, 0.125);
                double[] probs = new double[16];
                java.util.Arrays.fill(probs, 1, 16, q2);
                for (int k = 0; k + 1 < op.numTargets(); k += 2) {
                    int a = StimTarget.value(op.target(k));
                    int b = StimTarget.value(op.target(k + 1));
                    addChannel(probs, new long[][] {zFlips[a], xFlips[a], zFlips[b], xFlips[b]});
                }
                break;
            }
            case "E": {
                long[] set = SparseXor.EMPTY;
                for (int k = 0; k < op.numTargets(); k++) {
                    int t = op.target(k);
                    int q = StimTarget.value(t);
                    char basis = StimTarget.pauliBasis(t);
                    if (basis != 'Z') {
                        set = SparseXor.xor(set, xFlips[q]);
                    }
                    if (basis != 'X') {
                        set = SparseXor.xor(set, zFlips[q]);
                    }
                }
                add(p, set);
                break;
            }
            default:
                throw new IllegalArgumentException("error analysis does not support " + name + " yet");
        }
    }

    /**
     * Errors first in ascending target order, then the annotations in circuit order; detector and
     * observable declarations only when they carry coordinates or no error mentions them (Stim's
     * layout).
     */
    private DetectorErrorModel assemble(List<DetectorErrorModel.Instruction> reversedAnnotations) {
        List<DetectorErrorModel.Instruction> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (ErrorTable.Key k : table.sortedKeys()) {
            out.add(new DetectorErrorModel.Error(table.get(k.targets()), k.targets()));
            for (long t : k.targets()) {
                seen.add(t);
            }
        }
        for (int i = reversedAnnotations.size() - 1; i >= 0; i--) {
            DetectorErrorModel.Instruction a = reversedAnnotations.get(i);
            if (a instanceof DetectorErrorModel.Detector d) {
                if (d.coordinates().length > 0 || !seen.contains(d.targets()[0])) {
                    out.add(a);
                }
            } else if (a instanceof DetectorErrorModel.LogicalObservable l) {
                if (!seen.contains(l.targets()[0])) {
                    out.add(a);
                }
            } else {
                out.add(a);
            }
        }
        return new DetectorErrorModel(out);
    }
}
