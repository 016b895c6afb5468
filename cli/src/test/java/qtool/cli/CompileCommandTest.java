package qtool.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompileCommandTest {
    static final String BELL = "OPENQASM 3.0;\n"
            + "include \"stdgates.inc\";\n"
            + "qubit[2] q;\n"
            + "bit[2] c;\n"
            + "h q[0];\n"
            + "cx q[0], q[1];\n"
            + "c[0] = measure q[0];\n"
            + "c[1] = measure q[1];\n";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private List<String> dirListing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void compilesAFileToAFile() throws IOException {
        Path in = file("bell.qasm", BELL);
        Path out = dir.resolve("out.qasm");
        Cli.Result r = Cli.run("compile", in.toString(), "-o", out.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.toString());
        assertEquals(BELL, Files.readString(out));
        assertEquals("", r.out());
        assertEquals(List.of("bell.qasm", "out.qasm"), dirListing());
    }

    @Test
    void readsStdinAndWritesStdout() {
        Cli.Result r = Cli.runWithStdin(BELL, "compile");
        assertEquals(ExitCodes.OK, r.exit(), r.toString());
        assertEquals(BELL, r.out());
        Cli.Result dash = Cli.runWithStdin(BELL, "compile", "-", "-o", "-");
        assertEquals(BELL, dash.out(), dash.toString());
    }

    @Test
    void emitsQasm2() {
        Cli.Result r = Cli.runWithStdin(BELL, "compile", "--emit", "qasm2");
        assertEquals(ExitCodes.OK, r.exit(), r.toString());
        assertTrue(r.out().startsWith("OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[2];\ncreg c[2];\n"), r.toString());
        assertTrue(r.out().endsWith("measure q[1] -> c[1];\n"), r.toString());
    }

    @Test
    void emitsJson() throws IOException {
        Cli.Result r = Cli.runWithStdin(BELL, "compile", "--emit", "JSON");
        assertEquals(ExitCodes.OK, r.exit(), r.toString());
        JsonNode n = new ObjectMapper().readTree(r.out());
        assertEquals(2, n.get("qubits").asInt());
        assertEquals("cx", n.get("instructions").get(1).get("name").asText());
    }

    @Test
    void statsGoToStderr() {
        Cli.Result text = Cli.runWithStdin(BELL, "compile", "--stats");
        assertEquals(ExitCodes.OK, text.exit(), text.toString());
        assertEquals(BELL, text.out());
        assertTrue(text.err().contains("depth:           3\n"), text.toString());
        Cli.Result json = Cli.runWithStdin(BELL, "compile", "--stats-format", "json");
        assertTrue(json.err().contains("\"depth\": 3,"), json.toString());
        assertEquals(BELL, json.out());
    }

    @Test
    void invalidQasmExitsWith3AndLocatesTheError() throws IOException {
        Path in = file("bad.qasm", "OPENQASM 3.0;\nqubit[1] q;\nnosuchgate q[0];\n");
        Path out = dir.resolve("out.qasm");
        Cli.Result r = Cli.run("compile", in.toString(), "-o", out.toString());
        assertEquals(ExitCodes.INVALID_INPUT, r.exit(), r.toString());
        assertTrue(r.err().contains("bad.qasm:3:"), r.toString());
        assertFalse(r.err().contains("Exception"), r.toString());
        assertEquals(List.of("bad.qasm"), dirListing());
    }

    @Test
    void failureLeavesAnExistingOutputUntouched() throws IOException {
        Path in = file("bad.qasm", "OPENQASM 3.0;\nqubit[1] q;\nh q[7];\n");
        Path out = file("out.qasm", "previous\n");
        Cli.Result r = Cli.run("compile", in.toString(), "-o", out.toString());
        assertEquals(ExitCodes.INVALID_INPUT, r.exit(), r.toString());
        assertEquals("previous\n", Files.readString(out));
        assertEquals(List.of("bad.qasm", "out.qasm"), dirListing());
    }

    @Test
    void missingInputFile() {
        Cli.Result r = Cli.run("compile", dir.resolve("nope.qasm").toString());
        assertEquals(ExitCodes.INVALID_INPUT, r.exit(), r.toString());
        assertEquals("qtool: error: cannot read " + dir.resolve("nope.qasm") + ": no such file or directory\n", r.err());
    }

    @Test
    void unwritableOutput() throws IOException {
        Path in = file("bell.qasm", BELL);
        Path out = dir.resolve("no/such/dir/out.qasm");
        Cli.Result r = Cli.run("compile", in.toString(), "-o", out.toString());
        assertEquals(ExitCodes.INVALID_INPUT, r.exit(), r.toString());
        assertTrue(r.err().startsWith("qtool: error: cannot write " + out + ": "), r.toString());
    }

    @Test
    void qasm2CannotExpressControlsAndSaysWhatToDo() throws IOException {
        Path in = file("ctrl.qasm", "OPENQASM 3.0;\ninclude \"stdgates.inc\";\nqubit[3] q;\nctrl(2) @ rz(0.5) q[0], q[1], q[2];\n");
        Path out = dir.resolve("out.qasm");
        Cli.Result r = Cli.run("compile", in.toString(), "--emit", "qasm2", "-o", out.toString());
        assertEquals(ExitCodes.INVALID_INPUT, r.exit(), r.toString());
        assertTrue(r.err().startsWith("qtool: error: "), r.toString());
        assertTrue(r.err().contains("--emit qasm3"), r.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void badOptionValuesAreUsageErrors() {
        assertEquals(ExitCodes.USAGE, Cli.runWithStdin(BELL, "compile", "--qasm-version", "4").exit());
        assertEquals(ExitCodes.USAGE, Cli.runWithStdin(BELL, "compile", "--emit", "qasm4").exit());
        assertEquals(ExitCodes.USAGE, Cli.runWithStdin(BELL, "compile", "a.qasm", "b.qasm").exit());
    }

    @Test
    void qasmVersionOptionOverridesTheHeaderlessDefault() {
        String oq2 = "include \"qelib1.inc\";\nqreg q[1];\nu3(0.1, 0.2, 0.3) q[0];\n";
        Cli.Result r = Cli.runWithStdin(oq2, "compile", "--qasm-version", "2", "--emit", "qasm2");
        assertEquals(ExitCodes.OK, r.exit(), r.toString());
        assertTrue(r.out().contains("qreg q[1];\nu3(0.1, 0.2, 0.3) q[0];\n"), r.toString());
    }

    @Test
    void readerWarningsGoToStderr() {
        // A headerless file that includes qelib1.inc is read as OpenQASM 2 with a warning.
        Cli.Result r = Cli.runWithStdin("include \"qelib1.inc\";\nqreg q[1];\nx q[0];\n", "compile", "--emit", "qasm2");
        assertEquals(ExitCodes.OK, r.exit(), r.toString());
        assertTrue(r.err().contains("warning"), r.toString());
        assertTrue(r.out().endsWith("x q[0];\n"), r.toString());
    }

    @Test
    void includePathsAreSearched() throws IOException {
        file("inc/mine.inc", "gate flip a { x a; }\n");
        Path in = file("main.qasm", "OPENQASM 3.0;\ninclude \"stdgates.inc\";\ninclude \"mine.inc\";\nqubit[1] q;\nflip q[0];\n");
        Cli.Result without = Cli.run("compile", in.toString());
        assertEquals(ExitCodes.INVALID_INPUT, without.exit(), without.toString());
        Cli.Result with = Cli.run("compile", in.toString(), "--include-path", dir.resolve("inc").toString());
        assertEquals(ExitCodes.OK, with.exit(), with.toString());
    }
}
