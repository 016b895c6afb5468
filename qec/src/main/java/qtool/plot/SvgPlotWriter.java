package qtool.plot;

import java.util.List;
import java.util.Locale;

/**
 * Writes a {@link PlotModel} as a standalone SVG document. The output depends only on the model and
 * size (fixed element order, two-decimal coordinates formatted with {@link Locale#ROOT}), so it can
 * be compared with a golden file, and it stays a few kilobytes, readable and editable by hand.
 */
public final class SvgPlotWriter {
    private static final String FONT = "font-family=\"DejaVu Sans, Helvetica, Arial, sans-serif\"";

    private SvgPlotWriter() {
    }

    public static String write(PlotModel m, int width, int height) {
        PlotLayout l = PlotLayout.of(m, width, height);
        StringBuilder sb = new StringBuilder();
        sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">\n");
        sb.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" fill=\"#ffffff\"/>\n");
        text(sb, width / 2.0, 24, "middle", 16, "bold", m.title());
        if (l.empty()) {
            frame(sb, l);
            PlotLayout.Pixel c = l.centre();
            text(sb, c.x(), c.y(), "middle", 14, null, "no data");
        } else {
            grid(sb, l);
            frame(sb, l);
            for (int i = 0; i < m.curves().size(); i++) {
                curve(sb, l, m.curves().get(i), PlotLayout.color(i));
            }
            legend(sb, l, m.curves());
        }
        text(sb, (l.left + l.right) / 2, height - 12, "middle", 13, null, m.xLabel());
        sb.append("<text x=\"18\" y=\"").append(f((l.top + l.bottom) / 2)).append("\" text-anchor=\"middle\" ")
                .append(FONT).append(" font-size=\"13\" transform=\"rotate(-90 18 ")
                .append(f((l.top + l.bottom) / 2)).append(")\">").append(escape(m.yLabel())).append("</text>\n");
        sb.append("</svg>\n");
        return sb.toString();
    }

    /** Light decade grid lines with tick labels below and left of the plot area. */
    private static void grid(StringBuilder sb, PlotLayout l) {
        sb.append("<g stroke=\"#f0f0f0\" stroke-width=\"1\">\n");
        for (double x : l.xMinorTicks()) {
            line(sb, x, l.top, x, l.bottom);
        }
        for (double y : l.yMinorTicks()) {
            line(sb, l.left, y, l.right, y);
        }
        sb.append("</g>\n");
        sb.append("<g stroke=\"#d0d0d0\" stroke-width=\"1\">\n");
        for (PlotLayout.Tick t : l.xTicks()) {
            line(sb, t.pixel(), l.top, t.pixel(), l.bottom);
        }
        for (PlotLayout.Tick t : l.yTicks()) {
            line(sb, l.left, t.pixel(), l.right, t.pixel());
        }
        sb.append("</g>\n");
        sb.append("<g stroke=\"#000000\" stroke-width=\"1\">\n");
        for (PlotLayout.Tick t : l.xTicks()) {
            line(sb, t.pixel(), l.bottom, t.pixel(), l.bottom + 5);
        }
        for (PlotLayout.Tick t : l.yTicks()) {
            line(sb, l.left - 5, t.pixel(), l.left, t.pixel());
        }
        sb.append("</g>\n");
        for (PlotLayout.Tick t : l.xTicks()) {
            if (!t.label().isEmpty()) {
                text(sb, t.pixel(), l.bottom + 19, "middle", 11, null, t.label());
            }
        }
        for (PlotLayout.Tick t : l.yTicks()) {
            if (!t.label().isEmpty()) {
                text(sb, l.left - 8, t.pixel() + 4, "end", 11, null, t.label());
            }
        }
    }

    private static void frame(StringBuilder sb, PlotLayout l) {
        sb.append("<rect x=\"").append(f(l.left)).append("\" y=\"").append(f(l.top)).append("\" width=\"")
                .append(f(l.right - l.left)).append("\" height=\"").append(f(l.bottom - l.top))
                .append("\" fill=\"none\" stroke=\"#000000\" stroke-width=\"1\"/>\n");
    }

    /** Band first, then line and markers on top, each curve in its own group. */
    private static void curve(StringBuilder sb, PlotLayout l, PlotModel.Curve c, String color) {
        sb.append("<g>\n");
        List<PlotLayout.Pixel> band = l.band(c);
        if (!band.isEmpty()) {
            sb.append("<polygon points=\"").append(points(band)).append("\" fill=\"").append(color)
                    .append("\" fill-opacity=\"").append(f(PlotLayout.BAND_OPACITY)).append("\" stroke=\"none\"/>\n");
        }
        List<PlotLayout.Pixel> line = l.line(c);
        if (line.size() > 1) {
            sb.append("<polyline points=\"").append(points(line)).append("\" fill=\"none\" stroke=\"").append(color)
                    .append("\" stroke-width=\"1.5\"/>\n");
        }
        for (PlotLayout.Pixel p : line) {
            sb.append("<circle cx=\"").append(f(p.x())).append("\" cy=\"").append(f(p.y()))
                    .append("\" r=\"3\" fill=\"").append(color).append("\"/>\n");
        }
        sb.append("</g>\n");
    }

    private static void legend(StringBuilder sb, PlotLayout l, List<PlotModel.Curve> curves) {
        for (int i = 0; i < curves.size(); i++) {
            PlotLayout.Pixel p = l.legendRow(i);
            String color = PlotLayout.color(i);
            sb.append("<rect x=\"").append(f(p.x())).append("\" y=\"").append(f(p.y())).append("\" width=\"16\" height=\"10\" fill=\"")
                    .append(color).append("\" fill-opacity=\"").append(f(PlotLayout.BAND_OPACITY)).append("\"/>\n");
            line(sb, p.x(), p.y() + 5, p.x() + 16, p.y() + 5, color);
            text(sb, p.x() + 22, p.y() + 9, "start", 12, null, curves.get(i).label());
        }
    }

    private static void line(StringBuilder sb, double x1, double y1, double x2, double y2) {
        sb.append("<line x1=\"").append(f(x1)).append("\" y1=\"").append(f(y1)).append("\" x2=\"").append(f(x2))
                .append("\" y2=\"").append(f(y2)).append("\"/>\n");
    }

    private static void line(StringBuilder sb, double x1, double y1, double x2, double y2, String color) {
        sb.append("<line x1=\"").append(f(x1)).append("\" y1=\"").append(f(y1)).append("\" x2=\"").append(f(x2))
                .append("\" y2=\"").append(f(y2)).append("\" stroke=\"").append(color).append("\" stroke-width=\"1.5\"/>\n");
    }

    private static void text(StringBuilder sb, double x, double y, String anchor, int size, String weight, String s) {
        sb.append("<text x=\"").append(f(x)).append("\" y=\"").append(f(y)).append("\" text-anchor=\"").append(anchor)
                .append("\" ").append(FONT).append(" font-size=\"").append(size).append('"');
        if (weight != null) {
            sb.append(" font-weight=\"").append(weight).append('"');
        }
        sb.append('>').append(escape(s)).append("</text>\n");
    }

    private static String points(List<PlotLayout.Pixel> ps) {
        StringBuilder sb = new StringBuilder();
        for (PlotLayout.Pixel p : ps) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(f(p.x())).append(',').append(f(p.y()));
        }
        return sb.toString();
    }

    /** Two decimals, never locale-dependent, and never "-0.00". */
    static String f(double v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.equals("-0.00") ? "0.00" : s;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
