package qtool.msc;

import java.util.ArrayList;
import java.util.List;
import qtool.codes.PauliString;
import qtool.gen.CircuitNoiseModel;
import qtool.stim.StabilizerCircuit;

/**
 * The d1 = 5 cultivation stage of the RP² protocol (Chen, Chen, Lu, Pan, arXiv:2503.18657; qec.md
 * §7 step 5), Clifford proxy, cultivation only, in the moment structure of the authors'
 * {@code rp_3_rp_5_T_cult} circuit:
 * <ol>
 * <li>stages 0–4: the d1 = 3 stage of {@link Rp2Cultivation} (two RP-3 rounds, SRP-3 T-check),
 *     its morph back fused with the growth of {@link Rp5Growth};</li>
 * <li>stage 5: the growth round; stage 6: one RP-5 round ({@link Rp5Round});</li>
 * <li>stages 7–8: morph to SRP-5 ({@link Srp5Morph}) and the double T-check ({@link Srp5TCheck});</li>
 * <li>stage 9: morph back and read the morph qubits;</li>
 * <li>stage 10: noiseless MPP of the 26 RP-5 checks (each compared with the RP-5 round) and of the
 *     Y observable.</li>
 * </ol>
 * Detector coordinates are (x, y, round, stage). As in the authors' circuit, the last two moments
 * of the morph back (undo the morph Bell pairs, read them) give the data qubits no idle noise: in
 * the end-to-end protocol they are busy with the escape code's first CX layer there. So the
 * circuit comes in segments that {@link #noisy} gives noise separately, the last noiseless.
 *
 * <p>{@link #endToEnd} replaces stage 10 by the escape: RP-5 grows into a rotated surface code
 * ({@link Rp2Escape} on an {@link EscapeLayout} around RP-5) inside the SRP-5 morph back, a few
 * decoded rounds follow (escape detectors have no stage coordinate) and a noiseless readout of its
 * checks and Y observable ends the circuit.
 *
 * <p>With the papers' uniform noise at p = 1e-3 the cultivation-only keep rate is 0.09452 ± 0.00005
 * over 3·10⁷ shots against the authors' 0.0945 (2.1·10¹² shots), and stages 0–4 discard what the
 * published RP-3 run discards per stage.
 */
public final class Rp2D5Cultivation {
    /** Post-selection stages of the default protocol (two RP-3 rounds). */
    public static final int NUM_STAGES = 11;
    public static final int DEFAULT_RP3_ROUNDS = 2;

    /** The noiseless circuit in its noise segments. */
    public record Segments(StabilizerCircuit protocol, StabilizerCircuit morphReadout, StabilizerCircuit finalReadout) {
        public StabilizerCircuit joined() {
            return concat(protocol, morphReadout, finalReadout);
        }
    }

    private final Rp3Layout rp3 = new Rp3Layout();
    private final Rp5Layout rp5 = new Rp5Layout(rp3);
    private final Rp5Growth growth = new Rp5Growth(rp5);
    private final Rp5Round round = new Rp5Round(rp5);
    private final Srp5Morph morph = new Srp5Morph(rp5);
    private final Srp5TCheck check = new Srp5TCheck(rp5, morph);
    private final int rp3Rounds;
    /** The growth into a surface code and its rounds, or null for the cultivation stage alone. */
    private final Rp2Escape escape;

    /** The authors' protocol: two RP-3 rounds before the SRP-3 check. */
    public Rp2D5Cultivation() {
        this(DEFAULT_RP3_ROUNDS);
    }

    public Rp2D5Cultivation(int rp3Rounds) {
        this(rp3Rounds, 0, 0);
    }

    private Rp2D5Cultivation(int rp3Rounds, int escapeDistance, int escapeRounds) {
        if (rp3Rounds < 1) {
            throw new IllegalArgumentException("need at least one RP-3 round, got " + rp3Rounds);
        }
        this.rp3Rounds = rp3Rounds;
        this.escape = escapeDistance == 0 ? null
                : new Rp2Escape(new EscapeLayout(escapeDistance, rp5.inner()), Rp5Layout.M + 1, escapeRounds);
    }

