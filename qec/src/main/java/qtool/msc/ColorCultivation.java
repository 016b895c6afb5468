package qtool.msc;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import qtool.codes.PauliString;
import qtool.gen.CircuitNoiseModel;
import qtool.stim.StabilizerCircuit;

/**
 * The baseline of the cultivation comparison: the original d1 = 3 magic state cultivation stage of
 * Gidney, Shutty and Jones, "Magic state cultivation: growing T states as cheap as CNOT gates"
 * (arXiv:2409.17595), injection style {@code unitary} followed by the double check of the
 * transversal H_XY logical ("inject[unitary] + cultivate, d1=3", qec.md §4–§5), with the Clifford
 * proxy of the paper's simulations (T → S, |T⟩ → |i⟩, Y logical as the observable).
 *
 * <p>The moment structure follows the authors' chunks ({@code make_chunk_d3_init_unitary} then
 * {@code make_chunk_d3_double_cat_check}) as their compiler joins them: the chunks' boundary MPPs
 * dropped, the flows through the boundary turned into detectors, empty time steps removed, and a
 * noiseless MPP of the six checks and of the Y observable at the end. 15 qubits on (x, y)
 * coordinates: the 7 data qubits of the d = 3 color code at (0,0), (1,1), (2,1) (centre), (2,3),
 * (3,0), (3,2), (4,0), and 8 helpers (0,1), (1,0), (1,2), (1,3), (2,0), (2,2), (3,1), (4,1).
 * Qubit indices are the coordinates in lexicographic order.
 * <ol>
 * <li>Injection (stage 0, 25 moments): a unitary encoder (resets, 7 CX layers), the proxy rotation
 *     S† applied to the Z parity of the qubits (1,0), (1,1), (1,2) by a CX ladder, S† and the ladder
 *     undone, 2 more CX layers, then one check round of the color code whose 7 helper
 *     measurements (4 M, 3 MX) are each a detector; two of the MX results, (1,2) and (3,1), carry
 *     the sign of the injected Y logical.</li>
 * <li>Double check (stages 1 and 2, 14 moments): transversal S†, a CX tree folding the data X
 *     parity onto the centre data qubit, MX of the centre (stage 1: the H_XY check, compared with
 *     the injection's Y frame), RX of the centre, the tree undone, transversal S, MX of the six
 *     |+⟩ helpers (stage 2: flags).</li>
 * <li>A noiseless MPP of the three X and three Z checks (stage 3) and of Y on all data qubits (the
 *     observable).</li>
 * </ol>
 * Detector coordinates are (x, y, t, stage) with t = stage. Every detector is post-selected. The
 * injection and the check are written by {@link UnitaryInjection} and {@link DoubleCatCheck}, which
 * {@link ColorCultivation5} reuses; the detectors here are the hand-written ones.
 */
public final class ColorCultivation {
    public static final int NUM_QUBITS = 15;
    public static final int NUM_STAGES = 4;

    /** Data qubits of the d = 3 color code (indices of the lexicographic coordinate order). */
    public static final int[] DATA = {0, 3, 7, 9, 10, 12, 13};
    /** The centre data qubit (2, 1), in all three plaquettes. */
    public static final int CENTRE = 7;
    /** The three plaquettes (each an X and a Z check). */
    public static final int[][] PLAQUETTES = {{0, 10, 7, 3}, {3, 7, 12, 9}, {10, 13, 12, 7}};

    /** Flag qubits of the double check, in measurement order. */
    static final int[] FLAGS = {14, 11, 6, 2, 8, 1};
    /** The check's fan-in tree onto the centre (local indices). */
    static final int[][] TREE = {
        {1, 0, 11, 10, 8, 9, 6, 7, 2, 3, 14, 13},
        {3, 1, 7, 8, 11, 14},
        {7, 3, 11, 12},
        {7, 11},
    };
    private static final DoubleCatCheck CHECK = new DoubleCatCheck(DATA, CENTRE, FLAGS, TREE);
    private static final int[] IDENTITY = java.util.stream.IntStream.range(0, 15).toArray();

    /** (x, y) of each local qubit. */
    static final int[][] COORDS = {
        {0, 0}, {0, 1}, {1, 0}, {1, 1}, {1, 2}, {1, 3}, {2, 0}, {2, 1},
        {2, 2}, {2, 3}, {3, 0}, {3, 1}, {3, 2}, {4, 0}, {4, 1},
    };

    /** The noiseless circuit as the noisy body and the noiseless final readout. */
    public record Segments(StabilizerCircuit body, StabilizerCircuit finalReadout) {
        public StabilizerCircuit joined() {
            return concat(body, finalReadout);
        }
    }

    private final List<long[]> detectorRecords = new ArrayList<>();
    private final List<Integer> detectorStages = new ArrayList<>();
    private long[] observableRecords;
    private final Segments segments;

    public ColorCultivation() {
        segments = build();
    }

    public StabilizerCircuit noiseless() {
        return segments.joined();
    }

