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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qtool.ir.Circuit;
import qtool.qasm.QasmReader;

/** {@code qtool compile qubo}: circuit output, report keys, determinism, errors and the compile positional. */
class CompileQuboCommandTest {
    /** A 10-cycle with two chords: α = 5 ... checked by the solution's independence, not assumed. */
    static final String GRAPH = "c small test graph\np edge 10 12\n"
            + "e 1 2\ne 2 3\ne 3 4\ne 4 5\ne 5 6\ne 6 7\ne 7 8\ne 8 9\ne 9 10\ne 10 1\ne 1 6\ne 3 8\n";

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void solvesAMisWritesTheCircuitAndTheJsonReport() throws IOException {
        Path in = file("g.txt", GRAPH);
        Path out = dir.resolve("qaoa.qasm");
        Path report = dir.resolve("r.json");
        Cli.Result r = Cli.run("compile", "qubo", "--problem", "mis", in.toString(), "--max-qubits", "6", "--solve",
                "--seed", "3", "--optimum", "4", "--report", report.toString(), "-o", out.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.toString());
        assertEquals("", r.out());
        assertTrue(r.err().contains("shrunk: 10 -> 6 qubits"), r.err());
        Circuit c = QasmReader.defaults().read(out);
        assertEquals(6, c.numQubits());
        JsonNode j = new ObjectMapper().readTree(report.toFile());
        List<String> keys = new ArrayList<>();
        j.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("problem", "variables", "variables_after", "merges", "vetoes", "feasible", "objective",
                "objective_before_polish", "optimum", "solution"), keys);
        assertEquals("mis", j.get("problem").asText());
        assertEquals(10, j.get("variables").asInt());
        assertEquals(6, j.get("variables_after").asInt());
        assertEquals(4, j.get("merges").asInt());
        assertTrue(j.get("feasible").asBoolean());
        List<Integer> chosen = new ArrayList<>();
        j.get("solution").forEach(v -> chosen.add(v.asInt()));
        assertEquals(j.get("objective").asInt(), chosen.size());
        for (String line : GRAPH.split("\n")) {
            if (line.startsWith("e ")) {
                String[] f = line.split(" ");
                assertFalse(chosen.contains(Integer.parseInt(f[1])) && chosen.contains(Integer.parseInt(f[2])), line);
            }
        }
        // Same seed, same bytes.
        Path out2 = dir.resolve("again.qasm");
        Path report2 = dir.resolve("r2.json");
        Cli.Result r2 = Cli.run("compile", "qubo", "--problem", "mis", in.toString(), "--max-qubits", "6", "--solve",
                "--seed", "3", "--optimum", "4", "--report", report2.toString(), "-o", out2.toString());
        assertEquals(ExitCodes.OK, r2.exit(), r2.toString());
        assertEquals(Files.readString(out), Files.readString(out2));
        assertEquals(Files.readString(report), Files.readString(report2));
    }

    @Test
    void withoutSolveTheReportHasNullObjectives() throws IOException {
        Path in = file("p.yaml", "type: ising\nvariables: 3\nlinear: [[0, 1]]\nquadratic: [[0, 1, -1], [1, 2, 1]]\n");
        Path report = dir.resolve("r.json");
        Cli.Result r = Cli.run("compile", "qubo", "--problem", "qubo", in.toString(), "--report", report.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.toString());
        assertTrue(r.out().startsWith("OPENQASM 3.0;"), r.out());
        JsonNode j = new ObjectMapper().readTree(report.toFile());
        assertTrue(j.get("objective").isNull() && j.get("solution").isNull());
        assertEquals(3, j.get("variables_after").asInt());
    }

    @Test
    void badInputIsLocatedAndExitsThreeWithoutOutput() throws IOException {
        Path in = file("bad.txt", "p edge 3 1\ne 1 7\n");
        Path out = dir.resolve("x.qasm");
        Cli.Result r = Cli.run("compile", "qubo", "--problem", "mis", in.toString(), "-o", out.toString());
        assertEquals(ExitCodes.INVALID_INPUT, r.exit(), r.toString());
        assertTrue(r.err().startsWith(in + ":2:5: error: vertex must be in [1, 3]"), r.err());
        assertFalse(r.err().contains("at qtool"), "no stack trace");
        assertFalse(Files.exists(out));
        Cli.Result missing = Cli.run("compile", "qubo", "--problem", "qap", dir.resolve("none.dat").toString());
        assertEquals(ExitCodes.INVALID_INPUT, missing.exit(), missing.toString());
    }

    @Test
    void usageErrorsExitTwo() throws IOException {
        Path in = file("g.txt", GRAPH);
        assertEquals(ExitCodes.USAGE, Cli.run("compile", "qubo", "--problem", "mis", in.toString(), "--max-qubits", "30").exit());
        assertEquals(ExitCodes.USAGE, Cli.run("compile", "qubo", in.toString()).exit());
        assertEquals(ExitCodes.USAGE, Cli.run("compile", "qubo", "--problem", "tsp", in.toString()).exit());
    }

    @Test
    void compileStillTakesAFileAndAFileNamedQuboNeedsAPath() throws IOException {
        Path bell = file("bell.qasm", CompileCommandTest.BELL);
        Cli.Result r = Cli.run("compile", bell.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.toString());
        assertEquals(CompileCommandTest.BELL, r.out());
        Path named = file("qubo", CompileCommandTest.BELL);
        Cli.Result q = Cli.run("compile", named.toString());
        assertEquals(ExitCodes.OK, q.exit(), q.toString());
        assertEquals(CompileCommandTest.BELL, q.out());
    }
}