    /**
     * The end-to-end protocol (the authors' {@code d5_end2end_sampling_2d.py}): cultivation as
     * above, then, fused into the SRP-5 morph back ({@code color_to_rp5_to_sc_bell}), the
     * {@link Rp2Escape} growth of RP-5 into a rotated surface code of distance
     * {@code escapeDistance} (11 in the paper) with {@code escapeRounds} rounds after the growth
     * round (5), and a noiseless readout of its checks and Y observable.
     */
    public static Rp2D5Cultivation endToEnd(int rp3Rounds, int escapeDistance, int escapeRounds) {
        if (escapeDistance < 2 * (Rp5Layout.M + 1) + 1) {
            throw new IllegalArgumentException("the escape code needs distance at least 7 around RP-5, got " + escapeDistance);
        }
        return new Rp2D5Cultivation(rp3Rounds, escapeDistance, escapeRounds);
    }

    public boolean isEndToEnd() {
        return escape != null;
    }

    public int rp3Rounds() {
        return rp3Rounds;
    }

    /**
     * Post-selection stages: RP-3 rounds, SRP-3 parity, its flags, its morph qubits, growth, RP-5
     * round, SRP-5 parity, shadows, morph qubits and, without an escape stage, the final checks.
     */
    public int numStages() {
        return escape == null ? rp3Rounds + 9 : rp3Rounds + 8;
    }

    /**
     * The stages of {@link VolumeModel}, counted as the authors' {@code volume_calc.py} counts the
     * d1 = 5 end-to-end circuit: 19 qubits per RP-3 round, the SRP-3 morph (half a round) on 15 and
     * its check and inverse check on 24, the morph back fused with the growth to RP-5 (one and a
     * half) on 57, the RP-5 round on 51, the SRP-5 morph on 35 and its checks on 50, the morph back
     * with the growth into the escape code (one and a half) on the escape code plus the ten morph
     * qubits, then the escape rounds. Survival is taken at the start of the stage's first
     * post-selected detectors, as the authors do.
     */
    public VolumeModel volumeModel() {
        if (escape == null) {
            throw new IllegalStateException("the volume model is defined for the end-to-end protocol");
        }
        int rp3Qubits = Rp3Layout.N_DATA + rp3.xChecks().size() + rp3.zChecks().size();
        int srp3 = rp3.morph().n();
        int srp3Check = srp3 + Rp3Layout.N_DATA;
        int grow5 = Rp5Layout.N + rp5.xChecks().size() + rp5.zChecks().size() + (srp3 - Rp3Layout.N_DATA);
        int rp5Qubits = Rp5Layout.N + rp5.xChecks().size() + rp5.zChecks().size();
        int srp5 = check.srpQubits().size();
        int srp5Check = srp5 + check.numShadows();
        int esc = escape.layout().dataQubits().length + escape.layout().checks().size();
        int r = rp3Rounds;
        List<VolumeModel.Stage> stages = new ArrayList<>();
        stages.add(new VolumeModel.Stage("injection and round 1", rp3Qubits, 1, 0));
        for (int k = 1; k < r; k++) {
            stages.add(new VolumeModel.Stage("round " + (k + 1), rp3Qubits, 1, k));
        }
        stages.add(new VolumeModel.Stage("morph to SRP-3", srp3, 0.5, r));
        stages.add(new VolumeModel.Stage("T check", srp3Check, 1, r));
        stages.add(new VolumeModel.Stage("inverse T check", srp3Check, 1, r + 1));
        stages.add(new VolumeModel.Stage("morph back and grow to RP-5", grow5, 1.5, r + 3));
        stages.add(new VolumeModel.Stage("RP-5 round", rp5Qubits, 1, r + 4));
        stages.add(new VolumeModel.Stage("morph to SRP-5", srp5, 0.5, r + 5));
        stages.add(new VolumeModel.Stage("T check", srp5Check, 1, r + 5));
        stages.add(new VolumeModel.Stage("inverse T check", srp5Check, 1, r + 6));
        stages.add(new VolumeModel.Stage("morph back and grow", esc + 2 * Rp5Layout.D, 1.5, r + 7));
        return new VolumeModel(stages, esc, escape.rounds());
    }

