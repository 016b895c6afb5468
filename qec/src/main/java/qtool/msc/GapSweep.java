package qtool.msc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import qtool.stats.BinomialFit;
import qtool.stats.TaskStats;

/**
 * The threshold sweep of a cultivation run with two gaps: from the {@code C<g1>|<g2>} and
 * {@code E<g1>|<g2>} histograms (g1 the second, antipodal gap and g2 the complementary gap, in
 * whole decibels) it gives, for any threshold pair, the shots kept (both gaps at or above their
 * thresholds), the errors among them, and the expected volume of {@link VolumeModel}; and it finds
 * the Pareto front of error rate against volume. Per-stage discards come from the {@code D<s>}
 * counts. Two-dimensional suffix sums over the histogram make every threshold pair O(1).
 */
public final class GapSweep {
    /** One operating point. */
    public record Point(int gapMono, int gap, long kept, long errors, double keepRate, double attempts,
            BinomialFit.Fit error, double volume) {
    }

    private final long shots;
    private final long postselectedKept;
    private final double[] survivalBefore;
    private final VolumeModel volume;
    private final int size;
    /** keptAtLeast[a][b]: kept shots with gap_mono ≥ a and gap ≥ b; errorsAtLeast likewise. */
    private final long[][] keptAtLeast;
    private final long[][] errorsAtLeast;

    public GapSweep(TaskStats stats, VolumeModel volume) {
        this.shots = stats.shots();
        this.postselectedKept = stats.shots() - stats.discards();
        this.volume = volume;
        int maxStage = -1;
        int maxGap = 0;
        for (Map.Entry<String, Long> e : stats.customCounts().entrySet()) {
            String k = e.getKey();
            if (k.startsWith("D")) {
                maxStage = Math.max(maxStage, Integer.parseInt(k.substring(1)));
            } else if (k.contains("|")) {
                int[] g = parse(k);
                maxGap = Math.max(maxGap, Math.max(g[0], g[1]));
            }
        }
        this.survivalBefore = new double[Math.max(maxStage + 2, volume.stages().size() + 1)];
        long discarded = 0;
        for (int s = 0; s < survivalBefore.length; s++) {
            survivalBefore[s] = shots == 0 ? 1 : 1 - (double) discarded / shots;
            discarded += stats.customCounts().getOrDefault("D" + s, 0L);
        }
        this.size = maxGap + 2;
        this.keptAtLeast = new long[size][size];
        this.errorsAtLeast = new long[size][size];
        for (Map.Entry<String, Long> e : stats.customCounts().entrySet()) {
            String k = e.getKey();
            if (!k.contains("|")) {
                continue;
            }
            int[] g = parse(k);
            int a = Math.max(0, g[0]);
            int b = Math.max(0, g[1]);
            keptAtLeast[a][b] += e.getValue();
            if (k.charAt(0) == 'E') {
                errorsAtLeast[a][b] += e.getValue();
            }
        }
        for (int a = size - 1; a >= 0; a--) {
            for (int b = size - 1; b >= 0; b--) {
                long k = keptAtLeast[a][b];
                long r = errorsAtLeast[a][b];
                if (a + 1 < size) {
                    k += keptAtLeast[a + 1][b];
                    r += errorsAtLeast[a + 1][b];
                }
                if (b + 1 < size) {
                    k += keptAtLeast[a][b + 1];
                    r += errorsAtLeast[a][b + 1];
                }
                if (a + 1 < size && b + 1 < size) {
                    k -= keptAtLeast[a + 1][b + 1];
                    r -= errorsAtLeast[a + 1][b + 1];
                }
                keptAtLeast[a][b] = k;
                errorsAtLeast[a][b] = r;
            }
        }
    }

    /** "C12|34" → {12, 34}. */
    private static int[] parse(String key) {
        int bar = key.indexOf('|');
        return new int[] {Integer.parseInt(key.substring(1, bar)), Integer.parseInt(key.substring(bar + 1))};
    }

    public long shots() {
        return shots;
    }

    /** Keep rate after post-selection alone (no gap cut). */
    public double postselectedKeep() {
        return shots == 0 ? 0 : (double) postselectedKept / shots;
    }

    public double[] survivalBefore() {
        return survivalBefore.clone();
    }

    /** The operating point of a threshold pair (thresholds below 0 count as 0). */
    public Point at(int gapMono, int gap) {
        int a = Math.min(Math.max(gapMono, 0), size - 1);
        int b = Math.min(Math.max(gap, 0), size - 1);
        long kept = keptAtLeast[a][b];
        long errors = errorsAtLeast[a][b];
        double keep = shots == 0 ? 0 : (double) kept / shots;
        BinomialFit.Fit fit = BinomialFit.fit(kept, errors, 1000);
        double v = kept == 0 ? Double.POSITIVE_INFINITY : volume.expectedVolume(survivalBefore, postselectedKeep(), keep);
        return new Point(gapMono, gap, kept, errors, keep, keep == 0 ? Double.POSITIVE_INFINITY : 1 / keep, fit, v);
    }

    /**
     * Threshold pairs on the Pareto front: no other pair has both a lower volume and a lower error
     * rate (best estimate), among pairs with at least {@code minErrors} errors so the rates mean
     * something; sorted by volume.
     */
    public List<Point> paretoFront(int minErrors) {
        List<double[]> all = new ArrayList<>();
        for (int a = 0; a < size; a++) {
            for (int b = 0; b < size; b++) {
                long kept = keptAtLeast[a][b];
                if (errorsAtLeast[a][b] >= minErrors && (a == 0 || kept != keptAtLeast[a - 1][b])
                        && (b == 0 || kept != keptAtLeast[a][b - 1])) {
                    double keep = (double) kept / shots;
                    all.add(new double[] {a, b, volume.expectedVolume(survivalBefore, postselectedKeep(), keep),
                        (double) errorsAtLeast[a][b] / kept});
                }
            }
        }
        all.sort((p, q) -> Double.compare(p[2], q[2]));
        List<Point> front = new ArrayList<>();
        double bestRate = Double.POSITIVE_INFINITY;
        for (double[] p : all) {
            if (p[3] < bestRate) {
                front.add(at((int) p[0], (int) p[1]));
                bestRate = p[3];
            }
        }
        return front;
    }
}
