package qtool.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import qtool.testing.Golden;

/** The SVG against a golden file, and PNG output that decodes at the requested size. */
class PlotWritersTest {
    static PlotModel twoCurves() {
        PlotModel.Curve d3 = new PlotModel.Curve("d=3", List.of(
                new PlotModel.Point(0.001, 0.0008, 0.0006, 0.0011),
                new PlotModel.Point(0.002, 0.003, 0.0025, 0.0036),
                new PlotModel.Point(0.005, 0.02, 0.018, 0.022)));
        PlotModel.Curve d5 = new PlotModel.Curve("d=5 <mwpm & co>", List.of(
                new PlotModel.Point(0.001, 0, 0, 0.00007),
                new PlotModel.Point(0.002, 0.0004, 0.0002, 0.0007),
                new PlotModel.Point(0.005, 0.012, 0.010, 0.014)));
        return new PlotModel("Repetition code", "physical error rate p", "logical error rate per shot", List.of(d3, d5));
    }

    @Test
    void svgGolden() {
        String svg = SvgPlotWriter.write(twoCurves(), 800, 600);
        Golden.assertMatches(svg, "plot/two-curves.svg");
        assertTrue(svg.contains("&lt;mwpm &amp; co&gt;"), "labels are XML-escaped");
        assertEquals(svg, SvgPlotWriter.write(twoCurves(), 800, 600), "deterministic");
    }

    @Test
    void svgCopesWithEmptySingleAndAllZero() {
        PlotModel empty = new PlotModel("t", "x", "y", List.of());
        assertTrue(SvgPlotWriter.write(empty, 400, 300).contains(">no data</text>"));
        PlotModel single = new PlotModel("t", "x", "y", List.of(new PlotModel.Curve("d=3",
                List.of(new PlotModel.Point(0.001, 0.01, 0.005, 0.02)))));
        String s = SvgPlotWriter.write(single, 400, 300);
        assertTrue(s.contains("<circle") && s.contains("<polygon"), s);
        assertFalse(s.contains("NaN") || s.contains("Infinity"), s);
        PlotModel zeros = new PlotModel("t", "x", "y", List.of(new PlotModel.Curve("d=3", List.of(
                new PlotModel.Point(0.001, 0, 0, 0.003), new PlotModel.Point(0.002, 0, 0, 0.003)))));
        String z = SvgPlotWriter.write(zeros, 400, 300);
        assertTrue(z.contains("<polygon") && !z.contains("<circle"), z);
        assertFalse(z.contains("NaN") || z.contains("Infinity"), z);
    }

    @Test
    void decadeTicks() {
        PlotLayout l = PlotLayout.of(twoCurves(), 800, 600);
        assertEquals(List.of("1e-3", "1e-2"), l.xTicks().stream().map(PlotLayout.Tick::label).toList());
        assertEquals(List.of("1e-5", "1e-4", "1e-3", "1e-2", "1e-1"), l.yTicks().stream().map(PlotLayout.Tick::label).toList());
        assertEquals(l.xTicks().get(0).pixel(), l.px(0.001), 1e-9);
        assertEquals(l.xTicks().get(1).pixel(), l.px(0.01), 1e-9);
        assertTrue(l.px(0.001) > l.left && l.px(0.01) < l.right);
        assertEquals(l.bottom, l.py(0), 0);
    }

    @Test
    void pngDecodesAtRequestedSize() throws IOException {
        for (PlotModel m : List.of(twoCurves(), new PlotModel("empty", "x", "y", List.of()))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PngPlotWriter.write(m, 640, 480, out);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
            assertEquals(640, img.getWidth());
            assertEquals(480, img.getHeight());
        }
    }
}
