package qtool.msc;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import qtool.codes.PauliString;
import qtool.ir.Gate;

/**
 * The escape stage of RP² cultivation: the RP-3 (d1 = 3) or RP-5 (d1 = 5) patch is grown in one step
 * into a rotated surface code of distance d (7 after d1 = 3, 11 after d1 = 5) centred on it, then measured for a few rounds, as in Chen et
 * al.'s end-to-end circuits. The growth happens while the morph is undone, sharing its moments:
 * <ol>
 * <li>in the idle step of the morph back: reset the new qubits: the ring around the patch as antipodal
 *     Bell-pair halves (control |+⟩, partner |0⟩), the outer rows |0⟩ on the left and right
 *     columns-edges where the Z logical ends, |+⟩ on the top and bottom where the X logical ends, and
 *     every check ancilla;</li>
 * <li>with the morph's middle layer: the Bell-pair CNOTs;</li>
 * <li>with the morph's last layer: the first CX layer of the surface-code round; then the morph
 *     qubits are read; then the round's other three layers and its measurements.</li>
 * </ol>
 * On the ring the Bell pairs glue p to −p, the way RP² identifies antipodal points, so the patch's
 * logicals extend to the surface code's and a check at p alone is random while the product of the
 * checks at p and −p is fixed. Which checks (or antipodal pairs) are fixed, and by which earlier
 * records, is computed from the state's stabilizer group ({@link SignedStabilizers}), not listed by
 * hand. Escape detectors have three coordinates (row, column, round) and no stage: they are decoded,
 * not post-selected.
 */
final class Rp2Escape implements MorphBackGrowth {
    private final EscapeLayout layout;
    private final int rounds;
    private final List<int[]> bellPairs = new ArrayList<>();
    private final List<Integer> zeroResets = new ArrayList<>();
    private final List<Integer> plusResets = new ArrayList<>();
    private final List<int[]> layers = new ArrayList<>();
    /** Indices of the growth-round detectors that compare an antipodal pair of checks, with the pair's anchor. */
    private final List<double[]> antipodalDetectors = new ArrayList<>();

    /**
     * @param distance the surface code's distance (odd, at least 5)
     * @param rounds surface-code rounds after the growth round
     */
    Rp2Escape(Rp3Layout rp3, int distance, int rounds) {
        this(new EscapeLayout(distance, rp3), (Rp3Layout.D - 1) / 2 + 1, rounds);
    }

