package qtool.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import qtool.qasm.Diagnostic;
import qtool.qasm.InputException;
import qtool.qasm.QasmWriteException;

/**
 * The root {@code qtool} command and program entry point. {@link #commandLine()} is the one place
 * that wires the subcommands, the UTF-8 writers and the mapping from exceptions to
 * {@link ExitCodes}: OpenQASM diagnostics and file errors become exit code 3 with a plain message,
 * anything else is a bug (exit code 1) whose stack trace only {@code --verbose} shows.
 */
@Command(name = "qtool", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Quantum circuit compiler and QEC toolchain.",
        subcommands = {CompileCommand.class, SimulateCommand.class, DemCommand.class, GenCommand.class, GatesCommand.class, PlotCommand.class,
            BenchCommand.class, SynthCommand.class,
            TargetsCommand.class,
            SynthRlCommand.class,
            CommandLine.HelpCommand.class},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INTERNAL_LINE, ExitCodes.USAGE_LINE, ExitCodes.INVALID_INPUT_LINE})
public final class Qtool implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Print stack traces with error messages (for bug reports).")
    boolean verbose;

    public static void main(String[] args) {
        CommandLine cl = commandLine();
        cl.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError e) {
            // Thrown on the main thread past picocli, which handles only exceptions.
            code = reportOutOfMemory(cl.getErr());
        }
        cl.getOut().flush();
        cl.getErr().flush();
        System.exit(code);
    }

    /** A fully configured command line; tests replace its out/err writers and call {@code execute}. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Qtool());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExecutionExceptionHandler(Qtool::handle);
        return cl;
    }

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    /** Maps an exception from a command to an exit code after printing it; package-private for tests. */
    static int handle(Exception ex, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        int code;
        if (outOfMemory(ex)) {
            code = reportOutOfMemory(err);
        } else if (ex instanceof InputException) {
            for (Diagnostic d : ((InputException) ex).diagnostics()) {
                err.println(d.format());
            }
            code = ExitCodes.INVALID_INPUT;
        } else if (ex instanceof FileAccessException || ex instanceof QasmWriteException || ex instanceof IOException
                || ex instanceof CircuitDoesNotFitException || ex instanceof InputTooLargeException
                || ex instanceof qtool.decoders.UndecodableModelException) {
            err.println("qtool: error: " + ex.getMessage());
            code = ExitCodes.INVALID_INPUT;
        } else {
            err.println("qtool: internal error: " + ex);
            if (!verbose(parsed)) {
                err.println("(this is a bug in qtool; rerun with --verbose for the stack trace)");
            }
            code = ExitCodes.INTERNAL;
        }
        if (verbose(parsed)) {
            ex.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** Whether a worker thread ran out of heap: its error arrives wrapped in the exceptions of the thread pool. */
    private static boolean outOfMemory(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    /**
     * An input too large for the heap is not a bug but it is not malformed either: say so plainly,
     * name the limit and how to raise it, and exit as for an input qtool cannot process.
     */
    static int reportOutOfMemory(PrintWriter err) {
        long mib = Runtime.getRuntime().maxMemory() >> 20;
        err.println("qtool: error: out of memory: this input needs more than the Java heap of " + mib + " MiB;"
                + " " + InputTooLargeException.HEAP_ADVICE + ", or use fewer shots or threads");
        err.flush();
        return ExitCodes.INVALID_INPUT;
    }

    /** Whether {@code --verbose} was given at any level of the command chain (it is inherited). */
    private static boolean verbose(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
