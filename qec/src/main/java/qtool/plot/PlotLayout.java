package qtool.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * The geometry of a log-log chart, shared by the SVG and PNG writers so both draw the same picture:
 * the plot rectangle, whole-decade axis ranges, decade ticks, the mapping from data to pixels, and
 * the pixel outlines of each curve's band and line. All coordinates are in pixels, y downwards.
 */
final class PlotLayout {
    /** A tick: pixel position along its axis and its label, e.g. {@code 1e-4}. */
    record Tick(double pixel, String label) {
    }

    /** A pixel position. */
    record Pixel(double x, double y) {
    }

    /** Colours from a fixed palette (matplotlib's "tab10" hues), so curves keep colours between runs. */
    static final String[] PALETTE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
        "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};
    /** Band opacity; sinter shades its bands at a quarter of the line's alpha. */
    static final double BAND_OPACITY = 0.25;
    static final double LEGEND_ROW = 18;
    /** Inner padding, so points at the ends of the decade-aligned ranges do not sit on the frame. */
    private static final double PAD = 12;
    private static final int MAX_LABELLED_TICKS = 12;

    final int width;
    final int height;
    final double left;
    final double top;
    final double right;
    final double bottom;
    private final boolean empty;
    private final int xLo;
    private final int xHi;
    private final int yLo;
    private final int yHi;

    private PlotLayout(int width, int height, double legendWidth, boolean empty, int xLo, int xHi, int yLo, int yHi) {
        this.width = width;
        this.height = height;
        this.left = 70;
        this.top = 40;
        // The legend sits in a column to the right of the plot area.
        this.right = width - legendWidth;
        this.bottom = height - 55;
        this.empty = empty;
        this.xLo = xLo;
        this.xHi = xHi;
        this.yLo = yLo;
        this.yHi = yHi;
    }

    static PlotLayout of(PlotModel model, int width, int height) {
        if (width < 250 || height < 150) {
            throw new IllegalArgumentException("plot size " + width + "x" + height + " is too small (min 250x150)");
        }
        double[] xs = range(model, true);
        double[] ys = range(model, false);
        double legend = legendWidth(model, width);
        if (xs == null || ys == null) {
            return new PlotLayout(width, height, legend, true, 0, 1, 0, 1);
        }
        int[] xd = decades(xs);
        int[] yd = decades(ys);
        return new PlotLayout(width, height, legend, false, xd[0], xd[1], yd[0], yd[1]);
    }

    /**
     * Room for the legend column: swatch, gap and the longest label at roughly 8 px per character of
     * 12 px text (both writers must agree without measuring fonts), at most a third of the width.
     */
    private static double legendWidth(PlotModel model, int width) {
        int longest = model.curves().stream().mapToInt(c -> c.label().length()).max().orElse(0);
        return Math.min(width / 3.0, Math.max(110, 60 + 8 * longest));
    }

    /** Whether there is no positive data to place on log axes ("no data" is drawn instead). */
    boolean empty() {
        return empty;
    }

