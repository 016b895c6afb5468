package qtool.msc;

import java.util.function.ToIntFunction;
import qtool.ir.Gate;

/**
 * Grows the d = 3 color code into the d = 5 one as the original cultivation's d1 = 5 stage does
 * (Gidney, Shutty, Jones, arXiv:2409.17595, {@code make_chunk_d3_to_d5_color_code}): 5 moments.
 * The 12 new data qubits end as 6 Bell pairs. Two pairs, (7,0)–(8,0) and (5,3)–(6,3), are made
 * directly: a CX from |+⟩ onto |0⟩. The other four go through helpers. A helper in |+⟩ is entangled
 * with one data qubit and spreads onto the second. A CX from the data back onto it then
 * disentangles it (for the pair (3,4)–(4,6) two helpers, themselves a Bell pair, do this). The
 * five helpers' Z measurements are deterministic. The d = 3 checks carry over. The new plaquettes'
 * checks are fixed in the first superdense cycle, except the two new red plaquettes', which are
 * random there and repeated after.
 */
final class ColorCodeGrowth {
    static final int MOMENTS = 5;

    private static final Site[] RESET_Z = sites(4, 2, 5, 1, 6, 1, 7, 2, 8, 0, 4, 6, 3, 4, 4, 5, 4, 4, 5, 5, 6, 3);
    private static final Site[] RESET_X = sites(5, 2, 6, 2, 7, 0, 3, 5, 5, 4, 5, 3);
    /** CX (control, target) pairs of the three layers. */
    private static final Site[][] LAYERS = {
        sites(5, 2, 4, 2, 6, 2, 7, 2, 7, 0, 8, 0, 5, 3, 6, 3, 5, 4, 4, 4, 3, 5, 4, 5),
        sites(5, 2, 5, 1, 6, 2, 6, 1, 5, 4, 5, 5, 4, 5, 4, 6, 3, 5, 3, 4),
        sites(5, 1, 5, 2, 6, 1, 6, 2, 5, 5, 5, 4, 4, 6, 4, 5, 3, 4, 3, 5),
    };
    private static final Site[] MEASURED = sites(5, 2, 6, 2, 5, 4, 4, 5, 3, 5);

    private ColorCodeGrowth() {
    }

    /** Every site the growth touches. */
    static java.util.Set<Site> sites() {
        java.util.TreeSet<Site> all = new java.util.TreeSet<>();
        all.addAll(java.util.List.of(RESET_Z));
        all.addAll(java.util.List.of(RESET_X));
        for (Site[] layer : LAYERS) {
            all.addAll(java.util.List.of(layer));
        }
        return all;
    }

    /** Writes the growth; returns the 5 helper measurement records. */
    static long[] write(MomentBuilder mb, ToIntFunction<Site> index) {
        mb.gate(Gate.RESET, indices(RESET_Z, index));
        mb.gate(Gate.RESET_X, indices(RESET_X, index));
        mb.tick();
        for (Site[] layer : LAYERS) {
            mb.gate(Gate.CX, indices(layer, index));
            mb.tick();
        }
        long[] r = mb.measure(Gate.MEASURE, indices(MEASURED, index));
        mb.tick();
        return r;
    }

    static int[] indices(Site[] sites, ToIntFunction<Site> index) {
        int[] out = new int[sites.length];
        for (int i = 0; i < sites.length; i++) {
            out[i] = index.applyAsInt(sites[i]);
        }
        return out;
    }

    /** Sites from flat (x, y) pairs. */
    static Site[] sites(int... xy) {
        Site[] out = new Site[xy.length / 2];
        for (int i = 0; i < out.length; i++) {
            out[i] = new Site(xy[2 * i], xy[2 * i + 1]);
        }
        return out;
    }
}
