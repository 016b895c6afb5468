package qtool.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code qtool compile --target/-O/--passes/--seed}: compiling for a device and the report. */
class CompileTargetTest {
    private static final String GHZ = "OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[5];\ncreg c[5];\nh q[0];\n"
            + "cx q[0],q[4];\ncx q[4],q[2];\ncx q[2],q[1];\nccx q[0],q[1],q[3];\nmeasure q -> c;\n";

    @Test
    void compilesForABundledTargetAndRecordsTheLayouts() {
        Cli.Result r = Cli.runWithStdin(GHZ, "compile", "--target", "ibm-eagle-r3", "-O", "2", "--stats");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("pragma qtool initial_layout "), r.out());
        assertTrue(r.out().contains("pragma qtool final_layout "), r.out());
        assertTrue(r.out().contains("ecr $"), r.out());
        assertTrue(r.err().contains("before:") && r.err().contains("after:") && r.err().contains("swaps added:")
                && r.err().contains("estimated success probability:"), r.err());
    }

    @Test
    void sameSeedSameOutput() {
        Cli.Result a = Cli.runWithStdin(GHZ, "compile", "--target", "google-grid-72", "-O", "3", "--seed", "5");
        Cli.Result b = Cli.runWithStdin(GHZ, "compile", "--target", "google-grid-72", "-O", "3", "--seed", "5");
        assertEquals(0, a.exit(), a.toString());
        assertEquals(a.out(), b.out());
    }

    @Test
    void jsonReportWithTimingsUnderVerbose() {
        Cli.Result r = Cli.runWithStdin(GHZ, "--verbose", "compile", "--target", "quantinuum-h2-56", "--stats-format",
                "json");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.err().contains("\"pass_timings\"") && r.err().contains("\"swaps_added\": 0"), r.err());
    }

    @Test
    void explicitPassListRuns() {
        Cli.Result r = Cli.runWithStdin("OPENQASM 3;\ninclude \"stdgates.inc\";\nqubit q;\nh q;\nh q;\nx q;\n",
                "compile", "--passes", "cancel-inverses");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().endsWith("qubit[1] q;\nx q[0];\n"), r.out());
    }

    @Test
    void passOptionRunsBeforeThePresetAndListsPasses() {
        Cli.Result r = Cli.runWithStdin("OPENQASM 3;\ninclude \"stdgates.inc\";\nqubit q;\nh q;\nh q;\nx q;\n",
                "compile", "--pass", "cancel-inverses");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().endsWith("qubit[1] q;\nx q[0];\n"), r.out());
        Cli.Result withTarget = Cli.runWithStdin(GHZ, "compile", "--pass", "remove-identities", "--target", "ibm-eagle-r3");
        assertEquals(0, withTarget.exit(), withTarget.toString());
        assertTrue(withTarget.out().contains("ecr") || withTarget.out().contains("cx"), withTarget.out());
        Cli.Result list = Cli.run("compile", "--list-passes");
        assertEquals(0, list.exit(), list.toString());
        assertTrue(list.out().contains("sabre-swap"), list.out());
        assertEquals(2, Cli.runWithStdin(GHZ, "compile", "--pass", "no-such-pass").exit());
        assertEquals(2, Cli.runWithStdin(GHZ, "compile", "--pass", "cancel-inverses:x=1").exit());
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, Cli.runWithStdin(GHZ, "compile", "--passes", "no-such-pass").exit());
        assertEquals(2, Cli.runWithStdin(GHZ, "compile", "--passes", "sabre-swap").exit());
        assertEquals(2, Cli.runWithStdin(GHZ, "compile", "--target", "google-grid-72", "-O", "7").exit());
    }

    @Test
    void badTargetFileExitsThreeWithLocation(@TempDir Path dir) throws IOException {
        Path yaml = dir.resolve("bad.yaml");
        Files.writeString(yaml, "name: bad\nnum_qubits: 2\nbasis_gates: [cx, nosuchgate]\n");
        Cli.Result r = Cli.runWithStdin(GHZ, "compile", "--target", yaml.toString());
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().contains("bad.yaml:3:"), r.err());
    }

    @Test
    void circuitLargerThanTheTargetIsAnInputError() {
        Cli.Result r = Cli.runWithStdin(GHZ, "compile", "--target", "quantinuum-h2-56", "--passes", "trivial-layout");
        assertEquals(0, r.exit(), r.toString());
        Cli.Result big = Cli.runWithStdin("OPENQASM 3;\ninclude \"stdgates.inc\";\nqubit[60] q;\nh q[59];\n", "compile",
                "--target", "quantinuum-h2-56");
        assertTrue(big.exit() == 3 || big.exit() == 2, big.toString());
        assertTrue(big.err().contains("60") && !big.err().contains("internal error"), big.err());
    }
}
