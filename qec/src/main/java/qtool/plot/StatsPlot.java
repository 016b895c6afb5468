package qtool.plot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import qtool.stats.BinomialFit;
import qtool.stats.CanonicalJson;
import qtool.stats.SinterCsv;
import qtool.stats.TaskStats;

/**
 * Builds the main QEC chart from stats rows: logical error rate against physical error rate, one
 * curve per code distance, as {@code sinter plot --x_func m.p --group_func m.d} draws it.
 *
 * <ul>
 * <li>Rows are first combined by strong id.</li>
 * <li>x is metadata {@code p}. Rows without a positive numeric {@code p}, and rows whose shots were
 *     all discarded (sinter skips those too), are left out; each is reported to the warning sink.</li>
 * <li>Curves are grouped by metadata {@code d} (label {@code d=5}, ascending d); rows without
 *     {@code d} are grouped by decoder instead. When the rows use more than one decoder, curves are
 *     per (d, decoder), labelled {@code d=5 pymatching}.</li>
 * <li>y is {@code errors / (shots - discards)} with the {@link BinomialFit} band. With
 *     {@code perRound}, the three values are converted by
 *     {@link BinomialFit#perPieceRate}{@code (rate, r, 1)} using metadata {@code r} (or
 *     {@code rounds}); rows without it are left out with a warning.</li>
 * </ul>
 */
public final class StatsPlot {
    public static final double DEFAULT_MAX_LIKELIHOOD_FACTOR = 1000;

    private StatsPlot() {
    }

    public static PlotModel logicalErrorVsPhysical(List<TaskStats> stats, boolean perRound,
            double maxLikelihoodFactor) {
        return logicalErrorVsPhysical(stats, perRound, maxLikelihoodFactor, w -> { });
    }

    /** As {@link #logicalErrorVsPhysical(List, boolean, double)}, reporting each skipped row to {@code warnings}. */
    public static PlotModel logicalErrorVsPhysical(List<TaskStats> stats, boolean perRound,
            double maxLikelihoodFactor, Consumer<String> warnings) {
        List<TaskStats> rows = new ArrayList<>(SinterCsv.combine(stats).values());
        boolean manyDecoders = rows.stream().map(TaskStats::decoder).distinct().count() > 1;
        Map<CurveKey, List<PlotModel.Point>> groups = new TreeMap<>(CurveKey.ORDER);
        for (TaskStats row : rows) {
            Map<?, ?> meta = metadata(row);
            Double p = number(meta, "p");
            if (p == null || !(p > 0)) {
                warnings.accept("skipping stats " + shortId(row) + ": json_metadata has no positive 'p' to plot against");
                continue;
            }
            long kept = row.shots() - row.discards();
            if (kept == 0) {
                warnings.accept("skipping stats " + shortId(row) + ": no shots were kept");
                continue;
            }
            BinomialFit.Fit fit = BinomialFit.fit(kept, row.errors(), maxLikelihoodFactor);
            if (perRound) {
                Double r = number(meta, "r");
                if (r == null) {
                    r = number(meta, "rounds");
                }
                if (r == null || !(r > 0)) {
                    warnings.accept("skipping stats " + shortId(row) + ": --per-round needs metadata 'r' or 'rounds'");
                    continue;
                }
                fit = new BinomialFit.Fit(BinomialFit.perPieceRate(fit.low(), r, 1),
                        BinomialFit.perPieceRate(fit.best(), r, 1), BinomialFit.perPieceRate(fit.high(), r, 1));
            }
            Double d = number(meta, "d");
            CurveKey key = new CurveKey(d, d == null || manyDecoders ? row.decoder() : null);
            groups.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(new PlotModel.Point(p, fit.best(), fit.low(), fit.high()));
        }
        List<PlotModel.Curve> curves = new ArrayList<>();
        groups.forEach((key, points) -> {
            points.sort(Comparator.comparingDouble(PlotModel.Point::x));
            curves.add(new PlotModel.Curve(key.label(), points));
        });
        String unit = perRound ? "round" : "shot";
        return new PlotModel("Logical error rate vs physical error rate", "physical error rate p",
                "logical error rate per " + unit, curves);
    }

    /** A curve's identity: distance (may be absent) and decoder (absent when not needed). */
    private record CurveKey(Double d, String decoder) {
        static final Comparator<CurveKey> ORDER = Comparator
                .comparing(CurveKey::d, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(CurveKey::decoder, Comparator.nullsFirst(Comparator.naturalOrder()));

        String label() {
            if (d == null) {
                return decoder;
            }
            String distance = "d=" + (d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : d.toString());
            return decoder == null ? distance : distance + " " + decoder;
        }
    }

    private static Map<?, ?> metadata(TaskStats row) {
        Object parsed = CanonicalJson.parse(row.jsonMetadata());
        return parsed instanceof Map ? (Map<?, ?>) parsed : Map.of();
    }

    private static Double number(Map<?, ?> meta, String key) {
        Object v = meta.get(key);
        return v instanceof Number ? ((Number) v).doubleValue() : null;
    }

    private static String shortId(TaskStats row) {
        String id = row.strongId();
        return id.length() > 12 ? id.substring(0, 12) + "..." : id;
    }
}
