package qtool.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import qtool.gen.NoiseParams;
import qtool.gen.RepetitionCode;
import qtool.gen.RotatedSurfaceCode;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimWriter;

/**
 * {@code qtool gen}: a QEC memory experiment as a Stim circuit, identical to {@code stim gen}
 * (rotated surface code {@code rotated_memory_x|z}, repetition code {@code memory}) with all four
 * of Stim's noise knobs set to {@code --noise}.
 */
@Command(name = "gen", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        subcommands = GenTrotterCommand.class,
        description = "Generate a memory experiment circuit like stim gen (rotated surface code or repetition code), "
                + "with after_clifford_depolarization = before_round_data_depolarization = "
                + "before_measure_flip_probability = after_reset_flip_probability = --noise.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INTERNAL_LINE, ExitCodes.USAGE_LINE, ExitCodes.INVALID_INPUT_LINE})
final class GenCommand implements Callable<Integer> {
    enum Code { surface, repetition }

    enum Basis { x, z }

    @Spec
    CommandSpec spec;

    // CODE, --distance and --rounds are checked in call() rather than marked required, so that the
    // `gen trotter` subcommand can be used without them.
    @Parameters(index = "0", arity = "0..1", paramLabel = "CODE", description = "surface (rotated surface code) or repetition.")
    Code code;

    @Option(names = "--distance", paramLabel = "D", description = "Code distance (at least 2; required).")
    Integer distanceOption;

    @Option(names = "--rounds", paramLabel = "R", description = "Rounds of stabiliser measurement (at least 1; required).")
    Long roundsOption;

    int distance;
    long rounds;

    @Option(names = "--basis", paramLabel = "B",
            description = "Memory basis for the surface code: x (the default, rotated_memory_x) or z. "
                    + "The repetition code only has z.")
    Basis basis;

    @Option(names = "--noise", paramLabel = "P", defaultValue = "0",
            description = "Probability for all four noise knobs; 0 (the default) gives a noiseless circuit.")
    double noise;

    @Option(names = {"-t", "--target"}, paramLabel = "NAME|FILE",
            description = "Take the noise from this target's noise block instead of --noise: uniform_depolarizing sets"
                    + " stim gen's four knobs to its p; si1000 applies the SI1000 rules (1-qubit and idle p/10, 2-qubit p,"
                    + " measurement flip 5p, reset 2p, 2p on qubits idling during measurement or reset).")
    String target;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT", defaultValue = OutputFile.STDOUT,
            description = "Output file; '-' (the default) writes stdout.")
    String output;

    @Override
    public Integer call() {
        java.util.List<String> missing = new java.util.ArrayList<>();
        if (code == null) {
            missing.add("'CODE'");
        }
        if (distanceOption == null) {
            missing.add("'--distance=D'");
        }
        if (roundsOption == null) {
            missing.add("'--rounds=R'");
        }
        if (!missing.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing required option" + (missing.size() > 1 ? "s" : "")
                    + ": " + String.join(", ", missing));
        }
        distance = distanceOption;
        rounds = roundsOption;
        if (distance < 2) {
            throw new ParameterException(spec.commandLine(), "--distance must be at least 2, not " + distance);
        }
        if (rounds < 1) {
            throw new ParameterException(spec.commandLine(), "--rounds must be at least 1, not " + rounds);
        }
        if (!(noise >= 0 && noise <= 1)) {
            throw new ParameterException(spec.commandLine(), "--noise must be in [0, 1], not " + noise);
        }
        if (distance > 1000) {
            throw new ParameterException(spec.commandLine(), "--distance must be at most 1000, not " + distance);
        }
        qtool.target.NoiseModel targetNoise = target == null ? null
                : targetNoise(spec.commandLine(), TargetsCommand.load(target, spec.commandLine().getErr()));
        if (code == Code.repetition && basis == Basis.x) {
            throw new ParameterException(spec.commandLine(), "the repetition code memory is in the z basis only");
        }
        StabilizerCircuit circuit = memoryCircuit(code, distance, rounds, basis == Basis.z ? 'Z' : 'X',
                NoiseParams.uniform(noise), targetNoise);
        OutputFile.write(spec.commandLine(), output, StimWriter.write(circuit));
        return ExitCodes.OK;
    }

    /**
     * A memory experiment circuit. Without a target noise block, stim gen's four knobs; with a
     * uniform_depolarizing block, the knobs all set to its p (so the circuit equals stim gen's);
     * with si1000, the noiseless circuit with the SI1000 rules applied moment by moment.
     */
    static StabilizerCircuit memoryCircuit(Code code, int distance, long rounds, char basis, NoiseParams knobs,
            qtool.target.NoiseModel targetNoise) {
        NoiseParams params = knobs;
        boolean si1000 = targetNoise != null && targetNoise.model() == qtool.target.NoiseModel.Kind.SI1000;
        if (targetNoise != null) {
            params = si1000 ? NoiseParams.NONE : NoiseParams.uniform(targetNoise.p());
        }
        StabilizerCircuit c = code == Code.repetition ? RepetitionCode.memory(distance, rounds, params)
                : RotatedSurfaceCode.memory(distance, rounds, basis, params);
        return si1000 ? qtool.gen.CircuitNoiseModel.of(targetNoise).apply(c) : c;
    }

    /** A target's QEC noise block, or a usage error naming the target when it has none. */
    static qtool.target.NoiseModel targetNoise(picocli.CommandLine cl, qtool.target.Target t) {
        return t.noise().orElseThrow(() -> new ParameterException(cl,
                "target " + t.name() + " has no noise block; give --noise P or a QEC target such as uniform-p1e-3"));
    }
}
