package qtool.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Paints a {@link PlotModel} as a PNG with Java2D, following the same {@link PlotLayout} as
 * {@link SvgPlotWriter} so both formats show the same chart. Uses only an off-screen
 * {@link BufferedImage}, which works without a display; headless mode is switched on if nothing
 * chose otherwise, so no AWT toolkit window system is ever needed.
 */
public final class PngPlotWriter {
    private PngPlotWriter() {
    }

    public static void write(PlotModel m, int width, int height, OutputStream out) throws IOException {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        PlotLayout l = PlotLayout.of(m, width, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.BLACK);
            text(g, width / 2.0, 24, 0.5, new Font(Font.SANS_SERIF, Font.BOLD, 16), m.title());
            if (l.empty()) {
                frame(g, l);
                text(g, l.centre().x(), l.centre().y(), 0.5, font(14), "no data");
            } else {
                grid(g, l);
                frame(g, l);
                for (int i = 0; i < m.curves().size(); i++) {
                    curve(g, l, m.curves().get(i), Color.decode(PlotLayout.color(i)));
                }
                legend(g, l, m.curves());
            }
            g.setColor(Color.BLACK);
            text(g, (l.left + l.right) / 2, height - 12, 0.5, font(13), m.xLabel());
            AffineTransform saved = g.getTransform();
            g.rotate(-Math.PI / 2, 18, (l.top + l.bottom) / 2);
            text(g, 18, (l.top + l.bottom) / 2, 0.5, font(13), m.yLabel());
            g.setTransform(saved);
        } finally {
            g.dispose();
        }
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer available in this JVM");
        }
    }

    private static Font font(int size) {
        return new Font(Font.SANS_SERIF, Font.PLAIN, size);
    }

    private static void grid(Graphics2D g, PlotLayout l) {
        g.setStroke(new BasicStroke(1));
        g.setColor(new Color(0xf0, 0xf0, 0xf0));
        for (double x : l.xMinorTicks()) {
            g.draw(new Line2D.Double(x, l.top, x, l.bottom));
        }
        for (double y : l.yMinorTicks()) {
            g.draw(new Line2D.Double(l.left, y, l.right, y));
        }
        g.setColor(new Color(0xd0, 0xd0, 0xd0));
        for (PlotLayout.Tick t : l.xTicks()) {
            g.draw(new Line2D.Double(t.pixel(), l.top, t.pixel(), l.bottom));
        }
        for (PlotLayout.Tick t : l.yTicks()) {
            g.draw(new Line2D.Double(l.left, t.pixel(), l.right, t.pixel()));
        }
        g.setColor(Color.BLACK);
        for (PlotLayout.Tick t : l.xTicks()) {
            g.draw(new Line2D.Double(t.pixel(), l.bottom, t.pixel(), l.bottom + 5));
            text(g, t.pixel(), l.bottom + 19, 0.5, font(11), t.label());
        }
        for (PlotLayout.Tick t : l.yTicks()) {
            g.draw(new Line2D.Double(l.left - 5, t.pixel(), l.left, t.pixel()));
            text(g, l.left - 8, t.pixel() + 4, 1, font(11), t.label());
        }
    }

    private static void frame(Graphics2D g, PlotLayout l) {
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(1));
        g.draw(new Rectangle2D.Double(l.left, l.top, l.right - l.left, l.bottom - l.top));
    }

    private static void curve(Graphics2D g, PlotLayout l, PlotModel.Curve c, Color color) {
        List<PlotLayout.Pixel> band = l.band(c);
        if (!band.isEmpty()) {
            g.setColor(translucent(color));
            g.fill(path(band, true));
        }
        List<PlotLayout.Pixel> line = l.line(c);
        g.setColor(color);
        if (line.size() > 1) {
            g.setStroke(new BasicStroke(1.5f));
            g.draw(path(line, false));
        }
        for (PlotLayout.Pixel p : line) {
            g.fill(new Ellipse2D.Double(p.x() - 3, p.y() - 3, 6, 6));
        }
    }

    private static void legend(Graphics2D g, PlotLayout l, List<PlotModel.Curve> curves) {
        for (int i = 0; i < curves.size(); i++) {
            PlotLayout.Pixel p = l.legendRow(i);
            Color color = Color.decode(PlotLayout.color(i));
            g.setColor(translucent(color));
            g.fill(new Rectangle2D.Double(p.x(), p.y(), 16, 10));
            g.setColor(color);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(new Line2D.Double(p.x(), p.y() + 5, p.x() + 16, p.y() + 5));
            g.setColor(Color.BLACK);
            text(g, p.x() + 22, p.y() + 9, 0, font(12), curves.get(i).label());
        }
    }

    private static Color translucent(Color c) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(255 * PlotLayout.BAND_OPACITY));
    }

    private static Path2D path(List<PlotLayout.Pixel> ps, boolean closed) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(ps.get(0).x(), ps.get(0).y());
        for (PlotLayout.Pixel p : ps.subList(1, ps.size())) {
            path.lineTo(p.x(), p.y());
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }

    /** Draws text with its baseline at y; {@code anchor} 0 = start, 0.5 = middle, 1 = end, as in the SVG. */
    private static void text(Graphics2D g, double x, double y, double anchor, Font font, String s) {
        if (s.isEmpty()) {
            return;
        }
        g.setFont(font);
        FontMetrics fm = g.getFontMetrics();
        g.drawString(s, (float) (x - anchor * fm.stringWidth(s)), (float) y);
    }
}
