package qtool.cli;

import java.io.InputStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import qtool.dem.CircuitToDem;
import qtool.dem.DemWriter;
import qtool.dem.DetectorErrorModel;
import qtool.stim.StabilizerCircuit;

/**
 * {@code qtool dem}: the detector error model of a noisy Stim circuit, written in Stim's
 * {@code .dem} format. This is what {@code stim analyze_errors --decompose_errors} produces:
 * independent error mechanisms, hyperedges split into graph-like pieces separated by {@code ^}.
 */
@Command(name = "dem", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = "Write the detector error model of a Stim circuit (like stim analyze_errors --decompose_errors).",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INTERNAL_LINE, ExitCodes.USAGE_LINE, ExitCodes.INVALID_INPUT_LINE})
final class DemCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Where {@code -} reads from; tests replace it. */
    InputStream stdin = System.in;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CIRCUIT", defaultValue = "-",
            description = "Stim circuit file; '-' or none reads stdin.")
    String input;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT", defaultValue = OutputFile.STDOUT,
            description = "Output file; '-' (the default) writes stdout. Written only when the analysis succeeds.")
    String output;

    @Option(names = "--no-decompose", description = "Keep hyperedges whole instead of splitting them into graph-like pieces.")
    boolean noDecompose;

    @Override
    public Integer call() {
        StabilizerCircuit circuit = read();
        DetectorErrorModel dem;
        try {
            dem = CircuitToDem.convert(circuit, !noDecompose);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new CircuitDoesNotFitException("cannot analyse " + input + ": " + e.getMessage(), e);
        }
        OutputFile.write(spec.commandLine(), output, DemWriter.write(dem));
        return ExitCodes.OK;
    }

    private StabilizerCircuit read() {
        return StimInput.read(input, stdin);
    }
}