    /**
     * @param layout the surface code around the cultivated patch
     * @param ring the radius (max(|row|, |column|)) of the Bell-pair ring: the patch's half-width plus one
     * @param rounds surface-code rounds after the growth round
     */
    Rp2Escape(EscapeLayout layout, int ring, int rounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("need at least one escape round after the growth round, got " + rounds);
        }
        this.layout = layout;
        this.rounds = rounds;
        int h = layout.halfWidth();
        Set<Integer> done = new HashSet<>();
        for (int r = -h; r <= h; r++) {
            for (int c = -h; c <= h; c++) {
                int q = layout.dataAt(r, c);
                int radius = Math.max(Math.abs(r), Math.abs(c));
                if (radius < ring || done.contains(q)) {
                    continue;
                }
                if (radius == ring) {
                    int partner = layout.dataAt(-r, -c);
                    bellPairs.add(new int[] {q, partner});
                    done.add(q);
                    done.add(partner);
                } else if (Math.abs(c) > Math.abs(r) || Math.abs(c) == Math.abs(r) && r * c > 0) {
                    zeroResets.add(q); // left/right edges (and two corners): Z-boundary side
                } else {
                    plusResets.add(q);
                }
            }
        }
        for (int l = 0; l < 4; l++) {
            List<Integer> pairs = new ArrayList<>();
            Set<Integer> busy = new HashSet<>();
            for (EscapeLayout.Check k : layout.checks()) {
                int q = k.data()[l];
                if (q < 0) {
                    continue;
                }
                if (!busy.add(q) || !busy.add(k.ancilla())) {
                    throw new IllegalStateException("qubit used twice in escape CX layer " + l);
                }
                pairs.add(k.isX() ? k.ancilla() : q);
                pairs.add(k.isX() ? q : k.ancilla());
            }
            layers.add(pairs.stream().mapToInt(Integer::intValue).toArray());
        }
    }

    EscapeLayout layout() {
        return layout;
    }

    int rounds() {
        return rounds;
    }

    /** (detector index, anchor row, anchor column) of each antipodal-pair growth detector. */
    List<double[]> antipodalDetectors() {
        return antipodalDetectors;
    }

    @Override
    public void declareQubits(MomentBuilder mb, Set<Integer> declared) {
        int h = layout.halfWidth();
        for (int r = -h; r <= h; r++) {
            for (int c = -h; c <= h; c++) {
                int q = layout.dataAt(r, c);
                if (declared.add(q)) {
                    mb.qubitCoords(q, r, c);
                }
            }
        }
        for (EscapeLayout.Check k : layout.checks()) {
            if (declared.add(k.ancilla())) {
                mb.qubitCoords(k.ancilla(), k.r(), k.c());
            }
        }
    }

    /** Resets of the new data qubits and of every check ancilla (into the current moment). */
    @Override
    public void resets(MomentBuilder mb) {
        List<Integer> z = new ArrayList<>(zeroResets);
        List<Integer> x = new ArrayList<>(plusResets);
        for (int[] pair : bellPairs) {
            x.add(pair[0]);
            z.add(pair[1]);
        }
        for (EscapeLayout.Check k : layout.checks()) {
            (k.isX() ? x : z).add(k.ancilla());
        }
        mb.gate(Gate.RESET, z);
        mb.gate(Gate.RESET_X, x);
    }

    /** The Bell-pair CNOTs (into the current moment). */
    @Override
    public void bellLayer(MomentBuilder mb) {
        List<Integer> t = new ArrayList<>();
        for (int[] pair : bellPairs) {
            t.add(pair[0]);
            t.add(pair[1]);
        }
        mb.gate(Gate.CX, t);
    }

    @Override
    public void firstLayer(MomentBuilder mb) {
        cxLayer(mb, 0);
    }

    /** CX layer {@code l} of a surface-code round (into the current moment). */
    void cxLayer(MomentBuilder mb, int l) {
        mb.gate(Gate.CX, layers.get(l));
    }

    /**
     * The stabilizers the new qubits bring before the growth round: Bell pairs XX and ZZ, and the
     * single-qubit Z or X of each reset data qubit, all with sign +1.
     */
    void addGrowthStabilizers(SignedStabilizers s) {
        int n = layout.numQubits();
        for (int[] pair : bellPairs) {
            s.add(PauliString.of(n, 'X', pair[0], pair[1]));
            s.add(PauliString.of(n, 'Z', pair[0], pair[1]));
        }
        for (int q : zeroResets) {
            s.add(PauliString.of(n, 'Z', q));
        }
        for (int q : plusResets) {
            s.add(PauliString.of(n, 'X', q));
        }
    }

    /**
     * Finishes the growth round (layers 1–3, measurement) and writes its detectors: each check in
     * the group {@code before}, and each antipodal pair of checks whose product is; returns the
     * round's records by check.
     */
    long[] growthRound(MomentBuilder mb, SignedStabilizers before, double round) {
        for (int l = 1; l < 4; l++) {
            cxLayer(mb, l);
            mb.tick();
        }
        long[] m = measureAncillas(mb);
        List<EscapeLayout.Check> checks = layout.checks();
        Set<Integer> paired = new HashSet<>();
        for (int i = 0; i < checks.size(); i++) {
            EscapeLayout.Check k = checks.get(i);
            PauliString s = layout.stabilizer(k);
            Optional<long[]> alone = before.recordsFor(s);
            if (alone.isPresent()) {
                mb.detector(new double[] {k.r(), k.c(), round}, concat(alone.get(), m[i]));
                continue;
            }
            EscapeLayout.Check mirror = layout.checkAt(-k.r(), -k.c());
            if (mirror == null || mirror.isX() != k.isX() || paired.contains(i)) {
                continue;
            }
            int j = checks.indexOf(mirror);
            Optional<long[]> both = before.recordsFor(s.times(layout.stabilizer(mirror)));
            if (both.isPresent()) {
                paired.add(j);
                long index = mb.detector(new double[] {k.r(), k.c(), round}, concat(both.get(), m[i], m[j]));
                antipodalDetectors.add(new double[] {index, k.r(), k.c()});
            }
        }
        return m;
    }

    /** One ordinary round (ancilla resets, four CX layers, measurements); returns its records. */
    long[] round(MomentBuilder mb, long[] previous, double round) {
        List<Integer> z = new ArrayList<>();
        List<Integer> x = new ArrayList<>();
        for (EscapeLayout.Check k : layout.checks()) {
            (k.isX() ? x : z).add(k.ancilla());
        }
        mb.gate(Gate.RESET, z);
        mb.gate(Gate.RESET_X, x);
        mb.tick();
        for (int l = 0; l < 4; l++) {
            cxLayer(mb, l);
            mb.tick();
        }
        long[] m = measureAncillas(mb);
        List<EscapeLayout.Check> checks = layout.checks();
        for (int i = 0; i < checks.size(); i++) {
            EscapeLayout.Check k = checks.get(i);
            mb.detector(new double[] {k.r(), k.c(), round}, previous[i], m[i]);
        }
        return m;
    }

    /** Noiseless MPP of every check and of the Y observable; detectors against the last round. */
    void finalReadout(MomentBuilder mb, long[] previous, double round) {
        List<PauliString> products = new ArrayList<>();
        for (EscapeLayout.Check k : layout.checks()) {
            products.add(layout.stabilizer(k));
        }
        products.add(layout.yObservable());
        long[] m = mb.mpp(products);
        List<EscapeLayout.Check> checks = layout.checks();
        for (int i = 0; i < checks.size(); i++) {
            EscapeLayout.Check k = checks.get(i);
            mb.detector(new double[] {k.r(), k.c(), round}, previous[i], m[i]);
        }
        mb.observable(0, m[m.length - 1]);
    }

    /** Z ancillas measured in Z, then X ancillas in X; returns records in check order. */
    private long[] measureAncillas(MomentBuilder mb) {
        List<EscapeLayout.Check> checks = layout.checks();
        List<Integer> z = new ArrayList<>();
        List<Integer> x = new ArrayList<>();
        for (EscapeLayout.Check k : checks) {
            (k.isX() ? x : z).add(k.ancilla());
        }
        long[] mz = mb.measure(Gate.MEASURE, z.stream().mapToInt(Integer::intValue).toArray());
        long[] mx = mb.measure(Gate.MEASURE_X, x.stream().mapToInt(Integer::intValue).toArray());
        mb.tick();
        long[] out = new long[checks.size()];
        int iz = 0;
        int ix = 0;
        for (int i = 0; i < checks.size(); i++) {
            out[i] = checks.get(i).isX() ? mx[ix++] : mz[iz++];
        }
        return out;
    }

    private static long[] concat(long[] a, long... b) {
        long[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
