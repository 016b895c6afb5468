package qtool.synthesis.rl;

/**
 * Brute-force baseline: the shortest word within Frobenius distance ε (up to phase) of a
 * single-qubit target, among all words of up to {@code 2·depth} letters, by meet-in-the-middle over
 * one {@link WordTable}: for every table word B (in order of length) look up the shortest table word
 * A within ε of {@code U·B⁻¹}; then {@code ||A·B − U||_F = ||A − U·B⁻¹||_F ≤ ε}. Exact for that
 * length bound (a shortest word never contains {@code g·g⁻¹}), in O(table size) lookups.
 */
public final class ShortestWords {
    private final WordTable table;

    public ShortestWords(WordTable table) {
        this.table = table;
    }

    /** The shortest word (time order) for target quaternion {@code u}, or null when longer than 2·depth. */
    public int[] shortest(double[] u) {
        int bestA = -1;
        int bestB = -1;
        int bestLen = Integer.MAX_VALUE;
        double[] b = new double[4];
        double[] t = new double[4];
        for (int i = 0; i < table.size(); i++) {
            int lb = table.length(i);
            if (lb >= bestLen) {
                break;
            }
            table.quaternion(i, b, 0);
            Su2.multiply(u, 0, Su2.conjugate(b), 0, t, 0);
            int a = table.nearest(t, 0, Math.min(table.depth(), bestLen - 1 - lb));
            if (a >= 0 && lb + table.length(a) < bestLen) {
                bestLen = lb + table.length(a);
                bestA = a;
                bestB = i;
            }
        }
        if (bestA < 0) {
            return null;
        }
        int[] wb = table.word(bestB);
        int[] wa = table.word(bestA);
        int[] w = new int[wb.length + wa.length];
        System.arraycopy(wb, 0, w, 0, wb.length);
        System.arraycopy(wa, 0, w, wb.length, wa.length);
        return w;
    }
}
