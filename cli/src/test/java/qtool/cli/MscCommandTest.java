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
    record Run(int exit, String err, String out) {
    }

    @Test
    void rp2CultivationCountsDiscardsPerStage() {
        Run r = run("simulate", "msc", "--max-shots", "20480", "--seed", "1", "--quiet");
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
    void targetsThatCannotHostRp2AreRejectedNamingTheGate() {
        Run r = run("simulate", "msc", "--max-shots", "100", "--target", "si1000-p1e-3");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("cannot run C"), r.err());
        assertEquals(2, run("simulate", "msc", "--max-shots", "100", "--target", "ibm-eagle-r3").exit(), "no noise block");
        assertEquals(2, run("simulate", "msc", "--max-shots", "100", "--d1", "5").exit(), "not implemented yet");
        assertEquals(2, run("simulate", "msc", "--max-shots", "100", "--code", "steane").exit());
        assertEquals(2, run("simulate", "msc", "--max-shots", "100", "--decoder", "mwpm").exit());
    }

    private static Run run(String... args) {
        CommandLine cl = Qtool.commandLine();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ((MscCommand) cl.getSubcommands().get("simulate").getSubcommands().get("msc").getCommand()).stdout = bytes;
        int exit = cl.execute(args);
        return new Run(exit, err.toString(), bytes.toString(StandardCharsets.UTF_8));
    }
}
