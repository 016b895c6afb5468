package qtool.synthesis.rl;

import java.util.Arrays;

/**
 * Every single-qubit word of up to {@code depth} letters that never follows a letter by its
 * inverse, with its product as a quaternion, duplicates (the same operator up to phase, to 1e-9)
 * kept only once at their shortest length, and a spatial hash on the quaternions for
 * "shortest word within Frobenius distance ε of V" queries in O(1) expected cells.
 *
 * <p>The search uses it to finish: a node {@code s} whose inverse is within ε of a table word
 * {@code w} is solved by appending {@code w}; the brute-force baseline ({@link ShortestWords})
 * joins two table words meet-in-the-middle. The cells have side {@code 2r} with
 * {@code r = ε/√2}, the quaternion (chord) radius of Frobenius distance ε, so a query touches at most
 * two cells per coordinate, for both signs of the quaternion.
 */
public final class WordTable {
    private final GateBasis basis;
    private final int depth;
    private final double epsilon;
    private final double cell;
    private double[] quats;
    private int[] parent;
    private byte[] letter;
    private byte[] length;
    private int size;
    private final int[] next;
    private final LongIntMap heads;

    public WordTable(GateBasis basis, int depth, double epsilon) {
        if (basis.numQubits() != 1) {
            throw new IllegalArgumentException("word tables are single-qubit");
        }
        if (depth < 0 || depth > 12) {
            throw new IllegalArgumentException("table depth must be in 0..12");
        }
        this.basis = basis;
        this.depth = depth;
        this.epsilon = epsilon;
        this.cell = 2 * epsilon / Math.sqrt(2);
        OneQubitEnvironment env = new OneQubitEnvironment(basis);
        int cap = 1024;
        quats = new double[4 * cap];
        parent = new int[cap];
        letter = new byte[cap];
        length = new byte[cap];
        LongIntMap seen = new LongIntMap(cap);
        env.identity(quats, 0);
        parent[0] = -1;
        letter[0] = -1;
        size = 1;
        seen.put(env.key(quats, 0, 1e-9), 0, -1);
        int levelStart = 0;
        for (int l = 1; l <= depth; l++) {
            int levelEnd = size;
            for (int i = levelStart; i < levelEnd; i++) {
                for (int a = 0; a < basis.size(); a++) {
                    if (letter[i] >= 0 && basis.inverse(letter[i]) == a) {
                        continue;
                    }
                    if (size == parent.length) {
                        int n = parent.length * 2;
                        quats = Arrays.copyOf(quats, 4 * n);
                        parent = Arrays.copyOf(parent, n);
                        letter = Arrays.copyOf(letter, n);
                        length = Arrays.copyOf(length, n);
                    }
                    env.step(quats, 4 * i, a, quats, 4 * size);
                    if (seen.put(env.key(quats, 4 * size, 1e-9), size, -1) >= 0) {
                        continue;
                    }
                    parent[size] = i;
                    letter[size] = (byte) a;
                    length[size] = (byte) l;
                    size++;
                }
            }
            levelStart = levelEnd;
        }
        next = new int[size];
        heads = new LongIntMap(size);
        for (int i = 0; i < size; i++) {
            long k = cellKey(quats, 4 * i);
            next[i] = heads.put(k, i, -1);
        }
    }

    public GateBasis basis() {
        return basis;
    }

    public int depth() {
        return depth;
    }

    public double epsilon() {
        return epsilon;
    }

    /** Number of distinct operators in the table. */
    public int size() {
        return size;
    }

    public int length(int index) {
        return length[index];
    }

    /** The quaternion of entry {@code index} into {@code out}. */
    public void quaternion(int index, double[] out, int o) {
        System.arraycopy(quats, 4 * index, out, o, 4);
    }

    /** The word of an entry in time order (first letter applied first). */
    public int[] word(int index) {
        int[] w = new int[length[index]];
        for (int i = index, k = w.length - 1; i > 0; i = parent[i], k--) {
            w[k] = letter[i];
        }
        return w;
    }

    /** The cell of a quaternion, taken with the sign that makes its first coordinate non-negative. */
    private long cellKey(double[] q, int o) {
        double s = q[o] < 0 ? -1 : 1;
        long h = 0x9E3779B97F4A7C15L;
        for (int d = 0; d < 4; d++) {
            h = h * 1_000_003L + (long) Math.floor(s * q[o + d] / cell);
        }
        return h;
    }

    /**
     * The shortest entry within Frobenius distance {@code epsilon} (up to phase) of quaternion
     * {@code q}, or −1. Entries no longer than {@code maxLength} only.
     */
    public int nearest(double[] q, int o, int maxLength) {
        int best = -1;
        int bestLen = Integer.MAX_VALUE;
        double minOverlap = 1 - epsilon * epsilon / 4;
        double r = epsilon / Math.sqrt(2);
        double[] p = new double[4];
        // Entries are stored with a non-negative first coordinate; probing around both q and −q
        // finds every entry within r whatever the sign of q's first coordinate.
        for (int sign = 0; sign < 2; sign++) {
            double sg = sign == 0 ? 1 : -1;
            if (sg * q[o] < -r) {
                continue;
            }
            for (int d = 0; d < 4; d++) {
                p[d] = sg * q[o + d];
            }
            long[] c0 = new long[4];
            int[] span = new int[4];
            for (int d = 0; d < 4; d++) {
                c0[d] = (long) Math.floor((p[d] - r) / cell);
                span[d] = (int) ((long) Math.floor((p[d] + r) / cell) - c0[d]);
            }
            for (int mask = 0; mask < 16; mask++) {
                boolean ok = true;
                long h = 0x9E3779B97F4A7C15L;
                for (int d = 0; d < 4; d++) {
                    int bit = (mask >> d) & 1;
                    if (bit > span[d]) {
                        ok = false;
                        break;
                    }
                    h = h * 1_000_003L + c0[d] + bit;
                }
                if (!ok) {
                    continue;
                }
                for (int i = heads.get(h, -1); i >= 0; i = next[i]) {
                    if (length[i] < bestLen && length[i] <= maxLength && Su2.overlap(quats, 4 * i, q, o) >= minOverlap) {
                        best = i;
                        bestLen = length[i];
                    }
                }
            }
        }
        return best;
    }
}
