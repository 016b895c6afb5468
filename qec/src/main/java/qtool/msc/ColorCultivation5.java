package qtool.msc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import qtool.codes.PauliString;
import qtool.gen.CircuitNoiseModel;
import qtool.stim.StabilizerCircuit;

/**
 * The d1 = 5 baseline of the cultivation comparison: the cultivation stage of Gidney, Shutty and
 * Jones, "Magic state cultivation: growing T states as cheap as CNOT gates" (arXiv:2409.17595),
 * "inject[unitary] + cultivate, d1=5" (qec.md §4–§5), with the Clifford proxy of the paper's
 * simulations (T → S, |T⟩ → |i⟩, the transversal Y logical as the observable). 42 qubits on the
 * authors' (x, y) grid, indexed in lexicographic coordinate order; 94 noisy moments:
 * <ol>
 * <li>stage 0, injection (25 moments): {@link UnitaryInjection} into the d = 3 color code;</li>
 * <li>stages 1 and 2, the d = 3 double check (14 moments, {@link DoubleCatCheck}): the H_XY check
 *     result, then the flags;</li>
 * <li>stage 3, growth to d = 5 (5 moments, {@link ColorCodeGrowth});</li>
 * <li>stages 4, 5, 6: three superdense cycles of the d = 5 color code (10 moments each,
 *     {@link SuperdenseCycle});</li>
 * <li>stages 7 and 8, the d = 5 double check (20 moments): the H_XY check with a 7-layer tree onto
 *     the data qubit (5,1) and 19 flags;</li>
 * <li>stage 9: a noiseless MPP of the 9 X and 9 Z checks and of Y on the 19 data qubits (the
 *     observable).</li>
 * </ol>
 * The moments are the authors' chunks as their compiler joins them (boundary MPPs dropped, empty
 * time steps removed, no layers merged across chunks). Detectors are not listed by hand: every
 * deterministic measurement result is one ({@link DetectorAnnotator}), which spans the same checks
 * as the authors' flows (each flow ends in a deterministic result), and every one is post-selected.
 * Detector coordinates are (x, y, stage, stage).
 */
public final class ColorCultivation5 {
    public static final int NUM_QUBITS = 42;
    public static final int NUM_STAGES = 10;
    public static final int NOISY_MOMENTS = 94;

    private static final ColorCodeLayout LAYOUT = ColorCodeLayout.of(5);
    private static final Site ROOT = new Site(5, 1);
    private static final Site[] FLAGS = ColorCodeGrowth.sites(5, 0, 6, 0, 1, 0, 2, 0, 2, 2, 2, 4, 4, 3, 4, 5, 7, 3, 0, 1,
            3, 1, 4, 1, 7, 1, 6, 2, 3, 3, 5, 2, 5, 4, 5, 6, 8, 1);
    /** The d = 5 check's fan-in tree, CX (control, target) pairs per layer. */
    private static final Site[][] TREE = {
        ColorCodeGrowth.sites(0, 1, 0, 0, 1, 0, 1, 1, 2, 0, 2, 1, 3, 1, 3, 0, 4, 1, 4, 0, 5, 0, 5, 1, 6, 0, 6, 1, 7, 1, 7, 0,
                6, 2, 6, 3, 7, 3, 7, 2, 5, 2, 4, 2, 4, 3, 5, 3, 5, 4, 4, 4, 4, 5, 5, 5, 5, 6, 4, 6, 2, 2, 3, 2, 3, 3, 2, 3,
                2, 4, 3, 4, 8, 1, 8, 0),
        ColorCodeGrowth.sites(3, 3, 3, 4, 1, 1, 0, 1, 5, 5, 5, 6, 7, 1, 8, 1, 6, 2, 7, 2),
        ColorCodeGrowth.sites(5, 4, 5, 5, 3, 2, 3, 3, 2, 1, 1, 1, 6, 1, 7, 1, 5, 2, 6, 2),
        ColorCodeGrowth.sites(5, 3, 5, 4, 3, 1, 3, 2, 5, 1, 6, 1),
        ColorCodeGrowth.sites(3, 1, 2, 1, 5, 2, 5, 3),
        ColorCodeGrowth.sites(4, 1, 3, 1, 5, 1, 5, 2),
        ColorCodeGrowth.sites(5, 1, 4, 1),
    };

    private final List<Site> sites;
    private final DetectorAnnotator.Result annotated;

    public ColorCultivation5() {
        sites = List.copyOf(allSites());
        if (sites.size() != NUM_QUBITS) {
            throw new IllegalStateException("expected " + NUM_QUBITS + " qubits, laid out " + sites.size());
        }
        annotated = build();
    }

    private static TreeSet<Site> allSites() {
        TreeSet<Site> all = new TreeSet<>();
        for (int[] c : ColorCultivation.COORDS) {
            all.add(new Site(c[0], c[1]));
        }
        all.addAll(LAYOUT.sites());
        all.addAll(ColorCodeGrowth.sites());
        all.addAll(Arrays.asList(FLAGS));
        for (Site[] layer : TREE) {
            all.addAll(Arrays.asList(layer));
        }
        return all;
    }