    public Segments segments() {
        return segments;
    }

    /** {@link CircuitNoiseModel#uniform} (gen's {@code NoiseModel.uniform_depolarizing}) on the body. */
    public StabilizerCircuit noisy(double p) {
        return noisy(CircuitNoiseModel.uniform(p));
    }

    /** The model applied to the body; the final MPPs stay noiseless (gen's skipping of MPP boundaries). */
    public StabilizerCircuit noisy(CircuitNoiseModel model) {
        return concat(model.apply(segments.body()), segments.finalReadout());
    }

    /** For each detector, in order, the absolute measurement indices it compares. */
    public List<long[]> detectorRecords() {
        return Collections.unmodifiableList(detectorRecords);
    }

    /** For each detector, its stage (0 injection, 1 H_XY check, 2 flags, 3 final checks). */
    public List<Integer> detectorStages() {
        return Collections.unmodifiableList(detectorStages);
    }

    /** The absolute measurement indices whose parity is the observable. */
    public long[] observableRecords() {
        return observableRecords.clone();
    }

    private Segments build() {
        MomentBuilder mb = new MomentBuilder();
        for (int q = 0; q < NUM_QUBITS; q++) {
            mb.qubitCoords(q, COORDS[q][0], COORDS[q][1]);
        }
        long[] yFrame = inject(mb);
        long[][] check = doubleCheck(mb, yFrame);
        StabilizerCircuit body = mb.takeSegment();
        finalReadout(mb, yFrame, check);
        return new Segments(body, mb.takeSegment());
    }

    /** The unitary injection; returns the two MX results whose parity is the sign of Y_L. */
    private long[] inject(MomentBuilder mb) {
        UnitaryInjection.Records r = UnitaryInjection.write(mb, IDENTITY);
        for (int i = 0; i < UnitaryInjection.Z_HELPERS.length; i++) {
            detector(mb, UnitaryInjection.Z_HELPERS[i], 0, r.zResults()[i]);
        }
        for (int i = 0; i < UnitaryInjection.X_HELPERS.length; i++) {
            detector(mb, UnitaryInjection.X_HELPERS[i], 0, r.xResults()[i]);
        }
        return r.yFrame();
    }

    /** The double H_XY check; returns {centre MX}, {flag MX results in order 14, 11, 6, 2, 8, 1}. */
    private long[][] doubleCheck(MomentBuilder mb, long[] yFrame) {
        DoubleCatCheck.Records r = CHECK.write(mb);
        long centre = r.root();
        detector(mb, CENTRE, 1, centre, yFrame[0], yFrame[1]);
        long[] f = r.flags();
        for (int i = 0; i < FLAGS.length; i++) {
            if (FLAGS[i] == 6) {
                detector(mb, FLAGS[i], 2, f[i], centre);
            } else {
                detector(mb, FLAGS[i], 2, f[i]);
            }
        }
        return new long[][] {{centre}, f};
    }

    private void finalReadout(MomentBuilder mb, long[] yFrame, long[][] check) {
        long centre = check[0][0];
        long[] f = check[1];
        List<PauliString> products = new ArrayList<>();
        for (char basis : new char[] {'X', 'Z'}) {
            for (int[] plaquette : PLAQUETTES) {
                products.add(PauliString.of(NUM_QUBITS, basis, plaquette));
            }
        }
        products.add(PauliString.of(NUM_QUBITS, 'Y', DATA));
        long[] r = mb.mpp(products);
        for (int i = 0; i < 6; i++) {
            int[] plaquette = PLAQUETTES[i % 3];
            double[] c = centroid(plaquette);
            double[] coords = {c[0], c[1], 3, 3};
            long[] recs = i < 3 ? new long[] {r[i], centre} : new long[] {r[i]};
            mb.detector(coords, recs);
            detectorRecords.add(recs);
            detectorStages.add(3);
        }
        // Flags at (0,1), (2,2), (3,1), (4,1) carry the S/S† frame of the Y observable.
        observableRecords = new long[] {r[6], f[5], f[4], f[1], f[0], yFrame[0], yFrame[1]};
        mb.observable(0, observableRecords);
    }

    private void detector(MomentBuilder mb, int q, int stage, long... recs) {
        mb.detector(new double[] {COORDS[q][0], COORDS[q][1], stage, stage}, recs);
        detectorRecords.add(recs);
        detectorStages.add(stage);
    }

    private static double[] centroid(int[] qubits) {
        double x = 0;
        double y = 0;
        for (int q : qubits) {
            x += COORDS[q][0];
            y += COORDS[q][1];
        }
        return new double[] {x / qubits.length, y / qubits.length};
    }

    static StabilizerCircuit concat(StabilizerCircuit... parts) {
        StabilizerCircuit.Builder b = StabilizerCircuit.builder();
        for (StabilizerCircuit p : parts) {
            p.items().forEach(b::add);
        }
        return b.build();
    }
}
