package qtool.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import qtool.synthesis.rl.GateBasis;
import qtool.synthesis.rl.RlSynthesizer;

/**
 * {@code qtool synth-rl U}: RL-guided synthesis of one unitary into a word over a discrete basis
 * (deep Q-network + AQ* search); prints the word (first gate applied first), its length, its error
 * (Frobenius distance up to global phase, and the operator-norm distance) and the search time.
 * Subcommands {@code train} and {@code bench}. The synthesis itself lives in
 * {@link qtool.synthesis.rl.RlSynthesizer}; this class only parses and prints.
 */
@Command(name = "synth-rl", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Synthesise a 1- or 2-qubit unitary into a word over a discrete gate basis with a deep Q-network"
                + " and AQ* search.",
        subcommands = {SynthTrainCommand.class, SynthRlBenchCommand.class},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INTERNAL_LINE, ExitCodes.USAGE_LINE, ExitCodes.INVALID_INPUT_LINE})
final class SynthRlCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "U",
            description = "The target: a gate (t, h, rz(pi/7), u3(1,2,3), cx), Euler angles euler:θ,φ,λ"
                    + " (rz(φ)·ry(θ)·rz(λ)), or a matrix [[a,b],[c,d]] with complex entries like 0.5+0.5i.")
    String unitary;

    @Mixin
    RlSearchOptions search = new RlSearchOptions();

    @Option(names = "--epsilon", defaultValue = "1e-3",
            description = "Frobenius distance up to global phase to reach (default: ${DEFAULT-VALUE}).")
    double epsilon;

    @Override
    public Integer call() {
        if (unitary == null) {
            throw new ParameterException(spec.commandLine(), "Missing the unitary U (or a subcommand: train, bench)");
        }
        if (!(epsilon > 0) || epsilon >= 2) {
            throw new ParameterException(spec.commandLine(), "--epsilon must be in (0, 2)");
        }
        double[][][] u;
        try {
            GateBasis.named(search.basis);
            u = UnitaryArgument.parse(unitary);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        RlSynthesizer synth = search.synthesizer(spec.commandLine());
        int dim = 1 << synth.basis().numQubits();
        if (u[0].length != dim) {
            throw new ParameterException(spec.commandLine(), "basis " + synth.basis().name() + " synthesises "
                    + synth.basis().numQubits() + "-qubit unitaries; U is " + u[0].length + "x" + u[0].length);
        }
        RlSynthesizer.Result r;
        try {
            r = synth.synthesize(u[0], u[1], epsilon);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("basis:    " + r.basis());
        out.println("word:     " + (r.length() == 0 ? "(empty)" : r.word()));
        out.println("length:   " + r.length());
        out.println(String.format(Locale.ROOT, "error:    %.3e (Frobenius, up to global phase; operator norm %.3e)", r.error(),
                r.operatorError()));
        out.println("status:   " + (r.success() ? "within epsilon " + epsilon
                : "NOT within epsilon " + epsilon + " (closest word found is shown)"));
        out.println(String.format(Locale.ROOT, "time:     %.1f ms (%d nodes expanded)", r.nanos() / 1e6, r.expanded()));
        out.flush();
        return ExitCodes.OK;
    }
}
