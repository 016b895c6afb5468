package qtool.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import picocli.CommandLine;

/** Runs qtool in-process with captured stdout/stderr and an optional stdin text, for command tests. */
final class Cli {
    /** What one run produced. */
    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private Cli() {
    }

    static Result run(String... args) {
        return runWithStdin(null, args);
    }

    static Result runWithStdin(String stdin, String... args) {
        CommandLine cl = Qtool.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        if (stdin != null) {
            CompileCommand compile = cl.getSubcommands().get("compile").getCommand();
            compile.stdin = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        }
        int exit = cl.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }
}
