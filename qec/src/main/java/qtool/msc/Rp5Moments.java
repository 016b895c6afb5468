package qtool.msc;

import java.util.ArrayList;
import java.util.List;
import qtool.codes.PauliString;
import qtool.ir.Gate;
import qtool.stim.Operation;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimTarget;

/**
 * A {@link MomentBuilder} for a circuit that continues an existing one: measurement records are
 * numbered absolutely from {@code firstRecord} on (the number of results the earlier part
 * produced), so detectors can refer to results of the earlier part. Adds Pauli feedback of any
 * kind and MPP on products given in a local index space with a qubit map.
 */
final class Rp5Moments {
    private final List<StabilizerCircuit.Item> items = new ArrayList<>();
    private long measurements;

    Rp5Moments(long firstRecord) {
        this.measurements = firstRecord;
    }

    void qubitCoords(int q, double x, double y) {
        items.add(new Operation(Gate.QUBIT_COORDS, new double[] {x, y}, new int[] {StimTarget.qubit(q)}, null));
    }

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

    long[] measure(Gate g, int... qubits) {
        int[] t = new int[qubits.length];
        long[] idx = new long[qubits.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = StimTarget.qubit(qubits[i]);
            idx[i] = measurements++;
        }
        if (t.length > 0) {
            items.add(Operation.of(g, t));
        }
        return idx;
    }

    /** MPP of each product (phase dropped), local qubit k written as {@code map[k]}. */
    long[] mpp(List<PauliString> products, int[] map) {
        List<Integer> t = new ArrayList<>();
        long[] idx = new long[products.size()];
        for (int k = 0; k < products.size(); k++) {
            PauliString p = products.get(k);
            int[] support = p.support();
            for (int i = 0; i < support.length; i++) {
                if (i > 0) {
                    t.add(StimTarget.COMBINER);
                }
                t.add(StimTarget.pauli(p.letter(support[i]), map[support[i]], false));
            }
            idx[k] = measurements++;
        }
        items.add(Operation.of(Gate.MPP, t.stream().mapToInt(Integer::intValue).toArray()));
        return idx;
    }

    /** {@code G rec[..] q} for each qubit: the Pauli of feedback gate G (CX: X, CZ: Z) when the result is 1. */
    void feedback(Gate g, long record, int[] qubits) {
        if (qubits.length == 0) {
            return;
        }
        int[] t = new int[2 * qubits.length];
        for (int i = 0; i < qubits.length; i++) {
            t[2 * i] = rec(record);
            t[2 * i + 1] = StimTarget.qubit(qubits[i]);
        }
        items.add(Operation.of(g, t));
    }

    void detector(double[] coords, long... records) {
        items.add(new Operation(Gate.DETECTOR, coords, recs(records), null));
    }

    void observable(int index, long... records) {
        items.add(new Operation(Gate.OBSERVABLE_INCLUDE, new double[] {index}, recs(records), null));
    }

    void tick() {
        items.add(Operation.of(Gate.TICK));
    }

    StabilizerCircuit build() {
        StabilizerCircuit.Builder b = StabilizerCircuit.builder();
        items.forEach(b::add);
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
