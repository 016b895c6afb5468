package qtool.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import qtool.ir.Gate;

/**
 * {@code qtool gates}: prints the gate table ({@link Gate#values()}) as a Markdown table with each
 * gate's names in every format, arity, parameters and one-line help, so the reference is always
 * generated from the code (as Stim's {@code gates.md} is).
 */
@Command(name = "gates", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Print the gate table (names in qtool, OpenQASM 2/3 and Stim; qubits; parameters) as Markdown.")
final class GatesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.print(markdown());
        out.flush();
        return ExitCodes.OK;
    }

    static String markdown() {
        StringBuilder sb = new StringBuilder("# qtool gates\n\n");
        sb.append("| name | aliases | qubits | params | qasm2 | qasm3 | stim | description |\n");
        sb.append("|---|---|---|---|---|---|---|---|\n");
        for (Gate g : Gate.values()) {
            sb.append("| ").append(code(g.canonicalName()))
                    .append(" | ").append(codes(g.aliases()))
                    .append(" | ").append(g.numQubits() < 0 ? "any" : Integer.toString(g.numQubits()))
                    .append(" | ").append(String.join(", ", g.definitionParams()))
                    .append(" | ").append(code(g.qasm2Name()))
                    .append(" | ").append(code(g.qasm3Name()))
                    .append(" | ").append(code(g.stimName()))
                    .append(" | ").append(cell(g.help()))
                    .append(" |\n");
        }
        return sb.toString();
    }

    private static String codes(List<String> names) {
        return names.stream().map(GatesCommand::code).reduce((a, b) -> a + ", " + b).orElse("");
    }

    /** A name in backticks, or "-" when the format has no such gate. */
    private static String code(String name) {
        return name == null ? "-" : "`" + name + "`";
    }

    /** Text safe inside a table cell: '|' (as in "|0>") would end the cell. */
    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
