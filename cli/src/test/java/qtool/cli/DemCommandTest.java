package qtool.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code qtool dem}: the DEM of a small circuit, and located errors for bad input. */
class DemCommandTest {
    private static final String REPETITION = "R 0 1 2\nX_ERROR(0.1) 0 1 2\nCX 0 1 2 1\nM 1\nDETECTOR rec[-1]\n"
            + "M 0 2\nOBSERVABLE_INCLUDE(0) rec[-1]\n";

    @Test
    void writesTheErrorModel() {
        Cli.Result r = run(REPETITION, "dem");
        assertEquals(0, r.exit(), r.toString());
        assertTrue(r.out().contains("error(0.18") && r.out().contains(") D0 L0"), r.out());
    }

    @Test
    void badCircuitIsALocatedInputError() {
        Cli.Result r = run("H 0\nCX 0\n", "dem");
        assertEquals(3, r.exit(), r.toString());
        assertTrue(r.err().startsWith("<stdin>:2:"), r.err());
    }

    private static Cli.Result run(String stdin, String... args) {
        picocli.CommandLine cl = Qtool.commandLine();
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        DemCommand dem = cl.getSubcommands().get("dem").getCommand();
        dem.stdin = new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new Cli.Result(cl.execute(args), out.toString(), err.toString());
    }
}
