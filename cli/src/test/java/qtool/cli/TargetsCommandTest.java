package qtool.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qtool.target.TargetYaml;
import qtool.target.Targets;

class TargetsCommandTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void listShowsEveryBuiltin() {
        Cli.Result r = Cli.run("targets", "list");
        assertEquals(ExitCodes.OK, r.exit(), r.toString());
        String[] lines = r.out().split("\n");
        assertEquals(1 + Targets.builtinNames().size(), lines.length, r.out());
        assertTrue(lines[0].startsWith("NAME"), lines[0]);
        assertTrue(r.out().contains("ibm-eagle-r3          127  explicit (144 edges)    ecr,rz,sx,x"), r.out());
        assertTrue(r.out().contains("neutral-atom-256      256  reconfigurable"), r.out());
        for (String name : Targets.builtinNames()) {
            assertTrue(r.out().contains(name + " "), name);
        }
        assertEquals("", r.err());
    }

    @Test
    void showPrintsCanonicalYamlOfABuiltin() {
        Cli.Result r = Cli.run("targets", "show", "quantinuum-h2-56");
        assertEquals(ExitCodes.OK, r.exit(), r.toString());
        assertEquals(TargetYaml.write(Targets.builtin("quantinuum-h2-56")), r.out());
        assertEquals(r.out(), Cli.run("targets", "show", "builtin:quantinuum-h2-56").out());
    }

    @Test
    void showNormalisesAFileAndPrintsWarnings() throws IOException {
        Path f = file("short.yaml", "num_qubits: 3\nbasis_gates: [cx, sx]\ncoupling_map: [[0, 1]]\n");
        Cli.Result r = Cli.run("targets", "show", f.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.toString());
        assertEquals("name: short\nnum_qubits: 3\ninstructions:\n  cx: {qargs: [0, 1]}\n  sx: {qargs: all}\n", r.out());
        assertEquals(f + ":3:1: warning: coupling graph is not connected: 2 components (qubit 2 cannot reach qubit 0)\n"
                + "    coupling_map: [[0, 1]]\n    ^\n", r.err());
    }

    @Test
    void invalidFilesExitThreeWithLocatedDiagnostics() throws IOException {
        Path f = file("bad.yaml", "name: bad\nnum_qubits: 2\ninstructions:\n  cz: {qargs: [0, 2], error: 2}\n");
        Cli.Result r = Cli.run("targets", "show", f.toString());
        assertEquals(ExitCodes.INVALID_INPUT, r.exit(), r.toString());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith(f + ":4:19: error: instructions.cz.qargs: qubit 2 does not exist"), r.err());
        assertTrue(r.err().contains(f + ":4:30: error: instructions.cz.error must be a probability in [0, 1], found 2"),
                r.err());
    }

    @Test
    void unknownTargetsAndMissingArgumentsAreReported() {
        Cli.Result unknown = Cli.run("targets", "show", "no-such-target");
        assertEquals(ExitCodes.INVALID_INPUT, unknown.exit(), unknown.toString());
        assertTrue(unknown.err().startsWith("no-such-target: error: no such file or builtin target"), unknown.err());
        assertEquals(ExitCodes.USAGE, Cli.run("targets", "show").exit());
        assertEquals(ExitCodes.USAGE, Cli.run("targets").exit());
    }
}
