package qtool.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code qtool synth}: parsing of the unitary, the printed report, and usage errors. */
class SynthCommandTest {
    private static String field(Cli.Result r, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + ":\\s+(.*)$").matcher(r.out());
        assertTrue(m.find(), () -> name + " missing in\n" + r);
        return m.group(1).strip();
    }

    @Test
    void rzIsApproximatedWithinEpsilonInExactMode() {
        Cli.Result r = Cli.run("synth", "rz(0.3)", "--epsilon", "1e-6");
        assertEquals(0, r.exit(), r.toString());
        int t = Integer.parseInt(field(r, "t-count"));
        assertTrue(t > 0 && t <= 66, r.toString());
        double error = Double.parseDouble(field(r, "error").split(" ")[0]);
        assertTrue(error <= 1e-6, r.toString());
        assertTrue(field(r, "error").contains("exact"));
        String[] circuit = field(r, "circuit").split(";")[0].split(" ");
        assertEquals(Integer.parseInt(field(r, "length")), circuit.length);
    }

    @Test
    void gatesEulerAnglesAndMatricesAreAccepted() {
        Map<String, Integer> tCounts = Map.of(
                "t", 1,
                "h", 0,
                "sx", 0,
                "p(-3pi/4)", 1,
                "[[1/sqrt(2), 1/sqrt(2)], [exp(i*pi/4)/sqrt(2), -exp(i*pi/4)/sqrt(2)]]", 1,
                "[[0.6, -0.8], [0.8, 0.6]]", -1,
                "zyz(0.1, pi/2, -0.3)", -1,
                "u(0.5, 0.25, 1)", -1);
        for (Map.Entry<String, Integer> e : tCounts.entrySet()) {
            Cli.Result r = Cli.run("synth", e.getKey(), "--epsilon", "1e-3");
            assertEquals(0, r.exit(), r.toString());
            int t = Integer.parseInt(field(r, "t-count"));
            if (e.getValue() >= 0) {
                assertEquals((int) e.getValue(), t, r.toString());
            } else {
                assertTrue(t > 0, r.toString());
            }
            assertTrue(Double.parseDouble(field(r, "error").split(" ")[0]) <= 1e-3, r.toString());
        }
    }

    @Test
    void badInputIsAUsageErrorWithAClearMessage() {
        List<List<String>> cases = List.of(
                List.of("rx(pi/7", "expected ')'"),
                List.of("foo", "not a one-qubit gate"),
                List.of("cx", "not a one-qubit gate"),
                List.of("rz(1, 2)", "takes 1 argument"),
                List.of("[[1, 2], [3, 4]]", "not unitary"),
                List.of("rz(i)", "must be real"));
        for (List<String> c : cases) {
            Cli.Result r = Cli.run("synth", c.get(0));
            assertEquals(2, r.exit(), r.toString());
            assertTrue(r.err().contains(c.get(1)), r.toString());
        }
        Cli.Result basis = Cli.run("synth", "t", "--basis", "hrc");
        assertEquals(2, basis.exit());
        assertTrue(basis.err().contains("bases: clifford+t"), basis.toString());
        assertEquals(2, Cli.run("synth", "t", "--epsilon", "0").exit());
        assertEquals(2, Cli.run("synth", "t", "--method", "annealing").exit());
    }

    @Test
    void benchSynthPrintsOneRowPerCell() {
        Cli.Result r = Cli.run("bench", "synth", "--epsilons", "1e-3", "--angles", "0.1,pi/7", "--warmup", "0", "--runs", "1");
        assertEquals(0, r.exit(), r.toString());
        List<String> rows = r.out().lines().toList();
        assertTrue(rows.get(2).startsWith("| 0.001 | 0.1 |"), rows.get(2));
        assertTrue(rows.get(3).startsWith("| 0.001 | pi/7 |"), rows.get(3));
        assertEquals(2, Cli.run("bench", "synth", "--angles", "abc").exit());
    }

    @Test
    void nonFiniteNumbersAreUsageErrorsAtTheirColumn() {
        for (String u : List.of("rz(1e400)", "rz(1e308*10)", "[[1e400, 0], [0, 1]]")) {
            Cli.Result r = Cli.run("synth", u);
            assertEquals(2, r.exit(), u + ": " + r);
            assertTrue(r.err().contains("not a finite number"), r.toString());
        }
    }

    @Test
    void compilePassSynthRewritesACircuit() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("synth");
        java.nio.file.Path in = dir.resolve("in.qasm");
        java.nio.file.Files.writeString(in, "OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[2];\nrz(0.3) q[0];\ncx q[0],q[1];\nrx(pi/7) q[1];\n");
        Cli.Result r = Cli.run("compile", in.toString(), "--pass", "synth:basis=clifford+t,epsilon=1e-4");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains("t_count"), r.toString());
        assertTrue(!r.out().contains("rz(") && !r.out().contains("rx("), r.toString());
        Cli.Result bad = Cli.run("compile", in.toString(), "--pass", "synth:basis=hrc");
        assertEquals(2, bad.exit(), bad.toString());
        assertTrue(bad.err().contains("bases: clifford+t"), bad.toString());
    }

    @Test
    void methodRlAndTrainGoThroughTheRlSynthesizer() throws Exception {
        Cli.Result r = Cli.run("synth", "h", "--method", "rl", "--basis", "hrc", "--epsilon", "1e-3");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("basis:") && r.out().contains("within epsilon"), r.toString());
        assertEquals(0, Cli.run("synth", "train", "--help").exit());
        assertEquals(2, Cli.run("synth").exit(), "U or a subcommand is required");
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("synthrl");
        java.nio.file.Path in = dir.resolve("in.qasm");
        java.nio.file.Files.writeString(in, "OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[1];\nh q[0];\ns q[0];\n");
        Cli.Result p = Cli.run("compile", in.toString(), "--pass", "synth:method=rl,basis=hrc,epsilon=1e-3");
        assertEquals(0, p.exit(), p.toString());
    }
}
