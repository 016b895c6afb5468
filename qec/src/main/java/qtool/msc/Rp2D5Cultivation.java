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

    /** The authors' protocol: two RP-3 rounds before the SRP-3 check. */
    public Rp2D5Cultivation() {
        this(DEFAULT_RP3_ROUNDS);
    }

    public Rp2D5Cultivation(int rp3Rounds) {
        if (rp3Rounds < 1) {
            throw new IllegalArgumentException("need at least one RP-3 round, got " + rp3Rounds);
        }
        this.rp3Rounds = rp3Rounds;
    }

    /** Post-selection stages: RP-3 rounds, SRP-3 parity, its flags, its morph qubits, growth, RP-5 round, SRP-5 parity, shadows, morph qubits, final checks. */
    public int numStages() {
        return rp3Rounds + 9;
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

    public Segments segments() {
        MomentBuilder mb = new MomentBuilder();
        Rp2Cultivation d3 = new Rp2Cultivation(rp3Rounds);
        long[][] rp3Last = d3.writeThroughMorphBack(mb, growth);
        int r = rp3Rounds;
        int stage = r + 3; // after the RP-3 rounds, the SRP-3 parity, its flags and its morph qubits
        long[][] grown = growth.finishRound(mb, rp3, rp3Last, r, stage);
        long[][] last = round.write(mb, grown, r + 1, stage + 1);
        morph.forward(mb);
        check.write(mb, r + 2, stage + 2);
        morph.backUntilBell(mb, check.srpQubits());
        StabilizerCircuit protocol = mb.takeSegment();
        morph.readMorphQubits(mb, r + 2, stage + 4);
        StabilizerCircuit readout = mb.takeSegment();
        finalReadout(mb, last, r + 2, stage + 5);
        return new Segments(protocol, readout, mb.takeSegment());
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
