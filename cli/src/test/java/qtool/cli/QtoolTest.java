package qtool.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

class QtoolTest {
    @Test
    void versionNamesQtoolAndTheJvm() {
        Cli.Result r = Cli.run("--version");
        assertEquals(ExitCodes.OK, r.exit(), r.toString());
        assertTrue(r.out().startsWith("qtool "), r.toString());
        assertTrue(r.out().contains("(commit "), r.toString());
        assertTrue(r.out().contains("JVM: " + System.getProperty("java.vm.name")), r.toString());
    }

    @Test
    void helpListsSubcommandsAndExitCodes() {
        Cli.Result r = Cli.run("--help");
        assertEquals(ExitCodes.OK, r.exit(), r.toString());
        for (String s : new String[] {"compile", "simulate", "gates", "--verbose", "Exit codes:", "internal error",
            "usage error", "invalid input"}) {
            assertTrue(r.out().contains(s), "missing " + s + " in\n" + r);
        }
    }

    @Test
    void missingSubcommandIsAUsageError() {
        Cli.Result r = Cli.run();
        assertEquals(ExitCodes.USAGE, r.exit(), r.toString());
        assertTrue(r.err().contains("Missing required subcommand"), r.toString());
    }

    @Test
    void unknownOptionsAndSubcommandsAreUsageErrors() {
        assertEquals(ExitCodes.USAGE, Cli.run("--no-such-flag").exit());
        assertEquals(ExitCodes.USAGE, Cli.run("frobnicate").exit());
        assertEquals(ExitCodes.USAGE, Cli.run("compile", "--no-such-flag").exit());
    }

    @Test
    void verboseIsAcceptedBeforeAndAfterTheSubcommand() {
        assertEquals(ExitCodes.OK, Cli.run("--verbose", "gates").exit());
        assertEquals(ExitCodes.OK, Cli.run("gates", "--verbose").exit());
    }

    @Test
    void gatesPrintsTheTableAsMarkdown() {
        Cli.Result r = Cli.run("gates");
        assertEquals(ExitCodes.OK, r.exit(), r.toString());
        assertTrue(r.out().contains("| name | aliases | qubits | params | qasm2 | qasm3 | stim | description |\n"), r.out());
        assertTrue(r.out().contains("\n| `cx` | `CX`, `cnot` | 2 |  | `cx` | `cx` | `CX` | "), r.out());
        long rows = r.out().lines().filter(l -> l.startsWith("| `")).count();
        assertEquals(qtool.ir.Gate.values().length, rows);
    }

    @Test
    void simulateHelpNamesTheDefaultExperimentAndTheMemorySweep() {
        Cli.Result r = Cli.run("simulate", "--help");
        assertEquals(ExitCodes.OK, r.exit(), r.toString());
        assertTrue(r.out().contains("default experiment"), r.out());
        assertTrue(r.out().contains("memory"), r.out());
    }

    @Test
    void helpSubcommandShowsCommandHelp() {
        Cli.Result r = Cli.run("help", "compile");
        assertEquals(ExitCodes.OK, r.exit(), r.toString());
        assertTrue(r.out().contains("--emit"), r.toString());
    }

    private static String handled(Exception ex, int expectedExit, String... args) {
        CommandLine cl = Qtool.commandLine();
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        assertEquals(expectedExit, Qtool.handle(ex, cl, cl.parseArgs(args)));
        return err.toString();
    }

    @Test
    void internalErrorsShowStackTracesOnlyWhenVerbose() {
        String quiet = handled(new IllegalStateException("boom"), ExitCodes.INTERNAL, "gates");
        assertTrue(quiet.startsWith("qtool: internal error: java.lang.IllegalStateException: boom\n"), quiet);
        assertTrue(quiet.contains("--verbose"), quiet);
        assertFalse(quiet.contains("\tat "), quiet);
        String verbose = handled(new IllegalStateException("boom"), ExitCodes.INTERNAL, "gates", "--verbose");
        assertTrue(verbose.contains("\tat "), verbose);
        String verboseFirst = handled(new IllegalStateException("boom"), ExitCodes.INTERNAL, "--verbose", "gates");
        assertTrue(verboseFirst.contains("\tat "), verboseFirst);
    }

    @Test
    void inputErrorsExitWith3WithoutStackTrace() {
        String err = handled(new java.io.IOException("disk on fire"), ExitCodes.INVALID_INPUT, "gates");
        assertEquals("qtool: error: disk on fire\n", err);
        String diag = handled(new qtool.qasm.QasmException(qtool.qasm.Diagnostic.error("a.qasm", 2, 5, "bad thing", "h q[0]")),
                ExitCodes.INVALID_INPUT, "gates");
        assertEquals("a.qasm:2:5: error: bad thing\n    h q[0]\n        ^\n", diag);
    }
}
