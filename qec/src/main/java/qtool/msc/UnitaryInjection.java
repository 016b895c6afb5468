package qtool.msc;

import qtool.ir.Gate;

/**
 * The {@code unitary} injection of Gidney, Shutty and Jones (arXiv:2409.17595,
 * {@code make_chunk_d3_init_unitary}) into the d = 3 color code, with the Clifford proxy S† for
 * T†: 25 moments on the 15 qubits of {@link ColorCultivation} (local indices are that class's
 * lexicographic coordinate order; a map places them in a larger circuit).
 *
 * <p>Resets, an encoder of 7 CX layers around the centre, the proxy rotation S† applied to the Z
 * parity of the qubits (1,0), (1,1), (1,2) by a CX ladder and undone, 2 more CX layers, then one
 * check round of the color code through helper pairs whose 7 helper measurements (4 M, 3 MX) are
 * deterministic; two of the MX results, at (1,2) and (3,1), carry the sign of the injected Y logical.
 */
final class UnitaryInjection {
    /** Helpers measured in Z and in X at the end, local indices, in measurement order. */
    static final int[] Z_HELPERS = {6, 14, 8, 5};
    static final int[] X_HELPERS = {2, 11, 4};

    /** The records of the closing measurements; {@code yFrame} are the two whose parity is the sign of Y_L. */
    record Records(long[] zResults, long[] xResults, long[] yFrame) {
    }

    private UnitaryInjection() {
    }

    /** Writes the 25 moments; {@code map[local]} is the circuit index of local qubit {@code local}. */
    static Records write(MomentBuilder mb, int[] map) {
        gate(mb, map, Gate.RESET, 6, 8, 11);
        gate(mb, map, Gate.RESET_X, 0, 2, 3, 4, 5, 7, 10, 12, 13, 14);
        mb.tick();
        // Encoder of the two outer plaquettes around the centre and the helper pairs.
        cx(mb, map, 7, 11, 10, 6, 12, 8);
        cx(mb, map, 7, 8, 10, 11);
        cx(mb, map, 7, 6, 12, 11);
        cx(mb, map, 2, 6, 4, 8, 14, 11);
        cx(mb, map, 6, 2, 8, 4, 11, 14);
        cx(mb, map, 3, 4, 13, 14);
        cx(mb, map, 3, 2, 14, 13);
        // Rotate the logical: S† (the proxy of T†) between a CX ladder and its inverse.
        cx(mb, map, 4, 3);
        cx(mb, map, 2, 3);
        gate(mb, map, Gate.SDG, 3);
        mb.tick();
        cx(mb, map, 2, 3);
        cx(mb, map, 4, 3);
        cx(mb, map, 0, 2, 5, 4);
        cx(mb, map, 2, 0, 4, 5);
        // A check round of the color code (both bases per plaquette through helper pairs).
        gate(mb, map, Gate.RESET, 6, 8, 9, 14);
        gate(mb, map, Gate.RESET_X, 2, 4, 11);
        mb.tick();
        cx(mb, map, 4, 8, 2, 6, 11, 14, 5, 9);
        cx(mb, map, 11, 7, 8, 12, 2, 0, 6, 10, 9, 5);
        cx(mb, map, 2, 3, 6, 7, 11, 12, 8, 9);
        cx(mb, map, 11, 10, 14, 13, 4, 3, 8, 7);
        cx(mb, map, 10, 11, 13, 14, 3, 4, 7, 8);
        cx(mb, map, 7, 11, 12, 8, 0, 2, 10, 6);
        cx(mb, map, 3, 2, 7, 6, 12, 11, 9, 8);
        cx(mb, map, 4, 8, 2, 6, 11, 14);
        long[] rz = mb.measure(Gate.MEASURE, mapped(map, Z_HELPERS));
        long[] rx = mb.measure(Gate.MEASURE_X, mapped(map, X_HELPERS));
        mb.tick();
        return new Records(rz, rx, new long[] {rx[2], rx[1]}); // helpers (1,2) and (3,1)
    }

    static int[] mapped(int[] map, int... local) {
        int[] out = new int[local.length];
        for (int i = 0; i < local.length; i++) {
            out[i] = map[local[i]];
        }
        return out;
    }

    private static void gate(MomentBuilder mb, int[] map, Gate g, int... local) {
        mb.gate(g, mapped(map, local));
    }

    private static void cx(MomentBuilder mb, int[] map, int... localPairs) {
        mb.gate(Gate.CX, mapped(map, localPairs));
        mb.tick();
    }
}
