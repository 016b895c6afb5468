package qtool.cli;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import qtool.synthesis.rl.RlModel;
import qtool.synthesis.rl.RlSynthesizer;
import qtool.synthesis.rl.SearchSettings;

/**
 * The options shared by {@code qtool synth-rl U} and {@code qtool synth-rl bench}: basis, model file
 * and search budget. {@link #synthesizer} turns them into an {@link RlSynthesizer}, reporting an
 * unreadable model as a file error (exit code 3) and bad values as usage errors (exit code 2).
 */
final class RlSearchOptions {
    @Option(names = "--basis", defaultValue = "hrc",
            description = "Gate basis: hrc (6 HRC gates), clifford+t (h s sdg t tdg), ht (inverse-free h, t), hrc2 (two qubits)"
                    + " (default: ${DEFAULT-VALUE}).")
    String basis;

    @Option(names = "--model", paramLabel = "FILE",
            description = "A model written by 'qtool synth-rl train' (default: the shipped model of the basis).")
    Path model;

    @Option(names = "--rounds", defaultValue = "200", description = "Search rounds before giving up (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--expand", defaultValue = "256", description = "Nodes scored per network pass (default: ${DEFAULT-VALUE}).")
    int expand;

    @Option(names = "--finish-depth", defaultValue = "8",
            description = "Depth of the single-qubit finishing table checked at every node; 0 = exact distance check only"
                    + " (default: ${DEFAULT-VALUE}).")
    int finishDepth;

    @Option(names = "--max-length", defaultValue = "60", description = "Longest searched prefix (default: ${DEFAULT-VALUE}).")
    int maxLength;

    RlSynthesizer synthesizer(CommandLine cl) {
        SearchSettings settings;
        try {
            settings = new SearchSettings(expand, Math.max(100_000, expand), rounds, maxLength, 1.0, finishDepth, 5);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl,
                    "--rounds, --expand and --max-length must be positive and --finish-depth in 0..12");
        }
        RlModel m;
        if (model != null) {
            try {
                m = RlModel.read(model);
            } catch (IOException e) {
                throw new FileAccessException("read", model.toString(), e);
            }
        } else {
            try {
                m = RlModel.shipped(basis);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cl, e.getMessage());
            }
        }
        if (!m.basis().name().equals(qtool.synthesis.rl.GateBasis.named(basis).name()) && model != null
                && cl.getParseResult().hasMatchedOption("--basis")) {
            throw new CommandLine.ParameterException(cl, "model " + model + " was trained for basis " + m.basis().name()
                    + ", not " + basis);
        }
        return new RlSynthesizer(m, settings);
    }
}
