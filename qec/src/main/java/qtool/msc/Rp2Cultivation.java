package qtool.msc;

import java.util.ArrayList;
import java.util.List;
import qtool.codes.PauliString;
import qtool.codes.StabilizerCode;
import qtool.gen.CircuitNoiseModel;
import qtool.ir.Gate;
import qtool.stim.StabilizerCircuit;

/**
 * The d1 = 3 cultivation stage of Chen, Chen, Lu and Pan, "Efficient Magic State Cultivation on
 * RP²" (arXiv:2503.18657), with the Clifford proxy (|i⟩ for |T⟩, S for T), generated from the
 * verified code objects ({@link qtool.codes.Rp2Code}, {@link qtool.codes.Rp2Morph}) in the
 * moment structure of the authors' published rp_3_T_cult.stim:
 * <ol>
 * <li>injection: antipodal Bell pairs on the eight outer data qubits, |i⟩ on the centre;</li>
 * <li>{@code rounds} RP-3 syndrome rounds (stage r for round r); after the first, the sign
 *     correction of {@link SignCorrection};</li>
 * <li>morph RP-3 → SRP-3, transversal S, X parity of the 15 qubits read on the centre through
 *     {@link ParityTree} with one |+⟩ flag ancilla per data qubit, tree undone, transversal S†
 *     (stages R for the parity and R+1 for the flag ancillas);</li>
 * <li>morph back and read the six morph qubits (stage R+2);</li>
 * <li>a noiseless MPP of the ten checks (stage R+3) and of the Y observable.</li>
 * </ol>
 * Detector coordinates are (x, y, round, stage), the round being R for everything after the
 * rounds, as in the published file.
 *
 * <p>Two moments copy the published circuit's bookkeeping for the end-to-end protocol, of which
 * this stage is a cut: the morph back contains one empty time step (where the escape surface
 * code is reset), written as {@code I} on the live qubits so that it costs idle noise, and in the
 * last two moments (undoing the Bell pairs, reading the morph qubits) the data qubits are busy
 * with the escape code's first CX layer, so they get no idle noise there. That is why the
 * circuit comes in three segments and {@link #noisy} applies the noise model to the first two
 * separately; the third (the final MPP and its detectors) stays noiseless. Likewise the injection
 * moment ends with an {@code I} on the nine data qubits, the extra depolarization the published
 * injection charges.
 */
public final class Rp2Cultivation {
    public static final int DEFAULT_ROUNDS = 2;

    /** The noiseless circuit in its three noise segments. */
    public record Segments(StabilizerCircuit protocol, StabilizerCircuit flagReadout, StabilizerCircuit finalReadout) {
        public StabilizerCircuit joined() {
            return concat(protocol, flagReadout, finalReadout);
        }
    }

    private final int rounds;
    private final Rp3Layout layout = new Rp3Layout();
    private final Rp3Schedule schedule = new Rp3Schedule(layout);
    private final MorphLayers morph = new MorphLayers(layout.morph());
    private final ParityTree tree = new ParityTree(layout);
    private final PauliString observable;
    private final SignCorrection correction;
    /** The growth into a surface code and its rounds, or null for the cultivation stage alone. */
    private final Rp2Escape escape;

    public Rp2Cultivation() {
        this(DEFAULT_ROUNDS);
    }

    public Rp2Cultivation(int rounds) {
        this(rounds, 0, 0);
    }

    private Rp2Cultivation(int rounds, int escapeDistance, int escapeRounds) {
        if (rounds < 1) {
            throw new IllegalArgumentException("need at least one RP-3 round, got " + rounds);
        }
        this.rounds = rounds;
        this.observable = yObservable(layout.code());
        this.correction = new SignCorrection(layout, observable);
        this.escape = escapeDistance == 0 ? null : new Rp2Escape(layout, escapeDistance, escapeRounds);
    }

