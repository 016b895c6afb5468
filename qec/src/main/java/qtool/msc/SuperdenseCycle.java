package qtool.msc;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.ToIntFunction;
import qtool.ir.Gate;

/**
 * One superdense color-code cycle of the original cultivation paper (Gidney, Shutty, Jones,
 * arXiv:2409.17595, {@code make_chunk_color_code_superdense_cycle}), in the time-reversed form the
 * d1 = 5 stage runs three times: 10 moments that measure every plaquette's X and Z check at once
 * through its helper pair (anchor m for X, m + (1,0) for Z).
 * <ol>
 * <li>RX of the X helpers, R of the Z helpers;</li>
 * <li>Bell pairs: CX m → m + (1,0);</li>
 * <li>Z part, data onto helpers, three CX layers. Each layer links helper m to the data qubit at
 *     m + δ and helper m + (1,0) to the one at m + (1,0) + δ', with (δ, δ') = ((0,−1), (0,−1)), then
 *     ((0,1), (0,1)), then ((−1,0), (1,0));</li>
 * <li>X part, helpers onto data, the same three layers in the same order;</li>
 * <li>the Bell CX again; MX of the X helpers and M of the Z helpers (plaquette order).</li>
 * </ol>
 * A pair is used only where its data qubit belongs to the plaquette (4-qubit plaquettes skip some).
 */
final class SuperdenseCycle {
    static final int MOMENTS = 10;

    private final ColorCodeLayout layout;
    private final ToIntFunction<Site> index;

    /** The X and Z check results, in plaquette order. */
    record Records(long[] x, long[] z) {
    }

    SuperdenseCycle(ColorCodeLayout layout, ToIntFunction<Site> index) {
        this.layout = layout;
        this.index = index;
    }

    Records write(MomentBuilder mb) {
        List<ColorCodeLayout.Plaquette> ps = layout.plaquettes();
        int[] xHelpers = ps.stream().mapToInt(p -> index.applyAsInt(p.xHelper())).toArray();
        int[] zHelpers = ps.stream().mapToInt(p -> index.applyAsInt(p.zHelper())).toArray();
        mb.gate(Gate.RESET_X, xHelpers);
        mb.gate(Gate.RESET, zHelpers);
        mb.tick();
        bell(mb, xHelpers, zHelpers);
        int[][] columnShifts = {{0, -1}, {0, 1}};
        for (int[] s : columnShifts) {
            layer(mb, s[0], s[1], s[0], s[1], true);
        }
        layer(mb, -1, 0, 1, 0, true);
        for (int[] s : columnShifts) {
            layer(mb, s[0], s[1], s[0], s[1], false);
        }
        layer(mb, -1, 0, 1, 0, false);
        bell(mb, xHelpers, zHelpers);
        long[] rx = mb.measure(Gate.MEASURE_X, xHelpers);
        long[] rz = mb.measure(Gate.MEASURE, zHelpers);
        mb.tick();
        return new Records(rx, rz);
    }

    private void bell(MomentBuilder mb, int[] xHelpers, int[] zHelpers) {
        int[] pairs = new int[2 * xHelpers.length];
        for (int i = 0; i < xHelpers.length; i++) {
            pairs[2 * i] = xHelpers[i];
            pairs[2 * i + 1] = zHelpers[i];
        }
        cxMoment(mb, pairs);
    }

    /**
     * One CX layer: for every plaquette, helper m with the data at m + (dx0, dy0) and helper
     * m + (1,0) with the data at m + (1,0) + (dx1, dy1); data onto helper when {@code dataToHelper}.
     */
    private void layer(MomentBuilder mb, int dx0, int dy0, int dx1, int dy1, boolean dataToHelper) {
        List<Integer> pairs = new ArrayList<>();
        for (ColorCodeLayout.Plaquette p : layout.plaquettes()) {
            Site[][] links = {
                {p.xHelper(), p.xHelper().plus(dx0, dy0)},
                {p.zHelper(), p.zHelper().plus(dx1, dy1)},
            };
            for (Site[] link : links) {
                if (!p.hasData(link[1])) {
                    continue;
                }
                int helper = index.applyAsInt(link[0]);
                int data = index.applyAsInt(link[1]);
                pairs.add(dataToHelper ? data : helper);
                pairs.add(dataToHelper ? helper : data);
            }
        }
        cxMoment(mb, pairs.stream().mapToInt(Integer::intValue).toArray());
    }

    private static void cxMoment(MomentBuilder mb, int[] pairs) {
        BitSet used = new BitSet();
        for (int q : pairs) {
            if (used.get(q)) {
                throw new IllegalStateException("qubit " + q + " used twice in one CX layer");
            }
            used.set(q);
        }
        mb.gate(Gate.CX, pairs);
        mb.tick();
    }
}
