package qtool.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * Placeholder for {@code qtool simulate}: QEC simulation arrives with the stabilizer-simulation
 * issue. Any arguments are accepted and ignored so that the user sees this message rather than a
 * usage error about flags that will exist later; it exits with the usage code.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Sample a QEC experiment (not yet available).")
final class SimulateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Unmatched
    List<String> ignored;

    @Override
    public Integer call() {
        spec.commandLine().getErr()
                .println("qtool simulate: not yet available (QEC simulation lands with the stabilizer-simulation issue)");
        return ExitCodes.USAGE;
    }
}
