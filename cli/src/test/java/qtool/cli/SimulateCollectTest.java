package qtool.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import qtool.gen.NoiseParams;
import qtool.gen.RotatedSurfaceCode;
import qtool.stats.CanonicalJson;
import qtool.stats.SinterCsv;
import qtool.stats.TaskStats;
import qtool.stim.StimWriter;

/**
 * {@code qtool simulate --decoder} and {@code qtool simulate memory}: sinter rows, budgets,
 * thread-count independence, post-selection, resumption (also after SIGKILL) and usage errors.
 */
class SimulateCollectTest {
    @TempDir
    Path dir;

    record Run(int exit, String err, String out) {
        List<TaskStats> rows() {
            return SinterCsv.read(new StringReader(out), "stdout");
        }
    }

    private Path surface(int d, double p) throws IOException {
        Path f = dir.resolve("sc_d" + d + "_p" + p + ".stim");
        Files.writeString(f, StimWriter.write(RotatedSurfaceCode.memoryX(d, d, NoiseParams.uniform(p))));
        return f;
    }

    @Test
    void decodesACircuitIntoSinterRowsOnStdout() throws IOException {
        Run r = run("simulate", surface(3, 5e-3).toString(), "--decoder", "mwpm", "--max-shots", "5e3", "--seed", "1",
                "--metadata", "{\"p\": 0.005, \"d\": 3}", "--quiet");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith(SinterCsv.SINTER_HEADER + "\n"), "sinter's own padded header: " + r.out());
        TaskStats total = single(r.rows());
        assertEquals(5000, total.shots());
        assertTrue(total.errors() > 20 && total.errors() < 250, "LER near 2e-2: " + total.errors());
        assertEquals("{\"d\":3,\"p\":0.005}", total.jsonMetadata());
        assertEquals("mwpm", total.decoder());
    }

    @Test
    void seededTotalsAreIndependentOfThreads() throws IOException {
        String c = surface(3, 5e-3).toString();
        TaskStats one = null;
        for (String threads : List.of("1", "2", "4")) {
            Run r = run("simulate", c, "--decoder", "uf", "--max-shots", "1e6", "--max-errors", "150", "--seed", "8",
                    "--threads", threads, "--quiet");
            assertEquals(0, r.exit(), r.err());
            TaskStats t = single(r.rows());
            if (one == null) {
                one = t;
                assertTrue(t.errors() >= 150 && t.shots() < 1_000_000);
            } else {
                assertEquals(one.shots(), t.shots(), "threads " + threads);
                assertEquals(one.errors(), t.errors(), "threads " + threads);
            }
        }
    }

    @Test
    void memorySweepLabelsEveryTask() {
        Run r = run("simulate", "memory", "--code", "repetition", "-d", "3,5", "-p", "0.01,0.02", "--decoder", "mwpm",
                "--max-shots", "2048", "--seed", "2", "--quiet");
        assertEquals(0, r.exit(), r.err());
        Map<String, TaskStats> tasks = SinterCsv.combine(r.rows());
        assertEquals(4, tasks.size());
        for (TaskStats t : tasks.values()) {
            assertEquals(2048, t.shots());
            @SuppressWarnings("unchecked")
            Map<String, Object> m = (Map<String, Object>) CanonicalJson.parse(t.jsonMetadata());
            assertEquals(List.of("b", "code", "d", "noise", "p", "r"), List.copyOf(m.keySet()));
            assertEquals("repetition", m.get("code"));
            assertEquals(((Number) m.get("d")).longValue(), ((Number) m.get("r")).longValue());
        }
    }

    @Test
    void memorySweepTakesNoiseFromATarget() {
        Run r = run("simulate", "memory", "-d", "3", "--target", "si1000-p1e-3", "--decoder", "uf", "--max-shots", "2048",
                "--seed", "3", "--quiet");
        assertEquals(0, r.exit(), r.err());
        TaskStats t = single(r.rows());
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) CanonicalJson.parse(t.jsonMetadata());
        assertEquals("si1000", m.get("noise"));
        assertEquals("si1000-p1e-3", m.get("target"));
        assertEquals(0.001, ((Number) m.get("p")).doubleValue());
        assertEquals(2, run("simulate", "memory", "-d", "3", "--target", "si1000-p1e-3", "-p", "1e-3", "--decoder", "uf",
                "--max-shots", "10").exit(), "-p and --target together");
    }

    @Test
    void perfectionistAndPostselectionCountDiscards() throws IOException {
        String c = surface(3, 1e-3).toString();
        Run p = run("simulate", c, "--decoder", "perfectionist", "--max-shots", "4096", "--seed", "4", "--quiet");
        assertEquals(0, p.exit(), p.err());
        TaskStats all = single(p.rows());
        assertTrue(all.discards() > 500 && all.discards() < 4096, "most shots of 24 detectors see an event");
        Run q = run("simulate", c, "--decoder", "mwpm", "--postselect", "0-23", "--max-shots", "4096", "--seed", "4",
                "--quiet");
        assertEquals(all.discards(), single(q.rows()).discards(), "the same shots, the same detectors");
        Run none = run("simulate", c, "--decoder", "mwpm", "--postselect", "coord:2=99", "--max-shots", "4096",
                "--seed", "4", "--quiet");
        assertEquals(0, single(none.rows()).discards());
    }

    @Test
    void stageCoordinateSplitsDiscardsIntoCustomCounts() throws IOException {
        String c = surface(3, 5e-3).toString();
        Run r = run("simulate", c, "--decoder", "perfectionist", "--stage-coordinate", "2", "--max-shots", "4096",
                "--seed", "6", "--quiet");
        assertEquals(0, r.exit(), r.err());
        TaskStats t = single(r.rows());
        assertEquals(t.discards(), t.customCounts().values().stream().mapToLong(Long::longValue).sum());
        assertTrue(t.customCounts().containsKey("D0") && t.customCounts().containsKey("D3"), t.customCounts().toString());
        assertEquals(2, run("simulate", c, "--decoder", "perfectionist", "--stage-coordinate", "7", "--max-shots", "10")
                .exit(), "no such coordinate");
    }

    @Test
    void gapDecodersHistogramTheComplementaryGap() throws IOException {
        Run r = run("simulate", surface(3, 5e-3).toString(), "--decoder", "mwpm-gap", "--max-shots", "4096", "--seed",
                "6", "--quiet");
        assertEquals(0, r.exit(), r.err());
        TaskStats t = single(r.rows());
        assertEquals("mwpm-gap", t.decoder());
        long correct = 0;
        long wrong = 0;
        for (Map.Entry<String, Long> e : t.customCounts().entrySet()) {
            assertTrue(e.getKey().matches("[CE]\\d+"), e.getKey());
            if (e.getKey().startsWith("C")) {
                correct += e.getValue();
            } else {
                wrong += e.getValue();
            }
        }
        assertEquals(t.errors(), wrong);
        assertEquals(t.shots() - t.discards(), correct + wrong);
        Run plain = run("simulate", surface(3, 5e-3).toString(), "--decoder", "mwpm", "--max-shots", "4096", "--seed",
                "6", "--quiet");
        // Same shots, same optimum; only ties (equal-weight corrections) may be broken differently.
        assertTrue(Math.abs(single(plain.rows()).errors() - t.errors()) <= 3 + t.errors() / 20,
                single(plain.rows()).errors() + " vs " + t.errors());
    }

    @Test
    void saveResumeContinuesToTheBudget() throws IOException {
        String c = surface(3, 5e-3).toString();
        Path resume = dir.resolve("resume.csv");
        assertEquals(0, run("simulate", c, "--decoder", "mwpm", "--max-shots", "3072", "--seed", "5", "--save-resume",
                resume.toString(), "--quiet").exit());
        Run more = run("simulate", c, "--decoder", "mwpm", "--max-shots", "10240", "--seed", "5", "--save-resume",
                resume.toString(), "--quiet");
        assertEquals(0, more.exit(), more.err());
        assertEquals("", more.out(), "rows go to the resume file, not stdout");
        List<TaskStats> rows = SinterCsv.read(Files.newBufferedReader(resume), resume.toString());
        TaskStats total = single(rows);
        assertEquals(10240, total.shots());
        Run whole = run("simulate", c, "--decoder", "mwpm", "--max-shots", "10240", "--seed", "5", "--quiet");
        assertEquals(single(whole.rows()).errors(), total.errors(), "a resumed seeded run continues the same stream");
        assertEquals(1, Files.readAllLines(resume).stream().filter(l -> l.trim().startsWith("shots,")).count());
    }

    @Test
    void sigkillLeavesWholeRowsAndResumeFinishesWithoutRecounting() throws Exception {
        Path circuit = surface(5, 5e-3);
        Path resume = dir.resolve("killed.csv");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "qtool.cli.Qtool", "simulate",
                circuit.toString(), "--decoder", "mwpm", "--max-shots", "1e9", "--seed", "3", "--threads", "2",
                "--save-resume", resume.toString(), "--quiet").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (rowsIn(resume) < 4 && System.nanoTime() < deadline && p.isAlive()) {
                Thread.sleep(20);
            }
            assertTrue(p.isAlive(), "the run should still be going");
        } finally {
            p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no flushing
            p.waitFor();
        }
        List<String> lines = Files.readAllLines(resume);
        List<TaskStats> rows = SinterCsv.read(new StringReader(String.join("\n", lines) + "\n"), "killed.csv");
        assertTrue(rows.size() >= 4);
        long before = single(rows).shots();
        long budget = before + 5000;
        Run r = run("simulate", circuit.toString(), "--decoder", "mwpm", "--max-shots", Long.toString(budget), "--seed",
                "3", "--save-resume", resume.toString(), "--quiet");
        assertEquals(0, r.exit(), r.err());
        TaskStats total = single(SinterCsv.read(Files.newBufferedReader(resume), "killed.csv"));
        assertEquals(budget, total.shots(), "exactly the budget: earlier rows counted once");
    }

    @Test
    void usageAndInputErrors() throws IOException {
        String c = surface(3, 1e-3).toString();
        assertEquals(2, run("simulate", c, "--decoder", "magic", "--max-shots", "10").exit());
        assertEquals(2, run("simulate", c, "--decoder", "mwpm").exit(), "a budget is required");
        assertEquals(2, run("simulate", c, "--decoder", "mwpm", "--max-shots", "1.5").exit());
        assertEquals(2, run("simulate", c, "--decoder", "mwpm", "--max-shots", "-5").exit());
        assertEquals(2, run("simulate", c, "--decoder", "mwpm", "--max-shots", "10", "--postselect", "99").exit());
        assertEquals(2, run("simulate", c, "--decoder", "mwpm", "--max-shots", "10", "--metadata", "{oops").exit());
        Path hyper = dir.resolve("hyper.stim");
        Files.writeString(hyper, "X_ERROR(0.1) 0\nM 0\nDETECTOR rec[-1]\nDETECTOR rec[-1]\nDETECTOR rec[-1]\n");
        Run r = run("simulate", hyper.toString(), "--decoder", "mwpm", "--max-shots", "10");
        assertEquals(3, r.exit(), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, SinterCsv.HEADER + "\n12,x,0,1.0,mwpm,abc,null,\n");
        Run b = run("simulate", c, "--decoder", "mwpm", "--max-shots", "10", "--existing-data", bad.toString());
        assertEquals(3, b.exit(), b.err());
        assertTrue(b.err().contains("bad.csv:2"), b.err());
    }

    @Test
    void defaultExperimentRunsWithoutArguments() {
        Run r = run("simulate", "--seed", "1", "--quiet", "--max-shots", "20000");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("default experiment"), r.err());
        assertTrue(r.out().contains("RP² cultivation d1 = 3"), r.out());
        assertTrue(r.out().contains("Pareto front"), r.out());
        assertTrue(r.out().contains("paper 1.06e-06, 1000"), r.out());
        assertFalse(r.out().contains("strong_id"), "no CSV on stdout without --csv: " + r.out());
    }

    private static int rowsIn(Path f) throws IOException {
        if (!Files.exists(f)) {
            return 0;
        }
        return (int) Files.readAllLines(f).stream().filter(l -> !l.trim().startsWith("shots,")).count();
    }

    private static TaskStats single(List<TaskStats> rows) {
        Map<String, TaskStats> m = SinterCsv.combine(rows);
        assertEquals(1, m.size(), "one task");
        return m.values().iterator().next();
    }

    private static Run run(String... args) {
        CommandLine cl = Qtool.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        CommandLine simulate = cl.getSubcommands().get("simulate");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ((SimulateCommand) simulate.getCommand()).stdout = bytes;
        ((MemoryCommand) simulate.getSubcommands().get("memory").getCommand()).stdout = bytes;
        int exit = cl.execute(args);
        return new Run(exit, err.toString(), bytes.toString(StandardCharsets.UTF_8) + out);
    }
}
