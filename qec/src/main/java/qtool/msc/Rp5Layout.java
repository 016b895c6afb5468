package qtool.msc;

import java.util.ArrayList;
import java.util.List;
import qtool.codes.PauliString;
import qtool.ir.Gate;

/**
 * Where RP-5 lives for the d1 = 5 stage, on the authors' grid ({@link RpCheckSchedule}): data
 * (row, column) ∈ [−2, 2]², the inner 3×3 block keeping the RP-3 data qubits 0–8, the outer ring
 * at Stim 200 + local index; each ancilla reuses the RP-3 ancilla of its type on the same plaquette
 * (six do) or gets Stim 300 + its position in the check list; the ten SRP-5 morph qubits, one on
 * each side of each row i (the authors' flag network), are Stim 400 + 2(i+2) + (side &gt; 0).
 */
final class Rp5Layout {
    static final int D = 5;
    static final int M = 2;
    static final int N = D * D;
    static final int FIRST_ANCILLA = 300;
    static final int FIRST_MORPH = 400;
    /** Largest Stim index used, plus one. */
    static final int NUM_QUBITS = FIRST_MORPH + 10;

    private final RpCheckSchedule schedule = new RpCheckSchedule(D);
    private final int[] xAncillas;
    private final int[] zAncillas;
    private final int[] dataMap = new int[N];

    Rp5Layout(Rp3Layout rp3) {
        for (int k = 0; k < N; k++) {
            int i = row(k);
            int j = col(k);
            dataMap[k] = Math.abs(i) <= 1 && Math.abs(j) <= 1 ? Rp3Layout.dataAt(i, j) : 200 + k;
        }
        int next = FIRST_ANCILLA;
        xAncillas = new int[schedule.xChecks().size()];
        for (int i = 0; i < xAncillas.length; i++) {
            xAncillas[i] = ancilla(rp3, schedule.xChecks().get(i), next++);
        }
        zAncillas = new int[schedule.zChecks().size()];
        for (int i = 0; i < zAncillas.length; i++) {
            zAncillas[i] = ancilla(rp3, schedule.zChecks().get(i), next++);
        }
    }

    private static int ancilla(Rp3Layout rp3, RpCheckSchedule.Check c, int fresh) {
        for (Rp3Layout.Check k : rp3.xThenZ()) {
            if (k.x() == c.x() && k.y() == c.y() && k.isX() == c.isX()) {
                return k.ancilla();
            }
        }
        return fresh;
    }

    RpCheckSchedule schedule() {
        return schedule;
    }

    List<RpCheckSchedule.Check> xChecks() {
        return schedule.xChecks();
    }

    List<RpCheckSchedule.Check> zChecks() {
        return schedule.zChecks();
    }

    int[] xAncillas() {
        return xAncillas.clone();
    }

    int[] zAncillas() {
        return zAncillas.clone();
    }

    /** The ancilla of any check at (x, y) (the T-check's shadow qubits sit on them), or −1. */
    int ancillaAt(double x, double y) {
        for (int i = 0; i < xAncillas.length; i++) {
            if (xChecks().get(i).x() == x && xChecks().get(i).y() == y) {
                return xAncillas[i];
            }
        }
        for (int i = 0; i < zAncillas.length; i++) {
            if (zChecks().get(i).x() == x && zChecks().get(i).y() == y) {
                return zAncillas[i];
            }
        }
        return -1;
    }

    static int local(int i, int j) {
        return D * (i + M) + (j + M);
    }

    static int row(int local) {
        return local / D - M;
    }

    static int col(int local) {
        return local % D - M;
    }

    /** Stim index of the data qubit at (i, j). */
    int data(int i, int j) {
        return dataMap[local(i, j)];
    }

    /** Stim index of local data qubit k. */
    int dataOf(int k) {
        return dataMap[k];
    }

    /** Every data qubit's Stim index, local order. */
    int[] dataQubits() {
        return dataMap.clone();
    }

    /** The morph qubit on side {@code side} (±1) of row i. */
    static int morphQubit(int i, int side) {
        return FIRST_MORPH + 2 * (i + M) + (side > 0 ? 1 : 0);
    }

