package qtool.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import qtool.ir.Gate;
import qtool.ir.GateFlag;
import qtool.target.Target;
import qtool.target.TargetYaml;
import qtool.target.Targets;

/**
 * {@code qtool targets}: lists the bundled hardware and QEC profiles and prints any target (a
 * builtin name or a YAML file) as canonical YAML. {@link #load} is the one way commands turn a
 * {@code --target NAME|FILE} value into a {@link Target}: validation warnings go to stderr and
 * invalid files surface as a {@code TargetException}, which {@link Qtool} maps to exit code 3.
 */
@Command(name = "targets", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "List the bundled targets, or print one target (builtin or YAML file) as canonical YAML.",
        subcommands = {TargetsCommand.ListCommand.class, TargetsCommand.ShowCommand.class},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INTERNAL_LINE, ExitCodes.USAGE_LINE, ExitCodes.INVALID_INPUT_LINE})
final class TargetsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand (list or show)");
    }

    /** Resolves a {@code --target} value (builtin name, {@code builtin:NAME} or file), printing warnings to {@code err}. */
    static Target load(String nameOrFile, PrintWriter err) {
        Target t = Targets.resolve(nameOrFile, d -> err.println(d.format()));
        err.flush();
        return t;
    }

    /** {@code qtool targets list}: one aligned row per bundled profile. */
    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "List the bundled targets: name, qubits, connectivity, basis gates, description.")
    static final class ListCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            String format = "%-18s %6s  %-22s  %-28s  %s%n";
            out.printf(Locale.ROOT, format, "NAME", "QUBITS", "CONNECTIVITY", "BASIS", "DESCRIPTION");
            for (String name : Targets.builtinNames()) {
                Target t = Targets.builtin(name);
                out.printf(Locale.ROOT, format, name, t.numQubits(), connectivity(t), basis(t),
                        t.description() == null ? "" : t.description());
            }
            out.flush();
            return ExitCodes.OK;
        }

        private static String connectivity(Target t) {
            switch (t.connectivity()) {
                case EXPLICIT:
                    return "explicit (" + t.edges().size() + " edges)";
                default:
                    return t.connectivity().yamlName();
            }
        }

        /** The unitary gates; measure and reset are shown only by {@code show}. */
        private static String basis(Target t) {
            return t.basisGates().stream().filter(g -> g.is(GateFlag.UNITARY)).map(Gate::canonicalName).sorted()
                    .collect(Collectors.joining(","));
        }
    }

    /** {@code qtool targets show NAME|FILE}: the canonical YAML of one target on stdout. */
    @Command(name = "show", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
            description = "Print a target as canonical qtool YAML (validating a file on the way).",
            exitCodeListHeading = ExitCodes.HEADING,
            exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INTERNAL_LINE, ExitCodes.USAGE_LINE, ExitCodes.INVALID_INPUT_LINE})
    static final class ShowCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME|FILE",
                description = "A builtin target (see 'qtool targets list'), builtin:NAME, or a target YAML file.")
        String target;

        @Override
        public Integer call() {
            Target t = load(target, spec.commandLine().getErr());
            PrintWriter out = spec.commandLine().getOut();
            out.print(TargetYaml.write(t));
            out.flush();
            return ExitCodes.OK;
        }
    }
}