    /**
     * The end-to-end protocol: cultivation with {@code rounds} RP-3 rounds (the authors' end-to-end
     * circuits use one), then the {@link Rp2Escape} growth into a rotated surface code of distance
     * {@code escapeDistance} with {@code escapeRounds} rounds after the growth round, and a noiseless
     * readout of its checks and Y observable.
     */
    public static Rp2Cultivation endToEnd(int rounds, int escapeDistance, int escapeRounds) {
        if (escapeDistance < 5) {
            throw new IllegalArgumentException("the escape code needs distance at least 5, got " + escapeDistance);
        }
        return new Rp2Cultivation(rounds, escapeDistance, escapeRounds);
    }

    /**
     * The stages of {@link VolumeModel} for the end-to-end protocol, counted as the authors'
     * {@code volume_calc.py} counts them: injection with the first round and each further round on
     * the 19 RP-3 qubits, the morph (half a round) on 9 + 6, the check and the inverse check on
     * 15 + 9, the morph back with the growth (one and a half) on the escape code and the six morph
     * qubits, then the escape rounds.
     */
    public VolumeModel volumeModel() {
        if (escape == null) {
            throw new IllegalStateException("the volume model is defined for the end-to-end protocol");
        }
        int rp3 = Rp3Layout.N_DATA + layout.xChecks().size() + layout.zChecks().size();
        int srp = layout.morph().n();
        int flags = srp - Rp3Layout.N_DATA;
        int check = srp + Rp3Layout.N_DATA;
        int esc = escape.layout().dataQubits().length + escape.layout().checks().size();
        List<VolumeModel.Stage> stages = new ArrayList<>();
        stages.add(new VolumeModel.Stage("injection and round 1", rp3, 1, 0));
        for (int r = 1; r < rounds; r++) {
            stages.add(new VolumeModel.Stage("round " + (r + 1), rp3, 1, r));
        }
        stages.add(new VolumeModel.Stage("morph to SRP-3", srp, 0.5, rounds));
        stages.add(new VolumeModel.Stage("T check", check, 1, rounds));
        stages.add(new VolumeModel.Stage("inverse T check", check, 1, rounds + 1));
        stages.add(new VolumeModel.Stage("morph back and grow", esc + flags, 1.5, rounds + 2));
        return new VolumeModel(stages, esc, escape.rounds());
    }

    /** Whether the circuit continues into the escape stage. */
    public boolean isEndToEnd() {
        return escape != null;
    }

    /**
     * (detector index, row, column) of the escape's growth-round detectors that compare a check with
     * its antipodal partner (empty without an escape stage). Valid after {@link #segments()}.
     */
    public List<double[]> antipodalDetectors() {
        if (escape == null) {
            return List.of();
        }
        segments();
        return List.copyOf(escape.antipodalDetectors());
    }

    public int rounds() {
        return rounds;
    }

    /**
     * Post-selection stages: one per round, then parity, flag ancillas, morph qubits and, without
     * an escape stage, the final checks (with one, the final checks are decoded instead).
     */
    public int numStages() {
        return escape == null ? rounds + 4 : rounds + 3;
    }

    public StabilizerCircuit noiseless() {
        return segments().joined();
    }

    /** The published noise: {@link CircuitNoiseModel#uniformBeforeMeasure}. */
    public StabilizerCircuit noisy(double p) {
        return noisy(CircuitNoiseModel.uniformBeforeMeasure(p));
    }

    public StabilizerCircuit noisy(CircuitNoiseModel model) {
        Segments s = segments();
        if (s.flagReadout().items().isEmpty()) {
            return concat(model.apply(s.protocol()), s.finalReadout());
        }
        return concat(model.apply(s.protocol()), model.apply(s.flagReadout()), s.finalReadout());
    }

    /**
     * Y on the centre, X along the middle column, Z along the middle row: the published
     * orientation (equivalent to the code's row/column choice up to checks, but which
     * representative is read decides which errors flip the observable alongside which detectors).
     */
    static PauliString yObservable(StabilizerCode code) {
        PauliString.Builder b = new PauliString.Builder(Rp3Layout.N_DATA);
        for (int q = 0; q < Rp3Layout.N_DATA; q++) {
            if (q == Rp3Layout.CENTRE) {
                b.set(q, 'Y');
            } else if (Rp3Layout.col(q) == 0) {
                b.set(q, 'X');
            } else if (Rp3Layout.row(q) == 0) {
                b.set(q, 'Z');
            }
        }
        PauliString y = b.build();
        if (!code.equivalentUpToPhase(code.logicalY(), y)) {
            throw new IllegalStateException(y + " is not the Y logical of " + code.name());
        }
        return y;
    }

