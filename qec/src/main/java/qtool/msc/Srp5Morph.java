package qtool.msc;

import java.util.ArrayList;
import java.util.List;
import qtool.ir.Gate;

/**
 * The morph RP-5 → SRP-5 and back, as the authors write it ({@code rp5_to_color_new},
 * {@code color_to_rp5_no_growth}). The 35 SRP-5 qubits come in five "six-packs" (a, b, c, e, f−, f+
 * below): for rows i = −2, 1, 2 the data qubits (i, −2), (i, 2), (i, −1), (i, 1) and the row's two
 * morph qubits; the two middle packs mix rows −1 and 0: {(−1, −1), (−1, 1), (0, −1), (0, 1)} with
 * row −1's morph qubits and {(−1, −2), (−1, 2), (0, −2), (0, 2)} with row 0's. The middle column
 * stays put. Forward: reset the morph pair (|+⟩, |0⟩; the authors flip the second to |1⟩, a sign
 * only), Bell pair f−→f+, then f−→a and f+→c, then b→f− and e→f+, then a→b and c→e. Back: the same
 * layers in reverse with one idle step after the second (where the end-to-end protocol resets its
 * escape code), then the morph pair is read.
 */
final class Srp5Morph {
    /** Columns of the six-packs: 0 (i,−2)-like, 1 (i,2), 2 (i,−1), 3 (i,1), 4 morph −, 5 morph +. */
    private final List<List<Integer>> columns = new ArrayList<>();
    private final List<double[]> morphCoords = new ArrayList<>();

    Srp5Morph(Rp5Layout layout) {
        for (int k = 0; k < 6; k++) {
            columns.add(new ArrayList<>());
        }
        for (int p = 0; p < 5; p++) {
            int row = p - 2;
            int[] members;
            if (p == 1) {
                members = new int[] {layout.data(-1, -1), layout.data(-1, 1), layout.data(0, -1), layout.data(0, 1)};
            } else if (p == 2) {
                members = new int[] {layout.data(-1, -2), layout.data(-1, 2), layout.data(0, -2), layout.data(0, 2)};
            } else {
                members = new int[] {layout.data(row, -2), layout.data(row, 2), layout.data(row, -1), layout.data(row, 1)};
            }
            for (int k = 0; k < 4; k++) {
                columns.get(k).add(members[k]);
            }
            columns.get(4).add(Rp5Layout.morphQubit(row, -1));
            columns.get(5).add(Rp5Layout.morphQubit(row, 1));
            morphCoords.add(new double[] {row, -3});
            morphCoords.add(new double[] {row, 3});
        }
    }

    /** The 30 pack qubits: every data qubit off the middle column and the ten morph qubits, pack by pack. */
    List<Integer> packQubits() {
        List<Integer> out = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            for (int k = 0; k < 6; k++) {
                out.add(columns.get(k).get(p));
            }
        }
        return out;
    }

    /** Column k of the packs, in pack order (rows −2, −1/0, 0/−1, 1, 2). */
    List<Integer> column(int k) {
        return columns.get(k);
    }

    void forward(MomentBuilder mb) {
        mb.gate(Gate.RESET_X, columns.get(4));
        mb.gate(Gate.RESET, columns.get(5));
        mb.tick();
        cx(mb, 4, 5);
        mb.tick();
        cx(mb, 4, 0, 5, 2);
        mb.tick();
        cx(mb, 1, 4, 3, 5);
        mb.tick();
        cx(mb, 0, 1, 2, 3);
        mb.tick();
    }

    /**
     * The morph back up to the layer before the Bell pair is undone; {@code live} idles in the empty
     * step, where {@code growth} (or null) resets its qubits, and it makes its Bell pairs beside the
     * third layer.
     */
    void backUntilBell(MomentBuilder mb, List<Integer> live, MorphBackGrowth growth) {
        cx(mb, 0, 1, 2, 3);
        mb.tick();
        cx(mb, 1, 4, 3, 5);
        mb.tick();
        mb.gate(Gate.ID, live);
        if (growth != null) {
            growth.resets(mb);
        }
        mb.tick();
        cx(mb, 4, 0, 5, 2);
        if (growth != null) {
            growth.bellLayer(mb);
        }
        mb.tick();
    }

    /** Undo the Bell pair (beside {@code growth}'s first CX layer, if any) and read the morph qubits (X for −, Z for +). */
    void readMorphQubits(MomentBuilder mb, int round, int stage, MorphBackGrowth growth) {
        cx(mb, 4, 5);
        if (growth != null) {
            growth.firstLayer(mb);
        }
        mb.tick();
        long[] mx = mb.measure(Gate.MEASURE_X, columns.get(4).stream().mapToInt(Integer::intValue).toArray());
        long[] mz = mb.measure(Gate.MEASURE, columns.get(5).stream().mapToInt(Integer::intValue).toArray());
        mb.tick();
        for (int p = 0; p < 5; p++) {
            double[] a = morphCoords.get(2 * p);
            double[] b = morphCoords.get(2 * p + 1);
            mb.detector(Rp5Layout.coords(a[0], a[1], round, stage), mx[p]);
            mb.detector(Rp5Layout.coords(b[0], b[1], round, stage), mz[p]);
        }
    }

    /** CX from column c to column t, pack by pack, for each (c, t) pair given. */
    private void cx(MomentBuilder mb, int... controlTarget) {
        List<Integer> pairs = new ArrayList<>();
        for (int k = 0; k < controlTarget.length; k += 2) {
            for (int p = 0; p < 5; p++) {
                pairs.add(columns.get(controlTarget[k]).get(p));
                pairs.add(columns.get(controlTarget[k + 1]).get(p));
            }
        }
        mb.gate(Gate.CX, pairs);
    }
}
