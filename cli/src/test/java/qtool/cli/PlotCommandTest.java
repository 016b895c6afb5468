package qtool.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code qtool plot}: SVG and PNG output, and exit codes 2 (bad extension) and 3 (bad CSV) leaving no file. */
class PlotCommandTest {
    private static final String STATS = "     shots,    errors,  discards, seconds,decoder,strong_id,json_metadata,custom_counts\n"
            + "     10000,        80,         0,   0.500,pymatching,aaa,\"{\"\"d\"\":3,\"\"p\"\":0.001,\"\"r\"\":3}\",\n"
            + "     10000,       300,         0,   0.500,pymatching,bbb,\"{\"\"d\"\":3,\"\"p\"\":0.002,\"\"r\"\":3}\",\n"
            + "     10000,         9,         0,   0.500,pymatching,ccc,\"{\"\"d\"\":5,\"\"p\"\":0.001,\"\"r\"\":5}\",\n"
            + "     10000,        60,         0,   0.500,pymatching,ddd,\"{\"\"d\"\":5,\"\"p\"\":0.002,\"\"r\"\":5}\",\n"
            + "     10000,        30,         0,   0.500,pymatching,ddd,\"{\"\"d\"\":5,\"\"p\"\":0.002,\"\"r\"\":5}\",\n";

    @TempDir
    Path dir;

    @Test
    void writesSvg() throws IOException {
        Path csv = write("stats.csv", STATS);
        Path out = dir.resolve("plot.svg");
        Cli.Result r = Cli.run("plot", csv.toString(), "-o", out.toString(), "--title", "Repetition code");
        assertEquals(0, r.exit(), r.toString());
        String svg = Files.readString(out);
        assertTrue(svg.startsWith("<?xml") && svg.contains(">d=3</text>") && svg.contains(">d=5</text>"), svg);
        assertTrue(svg.contains(">Repetition code</text>"), svg);
        assertTrue(r.err().contains("2 curves, 4 points from 5 rows"), r.err());
        assertNoTempFiles();
    }

    @Test
    void writesPngPerRound() throws IOException {
        Path csv = write("stats.csv", STATS);
        Path out = dir.resolve("plot.png");
        Cli.Result r = Cli.run("plot", csv.toString(), "-o", out.toString(), "--per-round", "--width", "640",
                "--height", "480");
        assertEquals(0, r.exit(), r.toString());
        BufferedImage img = ImageIO.read(out.toFile());
        assertEquals(640, img.getWidth());
        assertEquals(480, img.getHeight());
        assertNoTempFiles();
    }

    @Test
    void unknownExtensionIsAUsageError() throws IOException {
        Path csv = write("stats.csv", STATS);
        Path out = dir.resolve("plot.pdf");
        Cli.Result r = Cli.run("plot", csv.toString(), "-o", out.toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains(".svg or *.png"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void malformedCsvIsALocatedInputErrorAndWritesNothing() throws IOException {
        Path csv = write("bad.csv", STATS + "     10000,       abc,         0,   0.500,pymatching,eee,null,\n");
        Path out = dir.resolve("plot.svg");
        Cli.Result r = Cli.run("plot", csv.toString(), "-o", out.toString());
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().startsWith(csv + ":7:19: error: errors must be an integer"), r.err());
        assertFalse(Files.exists(out));
        assertNoTempFiles();
    }

    @Test
    void missingFileIsAnInputError() {
        Cli.Result r = Cli.run("plot", dir.resolve("none.csv").toString(), "-o", dir.resolve("p.svg").toString());
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains("cannot read"), r.err());
    }

    @Test
    void rowsWithoutPAreSkippedWithAWarning() throws IOException {
        Path csv = write("stats.csv", STATS + "       100,         1,         0,   0.010,pymatching,fff,\"{\"\"d\"\":7}\",\n");
        Path out = dir.resolve("plot.svg");
        Cli.Result r = Cli.run("plot", csv.toString(), "-o", out.toString());
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains("warning: skipping stats fff"), r.err());
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private void assertNoTempFiles() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "temporary file left behind");
        }
    }
}
