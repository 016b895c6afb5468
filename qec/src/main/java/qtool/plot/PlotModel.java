package qtool.plot;

import java.util.List;
import java.util.Objects;

/**
 * What a log-log chart shows, independent of how it is drawn: a title, axis titles and curves of
 * points, each with a best value and a {@code [low, high]} uncertainty band. Values that are not
 * positive cannot sit on a log axis; renderers draw such a best value as band only, and a band
 * edge of 0 as reaching the bottom of the chart.
 */
public record PlotModel(String title, String xLabel, String yLabel, List<Curve> curves) {
    /** One data point: x, best estimate, and the band around it. */
    public record Point(double x, double best, double low, double high) {
    }

    /** One labelled series, points in ascending x. */
    public record Curve(String label, List<Point> points) {
        public Curve {
            Objects.requireNonNull(label);
            points = List.copyOf(points);
        }
    }

    public PlotModel {
        Objects.requireNonNull(title);
        Objects.requireNonNull(xLabel);
        Objects.requireNonNull(yLabel);
        curves = List.copyOf(curves);
    }

    public PlotModel withTitle(String newTitle) {
        return new PlotModel(newTitle, xLabel, yLabel, curves);
    }

    /** True when there is nothing to draw on a log-log chart. */
    public boolean isEmpty() {
        return curves.stream().allMatch(c -> c.points().isEmpty());
    }
}
