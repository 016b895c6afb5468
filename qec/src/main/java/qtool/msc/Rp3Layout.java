package qtool.msc;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import qtool.codes.PauliString;
import qtool.codes.Rp2Code;
import qtool.codes.Rp2Morph;
import qtool.codes.StabilizerCode;

/**
 * Where RP-3 lives on the hardware: data qubits 0–8 at the code's centred grid coordinates
 * (row, column) ∈ [−1, 1]², one ancilla per check at a plaquette centre (Z ancillas 9–13, X
 * ancillas 14–18), and the six morph qubits of {@link Rp2Morph} at Stim indices 101–106.
 *
 * <p>The indices and the enumeration order of the checks are the published circuit's, because the
 * order of measurements fixes the order of detectors and we want its detector error model index
 * for index. 101–106 are where the authors' end-to-end layout puts the morph qubits (19–100 belong
 * to the escape-stage surface code, which this stage does not use).
 *
 * <p>A check glued across the antipodal boundary has two overhanging plaquette centres c and −c;
 * its ancilla sits on the left overhang (column −1.5) or, failing that, the top one (row −1.5).
 * Every ancilla's support is recomputed from its centre and must be a check of {@link Rp2Code},
 * so the table below cannot silently disagree with the verified code.
 */
final class Rp3Layout {
    static final int D = 3;
    static final int N_DATA = D * D;
    /** The centre qubit (0, 0): where the proxy state is injected and the T-check parity is read. */
    static final int CENTRE = 4;
    static final int FIRST_FLAG_INDEX = 101;

    /** An RP-3 check with its ancilla. */
    record Check(PauliString stabilizer, int ancilla, double x, double y) {
        boolean isX() {
            return stabilizer.isXType();
        }
    }

    // Plaquette centres of the ancillas, in the published enumeration order.
    private static final double[][] Z_ANCILLAS = {{-0.5, -1.5}, {1.5, -1.5}, {-0.5, 0.5}, {0.5, -0.5}, {-1.5, -0.5}};
    private static final double[][] X_ANCILLAS = {{-0.5, -0.5}, {0.5, 0.5}, {-1.5, 0.5}, {-1.5, -1.5}, {0.5, -1.5}};

    private final StabilizerCode code;
    private final List<Check> zChecks = new ArrayList<>();
    private final List<Check> xChecks = new ArrayList<>();
    private final Rp2Morph morph;

    Rp3Layout() {
        code = Rp2Code.of(D);
        morph = Rp2Morph.of(D);
        int next = N_DATA;
        for (double[] c : Z_ANCILLAS) {
            zChecks.add(check('Z', c, next++));
        }
        for (double[] c : X_ANCILLAS) {
            xChecks.add(check('X', c, next++));
        }
        if (xThenZ().stream().map(Check::stabilizer).distinct().count() != code.stabilizers().size()) {
            throw new IllegalStateException("the ancillas do not measure every RP-3 check exactly once");
        }
    }

    StabilizerCode code() {
        return code;
    }

    Rp2Morph morph() {
        return morph;
    }

    List<Check> zChecks() {
        return zChecks;
    }

    List<Check> xChecks() {
        return xChecks;
    }

    /** X checks then Z checks: the order of the final MPP and of the last detectors. */
    List<Check> xThenZ() {
        List<Check> all = new ArrayList<>(xChecks);
        all.addAll(zChecks);
        return all;
    }

    static double row(int data) {
        return data / D - (D - 1) / 2;
    }

    static double col(int data) {
        return data % D - (D - 1) / 2;
    }

    /** The data qubit at grid coordinates (row, col), or −1. */
    static int dataAt(double r, double c) {
        int m = (D - 1) / 2;
        if (Math.abs(r) > m || Math.abs(c) > m || r != Math.rint(r) || c != Math.rint(c)) {
            return -1;
        }
        return (int) (D * (r + m) + (c + m));
    }

    /** The antipodal partner of a data qubit (the point reflection through the centre). */
    static int antipode(int data) {
        return dataAt(-row(data), -col(data));
    }

    /** The ancilla (of either type) sitting at (x, y), or −1. */
    int ancillaAt(double x, double y) {
        for (Check k : xThenZ()) {
            if (k.x() == x && k.y() == y) {
                return k.ancilla();
            }
        }
        return -1;
    }

    /** Stim index of the morph's internal qubit {@code k} (≥ 9). */
    static int flagQubit(int k) {
        return k - N_DATA + FIRST_FLAG_INDEX;
    }

    /** Maps a morph-register qubit (data 0–8, extra 9–14) to its Stim index. */
    static int stimQubit(int k) {
        return k < N_DATA ? k : flagQubit(k);
    }

    StabilizerCode.Coord flagCoord(int k) {
        return morph.extraCoords().get(k - N_DATA);
    }

    private Check check(char type, double[] c, int ancilla) {
        TreeSet<Integer> support = cellsAround(c[0], c[1]);
        boolean overhangs = Math.abs(c[0]) > 1 || Math.abs(c[1]) > 1;
        if (overhangs) {
            support.addAll(cellsAround(-c[0], -c[1]));
        }
        PauliString s = PauliString.of(N_DATA, type, support);
        if (!code.stabilizers().contains(s)) {
            throw new IllegalStateException("ancilla at (" + c[0] + "," + c[1] + ") measures " + s + ", not an RP-3 check");
        }
        return new Check(s, ancilla, c[0], c[1]);
    }

    private static TreeSet<Integer> cellsAround(double x, double y) {
        TreeSet<Integer> out = new TreeSet<>();
        for (double dx : new double[] {-0.5, 0.5}) {
            for (double dy : new double[] {-0.5, 0.5}) {
                int q = dataAt(x + dx, y + dy);
                if (q >= 0) {
                    out.add(q);
                }
            }
        }
        return out;
    }
}
