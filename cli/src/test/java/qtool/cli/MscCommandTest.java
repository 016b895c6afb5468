package qtool.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import qtool.stats.CanonicalJson;
import qtool.stats.SinterCsv;
import qtool.stats.TaskStats;

/** {@code qtool simulate msc}: RP² d1 = 3 cultivation with per-stage discards, and rejected targets. */
class MscCommandTest {
    record Run(int exit, String err, String out, String report) {
    }

    @Test
    void rp2CultivationCountsDiscardsPerStage() {
        Run r = run("simulate", "msc", "--stage", "cultivation", "--max-shots", "20480", "--seed", "1", "--quiet");
        assertEquals(0, r.exit(), r.err());
        TaskStats t = SinterCsv.combine(SinterCsv.read(new StringReader(r.out()), "stdout")).values().iterator().next();
        assertEquals(20480, t.shots());
        double keep = 1 - (double) t.discards() / t.shots();
        assertTrue(Math.abs(keep - 0.51402) < 5 * Math.sqrt(0.25 / 20480), "keep rate " + keep);
        assertEquals(t.discards(), t.customCounts().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(6, t.customCounts().size(), t.customCounts().toString());
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) CanonicalJson.parse(t.jsonMetadata());
        assertEquals("rp2", m.get("code"));
        assertEquals("uniform-p1e-3", m.get("target"));
        assertEquals("perfectionist", t.decoder());
    }