    public Segments segments() {
        MomentBuilder mb = new MomentBuilder();
        declareQubits(mb, escape);
        inject(mb);
        long[][] last = null;
        for (int r = 0; r < rounds; r++) {
            last = round(mb, r, last);
        }
        int[] live = morphAndCheck(mb);
        morphBackUntilBell(mb, live, escape);
        if (escape != null) {
            escape.antipodalDetectors().clear();
            readFlags(mb, escape);
            SignedStabilizers before = rp3Stabilizers(last);
            escape.addGrowthStabilizers(before);
            long[] m = escape.growthRound(mb, before, rounds + 1);
            for (int k = 1; k <= escape.rounds(); k++) {
                m = escape.round(mb, m, rounds + 1 + k);
            }
            StabilizerCircuit protocol = mb.takeSegment();
            escape.finalReadout(mb, m, rounds + 2 + escape.rounds());
            return new Segments(protocol, StabilizerCircuit.builder().build(), mb.takeSegment());
        }
        StabilizerCircuit protocol = mb.takeSegment();
        readFlags(mb, null);
        StabilizerCircuit flags = mb.takeSegment();
        finalReadout(mb, last);
        return new Segments(protocol, flags, mb.takeSegment());
    }

    /**
     * Writes this stage (without an escape of its own) up to and including the reading of the
     * morph qubits, with {@code growth} fused into the morph back; returns the last round's records
     * {Z ancillas, X ancillas} in layout order. Stages 0 to rounds + 2 are used.
     */
    long[][] writeThroughMorphBack(MomentBuilder mb, MorphBackGrowth growth) {
        if (escape != null) {
            throw new IllegalStateException("this stage already ends in an escape");
        }
        declareQubits(mb, growth);
        inject(mb);
        long[][] last = null;
        for (int r = 0; r < rounds; r++) {
            last = round(mb, r, last);
        }
        int[] live = morphAndCheck(mb);
        morphBackUntilBell(mb, live, growth);
        readFlags(mb, growth);
        return last;
    }

    /** The layout this stage runs on. */
    Rp3Layout layout() {
        return layout;
    }

    /** The RP-3 checks with the records that fix their signs after the last round (Z: after the sign correction). */
    private SignedStabilizers rp3Stabilizers(long[][] last) {
        SignedStabilizers s = new SignedStabilizers();
        int n = escape.layout().numQubits();
        for (int i = 0; i < layout.xChecks().size(); i++) {
            s.add(layout.xChecks().get(i).stabilizer().extendedTo(n), last[1][i]);
        }
        for (int i = 0; i < layout.zChecks().size(); i++) {
            PauliString z = layout.zChecks().get(i).stabilizer().extendedTo(n);
            if (rounds > 1) {
                s.add(z, last[0][i]);
            } else {
                s.add(z);
            }
        }
        return s;
    }

    private void declareQubits(MomentBuilder mb, MorphBackGrowth growth) {
        java.util.Set<Integer> declared = new java.util.HashSet<>();
        for (int q = 0; q < Rp3Layout.N_DATA; q++) {
            mb.qubitCoords(q, Rp3Layout.row(q), Rp3Layout.col(q));
            declared.add(q);
        }
        List<Rp3Layout.Check> byIndex = new ArrayList<>(layout.zChecks());
        byIndex.addAll(layout.xChecks());
        for (Rp3Layout.Check c : byIndex) {
            mb.qubitCoords(c.ancilla(), c.x(), c.y());
            declared.add(c.ancilla());
        }
        for (int k = Rp3Layout.N_DATA; k < layout.morph().n(); k++) {
            StabilizerCode.Coord c = layout.flagCoord(k);
            mb.qubitCoords(Rp3Layout.flagQubit(k), c.x(), c.y());
            declared.add(Rp3Layout.flagQubit(k));
        }
        if (growth != null) {
            growth.declareQubits(mb, declared);
        }
    }

