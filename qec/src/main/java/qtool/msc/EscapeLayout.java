package qtool.msc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import qtool.codes.PauliString;
import qtool.codes.StabilizerCode;

/**
 * The rotated surface code of odd distance {@code d} that the RP² escape stage grows into, laid
 * out on the cultivation's grid: data qubits at integer (row, column) ∈ [−h, h]² (h = (d−1)/2),
 * checks at the half-integer plaquette centres, X-type where row − column is even (the RP-3
 * checks' colouring, so that every RP-3 ancilla sits on a check of its own type).
 *
 * <p>The cultivated patch ({@link Inner}: RP-3 for d1 = 3, RP-5 for d1 = 5) keeps its qubits' indices
 * at its own positions. The boundaries follow the RP-3 logicals: the X logical runs down the middle column, so the top
 * and bottom edges carry the weight-2 X checks; the Z logical runs along the middle row, so the left
 * and right edges carry the weight-2 Z checks. The RP-3 data qubits (0–8) and ancillas (9–18) keep
 * their indices; the other qubits are numbered from 19 upwards, data before ancillas, skipping the
 * morph qubits' indices 101–106.
 */
final class EscapeLayout {
    /** One stabilizer check: its type, plaquette centre, ancilla and data qubits (in visiting order). */
    record Check(boolean isX, double r, double c, int ancilla, int[] data) {
    }

    private final int d;
    private final int h;
    private final Map<Long, Integer> dataIndex = new HashMap<>();
    private final List<Check> checks = new ArrayList<>();
    private final Map<Long, Check> checkAt = new HashMap<>();
    private final int numQubits;

    /**
     * The cultivated patch the escape code grows around: its data qubits by (row, column), its
     * ancillas by plaquette centre and type (an escape check on the same plaquette reuses it), and
     * every Stim index it already uses (new qubits are numbered from {@code firstFree} upwards,
     * skipping those).
     */
    record Inner(int halfWidth, java.util.function.IntBinaryOperator dataAt, AncillaLookup ancillaAt, java.util.Set<Integer> used,
            int firstFree) {
    }

    /** The ancilla of the given type at plaquette centre (r, c), or −1. */
    @FunctionalInterface
    interface AncillaLookup {
        int at(double r, double c, boolean isX);
    }

    /** The escape code around RP-3 (d1 = 3): new qubits from 19, skipping the morph qubits 101–106. */
    EscapeLayout(int d, Rp3Layout rp3) {
        this(d, aroundRp3(rp3));
    }

    static Inner aroundRp3(Rp3Layout rp3) {
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (int q = 0; q < Rp3Layout.N_DATA + 10; q++) {
            used.add(q);
        }
        for (int q = Rp3Layout.FIRST_FLAG_INDEX; q < Rp3Layout.FIRST_FLAG_INDEX + 6; q++) {
            used.add(q);
        }
        return new Inner((Rp3Layout.D - 1) / 2, (r, c) -> Rp3Layout.dataAt(r, c), (r, c, isX) -> rp3.ancillaAt(r, c), used,
                Rp3Layout.N_DATA + 10);
    }

    EscapeLayout(int d, Inner inner) {
        if (d < 5 || d % 2 == 0) {
            throw new IllegalArgumentException("the escape code needs an odd distance of at least 5, got " + d);
        }
        if ((d - 1) / 2 < inner.halfWidth() + 1) {
            throw new IllegalArgumentException("the escape code of distance " + d + " does not extend beyond the cultivated patch");
        }
        this.d = d;
        this.h = (d - 1) / 2;
        int next = inner.firstFree();
        for (int r = -h; r <= h; r++) {
            for (int c = -h; c <= h; c++) {
                int q = Math.max(Math.abs(r), Math.abs(c)) <= inner.halfWidth() ? inner.dataAt().applyAsInt(r, c) : -1;
                if (q < 0) {
                    next = skipUsed(next, inner.used());
                    q = next++;
                }
                dataIndex.put(key(r, c), q);
            }
        }
        for (int tr = -2 * h - 1; tr <= 2 * h + 1; tr += 2) {
            for (int tc = -2 * h - 1; tc <= 2 * h + 1; tc += 2) {
                double r = tr / 2.0;
                double c = tc / 2.0;
                boolean isX = Math.floorMod(Math.round(r - c), 2) == 0;
                boolean edgeRow = Math.abs(r) > h;
                boolean edgeCol = Math.abs(c) > h;
                if (edgeRow && edgeCol || edgeCol && isX || edgeRow && !isX) {
                    continue;
                }
                int anc = inner.ancillaAt().at(r, c, isX);
                if (anc < 0) {
                    next = skipUsed(next, inner.used());
                    anc = next++;
                }
                Check k = new Check(isX, r, c, anc, visits(isX, r, c));
                checks.add(k);
                checkAt.put(key2(r, c), k);
            }
        }
        int maxUsed = inner.used().stream().mapToInt(Integer::intValue).max().orElse(-1);
        this.numQubits = Math.max(next, maxUsed + 1);
    }

