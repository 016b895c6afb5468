package qtool.dem;

import java.util.ArrayList;
import java.util.List;

/**
 * Adds the error cases of one multi-Pauli noise channel (DEPOLARIZE1: X, Z, Y = XZ; DEPOLARIZE2: the
 * 15 products of X/Z on two qubits) to an {@link ErrorTable}, and, when asked, splits each case
 * with more than two detectors into graph-like pieces made of the channel's own cases.
 *
 * <p>The splitting rule is Stim's (learned from its error analyzer, reimplemented): cases with one
 * detector, and two-detector cases that involve a detector no one-detector case has, are "solved"
 * building blocks. Any other case is expressed, in this order of preference, by single-detector
 * blocks alone; one irreducible pair plus single blocks; two disjoint irreducible pairs plus single
 * blocks; or else left whole (for the global pass of {@link GraphlikeDecomposer}). Pieces are joined
 * with {@code ^}. Matching Stim's choice matters because the pieces are part of the mechanism's key.
 */
final class ChannelDecomposer {
    private ChannelDecomposer() {
    }

    /**
     * Adds case {@code k} (a bit mask over {@code basis}) with probability {@code probabilities[k]}
     * for every {@code k ≥ 1}; {@code basis[i]} are the symptoms of the i-th basis Pauli.
     */
    static void addCombinations(ErrorTable table, double[] probabilities, long[][] basis, boolean decompose) {
        int s = basis.length;
        int n = 1 << s;
        long[][] stored = new long[n][];
        int[] masks = new int[n];
        List<Long> involved = new ArrayList<>();
        stored[0] = SparseXor.EMPTY;
        for (int k = 0; k < s; k++) {
            stored[1 << k] = basis[k];
            for (long t : basis[k]) {
                // Masks only serve the decomposition; without it a case may have any number of symptoms.
                if (decompose && DemTarget.isDetector(t)) {
                    int idx = involved.indexOf(t);
                    if (idx < 0) {
                        involved.add(t);
                        idx = involved.size() - 1;
                        if (idx >= 16) {
                            throw new IllegalArgumentException(
                                    "a composite error case has more than 16 symptoms; cannot decompose it");
                        }
                    }
                    masks[1 << k] ^= 1 << idx;
                }
            }
        }
        for (int k = 3; k < n; k++) {
            int c1 = k & (k - 1);
            int c2 = k ^ c1;
            if (c1 != 0) {
                stored[k] = SparseXor.xor(stored[c1], stored[c2]);
                masks[k] = masks[c1] ^ masks[c2];
            }
        }
        if (decompose) {
            decompose(stored, masks);
        }
        for (int k = 1; k < n; k++) {
            table.add(probabilities[k], stored[k]);
        }
    }

    private static void decompose(long[][] stored, int[] masks) {
        int n = stored.length;
        int[] count = new int[n];
        for (int k = 1; k < n; k++) {
            count[k] = Integer.bitCount(masks[k]);
        }
        boolean[] solved = new boolean[n];
        int singles = 0;
        for (int k = 1; k < n; k++) {
            if (count[k] == 1) {
                singles |= masks[k];
                solved[k] = true;
            }
        }
        List<Integer> pairs = new ArrayList<>();
        for (int k = 1; k < n; k++) {
            if (count[k] == 2 && (masks[k] & ~singles) != 0) {
                pairs.add(k);
                solved[k] = true;
            }
        }
        for (int k = 1; k < n; k++) {
            if (count[k] == 0 || solved[k]) {
                continue;
            }
            List<long[]> pieces = new ArrayList<>();
            int remnants = pairPieces(k, stored, masks, singles, pairs, pieces);
            // Whatever the pairs left is covered by single-detector cases.
            for (int k2 = 0; remnants != 0 && k2 < n; k2++) {
                if (count[k2] == 1 && (masks[k2] & ~remnants) == 0) {
                    remnants &= ~masks[k2];
                    pieces.add(stored[k2]);
                }
            }
            stored[k] = join(pieces);
        }
    }

    /** Chooses pair pieces for case {@code goal}; returns the detectors still to be covered. */
    private static int pairPieces(int goalCase, long[][] stored, int[] masks, int singles, List<Integer> pairs,
            List<long[]> pieces) {
        int goal = masks[goalCase];
        if ((goal & ~singles) == 0) {
            return goal;
        }
        for (int k : pairs) {
            int m = masks[k];
            if ((goal & m) == m && (goal & ~(singles | m)) == 0) {
                pieces.add(stored[k]);
                return goal & ~m;
            }
        }
        for (int i1 = 0; i1 < pairs.size(); i1++) {
            for (int i2 = i1 + 1; i2 < pairs.size(); i2++) {
                int k1 = pairs.get(i1);
                int k2 = pairs.get(i2);
                int m1 = masks[k1];
                int m2 = masks[k2];
                if ((m1 & m2) == 0 && (goal & ~(singles | m1 | m2)) == 0) {
                    boolean swap = java.util.Arrays.compare(stored[k2], stored[k1]) < 0;
                    pieces.add(stored[swap ? k2 : k1]);
                    pieces.add(stored[swap ? k1 : k2]);
                    return goal & ~(m1 | m2);
                }
            }
        }
        pieces.add(stored[goalCase]);
        return 0;
    }

    static long[] join(List<long[]> pieces) {
        int len = Math.max(0, pieces.size() - 1);
        for (long[] p : pieces) {
            len += p.length;
        }
        long[] out = new long[len];
        int at = 0;
        for (int i = 0; i < pieces.size(); i++) {
            if (i > 0) {
                out[at++] = DemTarget.SEPARATOR;
            }
            System.arraycopy(pieces.get(i), 0, out, at, pieces.get(i).length);
            at += pieces.get(i).length;
        }
        return out;
    }
}