    /** Min and max of the positive x values (or of the positive y values: best, low and high), or null. */
    private static double[] range(PlotModel model, boolean x) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (PlotModel.Curve c : model.curves()) {
            for (PlotModel.Point p : c.points()) {
                double[] vs = x ? new double[] {p.x()} : new double[] {p.best(), p.low(), p.high()};
                for (double v : vs) {
                    if (v > 0 && !Double.isInfinite(v)) {
                        min = Math.min(min, v);
                        max = Math.max(max, v);
                    }
                }
            }
        }
        return min <= max ? new double[] {min, max} : null;
    }

    /** Whole decades covering [min, max]; at least one decade wide so a single point has room. */
    private static int[] decades(double[] range) {
        // A tiny tolerance keeps exact powers of ten (0.001) from spilling into the next decade.
        int lo = (int) Math.floor(Math.log10(range[0]) + 1e-9);
        int hi = (int) Math.ceil(Math.log10(range[1]) - 1e-9);
        if (hi <= lo) {
            hi = lo + 1;
        }
        return new int[] {lo, hi};
    }

    double px(double x) {
        return xPixel(Math.log10(x));
    }

    private double xPixel(double decade) {
        return left + PAD + (decade - xLo) / (xHi - xLo) * (right - left - 2 * PAD);
    }

    private double yPixel(double decade) {
        return bottom - PAD - (decade - yLo) / (yHi - yLo) * (bottom - top - 2 * PAD);
    }

    /** y pixel; values at or below zero (a band reaching 0) are clamped to the bottom edge. */
    double py(double y) {
        if (!(y > 0)) {
            return bottom;
        }
        return Math.max(top, Math.min(bottom, yPixel(Math.log10(y))));
    }

    List<Tick> xTicks() {
        List<Tick> ticks = new ArrayList<>();
        for (int k = xLo; k <= xHi; k++) {
            ticks.add(new Tick(xPixel(k), label(k, xLo, xHi)));
        }
        return ticks;
    }

    List<Tick> yTicks() {
        List<Tick> ticks = new ArrayList<>();
        for (int k = yLo; k <= yHi; k++) {
            ticks.add(new Tick(yPixel(k), label(k, yLo, yHi)));
        }
        return ticks;
    }

    /** Unlabelled positions of 2..9 times each decade, for a fainter minor grid. */
    List<Double> xMinorTicks() {
        List<Double> out = new ArrayList<>();
        for (int k = xLo; k < xHi; k++) {
            for (int m = 2; m <= 9; m++) {
                out.add(xPixel(k + Math.log10(m)));
            }
        }
        return out;
    }

    List<Double> yMinorTicks() {
        List<Double> out = new ArrayList<>();
        for (int k = yLo; k < yHi; k++) {
            for (int m = 2; m <= 9; m++) {
                out.add(yPixel(k + Math.log10(m)));
            }
        }
        return out;
    }

    /** {@code 1e-4}, {@code 1}, {@code 1e2}; on very wide axes only every n-th decade is labelled. */
    private static String label(int k, int lo, int hi) {
        int step = Math.max(1, (int) Math.ceil((hi - lo + 1) / (double) MAX_LABELLED_TICKS));
        if ((k - lo) % step != 0) {
            return "";
        }
        return k == 0 ? "1" : "1e" + k;
    }

    /**
     * The band outline: along the high edge left to right, then back along the low edge. Empty when
     * the curve has no points; a single point gets a short vertical bar instead.
     */
    List<Pixel> band(PlotModel.Curve curve) {
        List<Pixel> poly = new ArrayList<>();
        List<PlotModel.Point> pts = curve.points();
        if (pts.isEmpty()) {
            return poly;
        }
        if (pts.size() == 1) {
            // A band needs width; give a lone point a 6-pixel-wide bar.
            PlotModel.Point p = pts.get(0);
            double x = px(p.x());
            poly.add(new Pixel(x - 3, py(p.high())));
            poly.add(new Pixel(x + 3, py(p.high())));
            poly.add(new Pixel(x + 3, py(p.low())));
            poly.add(new Pixel(x - 3, py(p.low())));
            return poly;
        }
        for (PlotModel.Point p : pts) {
            poly.add(new Pixel(px(p.x()), py(p.high())));
        }
        for (int i = pts.size() - 1; i >= 0; i--) {
            poly.add(new Pixel(px(pts.get(i).x()), py(pts.get(i).low())));
        }
        return poly;
    }

    /** The best values that can be drawn on a log axis (positive), in x order. */
    List<Pixel> line(PlotModel.Curve curve) {
        List<Pixel> line = new ArrayList<>();
        for (PlotModel.Point p : curve.points()) {
            if (p.best() > 0) {
                line.add(new Pixel(px(p.x()), py(p.best())));
            }
        }
        return line;
    }

    static String color(int curveIndex) {
        return PALETTE[curveIndex % PALETTE.length];
    }

    /** Top-left corner of legend row {@code i}. */
    Pixel legendRow(int i) {
        return new Pixel(right + 20, top + 10 + i * LEGEND_ROW);
    }

    /** Centre of the plot area, where "no data" goes. */
    Pixel centre() {
        return new Pixel((left + right) / 2, (top + bottom) / 2);
    }
}