    private int index(Site s) {
        int i = java.util.Collections.binarySearch(sites, s);
        if (i < 0) {
            throw new IllegalArgumentException("no qubit at " + s);
        }
        return i;
    }

    /** The noiseless circuit: the noisy body then the noiseless readout. */
    public StabilizerCircuit noiseless() {
        return ColorCultivation.concat(annotated.segments().toArray(new StabilizerCircuit[0]));
    }

    /** The part noise applies to (everything but the final MPPs). */
    public StabilizerCircuit body() {
        return annotated.segments().get(0);
    }

    /** {@link CircuitNoiseModel#uniform} (gen's {@code NoiseModel.uniform_depolarizing}) on the body. */
    public StabilizerCircuit noisy(double p) {
        return noisy(CircuitNoiseModel.uniform(p));
    }

    /** The model applied to the body; the final MPPs stay noiseless (gen's skipping of MPP boundaries). */
    public StabilizerCircuit noisy(CircuitNoiseModel model) {
        return ColorCultivation.concat(model.apply(annotated.segments().get(0)), annotated.segments().get(1));
    }

    /** For each detector, in order, the absolute measurement indices it compares. */
    public List<long[]> detectorRecords() {
        return annotated.detectorRecords();
    }

    /** For each detector, its stage (0 … 9, see the class comment). */
    public List<Integer> detectorStages() {
        return annotated.detectorStages();
    }

    /** For each detector, the parity of its records in a noiseless run. */
    public List<Boolean> detectorValues() {
        return annotated.detectorValues();
    }

    /** The absolute measurement indices whose parity is the observable. */
    public long[] observableRecords() {
        return annotated.observableRecords().clone();
    }

    /** The observable's parity in a noiseless run. */
    public boolean observableValue() {
        return annotated.observableValue();
    }

    /** The (x, y) position of each qubit, by index. */
    public int[][] coordinates() {
        return sites.stream().map(s -> new int[] {s.x(), s.y()}).toArray(int[][]::new);
    }

    private DetectorAnnotator.Result build() {
        MomentBuilder mb = new MomentBuilder();
        for (int q = 0; q < sites.size(); q++) {
            mb.qubitCoords(q, sites.get(q).x(), sites.get(q).y());
        }
        long[] stageStart = new long[NUM_STAGES];
        int[] map3 = new int[ColorCultivation.COORDS.length];
        for (int i = 0; i < map3.length; i++) {
            map3[i] = index(new Site(ColorCultivation.COORDS[i][0], ColorCultivation.COORDS[i][1]));
        }
        stageStart[0] = mb.numMeasurements();
        UnitaryInjection.write(mb, map3);
        DoubleCatCheck check3 = new DoubleCatCheck(UnitaryInjection.mapped(map3, ColorCultivation.DATA),
                map3[ColorCultivation.CENTRE], UnitaryInjection.mapped(map3, ColorCultivation.FLAGS),
                mappedLayers(map3, ColorCultivation.TREE));
        DoubleCatCheck.Records r3 = check3.write(mb);
        stageStart[1] = r3.root();
        stageStart[2] = r3.flags()[0];
        stageStart[3] = mb.numMeasurements();
        ColorCodeGrowth.write(mb, this::index);
        SuperdenseCycle cycle = new SuperdenseCycle(LAYOUT, this::index);
        for (int c = 0; c < 3; c++) {
            stageStart[4 + c] = mb.numMeasurements();
            cycle.write(mb);
        }
        int[] data = LAYOUT.data().stream().mapToInt(this::index).toArray();
        int[][] tree = new int[TREE.length][];
        for (int k = 0; k < TREE.length; k++) {
            tree[k] = ColorCodeGrowth.indices(TREE[k], this::index);
        }
        DoubleCatCheck check5 = new DoubleCatCheck(data, index(ROOT), ColorCodeGrowth.indices(FLAGS, this::index), tree);
        DoubleCatCheck.Records r5 = check5.write(mb);
        stageStart[7] = r5.root();
        stageStart[8] = r5.flags()[0];
        StabilizerCircuit body = mb.takeSegment();
        stageStart[9] = mb.numMeasurements();
        List<PauliString> products = new ArrayList<>();
        for (char basis : new char[] {'X', 'Z'}) {
            for (ColorCodeLayout.Plaquette p : LAYOUT.plaquettes()) {
                products.add(PauliString.of(NUM_QUBITS, basis, p.data().stream().mapToInt(this::index).toArray()));
            }
        }
        products.add(PauliString.of(NUM_QUBITS, 'Y', data));
        long[] readout = mb.mpp(products);
        StabilizerCircuit finalReadout = mb.takeSegment();
        return DetectorAnnotator.annotate(List.of(body, finalReadout), readout[readout.length - 1], k -> {
            int s = NUM_STAGES - 1;
            while (stageStart[s] > k) {
                s--;
            }
            return s;
        });
    }

    private static int[][] mappedLayers(int[] map, int[][] layers) {
        int[][] out = new int[layers.length][];
        for (int k = 0; k < layers.length; k++) {
            out[k] = UnitaryInjection.mapped(map, layers[k]);
        }
        return out;
    }
}
