package qtool.msc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import qtool.plot.PlotModel;
import qtool.stats.TaskStats;

/**
 * The human-readable result of an end-to-end cultivation run: keep rate and per-stage discards of
 * the post-selection, the volume formula, the Pareto front of Y error per kept shot against expected
 * volume over the two gap thresholds, and the published operating points evaluated on the same
 * histogram, so a run can be compared with the paper at a glance. Also the plot of that front.
 */
public final class CultivationReport {
    /** A published operating point: thresholds and what the paper reports there. */
    public record Published(int gapMono, int gap, double error, double volume) {
    }

    /** Chen et al.'s d1 = 3 → d = 7 points at p = 1e-3 (recomputed from their CSVs, see qec.md §7). */
    public static final List<Published> RP2_D3 = List.of(
            new Published(32, 47, 1.08e-5, 837), new Published(56, 69, 1.06e-6, 1000), new Published(50, 86, 1.02e-6, 1212));

    /** Their d1 = 5 → d = 11 points at p = 1e-3 (recomputed from their CSVs, see qec.md §7). */
    public static final List<Published> RP2_D5 = List.of(
            new Published(70, 98, 2.2e-9, 5753), new Published(76, 99, 1.0e-9, 6200), new Published(82, 105, 3.9e-10, 6935));

    private static final int MAX_ROWS = 16;

    private final String title;
    private final TaskStats stats;
    private final GapSweep sweep;
    private final VolumeModel volume;
    private final List<Published> published;

    public CultivationReport(String title, TaskStats stats, VolumeModel volume, List<Published> published) {
        this.title = title;
        this.stats = stats;
        this.volume = volume;
        this.sweep = new GapSweep(stats, volume);
        this.published = published;
    }

    public GapSweep sweep() {
        return sweep;
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        sb.append(title).append('\n');
        sb.append(String.format(Locale.ROOT, "shots %d, worker time %.1f s%n", stats.shots(), stats.seconds()));
        double keep = sweep.postselectedKeep();
        sb.append(String.format(Locale.ROOT, "post-selection keep rate %.5f (expected attempts %.3f); discards by stage:",
                keep, 1 / keep));
        for (int s = 0; s < volume.stages().size(); s++) {
            Long d = stats.customCounts().get("D" + s);
            if (d != null) {
                sb.append(String.format(Locale.ROOT, " D%d %.5f", s, (double) d / stats.shots()));
            }
        }
        sb.append('\n');
        GapSweep.Point none = sweep.at(0, 0);
        sb.append(String.format(Locale.ROOT, "no gap cut: %d errors in %d kept shots, Y error %.3e%n", none.errors(),
                none.kept(), none.error().best()));
        sb.append("expected volume in qubit-rounds: ").append(volume.formula()).append('\n');
        sb.append("  (S<s>: survival up to stage s, S_post: after all post-selection, K: keep rate after the gap cut)\n");
        sb.append("Pareto front over gap thresholds (keep a shot when gap_mono >= g1 dB and gap >= g2 dB):\n");
        sb.append(header());
        List<GapSweep.Point> front = sweep.paretoFront(1);
        for (GapSweep.Point p : thin(front)) {
            sb.append(row(p));
        }
        if (!published.isEmpty()) {
            sb.append("published operating points on this run (paper: Y error, volume):\n");
            sb.append(header());
            for (Published pub : published) {
                sb.append(row(sweep.at(pub.gapMono(), pub.gap())).stripTrailing())
                        .append(String.format(Locale.ROOT, "   paper %.2e, %.0f%n", pub.error(), pub.volume()));
            }
        }
        return sb.toString();
    }

    private static String header() {
        return String.format(Locale.ROOT, "  %4s %4s %9s %9s %7s %10s %22s %9s%n", "g1", "g2", "keep", "attempts", "errors",
                "Y error", "likelihood band (1e3)", "volume");
    }

    private static String row(GapSweep.Point p) {
        return String.format(Locale.ROOT, "  %4d %4d %9.5f %9.3f %7d %10.3e   [%8.2e, %8.2e] %9.0f%n", p.gapMono(), p.gap(),
                p.keepRate(), p.attempts(), p.errors(), p.error().best(), p.error().low(), p.error().high(), p.volume());
    }

    /** At most {@link #MAX_ROWS} points spread evenly along the front, ends included. */
    private static List<GapSweep.Point> thin(List<GapSweep.Point> front) {
        if (front.size() <= MAX_ROWS) {
            return front;
        }
        List<GapSweep.Point> out = new ArrayList<>();
        for (int i = 0; i < MAX_ROWS; i++) {
            out.add(front.get((int) Math.round(i * (front.size() - 1) / (double) (MAX_ROWS - 1))));
        }
        return out;
    }

    /** Y error per kept shot (likelihood band) against expected volume, with the published points. */
    public PlotModel plot() {
        List<PlotModel.Point> ours = new ArrayList<>();
        for (GapSweep.Point p : sweep.paretoFront(1)) {
            ours.add(new PlotModel.Point(p.volume(), p.error().best(), p.error().low(), p.error().high()));
        }
        List<PlotModel.Curve> curves = new ArrayList<>();
        curves.add(new PlotModel.Curve("qtool (Pareto front)", ours));
        if (!published.isEmpty()) {
            List<PlotModel.Point> pub = new ArrayList<>();
            for (Published p : published) {
                pub.add(new PlotModel.Point(p.volume(), p.error(), p.error(), p.error()));
            }
            curves.add(new PlotModel.Curve("Chen et al. 2025", pub));
        }
        return new PlotModel(title, "expected volume (qubit-rounds per kept state)", "Y error per kept shot", curves);
    }
}