    /** Bell pairs between antipodal data qubits (controls taken column by column), |i⟩ on the centre. */
    private void inject(MomentBuilder mb) {
        List<Integer> controls = new ArrayList<>();
        List<Integer> partners = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int c = -1; c <= 1; c++) {
            for (int r = -1; r <= 1; r++) {
                order.add(Rp3Layout.dataAt(r, c));
            }
        }
        for (int q : order) {
            if (q != Rp3Layout.CENTRE && !controls.contains(q) && !partners.contains(q)) {
                controls.add(q);
                partners.add(Rp3Layout.antipode(q));
            }
        }
        mb.gate(Gate.RESET_X, controls);
        mb.gate(Gate.RESET_X, Rp3Layout.CENTRE);
        mb.gate(Gate.RESET, partners);
        mb.tick();
        List<Integer> pairs = new ArrayList<>();
        for (int i = 0; i < controls.size(); i++) {
            pairs.add(controls.get(i));
            pairs.add(partners.get(i));
        }
        mb.gate(Gate.CX, pairs);
        mb.gate(Gate.S, Rp3Layout.CENTRE); // |+> → |i>: the Clifford proxy of T|+>
        List<Integer> all = new ArrayList<>(controls);
        all.addAll(partners);
        all.add(Rp3Layout.CENTRE);
        mb.gate(Gate.ID, all); // the published injection's extra single-qubit depolarization
        mb.tick();
    }

    /** One syndrome round; returns the records {Z ancillas, X ancillas} in layout order. */
    private long[][] round(MomentBuilder mb, int r, long[][] previous) {
        int[] zAnc = ancillas(layout.zChecks());
        int[] xAnc = ancillas(layout.xChecks());
        mb.gate(Gate.RESET, zAnc);
        mb.gate(Gate.RESET_X, xAnc);
        mb.tick();
        for (int l = 0; l < Rp3Schedule.LAYERS; l++) {
            mb.gate(Gate.CX, schedule.layer(l));
            mb.tick();
        }
        long[] z = mb.measure(Gate.MEASURE, zAnc, r == 0 ? correction.invertZ() : null);
        long[] x = mb.measure(Gate.MEASURE_X, xAnc);
        if (r == 0) {
            for (int q : correction.unconditional()) {
                mb.gate(Gate.X, q);
            }
            int[] fb = correction.feedbackQubit();
            List<Long> recs = new ArrayList<>();
            List<Integer> targets = new ArrayList<>();
            for (int i = 0; i < fb.length; i++) {
                if (fb[i] >= 0) {
                    recs.add(z[i]);
                    targets.add(fb[i]);
                }
            }
            mb.feedbackX(recs.stream().mapToLong(Long::longValue).toArray(),
                    targets.stream().mapToInt(Integer::intValue).toArray());
            mb.tick();
            firstRoundDetectors(mb, layout.xChecks(), x);
            firstRoundDetectors(mb, layout.zChecks(), z);
        } else {
            for (int i = 0; i < x.length; i++) {
                Rp3Layout.Check c = layout.xChecks().get(i);
                mb.detector(coords(c.x(), c.y(), r, r), previous[1][i], x[i]);
            }
            for (int i = 0; i < z.length; i++) {
                Rp3Layout.Check c = layout.zChecks().get(i);
                mb.detector(coords(c.x(), c.y(), r, r), z[i]);
            }
        }
        mb.tick();
        return new long[][] {z, x};
    }

    /**
     * Checks not through the centre are fixed by the Bell pairs; those through it are random
     * with a fixed product, which becomes one detector in the place of the last of them, at the
     * coordinates of the one left of the centre (the side glued ancillas prefer too).
     */
    private void firstRoundDetectors(MomentBuilder mb, List<Rp3Layout.Check> checks, long[] records) {
        PauliString proxy = PauliString.of(Rp3Layout.N_DATA, 'Y', Rp3Layout.CENTRE);
        List<Integer> random = new ArrayList<>();
        for (int i = 0; i < checks.size(); i++) {
            if (!checks.get(i).stabilizer().commutes(proxy)) {
                random.add(i);
            }
        }
        int lastRandom = random.isEmpty() ? -1 : random.get(random.size() - 1);
        for (int i = 0; i < checks.size(); i++) {
            Rp3Layout.Check c = checks.get(i);
            if (!random.contains(i)) {
                mb.detector(coords(c.x(), c.y(), 0, 0), records[i]);
            } else if (i == lastRandom) {
                int anchor = random.get(0);
                for (int k : random) {
                    if (checks.get(k).y() < checks.get(anchor).y()) {
                        anchor = k;
                    }
                }
                long[] recs = new long[random.size()];
                recs[0] = records[anchor];
                int n = 1;
                for (int k : random) {
                    if (k != anchor) {
                        recs[n++] = records[k];
                    }
                }
                Rp3Layout.Check a = checks.get(anchor);
                mb.detector(coords(a.x(), a.y(), 0, 0), recs);
            }
        }
    }

    /** Morph, transversal S, parity check with flag ancillas, S†; returns the live SRP-3 qubits. */
    private int[] morphAndCheck(MomentBuilder mb) {
        int stage = rounds;
        mb.gate(Gate.RESET_X, morph.plusQubits());
        mb.gate(Gate.RESET, morph.zeroQubits());
        mb.tick();
        for (int l = 0; l < morph.numLayers(); l++) {
            mb.gate(Gate.CX, morph.layer(l));
            mb.tick();
        }
        List<Integer> srp = new ArrayList<>();
        for (int q = 0; q < Rp3Layout.N_DATA; q++) {
            srp.add(q);
        }
        srp.addAll(morph.plusQubits());
        srp.addAll(morph.zeroQubits());
        mb.gate(Gate.S, srp);
        mb.tick();

        // One |+> flag ancilla per data qubit, the round ancilla half a step up-left of it: its
        // X reading after the second CNOT flags a Z error on that data qubit during the check.
        int[] flagged = checkOrder();
        int[] anc = new int[flagged.length];
        List<Integer> spread = new ArrayList<>();
        for (int i = 0; i < flagged.length; i++) {
            anc[i] = layout.ancillaAt(Rp3Layout.row(flagged[i]) - 0.5, Rp3Layout.col(flagged[i]) - 0.5);
            spread.add(anc[i]);
            spread.add(flagged[i]);
        }
        mb.gate(Gate.RESET_X, anc);
        mb.tick();
        mb.gate(Gate.CX, spread);
        mb.tick();
        for (int l = 0; l < tree.numLayers(); l++) {
            mb.gate(Gate.CX, tree.layer(l));
            mb.tick();
        }
        long parity = mb.measure(Gate.MEASURE_X, tree.root())[0];
        mb.tick();
        int root = tree.root();
        mb.detector(coords(Rp3Layout.row(root), Rp3Layout.col(root), rounds, stage), parity);
        mb.gate(Gate.RESET_X, root);
        mb.tick();
        for (int l = tree.numLayers() - 1; l >= 0; l--) {
            mb.gate(Gate.CX, tree.layer(l));
            mb.tick();
        }
        mb.gate(Gate.CX, spread);
        mb.tick();
        long[] flags = mb.measure(Gate.MEASURE_X, anc);
        mb.tick();
        mb.gate(Gate.SDG, srp);
        mb.tick();
        for (int i = 0; i < anc.length; i++) {
            Rp3Layout.Check c = checkOf(anc[i]);
            mb.detector(coords(c.x(), c.y(), rounds, stage + 1), flags[i]);
        }
        return srp.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Data qubits off the middle column row by row, then the middle column (published order). */
    private static int[] checkOrder() {
        List<Integer> out = new ArrayList<>();
        for (int q = 0; q < Rp3Layout.N_DATA; q++) {
            if (Rp3Layout.col(q) != 0) {
                out.add(q);
            }
        }
        for (int q = 0; q < Rp3Layout.N_DATA; q++) {
            if (Rp3Layout.col(q) == 0) {
                out.add(q);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The morph back up to (not including) its Bell layer, with the escape stage's reset step. */
    private void morphBackUntilBell(MomentBuilder mb, int[] live, MorphBackGrowth growth) {
        for (int l = morph.numLayers() - 1; l >= 1; l--) {
            mb.gate(Gate.CX, morph.layer(l));
            if (l == 1 && growth != null) {
                growth.bellLayer(mb);
            }
            mb.tick();
            if (l == morph.numLayers() - 1) {
                mb.gate(Gate.ID, live); // end-to-end: the grown code is reset here
                if (growth != null) {
                    growth.resets(mb);
                }
                mb.tick();
            }
        }
    }

    private void readFlags(MomentBuilder mb, MorphBackGrowth growth) {
        mb.gate(Gate.CX, morph.layer(0));
        if (growth != null) {
            growth.firstLayer(mb);
        }
        mb.tick();
        int[] plus = morph.plusQubits().stream().mapToInt(Integer::intValue).toArray();
        int[] zero = morph.zeroQubits().stream().mapToInt(Integer::intValue).toArray();
        long[] mx = mb.measure(Gate.MEASURE_X, plus);
        long[] mz = mb.measure(Gate.MEASURE, zero);
        mb.tick();
        int stage = rounds + 2;
        for (int i = 0; i < plus.length; i++) {
            mb.detector(flagCoords(plus[i], stage), mx[i]);
        }
        for (int i = 0; i < zero.length; i++) {
            mb.detector(flagCoords(zero[i], stage), mz[i]);
        }
    }

    /**
     * Noiseless MPP of the X checks, the Z checks and the Y observable, each check compared with
     * its last round (a Z check only when that round came after the sign correction).
     */
    private void finalReadout(MomentBuilder mb, long[][] last) {
        List<PauliString> products = new ArrayList<>();
        for (Rp3Layout.Check c : layout.xThenZ()) {
            products.add(c.stabilizer());
        }
        products.add(observable);
        long[] m = mb.mpp(products);
        int stage = rounds + 3;
        int nx = layout.xChecks().size();
        for (int i = 0; i < nx; i++) {
            Rp3Layout.Check c = layout.xChecks().get(i);
            mb.detector(coords(c.x(), c.y(), rounds, stage), last[1][i], m[i]);
        }
        for (int i = 0; i < layout.zChecks().size(); i++) {
            Rp3Layout.Check c = layout.zChecks().get(i);
            if (rounds > 1) {
                mb.detector(coords(c.x(), c.y(), rounds, stage), last[0][i], m[nx + i]);
            } else {
                mb.detector(coords(c.x(), c.y(), rounds, stage), m[nx + i]);
            }
        }
        mb.observable(0, m[m.length - 1]);
    }

    private double[] flagCoords(int stimQubit, int stage) {
        StabilizerCode.Coord c = layout.flagCoord(stimQubit - Rp3Layout.FIRST_FLAG_INDEX + Rp3Layout.N_DATA);
        return coords(c.x(), c.y(), rounds, stage);
    }

    private Rp3Layout.Check checkOf(int ancilla) {
        for (Rp3Layout.Check c : layout.xThenZ()) {
            if (c.ancilla() == ancilla) {
                return c;
            }
        }
        throw new IllegalStateException("no check for ancilla " + ancilla);
    }

    private static int[] ancillas(List<Rp3Layout.Check> checks) {
        return checks.stream().mapToInt(Rp3Layout.Check::ancilla).toArray();
    }

    private static double[] coords(double x, double y, int round, int stage) {
        return new double[] {x, y, round, stage};
    }

    private static StabilizerCircuit concat(StabilizerCircuit... parts) {
        StabilizerCircuit.Builder b = StabilizerCircuit.builder();
        for (StabilizerCircuit p : parts) {
            p.items().forEach(b::add);
        }
        return b.build();
    }
}