    /** A check's operator on Stim indices. */
    PauliString stabilizer(RpCheckSchedule.Check c) {
        return c.stabilizer().relabeled(NUM_QUBITS, dataMap);
    }

    /**
     * The Y observable the authors read: Z along the middle row, X down the middle column, Y at the
     * centre (their {@code logic_y}), on Stim indices; checked to be RP-5's Y logical.
     */
    PauliString yObservable() {
        PauliString.Builder b = new PauliString.Builder(N);
        for (int k = 0; k < N; k++) {
            if (row(k) == 0 && col(k) == 0) {
                b.set(k, 'Y');
            } else if (row(k) == 0) {
                b.set(k, 'Z');
            } else if (col(k) == 0) {
                b.set(k, 'X');
            }
        }
        PauliString y = b.build();
        if (!schedule.code().equivalentUpToPhase(schedule.code().logicalY(), y)) {
            throw new IllegalStateException(y + " is not the Y logical of RP-5");
        }
        return y.withPhase(0).relabeled(NUM_QUBITS, dataMap);
    }

    /** The CX pairs of syndrome step s (1–5): Z checks with data as control, X checks with the ancilla as control. */
    List<Integer> step(int s) {
        List<Integer> pairs = new ArrayList<>();
        for (int i = 0; i < zAncillas.length; i++) {
            int q = zChecks().get(i).visits()[s - 1];
            if (q >= 0) {
                pairs.add(dataMap[q]);
                pairs.add(zAncillas[i]);
            }
        }
        for (int i = 0; i < xAncillas.length; i++) {
            int q = xChecks().get(i).visits()[s - 1];
            if (q >= 0) {
                pairs.add(xAncillas[i]);
                pairs.add(dataMap[q]);
            }
        }
        return pairs;
    }

    /** Resets of every ancilla (R for Z checks, RX for X checks) into the current moment. */
    void resetAncillas(MomentBuilder mb) {
        mb.gate(Gate.RESET, zAncillas);
        mb.gate(Gate.RESET_X, xAncillas);
    }

    /** Steps {@code from}..5, each in its own moment. */
    void steps(MomentBuilder mb, int from) {
        for (int s = from; s <= RpCheckSchedule.STEPS; s++) {
            mb.gate(Gate.CX, step(s));
            mb.tick();
        }
    }

    /** Measures the Z ancillas then the X ancillas; returns {X records, Z records} in check order. */
    long[][] measureAncillas(MomentBuilder mb) {
        long[] z = mb.measure(Gate.MEASURE, zAncillas);
        long[] x = mb.measure(Gate.MEASURE_X, xAncillas);
        return new long[][] {x, z};
    }

    /** RP-5 as the patch an escape code grows around ({@link EscapeLayout.Inner}). */
    EscapeLayout.Inner inner() {
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (int q = 0; q < Rp3Layout.N_DATA + 10; q++) {
            used.add(q);
        }
        for (int q = Rp3Layout.FIRST_FLAG_INDEX; q < Rp3Layout.FIRST_FLAG_INDEX + 6; q++) {
            used.add(q);
        }
        for (int q : dataMap) {
            used.add(q);
        }
        for (int q : xAncillas) {
            used.add(q);
        }
        for (int q : zAncillas) {
            used.add(q);
        }
        for (int q = FIRST_MORPH; q < NUM_QUBITS; q++) {
            used.add(q);
        }
        EscapeLayout.AncillaLookup at = (r, c, isX) -> {
            List<RpCheckSchedule.Check> checks = isX ? xChecks() : zChecks();
            int[] anc = isX ? xAncillas : zAncillas;
            for (int i = 0; i < checks.size(); i++) {
                if (checks.get(i).x() == r && checks.get(i).y() == c) {
                    return anc[i];
                }
            }
            return -1;
        };
        return new EscapeLayout.Inner(M, (r, c) -> data(r, c), at, used, Rp3Layout.N_DATA + 10);
    }

    static double[] coords(double x, double y, int round, int stage) {
        return new double[] {x, y, round, stage};
    }
}
