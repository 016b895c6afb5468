package qtool.dem;

import java.util.Arrays;

/**
 * Sets of {@link DemTarget}s as sorted {@code long[]} without duplicates, combined by symmetric
 * difference: the symptoms of two Pauli errors together are the XOR of their symptoms.
 */
final class SparseXor {
    static final long[] EMPTY = new long[0];

    private SparseXor() {
    }

    /** The sorted symmetric difference of two sorted sets (a merge, linear time). */
    static long[] xor(long[] a, long[] b) {
        if (a.length == 0) {
            return b;
        }
        if (b.length == 0) {
            return a;
        }
        long[] out = new long[a.length + b.length];
        int i = 0;
        int j = 0;
        int n = 0;
        while (i < a.length && j < b.length) {
            if (a[i] < b[j]) {
                out[n++] = a[i++];
            } else if (a[i] > b[j]) {
                out[n++] = b[j++];
            } else {
                i++;
                j++;
            }
        }
        while (i < a.length) {
            out[n++] = a[i++];
        }
        while (j < b.length) {
            out[n++] = b[j++];
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /** {@code set} with {@code t} toggled. */
    static long[] toggle(long[] set, long t) {
        return xor(set, new long[] {t});
    }
}
