package qtool.qubo.model;

/**
 * An Ising energy {@code E(s) = offset + Σ_i h_i s_i + Σ_{i<j} J_{ij} s_i s_j} over spins
 * s in {+1,-1}^n, with J symmetric and zero on the diagonal. Spin +1 is binary 0 ({@code s = 1 - 2x}),
 * which is also the computational-basis convention of the QAOA circuits (Z|0> = |0>).
 */
public record Ising(double offset, double[] h, double[][] j) {
    public int size() {
        return h.length;
    }

    public double energy(int[] s) {
        double e = offset;
        for (int a = 0; a < h.length; a++) {
            e += h[a] * s[a];
            for (int b = a + 1; b < h.length; b++) {
                e += j[a][b] * s[a] * s[b];
            }
        }
        return e;
    }

    /** Spins of a binary vector: +1 for false, -1 for true. */
    public static int[] spins(boolean[] x) {
        int[] s = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            s[i] = x[i] ? -1 : 1;
        }
        return s;
    }

    /** The binary vector of spins. */
    public static boolean[] bits(int[] s) {
        boolean[] x = new boolean[s.length];
        for (int i = 0; i < s.length; i++) {
            x[i] = s[i] < 0;
        }
        return x;
    }
}
