package qtool.msc;

import qtool.ir.Gate;

/**
 * The double check of the transversal H_XY logical in the original cultivation (Gidney, Shutty,
 * Jones, arXiv:2409.17595, {@code make_chunk_d3_double_cat_check} and
 * {@code make_chunk_d5_double_cat_check}), with the Clifford proxy S† for T†. Both distances share
 * one shape, 2L + 6 moments for a fan-in tree of L CX layers:
 * <ol>
 * <li>RX of the flag qubits; transversal S† on the data;</li>
 * <li>the tree (each layer a set of CX pairs) folds the data's X parity, entangled with the flags as
 *     a cat state, onto one root data qubit; MX of the root (the check, compared with the Y
 *     logical's sign), RX of the root;</li>
 * <li>the tree undone in reverse layer order; transversal S; MX of the flags, which flag faults
 *     inside the cat state.</li>
 * </ol>
 * Qubit indices are those of the circuit being written.
 */
final class DoubleCatCheck {
    private final int[] data;
    private final int root;
    private final int[] flags;
    private final int[][] tree;

    /** The check's result and the flag results (in {@code flags} order). */
    record Records(long root, long[] flags) {
    }

    DoubleCatCheck(int[] data, int root, int[] flags, int[][] tree) {
        this.data = data.clone();
        this.root = root;
        this.flags = flags.clone();
        this.tree = new int[tree.length][];
        for (int i = 0; i < tree.length; i++) {
            this.tree[i] = tree[i].clone();
        }
    }

    Records write(MomentBuilder mb) {
        mb.gate(Gate.RESET_X, flags);
        mb.tick();
        mb.gate(Gate.SDG, data);
        mb.tick();
        for (int[] layer : tree) {
            mb.gate(Gate.CX, layer);
            mb.tick();
        }
        long check = mb.measure(Gate.MEASURE_X, root)[0];
        mb.tick();
        mb.gate(Gate.RESET_X, root);
        mb.tick();
        for (int k = tree.length - 1; k >= 0; k--) {
            mb.gate(Gate.CX, tree[k]);
            mb.tick();
        }
        mb.gate(Gate.S, data);
        mb.tick();
        long[] f = mb.measure(Gate.MEASURE_X, flags);
        mb.tick();
        return new Records(check, f);
    }
}
