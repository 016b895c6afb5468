package qtool.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import qtool.stats.BinomialFit;
import qtool.stats.TaskStats;

/** Grouping, x/y values and skipped rows of the logical-error-rate chart. */
class StatsPlotTest {
    private static TaskStats row(String id, String decoder, long shots, long errors, String meta) {
        return new TaskStats(shots, errors, 0, 1, decoder, id, meta);
    }

    @Test
    void curvesPerDistanceSortedAndCombined() {
        List<TaskStats> rows = List.of(
                row("a", "pymatching", 1000, 10, "{\"d\":5,\"p\":0.002,\"r\":5}"),
                row("b", "pymatching", 1000, 50, "{\"d\":3,\"p\":0.002,\"r\":3}"),
                row("c", "pymatching", 1000, 5, "{\"d\":3,\"p\":0.001,\"r\":3}"),
                row("a", "pymatching", 1000, 10, "{\"d\":5,\"p\":0.002,\"r\":5}"),
                row("e", "pymatching", 1000, 1, "{\"d\":11}"));
        List<String> warnings = new ArrayList<>();
        PlotModel m = StatsPlot.logicalErrorVsPhysical(rows, false, 1000, warnings::add);
        assertEquals(List.of("d=3", "d=5"), m.curves().stream().map(PlotModel.Curve::label).toList());
        PlotModel.Curve d3 = m.curves().get(0);
        assertEquals(List.of(0.001, 0.002), d3.points().stream().map(PlotModel.Point::x).toList());
        PlotModel.Point d5 = m.curves().get(1).points().get(0);
        assertEquals(0.01, d5.best(), 1e-15); // 20 errors in 2000 combined shots
        BinomialFit.Fit fit = BinomialFit.fit(2000, 20, 1000);
        assertEquals(fit.low(), d5.low());
        assertEquals(fit.high(), d5.high());
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("logical error rate per shot", m.yLabel());
    }

    @Test
    void perRoundConvertsAllThreeValues() {
        PlotModel m = StatsPlot.logicalErrorVsPhysical(
                List.of(row("a", "pymatching", 1000, 100, "{\"d\":5,\"p\":0.002,\"rounds\":5}")), true, 1000);
        PlotModel.Point p = m.curves().get(0).points().get(0);
        BinomialFit.Fit fit = BinomialFit.fit(1000, 100, 1000);
        assertEquals(BinomialFit.perPieceRate(0.1, 5, 1), p.best());
        assertEquals(BinomialFit.perPieceRate(fit.low(), 5, 1), p.low());
        assertEquals(BinomialFit.perPieceRate(fit.high(), 5, 1), p.high());
        assertEquals("logical error rate per round", m.yLabel());
    }

    @Test
    void severalDecodersSplitCurvesAndNoDistanceGroupsByDecoder() {
        List<TaskStats> rows = List.of(
                row("a", "pymatching", 1000, 10, "{\"d\":3,\"p\":0.001}"),
                row("b", "union_find", 1000, 12, "{\"d\":3,\"p\":0.001}"),
                row("c", "union_find", 1000, 12, "{\"p\":0.001}"));
        PlotModel m = StatsPlot.logicalErrorVsPhysical(rows, false, 1000);
        assertEquals(List.of("d=3 pymatching", "d=3 union_find", "union_find"),
                m.curves().stream().map(PlotModel.Curve::label).toList());
    }

    @Test
    void zeroErrorsKeepABand() {
        PlotModel m = StatsPlot.logicalErrorVsPhysical(List.of(row("a", "x", 1000, 0, "{\"d\":3,\"p\":0.001}")), false, 1000);
        PlotModel.Point p = m.curves().get(0).points().get(0);
        assertEquals(0, p.best());
        assertTrue(p.high() > 0);
    }
}
