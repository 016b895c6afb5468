package qtool.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import qtool.io.ResultFormat;
import qtool.io.ShotLayout;
import qtool.io.ShotReader;

/**
 * {@code qtool simulate}: detection events in every format, observables appended or separate,
 * seeded output independent of the thread count, and the exit codes for bad input and usage.
 */
class SimulateCommandTest {
    /** Three detectors (two noisy, one never firing) and one observable. */
    private static final String CIRCUIT = "R 0 1 2\nX_ERROR(0.2) 0 1\nM 0 1 2\nDETECTOR rec[-3]\nDETECTOR rec[-2]\n"
            + "DETECTOR rec[-1]\nOBSERVABLE_INCLUDE(0) rec[-3]\n";

    @TempDir
    Path dir;

    /** One run's exit code, stderr and binary stdout. */
    record Run(int exit, String err, byte[] out) {
        String text() {
            return new String(out, StandardCharsets.US_ASCII);
        }
    }

    @Test
    void writesDetectionEventsAs01ByDefault() {
        Run r = run(CIRCUIT, "simulate", "-", "--shots", "100", "--seed", "5");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.text().lines().toList();
        assertEquals(100, lines.size());
        assertTrue(lines.stream().allMatch(l -> l.matches("[01][01]0")), r.text());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("1")), r.text());
    }

    @Test
    void everyFormatReadsBackToTheSameShots() throws IOException {
        Run ref = run(CIRCUIT, "simulate", "-", "--shots", "128", "--seed", "9", "--append_observables");
        List<boolean[]> expected = read(ref.out(), ResultFormat.R01, ShotLayout.detectors(3, 1));
        for (ResultFormat f : ResultFormat.values()) {
            Run r = run(CIRCUIT, "simulate", "-", "--shots", "128", "--seed", "9", "--out_format", f.stimName(),
                    "--append-observables");
            assertEquals(0, r.exit(), f + ": " + r.err());
            List<boolean[]> got = read(r.out(), f, ShotLayout.detectors(3, 1));
            assertEquals(expected.size(), got.size(), f.toString());
            for (int s = 0; s < got.size(); s++) {
                assertArrayEquals(expected.get(s), got.get(s), f + " shot " + s);
            }
        }
    }

    @Test
    void observablesGoToObsOutAndMatchTheAppendedOnes() throws IOException {
        Path det = dir.resolve("det.b8");
        Path obs = dir.resolve("obs.dets");
        Run r = run(CIRCUIT, "simulate", "-", "--shots", "300", "--seed", "2", "--out", det.toString(),
                "--out-format", "b8", "--obs_out", obs.toString(), "--obs_out_format", "dets");
        assertEquals(0, r.exit(), r.err());
        assertEquals(300, Files.size(det)); // three bits: one byte per shot
        List<String> obsLines = Files.readAllLines(obs);
        assertEquals(300, obsLines.size());
        assertTrue(obsLines.stream().allMatch(l -> l.equals("shot") || l.equals("shot L0")), obsLines.toString());
        Run appended = run(CIRCUIT, "simulate", "-", "--shots", "300", "--seed", "2", "--append_observables");
        List<String> lines = appended.text().lines().toList();
        for (int s = 0; s < 300; s++) {
            assertEquals(lines.get(s).charAt(3) == '1', obsLines.get(s).equals("shot L0"), "shot " + s);
        }
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void seededOutputIsTheSameForAnyThreadCount() {
        Run one = run(CIRCUIT, "simulate", "-", "--shots", "5000", "--seed", "11", "--threads", "1", "--out-format", "r8");
        Run four = run(CIRCUIT, "simulate", "-", "--shots", "5000", "--seed", "11", "--threads", "4", "--out-format", "r8");
        assertEquals(0, one.exit(), one.err());
        assertArrayEquals(one.out(), four.out());
    }

    @Test
    void badCircuitIsALocatedInputError() throws IOException {
        Path bad = dir.resolve("bad.stim");
        Files.writeString(bad, "H 0\nCX 0\n");
        Run r = run("", "simulate", bad.toString(), "--shots", "10");
        assertEquals(3, r.exit(), r.err());
        assertTrue(r.err().startsWith(bad + ":2:"), r.err());
    }

    @Test
    void usageErrors() {
        Run noShots = run(CIRCUIT, "simulate", "-");
        assertEquals(2, noShots.exit(), noShots.err());
        assertTrue(noShots.err().contains("--shots"), noShots.err());
        Run ptb = run(CIRCUIT, "simulate", "-", "--shots", "100", "--out-format", "ptb64");
        assertEquals(2, ptb.exit(), ptb.err());
        assertTrue(ptb.err().contains("multiple of 64"), ptb.err());
        assertEquals(0, run(CIRCUIT, "simulate", "-", "--shots", "128", "--out-format", "ptb64").exit());
        assertEquals(2, run(CIRCUIT, "simulate", "-", "--shots", "10", "--out-format", "b16").exit());
    }

    @Test
    void optionsOfCircuitModeAreRefusedWithoutACircuitInsteadOfIgnored() {
        for (String[] args : List.of(new String[] {"simulate", "--shots", "-5"},
                new String[] {"simulate", "--out", "x.01"}, new String[] {"simulate", "--decoder", "mwpm"})) {
            Run r = run("", args);
            assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().startsWith(args[1] + " needs a CIRCUIT"), r.err());
            assertFalse(r.err().contains("running the built-in default experiment"), r.err());
        }
    }

    @Test
    void aCircuitTooLargeForTheHeapIsAPlainErrorWithoutATraceOrAFile() throws IOException {
        // 2^31 detectors: any batch of shots needs far more than a test JVM's heap.
        String huge = "REPEAT 2147483647 {\n    X_ERROR(0.1) 0\n    M 0\n    DETECTOR rec[-1]\n}\n";
        Path out = dir.resolve("huge.01");
        Run r = run(huge, "simulate", "-", "--shots", "10", "--out", out.toString());
        assertEquals(3, r.exit(), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(out), "no half-written output");
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    private static List<boolean[]> read(byte[] data, ResultFormat f, ShotLayout layout) throws IOException {
        return new ShotReader(new ByteArrayInputStream(data), f, layout).readAll();
    }

    private static Run run(String stdin, String... args) {
        CommandLine cl = Qtool.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        SimulateCommand sim = cl.getSubcommands().get("simulate").getCommand();
        sim.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        sim.stdout = bytes;
        int exit = cl.execute(args);
        assertEquals("", out.toString(), "nothing should go through the text writer");
        return new Run(exit, err.toString(), bytes.toByteArray());
    }
}
