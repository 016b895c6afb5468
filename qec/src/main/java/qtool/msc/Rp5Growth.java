package qtool.msc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import qtool.ir.Gate;

/**
 * The growth RP-3 → RP-5 of the d1 = 5 protocol (the authors' {@code color_to_rp3_to_rp5}),
 * fused into the SRP-3 morph back: the sixteen new data qubits are eight antipodal Bell pairs,
 * (i, −2)–(−i, 2) and (2, j)–(−2, −j), reset with the 26 RP-5 ancillas in the morph back's idle
 * step and entangled beside its middle layer; step 1 of the first RP-5 round runs beside the
 * morph's last layer, the morph qubits are read, then steps 2–5 and the measurements.
 *
 * <p>After the round six Z checks are random (those whose support meets a Bell pair in one qubit
 * and the RP-3 state does not fix); Pauli feedback on one data qubit each sets them, so every Z
 * check is deterministic in the next round, while random X checks are compared round to round.
 * The post-selected growth detectors are the authors': the four checks at (±½, ±½) are
 * compared with RP-3's last round; an RP-3 check that wrapped around the small patch at (x, −1.5)
 * or (−1.5, y) now equals the RP-5 check at the same place times the one at its antipode
 * (−x, 1.5) / (1.5, −y), compared with RP-3's value; checks on the outer ring (|x| or |y| = 2.5),
 * which only meet Bell pairs, are fixed on their own.
 */
final class Rp5Growth implements MorphBackGrowth {
    /** (Z check position) → (data qubit) of the feedback: the authors' choice. */
    private static final double[][] FEEDBACK = {
        {-1.5, -0.5, -2, 0}, {1.5, 0.5, 2, 0}, {-0.5, -1.5, 0, -2}, {0.5, 1.5, 0, 2}, {-1.5, 1.5, -2, 2}, {1.5, -1.5, 2, -2}};

    private final Rp5Layout layout;
    private final List<int[]> bellPairs = new ArrayList<>();

    Rp5Growth(Rp5Layout layout) {
        this.layout = layout;
        for (int i = -Rp5Layout.M; i <= Rp5Layout.M; i++) {
            bellPairs.add(new int[] {layout.data(i, -Rp5Layout.M), layout.data(-i, Rp5Layout.M)});
        }
        for (int j = -1; j <= 1; j++) {
            bellPairs.add(new int[] {layout.data(Rp5Layout.M, j), layout.data(-Rp5Layout.M, -j)});
        }
    }

    @Override
    public void declareQubits(MomentBuilder mb, Set<Integer> declared) {
        for (int k = 0; k < Rp5Layout.N; k++) {
            if (declared.add(layout.dataOf(k))) {
                mb.qubitCoords(layout.dataOf(k), Rp5Layout.row(k), Rp5Layout.col(k));
            }
        }
        int[] x = layout.xAncillas();
        for (int i = 0; i < x.length; i++) {
            if (declared.add(x[i])) {
                mb.qubitCoords(x[i], layout.xChecks().get(i).x(), layout.xChecks().get(i).y());
            }
        }
        int[] z = layout.zAncillas();
        for (int i = 0; i < z.length; i++) {
            if (declared.add(z[i])) {
                mb.qubitCoords(z[i], layout.zChecks().get(i).x(), layout.zChecks().get(i).y());
            }
        }
        for (int i = -Rp5Layout.M; i <= Rp5Layout.M; i++) {
            for (int side : new int[] {-1, 1}) {
                if (declared.add(Rp5Layout.morphQubit(i, side))) {
                    mb.qubitCoords(Rp5Layout.morphQubit(i, side), i, 3 * side);
                }
            }
        }
    }

    @Override
    public void resets(MomentBuilder mb) {
        List<Integer> z = new ArrayList<>();
        List<Integer> x = new ArrayList<>();
        for (int a : layout.zAncillas()) {
            z.add(a);
        }
        for (int a : layout.xAncillas()) {
            x.add(a);
        }
        for (int[] p : bellPairs) {
            x.add(p[0]);
            z.add(p[1]);
        }
        mb.gate(Gate.RESET, z);
        mb.gate(Gate.RESET_X, x);
    }

    @Override
    public void bellLayer(MomentBuilder mb) {
        List<Integer> t = new ArrayList<>();
        for (int[] p : bellPairs) {
            t.add(p[0]);
            t.add(p[1]);
        }
        mb.gate(Gate.CX, t);
    }

    @Override
    public void firstLayer(MomentBuilder mb) {
        mb.gate(Gate.CX, layout.step(1));
    }

    /**
     * Steps 2–5, the measurements, the feedback and the growth detectors, after the morph qubits
     * were read. {@code rp3Last} is RP-3's last round {Z records, X records} in {@code rp3}'s order.
     * Returns this round's {X records, Z records} in check order.
     */
    long[][] finishRound(MomentBuilder mb, Rp3Layout rp3, long[][] rp3Last, int round, int stage) {
        layout.steps(mb, 2);
        long[][] now = layout.measureAncillas(mb);
        List<Long> recs = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        for (double[] f : FEEDBACK) {
            recs.add(now[1][index(layout.zChecks(), f[0], f[1])]);
            targets.add(layout.data((int) f[2], (int) f[3]));
        }
        mb.feedbackX(recs.stream().mapToLong(Long::longValue).toArray(), targets.stream().mapToInt(Integer::intValue).toArray());
        mb.tick();
        Map<Long, Long> before = new HashMap<>();
        for (int i = 0; i < rp3.zChecks().size(); i++) {
            before.put(key(rp3.zChecks().get(i).x(), rp3.zChecks().get(i).y()), rp3Last[0][i]);
        }
        for (int i = 0; i < rp3.xChecks().size(); i++) {
            before.put(key(rp3.xChecks().get(i).x(), rp3.xChecks().get(i).y()), rp3Last[1][i]);
        }
        Map<Long, Long> measured = new HashMap<>();
        for (int i = 0; i < now[0].length; i++) {
            measured.put(key(layout.xChecks().get(i).x(), layout.xChecks().get(i).y()), now[0][i]);
        }
        for (int i = 0; i < now[1].length; i++) {
            measured.put(key(layout.zChecks().get(i).x(), layout.zChecks().get(i).y()), now[1][i]);
        }
        List<RpCheckSchedule.Check> all = new ArrayList<>(layout.xChecks());
        all.addAll(layout.zChecks());
        for (RpCheckSchedule.Check c : all) {
            double x = c.x();
            double y = c.y();
            long here = measured.get(key(x, y));
            double[] at = Rp5Layout.coords(x, y, round, stage);
            if (Math.abs(x) < 1 && Math.abs(y) < 1) {
                mb.detector(at, before.get(key(x, y)), here);
            } else if (y == -1.5 && Math.abs(x) < 2) {
                mb.detector(at, before.get(key(x, y)), here, measured.get(key(-x, 1.5)));
            } else if (x == -1.5 && Math.abs(y) < 1) {
                mb.detector(at, before.get(key(x, y)), here, measured.get(key(1.5, -y)));
            } else if (Math.abs(x) > 2 || Math.abs(y) > 2) {
                mb.detector(at, here);
            }
        }
        return now;
    }

    private static int index(List<RpCheckSchedule.Check> checks, double x, double y) {
        for (int i = 0; i < checks.size(); i++) {
            if (checks.get(i).x() == x && checks.get(i).y() == y) {
                return i;
            }
        }
        throw new IllegalStateException("no check at (" + x + "," + y + ")");
    }

    static long key(double x, double y) {
        return Math.round(2 * x) * 1000L + Math.round(2 * y);
    }
}
