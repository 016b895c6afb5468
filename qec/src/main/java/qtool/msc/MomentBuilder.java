package qtool.msc;

import java.util.ArrayList;
import java.util.List;
import qtool.codes.PauliString;
import qtool.ir.Gate;
import qtool.stim.Operation;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimTarget;

/**
 * Writes a noiseless circuit moment by moment while numbering measurements absolutely, so that
 * detectors and feedback can name "the measurement of ancilla a in round r" instead of counting
 * {@code rec[-k]} offsets by hand; offsets are computed when the annotation is written.
 */
final class MomentBuilder {
    private final List<StabilizerCircuit.Item> items = new ArrayList<>();
    private long measurements;
    private long detectors;

    /** Measurements written so far (the record index the next result gets). */
    long numMeasurements() {
        return measurements;
    }

    void qubitCoords(int q, double x, double y) {
        items.add(new Operation(Gate.QUBIT_COORDS, new double[] {x, y}, new int[] {StimTarget.qubit(q)}, null));
    }

    /** A gate on plain qubit targets (pairs for 2-qubit gates); no-op for an empty list. */
    void gate(Gate g, int... qubits) {
        if (qubits.length == 0) {
            return;
        }
        int[] t = new int[qubits.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = StimTarget.qubit(qubits[i]);
        }
        items.add(Operation.of(g, t));
    }

    void gate(Gate g, List<Integer> qubits) {
        gate(g, qubits.stream().mapToInt(Integer::intValue).toArray());
    }

    /**
     * Measures {@code qubits} in the gate's basis, inverting the recorded result where
     * {@code inverted[i]}; returns the absolute record index of each result.
     */
    long[] measure(Gate g, int[] qubits, boolean[] inverted) {
        int[] t = new int[qubits.length];
        long[] idx = new long[qubits.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = inverted != null && inverted[i] ? StimTarget.invertedQubit(qubits[i]) : StimTarget.qubit(qubits[i]);
            idx[i] = measurements++;
        }
        items.add(Operation.of(g, t));
        return idx;
    }

    long[] measure(Gate g, int... qubits) {
        return measure(g, qubits, null);
    }

    /** MPP of each product (Hermitian, sign +1); returns their record indices. */
    long[] mpp(List<PauliString> products) {
        List<Integer> t = new ArrayList<>();
        long[] idx = new long[products.size()];
        for (int k = 0; k < products.size(); k++) {
            PauliString p = products.get(k);
            if (p.phase() != 0) {
                throw new IllegalArgumentException("MPP of a product with a sign or phase: " + p);
            }
            int[] support = p.support();
            for (int i = 0; i < support.length; i++) {
                if (i > 0) {
                    t.add(StimTarget.COMBINER);
                }
                t.add(StimTarget.pauli(p.letter(support[i]), support[i], false));
            }
            idx[k] = measurements++;
        }
        items.add(Operation.of(Gate.MPP, t.stream().mapToInt(Integer::intValue).toArray()));
        return idx;
    }

    /** {@code CX rec[..] q} for each (record, qubit): X on q when the recorded result is 1. */
    void feedbackX(long[] records, int[] qubits) {
        int[] t = new int[2 * records.length];
        for (int i = 0; i < records.length; i++) {
            t[2 * i] = rec(records[i]);
            t[2 * i + 1] = StimTarget.qubit(qubits[i]);
        }
        items.add(Operation.of(Gate.CX, t));
    }

    /** Adds a detector; returns its index among all detectors written so far. */
    long detector(double[] coords, long... records) {
        items.add(new Operation(Gate.DETECTOR, coords, recs(records), null));
        return detectors++;
    }

    void observable(int index, long... records) {
        items.add(new Operation(Gate.OBSERVABLE_INCLUDE, new double[] {index}, recs(records), null));
    }

    void tick() {
        items.add(Operation.of(Gate.TICK));
    }

    /** Everything written so far; the builder keeps its measurement count for what follows. */
    StabilizerCircuit takeSegment() {
        StabilizerCircuit.Builder b = StabilizerCircuit.builder();
        items.forEach(b::add);
        items.clear();
        return b.build();
    }

    private int[] recs(long[] records) {
        int[] t = new int[records.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = rec(records[i]);
        }
        return t;
    }

    private int rec(long record) {
        if (record < 0 || record >= measurements) {
            throw new IllegalArgumentException("no measurement " + record + " yet (have " + measurements + ")");
        }
        return StimTarget.rec(Math.toIntExact(measurements - record));
    }
}
