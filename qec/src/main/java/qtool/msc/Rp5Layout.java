package qtool.msc;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import qtool.codes.PauliString;
import qtool.codes.Rp2Code;
import qtool.codes.StabilizerCode;

/**
 * Where RP-5 lives for the d1 = 5 stage: data (i, j) ∈ [−2, 2]² in local index 5(i+2)+(j+2);
 * the inner 3×3 block keeps the RP-3 qubits 0–8 ({@link Rp3Layout}), the outer ring gets Stim
 * indices 200+local. One ancilla per RP-5 check (Stim 300+), placed at a plaquette centre found
 * from the check's support (a check glued across the antipodal boundary sits on its left
 * overhang, column −2.5, or failing that its top one, row −2.5). The SRP-5 morph's ten extra
 * qubits are Stim 400+, the T-check's flag ancillas (one per data qubit) Stim 500+local.
 */
final class Rp5Layout {
    static final int D = 5;
    static final int M = 2;
    static final int N = D * D;
    static final int FIRST_ANCILLA = 300;
    static final int FIRST_MORPH = 400;
    static final int FIRST_FLAG = 500;

    record Check(PauliString stabilizer, int ancilla, double x, double y, double[] hx, double[] hy) {
        boolean isX() {
            return stabilizer.isXType();
        }
    }

    private final StabilizerCode code = Rp2Code.of(D);
    private final List<Check> xChecks = new ArrayList<>();
    private final List<Check> zChecks = new ArrayList<>();

    Rp5Layout() {
        int next = FIRST_ANCILLA;
        for (PauliString s : code.xStabilizers()) {
            xChecks.add(place(s, next++));
        }
        for (PauliString s : code.zStabilizers()) {
            zChecks.add(place(s, next++));
        }
    }

    StabilizerCode code() {
        return code;
    }

    List<Check> xChecks() {
        return xChecks;
    }

    List<Check> zChecks() {
        return zChecks;
    }

    List<Check> all() {
        List<Check> a = new ArrayList<>(xChecks);
        a.addAll(zChecks);
        return a;
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

    /** Stim index of local data qubit k. */
    static int stim(int k) {
        int i = row(k);
        int j = col(k);
        if (Math.abs(i) <= 1 && Math.abs(j) <= 1) {
            return Rp3Layout.dataAt(i, j);
        }
        return 200 + k;
    }

    /** Local morph-register index (data 0–24, extra 25–34) to Stim index. */
    static int stimMorph(int k) {
        return k < N ? stim(k) : FIRST_MORPH + (k - N);
    }

    static int[] stimMap() {
        int[] map = new int[N];
        for (int k = 0; k < N; k++) {
            map[k] = stim(k);
        }
        return map;
    }

    /** Local index of RP-3 data qubit q. */
    static int fromRp3(int q) {
        return local((int) Rp3Layout.row(q), (int) Rp3Layout.col(q));
    }

    private Check place(PauliString s, int ancilla) {
        TreeSet<Integer> support = new TreeSet<>();
        for (int q : s.support()) {
            support.add(q);
        }
        double[] best = null;
        int bestRank = Integer.MAX_VALUE;
        for (int a = 0; a <= D; a++) {
            for (int b = 0; b <= D; b++) {
                double x = a - M - 0.5;
                double y = b - M - 0.5;
                boolean over = Math.abs(x) > M || Math.abs(y) > M;
                TreeSet<Integer> cells = cellsAround(x, y);
                if (over) {
                    cells.addAll(cellsAround(-x, -y));
                }
                if (!cells.equals(support)) {
                    continue;
                }
                int rank = !over ? 0 : y == -M - 0.5 ? 1 : x == -M - 0.5 ? 2 : 3;
                if (rank < bestRank) {
                    bestRank = rank;
                    best = new double[] {x, y};
                }
            }
        }
        if (best == null) {
            throw new IllegalStateException("no plaquette for RP-5 check " + s);
        }
        boolean over = bestRank > 0;
        double[] hx = over ? new double[] {best[0], -best[0]} : new double[] {best[0]};
        double[] hy = over ? new double[] {best[1], -best[1]} : new double[] {best[1]};
        return new Check(s.withPhase(0), ancilla, best[0], best[1], hx, hy);
    }

    /** Real-plane offset (±0.5, ±0.5) of data qubit k from the half of check c that contains it. */
    static double[] offset(Check c, int k) {
        for (int h = 0; h < c.hx().length; h++) {
            double dx = row(k) - c.hx()[h];
            double dy = col(k) - c.hy()[h];
            if (Math.abs(dx) == 0.5 && Math.abs(dy) == 0.5) {
                return new double[] {dx, dy};
            }
        }
        throw new IllegalStateException("qubit " + k + " not next to check " + c);
    }

    static TreeSet<Integer> cellsAround(double x, double y) {
        TreeSet<Integer> out = new TreeSet<>();
        for (double dx : new double[] {-0.5, 0.5}) {
            for (double dy : new double[] {-0.5, 0.5}) {
                double r = x + dx;
                double c = y + dy;
                if (Math.abs(r) <= M && Math.abs(c) <= M) {
                    out.add(local((int) r, (int) c));
                }
            }
        }
        return out;
    }
}