    @Test
    void rp2D5CultivationCountsElevenStages() {
        Run r = run("simulate", "msc", "--d1", "5", "--stage", "cultivation", "--max-shots", "102400", "--seed", "1", "--quiet");
        assertEquals(0, r.exit(), r.err());
        TaskStats t = SinterCsv.combine(SinterCsv.read(new StringReader(r.out()), "stdout")).values().iterator().next();
        assertEquals(102400, t.shots());
        double keep = 1 - (double) t.discards() / t.shots();
        assertTrue(Math.abs(keep - 0.0945) < 5 * Math.sqrt(0.0945 * 0.9055 / 102400), "keep rate " + keep);
        assertEquals(t.discards(), t.customCounts().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(11, t.customCounts().size(), t.customCounts().toString());
        assertTrue(t.jsonMetadata().contains("\"d1\":5"), t.jsonMetadata());
    }

    @Test
    void rp2D5EndToEndDecodesTheDistanceElevenEscape() {
        Run r = run("simulate", "msc", "--d1", "5", "--max-shots", "2048", "--seed", "4", "--quiet", "--threads", "2");
        assertEquals(0, r.exit(), r.err());
        TaskStats t = SinterCsv.combine(SinterCsv.read(new StringReader(r.out()), "stdout")).values().iterator().next();
        assertEquals(2048, t.shots());
        assertTrue(t.jsonMetadata().contains("\"d2\":11"), t.jsonMetadata());
        long stageDiscards = 0;
        long histogrammed = 0;
        for (Map.Entry<String, Long> e : t.customCounts().entrySet()) {
            if (e.getKey().startsWith("D")) {
                assertTrue(Integer.parseInt(e.getKey().substring(1)) <= 9, e.getKey());
                stageDiscards += e.getValue();
            } else {
                histogrammed += e.getValue();
            }
        }
        assertEquals(t.discards(), stageDiscards);
        assertEquals(t.shots() - t.discards(), histogrammed);
        double keep = 1 - (double) t.discards() / t.shots();
        assertTrue(Math.abs(keep - 0.122) < 5 * Math.sqrt(0.122 * 0.878 / 2048), "no-gap keep " + keep);
        assertTrue(r.err().contains("surface code d = 11 (5 rounds)"), r.err());
        assertTrue(r.err().contains("251·1.5·S9 + 5·241·S_post"), r.err());
    }

    @Test
    void colorCodeBaselineKeepsAboutTwoThirds() {
        Run r = run("simulate", "msc", "--code", "color", "--max-shots", "20480", "--seed", "2", "--quiet");
        assertEquals(0, r.exit(), r.err());
        TaskStats t = SinterCsv.combine(SinterCsv.read(new StringReader(r.out()), "stdout")).values().iterator().next();
        double keep = 1 - (double) t.discards() / t.shots();
        assertTrue(Math.abs(keep - 0.6868) < 5 * Math.sqrt(0.25 / 20480), "keep rate " + keep);
        assertEquals(4, t.customCounts().size(), t.customCounts().toString());
        assertTrue(t.jsonMetadata().contains("\"code\":\"color\""), t.jsonMetadata());
    }

    @Test
    void colorCodeD5BaselineKeepsAboutOneSeventhWithTenStages() {
        Run r = run("simulate", "msc", "--code", "color", "--d1", "5", "--max-shots", "20480", "--seed", "4", "--quiet");
        assertEquals(0, r.exit(), r.err());
        TaskStats t = SinterCsv.combine(SinterCsv.read(new StringReader(r.out()), "stdout")).values().iterator().next();
        assertEquals(20480, t.shots());
        double keep = 1 - (double) t.discards() / t.shots();
        assertTrue(Math.abs(keep - 0.1440) < 5 * Math.sqrt(0.1440 * 0.856 / 20480), "keep rate " + keep);
        assertEquals(t.discards(), t.customCounts().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(10, t.customCounts().size(), t.customCounts().toString());
        assertTrue(t.jsonMetadata().contains("\"d1\":5"), t.jsonMetadata());
        assertEquals(2, run("simulate", "msc", "--code", "color", "--d1", "7", "--max-shots", "100").exit());
    }

    @Test
    void rp2EndToEndHistogramsBothGapsAndReports(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path csv = dir.resolve("e2e.csv");
        java.nio.file.Path svg = dir.resolve("e2e.svg");
        Run r = run("simulate", "msc", "--max-shots", "40960", "--seed", "3", "--quiet", "--csv", csv.toString(),
                "--plot", svg.toString());
        assertEquals(0, r.exit(), r.err());
        TaskStats t = SinterCsv.combine(SinterCsv.read(java.nio.file.Files.newBufferedReader(csv), "e2e.csv"))
                .values().iterator().next();
        assertEquals(40960, t.shots());
        assertEquals("exact-2d-gap", t.decoder());
        double keep = 1 - (double) t.discards() / t.shots();
        assertTrue(Math.abs(keep - 0.562) < 5 * Math.sqrt(0.25 / 40960), "post-selection keep " + keep);
        long stageDiscards = 0;
        long histogrammed = 0;
        for (Map.Entry<String, Long> e : t.customCounts().entrySet()) {
            if (e.getKey().startsWith("D")) {
                stageDiscards += e.getValue();
            } else {
                assertTrue(e.getKey().matches("[CE]\\d+\\|\\d+"), e.getKey());
                histogrammed += e.getValue();
            }
        }
        assertEquals(t.discards(), stageDiscards);
        assertEquals(t.shots() - t.discards(), histogrammed, "every kept shot is in the gap histogram");
        assertTrue(r.report().contains("Pareto front"), r.report());
        assertTrue(r.report().contains("V = (19·S0 + 19·S1"), r.report());
        assertTrue(java.nio.file.Files.readString(svg).startsWith("<svg") || java.nio.file.Files.readString(svg).startsWith("<?xml"));
        assertEquals(2, run("simulate", "msc", "--max-shots", "100", "--code", "color", "--stage", "end-to-end").exit());
        assertEquals(2, run("simulate", "msc", "--max-shots", "100", "--stage", "cultivation", "--plot", "x.svg").exit());
    }

    @Test
    void targetsThatCannotHostRp2AreRejectedNamingTheGate() {
        Run r = run("simulate", "msc", "--max-shots", "100", "--target", "si1000-p1e-3");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("cannot run C"), r.err());
        assertEquals(2, run("simulate", "msc", "--max-shots", "100", "--target", "ibm-eagle-r3").exit(), "no noise block");
        assertEquals(2, run("simulate", "msc", "--max-shots", "100", "--d1", "7").exit());
        assertEquals(2, run("simulate", "msc", "--max-shots", "100", "--code", "steane").exit());
        assertEquals(2, run("simulate", "msc", "--max-shots", "100", "--decoder", "mwpm").exit());
    }

    private static Run run(String... args) {
        CommandLine cl = Qtool.commandLine();
        StringWriter err = new StringWriter();
        StringWriter report = new StringWriter();
        cl.setOut(new PrintWriter(report, true));
        cl.setErr(new PrintWriter(err, true));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ((MscCommand) cl.getSubcommands().get("simulate").getSubcommands().get("msc").getCommand()).stdout = bytes;
        int exit = cl.execute(args);
        return new Run(exit, err.toString(), bytes.toString(StandardCharsets.UTF_8), report.toString());
    }
}
