package qtool.qubo.shrink;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import qtool.qubo.model.Ising;
import qtool.qubo.model.MaxCutGraph;

/**
 * Adaptive graph shrinking (Sharma &amp; Lau, arXiv:2506.14250; baseline of compiler-passes.md
 * §C.2): repeatedly merge the pair of Max-Cut vertices with the largest |correlation| as equal
 * (c &gt; 0) or opposite (c &lt; 0) — {@code w_jk += σ w_ik} for every k and {@code σ w_ij} into the
 * constant — skipping pairs the {@link MergeVeto} forbids, until at most {@code target} spin
 * vertices remain. Correlations are recomputed on the shrunk graph every {@code recomputeEvery}
 * merges, or earlier when the best remaining |correlation| falls below {@code dropFraction} times
 * the best right after the last recomputation. A merge with the anchor fixes a variable.
 *
 * <p>Vetoes are monotone (clusters only grow), so a forbidden (pair, sign) is remembered and
 * counted once. When every remaining pair is forbidden the best pair is merged anyway and counted
 * as forced, so the size bound always holds.
 */
public final class GraphShrinker {
    private final CorrelationSource source;
    private final MergeVeto veto;
    private final int recomputeEvery;
    private final double dropFraction;

    public GraphShrinker(CorrelationSource source, MergeVeto veto, int recomputeEvery, double dropFraction) {
        if (recomputeEvery < 1) {
            throw new IllegalArgumentException("recomputeEvery must be at least 1");
        }
        this.source = source;
        this.veto = veto;
        this.recomputeEvery = recomputeEvery;
        this.dropFraction = dropFraction;
    }

    public ShrunkProblem shrink(MaxCutGraph graph, int target, Random random) {
        double[][] w = graph.weights();
        int n = w.length;
        double offset = graph.offset();
        boolean[] active = new boolean[n];
        java.util.Arrays.fill(active, true);
        int spins = n - 1;
        MergeRecord record = new MergeRecord(n);
        Set<Long> vetoed = new HashSet<>();
        double[][] corr = null;
        double topAtRecompute = 0;
        int sinceRecompute = 0;
        int forced = 0;
        int recomputations = 0;
        while (spins > Math.max(0, target)) {
            if (corr == null || sinceRecompute >= recomputeEvery) {
                corr = recompute(w, active, random);
                recomputations++;
                sinceRecompute = 0;
                topAtRecompute = -1;
            }
            int[] best = bestAllowed(corr, active, record, vetoed);
            if (best != null && topAtRecompute < 0) {
                topAtRecompute = Math.abs(corr[best[0]][best[1]]);
            } else if (best != null && sinceRecompute > 0
                    && Math.abs(corr[best[0]][best[1]]) < dropFraction * topAtRecompute) {
                corr = recompute(w, active, random);
                recomputations++;
                sinceRecompute = 0;
                best = bestAllowed(corr, active, record, vetoed);
                topAtRecompute = best == null ? 0 : Math.abs(corr[best[0]][best[1]]);
            }
            if (best == null) {
                best = bestPair(corr, active);
                forced++;
            }
            int kept = best[0];
            int removed = best[1];
            int sign = corr[kept][removed] >= 0 ? 1 : -1;
            offset += sign * w[removed][kept];
            for (int k = 0; k < n; k++) {
                if (active[k] && k != kept && k != removed) {
                    w[kept][k] += sign * w[removed][k];
                    w[k][kept] = w[kept][k];
                }
            }
            for (int k = 0; k < n; k++) {
                w[removed][k] = 0;
                w[k][removed] = 0;
            }
            active[removed] = false;
            record.merge(removed, kept, sign);
            spins--;
            sinceRecompute++;
        }
        return build(w, active, offset, record, vetoed.size(), forced, recomputations);
    }

    private double[][] recompute(double[][] w, boolean[] active, Random random) {
        int n = w.length;
        int[] idx = activeIndices(active);
        double[][] sub = new double[idx.length][idx.length];
        for (int a = 0; a < idx.length; a++) {
            for (int b = 0; b < idx.length; b++) {
                sub[a][b] = w[idx[a]][idx[b]];
            }
        }
        double[][] c = source.correlations(sub, random);
        double[][] full = new double[n][n];
        for (int a = 0; a < idx.length; a++) {
            for (int b = 0; b < idx.length; b++) {
                full[idx[a]][idx[b]] = c[a][b];
            }
        }
        return full;
    }

    /** {kept, removed} of the allowed pair with the largest |c|; kept is the smaller index (so the anchor stays). */
    private int[] bestAllowed(double[][] corr, boolean[] active, MergeRecord record, Set<Long> vetoed) {
        int n = corr.length;
        while (true) {
            int[] best = null;
            double top = -1;
            for (int a = 0; a < n; a++) {
                if (!active[a]) {
                    continue;
                }
                for (int b = a + 1; b < n; b++) {
                    if (active[b] && Math.abs(corr[a][b]) > top && !vetoed.contains(key(a, b, corr[a][b], n))) {
                        top = Math.abs(corr[a][b]);
                        best = new int[] {a, b};
                    }
                }
            }
            if (best == null) {
                return null;
            }
            int sign = corr[best[0]][best[1]] >= 0 ? 1 : -1;
            if (!veto.forbids(record, best[1], best[0], sign)) {
                return best;
            }
            vetoed.add(key(best[0], best[1], corr[best[0]][best[1]], n));
        }
    }

    private static int[] bestPair(double[][] corr, boolean[] active) {
        int[] best = null;
        double top = -1;
        for (int a = 0; a < corr.length; a++) {
            for (int b = a + 1; active[a] && b < corr.length; b++) {
                if (active[b] && Math.abs(corr[a][b]) > top) {
                    top = Math.abs(corr[a][b]);
                    best = new int[] {a, b};
                }
            }
        }
        return best;
    }

    private static long key(int a, int b, double c, int n) {
        return ((long) a * n + b) * 2 + (c >= 0 ? 1 : 0);
    }

    private static int[] activeIndices(boolean[] active) {
        int count = 0;
        for (boolean b : active) {
            count += b ? 1 : 0;
        }
        int[] idx = new int[count];
        int t = 0;
        for (int v = 0; v < active.length; v++) {
            if (active[v]) {
                idx[t++] = v;
            }
        }
        return idx;
    }

    private static ShrunkProblem build(double[][] w, boolean[] active, double offset, MergeRecord record, int vetoes,
            int forced, int recomputations) {
        int[] idx = activeIndices(active);
        int q = idx.length - 1;
        int[] qubitVertex = new int[q];
        double[] h = new double[q];
        double[][] j = new double[q][q];
        for (int a = 0; a < q; a++) {
            qubitVertex[a] = idx[a + 1];
            h[a] = w[0][idx[a + 1]];
            for (int b = 0; b < q; b++) {
                j[a][b] = a == b ? 0 : w[idx[a + 1]][idx[b + 1]];
            }
        }
        return new ShrunkProblem(new Ising(offset, h, j), qubitVertex, record, vetoes, forced, recomputations);
    }
}