    private static int skipUsed(int next, java.util.Set<Integer> used) {
        while (used.contains(next)) {
            next++;
        }
        return next;
    }

    /**
     * The data qubits in the order the ancilla meets them: X checks (−,−), (−,+), (+,−), (+,+) and Z
     * checks (−,−), (+,−), (−,+), (+,+) in (row, column) offsets; −1 where the check has no qubit. The
     * last two visits of an X check share a row and those of a Z check share a column, so an ancilla
     * fault spreading to two data qubits lies across its logical, not along it.
     */
    private int[] visits(boolean isX, double r, double c) {
        double[][] order = isX
                ? new double[][] {{-0.5, -0.5}, {-0.5, 0.5}, {0.5, -0.5}, {0.5, 0.5}}
                : new double[][] {{-0.5, -0.5}, {0.5, -0.5}, {-0.5, 0.5}, {0.5, 0.5}};
        int[] out = new int[4];
        for (int i = 0; i < 4; i++) {
            out[i] = dataAt(r + order[i][0], c + order[i][1]);
        }
        return out;
    }

    int distance() {
        return d;
    }

    int halfWidth() {
        return h;
    }

    /** One more than the largest qubit index in use (the morph qubits included). */
    int numQubits() {
        return numQubits;
    }

    /** The data qubit at (r, c), or −1 outside the patch. */
    int dataAt(double r, double c) {
        if (r != Math.rint(r) || c != Math.rint(c)) {
            return -1;
        }
        Integer q = dataIndex.get(key((int) r, (int) c));
        return q == null ? -1 : q;
    }

    List<Check> checks() {
        return checks;
    }

    /** The check centred at (r, c), or null. */
    Check checkAt(double r, double c) {
        return checkAt.get(key2(r, c));
    }

    /** The check as a Pauli string over {@link #numQubits()} qubits. */
    PauliString stabilizer(Check k) {
        List<Integer> support = new ArrayList<>();
        for (int q : k.data()) {
            if (q >= 0) {
                support.add(q);
            }
        }
        return PauliString.of(numQubits, k.isX() ? 'X' : 'Z', support);
    }

    /** Y on the centre, X down the middle column, Z along the middle row: the RP-3 observable, extended. */
    PauliString yObservable() {
        PauliString.Builder b = new PauliString.Builder(numQubits);
        for (int r = -h; r <= h; r++) {
            for (int c = -h; c <= h; c++) {
                if (r == 0 && c == 0) {
                    b.set(dataAt(r, c), 'Y');
                } else if (c == 0) {
                    b.set(dataAt(r, c), 'X');
                } else if (r == 0) {
                    b.set(dataAt(r, c), 'Z');
                }
            }
        }
        return b.build();
    }

    /** The code on its d² data qubits, numbered row-major from the top-left corner, with the logicals above. */
    StabilizerCode code() {
        int n = d * d;
        int[] compact = new int[numQubits];
        java.util.Arrays.fill(compact, -1);
        for (int r = -h; r <= h; r++) {
            for (int c = -h; c <= h; c++) {
                compact[dataAt(r, c)] = (r + h) * d + (c + h);
            }
        }
        List<PauliString> stabs = new ArrayList<>();
        for (Check k : checks) {
            stabs.add(stabilizer(k).relabeled(n, compact));
        }
        PauliString x = PauliString.identity(n);
        PauliString z = PauliString.identity(n);
        for (int r = -h; r <= h; r++) {
            x = x.times(PauliString.of(n, 'X', compact[dataAt(r, 0)]));
            z = z.times(PauliString.of(n, 'Z', compact[dataAt(0, r)]));
        }
        return new StabilizerCode("sc-" + d + "-escape", n, stabs, x, z, null);
    }

    /** Every data qubit index. */
    int[] dataQubits() {
        return dataIndex.values().stream().mapToInt(Integer::intValue).sorted().toArray();
    }

    private static long key(int r, int c) {
        return ((long) r << 32) ^ (c & 0xffffffffL);
    }

    private static long key2(double r, double c) {
        return key((int) Math.round(2 * r), (int) Math.round(2 * c));
    }
}