    /**
     * (detector index, row, column) of the escape's growth-round detectors that compare a check with
     * its antipodal partner (empty without an escape stage).
     */
    public List<double[]> antipodalDetectors() {
        if (escape == null) {
            return List.of();
        }
        segments();
        return List.copyOf(escape.antipodalDetectors());
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
        return concat(model.apply(s.protocol()), model.apply(s.morphReadout()), s.finalReadout());
    }

    public synchronized Segments segments() {
        MomentBuilder mb = new MomentBuilder();
        Rp2Cultivation d3 = new Rp2Cultivation(rp3Rounds);
        long[][] rp3Last = d3.writeThroughMorphBack(mb, growth);
        int r = rp3Rounds;
        int stage = r + 3; // after the RP-3 rounds, the SRP-3 parity, its flags and its morph qubits
        long[][] grown = growth.finishRound(mb, rp3, rp3Last, r, stage);
        long[][] last = round.write(mb, grown, r + 1, stage + 1);
        morph.forward(mb);
        check.write(mb, r + 2, stage + 2);
        if (escape == null) {
            morph.backUntilBell(mb, check.srpQubits(), null);
            StabilizerCircuit protocol = mb.takeSegment();
            morph.readMorphQubits(mb, r + 2, stage + 4, null);
            StabilizerCircuit readout = mb.takeSegment();
            finalReadout(mb, last, r + 2, stage + 5);
            return new Segments(protocol, readout, mb.takeSegment());
        }
        escape.antipodalDetectors().clear();
        escape.declareQubits(mb, new java.util.HashSet<>(rp5.inner().used()));
        morph.backUntilBell(mb, check.srpQubits(), escape);
        morph.readMorphQubits(mb, r + 2, stage + 4, escape);
        SignedStabilizers before = rp5Stabilizers(last, escape.layout().numQubits());
        escape.addGrowthStabilizers(before);
        long[] m = escape.growthRound(mb, before, r + 3);
        for (int k = 1; k <= escape.rounds(); k++) {
            m = escape.round(mb, m, r + 3 + k);
        }
        StabilizerCircuit protocol = mb.takeSegment();
        escape.finalReadout(mb, m, r + 4 + escape.rounds());
        return new Segments(protocol, StabilizerCircuit.builder().build(), mb.takeSegment());
    }

    /** The RP-5 checks with the RP-5 round's records (their values until the escape growth), on n qubits. */
    private SignedStabilizers rp5Stabilizers(long[][] last, int n) {
        SignedStabilizers s = new SignedStabilizers();
        for (int i = 0; i < rp5.xChecks().size(); i++) {
            s.add(rp5.stabilizer(rp5.xChecks().get(i)).extendedTo(n), last[0][i]);
        }
        for (int i = 0; i < rp5.zChecks().size(); i++) {
            s.add(rp5.stabilizer(rp5.zChecks().get(i)).extendedTo(n), last[1][i]);
        }
        return s;
    }

    private void finalReadout(MomentBuilder mb, long[][] last, int r, int stage) {
        List<PauliString> products = new ArrayList<>();
        for (RpCheckSchedule.Check c : rp5.xChecks()) {
            products.add(rp5.stabilizer(c));
        }
        for (RpCheckSchedule.Check c : rp5.zChecks()) {
            products.add(rp5.stabilizer(c));
        }
        products.add(rp5.yObservable());
        long[] m = mb.mpp(products);
        int nx = rp5.xChecks().size();
        for (int i = 0; i < nx; i++) {
            RpCheckSchedule.Check c = rp5.xChecks().get(i);
            mb.detector(Rp5Layout.coords(c.x(), c.y(), r, stage), last[0][i], m[i]);
        }
        for (int i = 0; i < rp5.zChecks().size(); i++) {
            RpCheckSchedule.Check c = rp5.zChecks().get(i);
            mb.detector(Rp5Layout.coords(c.x(), c.y(), r, stage), last[1][i], m[nx + i]);
        }
        mb.observable(0, m[m.length - 1]);
    }

    private static StabilizerCircuit concat(StabilizerCircuit... parts) {
        StabilizerCircuit.Builder b = StabilizerCircuit.builder();
        for (StabilizerCircuit p : parts) {
            p.items().forEach(b::add);
        }
        return b.build();
    }
}
