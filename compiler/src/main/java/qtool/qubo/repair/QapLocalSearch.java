package qtool.qubo.repair;

import java.util.Random;
import qtool.qubo.model.Qap;

/**
 * Local-search polish of a QAP permutation: best-improvement 2-swaps (exchange the locations of
 * two facilities, O(n) delta per swap) to a local optimum, then {@code kicks} rounds of a random
 * 3-facility rotation followed by descent, keeping the best (iterated local search; seeded). A
 * kicked local optimum becomes the current point when it is within 3% of the best; after every
 * 50 kicks without a new best the walk restarts from the best.
 */
public final class QapLocalSearch {
    private QapLocalSearch() {
    }

    public static int[] polish(Qap qap, int[] start, int kicks, Random random) {
        int[] best = start.clone();
        descend(qap, best);
        long bestCost = qap.cost(best);
        int[] cur = best.clone();
        long curCost = bestCost;
        int n = qap.size();
        int stale = 0;
        for (int t = 0; t < kicks && n >= 3; t++) {
            int[] trial = cur.clone();
            int a = random.nextInt(n);
            int b = (a + 1 + random.nextInt(n - 1)) % n;
            int c;
            do {
                c = random.nextInt(n);
            } while (c == a || c == b);
            int tmp = trial[a];
            trial[a] = trial[b];
            trial[b] = trial[c];
            trial[c] = tmp;
            descend(qap, trial);
            long cost = qap.cost(trial);
            // Accept local optima up to 3% above the best (a walk over the plateau of good
            // solutions), and return to the best after every 50 kicks without improvement.
            if (cost <= bestCost * 1.03) {
                cur = trial;
                curCost = cost;
            }
            if (cost < bestCost) {
                best = trial.clone();
                bestCost = cost;
                stale = 0;
            } else if (++stale % 50 == 0) {
                cur = best.clone();
                curCost = bestCost;
            }
        }
        return best;
    }

    /** Best-improvement 2-swap descent in place. */
    static void descend(Qap qap, int[] p) {
        int n = qap.size();
        while (true) {
            long bestDelta = 0;
            int bi = -1;
            int bj = -1;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    long d = swapDelta(qap, p, i, j);
                    if (d < bestDelta) {
                        bestDelta = d;
                        bi = i;
                        bj = j;
                    }
                }
            }
            if (bi < 0) {
                return;
            }
            int tmp = p[bi];
            p[bi] = p[bj];
            p[bj] = tmp;
        }
    }

    /** Cost change of exchanging the locations of facilities r and s (general, asymmetric form). */
    static long swapDelta(Qap qap, int[] p, int r, int s) {
        long[][] f = qap.flow();
        long[][] d = qap.distance();
        int pr = p[r];
        int ps = p[s];
        long delta = f[r][r] * (d[ps][ps] - d[pr][pr]) + f[r][s] * (d[ps][pr] - d[pr][ps])
                + f[s][r] * (d[pr][ps] - d[ps][pr]) + f[s][s] * (d[pr][pr] - d[ps][ps]);
        for (int k = 0; k < p.length; k++) {
            if (k != r && k != s) {
                int pk = p[k];
                delta += f[k][r] * (d[pk][ps] - d[pk][pr]) + f[k][s] * (d[pk][pr] - d[pk][ps])
                        + f[r][k] * (d[ps][pk] - d[pr][pk]) + f[s][k] * (d[pr][pk] - d[ps][pk]);
            }
        }
        return delta;
    }
}
