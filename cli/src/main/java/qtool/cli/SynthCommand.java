package qtool.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import qtool.passes.synthesis.SynthesizeCliffordT;
import qtool.synthesis.cliffordt.CliffordTSynthesizer;
import qtool.synthesis.cliffordt.CliffordTWord;
import qtool.synthesis.cliffordt.Letter;
import qtool.synthesis.cliffordt.OneQubitApproximation;
import qtool.synthesis.cliffordt.RzApproximation;

/**
 * {@code qtool synth U}: synthesises one single-qubit unitary over Clifford+T and prints the word, its
 * length, T-count, verified operator-norm error and the time taken. {@code rz(θ)} is approximated in
 * exact mode (no global-phase freedom, the gridsynth convention); every other target is synthesised
 * up to a global phase, which is printed. The unitary syntax is described in {@link SynthTarget}.
 */
@Command(name = "synth", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        subcommands = {SynthTrainCommand.class},
        description = {"Synthesise one single-qubit unitary as a Clifford+T word (gridsynth for rotations, exact "
                + "synthesis in Matsumoto-Amano normal form) and print the word, length, T-count, error and time.",
            "U is a one-qubit gate with constant arguments (t, h, sx, rz(0.3), rx(pi/7), p(-3pi/8), "
                + "u(theta, phi, lambda), U(...)), Euler angles zyz(a, b, c) = Rz(a)Ry(b)Rz(c), or a matrix "
                + "[[a, b], [c, d]] with complex entries (1/sqrt(2), exp(i*pi/8), 0.6-0.8i).",
            "rz(theta) is approximated exactly, without global-phase freedom (the gridsynth convention), unless theta "
                + "is a multiple of pi/4; every other target is synthesised up to a global phase, which is printed. "
                + "The word is printed in matrix order (the rightmost gate acts first) and, as 'circuit:', in the "
                + "order a circuit applies it.",
            "--method rl runs the RL-guided search instead (qtool synth-rl U --basis B --epsilon E: bases hrc, "
                + "clifford+t, ht, hrc2; epsilon is then a Frobenius distance, default 1e-3); qtool synth train "
                + "retrains its Q-network."},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INTERNAL_LINE, ExitCodes.USAGE_LINE, ExitCodes.INVALID_INPUT_LINE})
final class SynthCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "U",
            description = "The unitary: gate, zyz(a, b, c) or [[a, b], [c, d]].")
    String unitary;

    @Option(names = "--basis", paramLabel = "BASIS", defaultValue = "clifford+t",
            description = "Gate basis (default: ${DEFAULT-VALUE}; supported: clifford+t).")
    String basis;

    @Option(names = "--epsilon", paramLabel = "EPS",
            description = "Operator-norm error bound, in (0, 0.5) (default: 1e-10; with --method rl the Frobenius"
                    + " distance, default 1e-3).")
    Double epsilon;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "gridsynth",
            description = "Synthesis method: gridsynth (default) or rl.")
    String method;

    /** {@code --method rl}: the same request through {@code qtool synth-rl}, which owns the RL search and its output. */
    private int viaRl() {
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("--basis", basis));
        if (epsilon != null) {
            args.addAll(java.util.List.of("--epsilon", Double.toString(epsilon)));
        }
        args.add(unitary);
        picocli.CommandLine rl = spec.commandLine().getParent().getSubcommands().get("synth-rl");
        rl.setOut(spec.commandLine().getOut());
        rl.setErr(spec.commandLine().getErr());
        return rl.execute(args.toArray(new String[0]));
    }

    @Override
    public Integer call() {
        if (unitary == null) {
            throw new ParameterException(spec.commandLine(), "Missing the unitary U (or the subcommand train)");
        }
        if (method.equalsIgnoreCase("rl")) {
            return viaRl();
        }
        if (epsilon == null) {
            epsilon = 1e-10;
        }
        String b = basis.toLowerCase(Locale.ROOT);
        if (!SynthesizeCliffordT.BASES.contains(b)) {
            throw new ParameterException(spec.commandLine(), "--basis " + basis + " is not supported; bases: "
                    + String.join(", ", SynthesizeCliffordT.BASES));
        }
        if (!SynthesizeCliffordT.METHODS.contains(method.toLowerCase(Locale.ROOT))) {
            throw new ParameterException(spec.commandLine(), "--method " + method + " is not supported; methods: "
                    + String.join(", ", SynthesizeCliffordT.METHODS) + ", rl");
        }
        if (!(epsilon > 0 && epsilon < 0.5)) {
            throw new ParameterException(spec.commandLine(), "--epsilon must be in (0, 0.5), not " + epsilon);
        }
        SynthTarget target;
        try {
            target = SynthTarget.parse(unitary);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        CliffordTSynthesizer synthesizer = new CliffordTSynthesizer();
        long t0 = System.nanoTime();
        CliffordTWord word;
        double error;
        String errorKind;
        Double phase = null;
        if (target.rzAngle() != null && synthesizer.rotationCount(target.matrix()) > 0) {
            RzApproximation a = synthesizer.rz(target.rzAngle(), epsilon);
            word = a.word();
            error = a.error();
            errorKind = "operator norm, exact: no global-phase freedom";
        } else {
            OneQubitApproximation a = synthesizer.synthesize(target.matrix(), epsilon);
            word = a.word();
            error = a.errorBound();
            errorKind = "operator norm, up to the global phase below";
            phase = a.globalPhase();
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        PrintWriter out = spec.commandLine().getOut();
        out.println("target:   " + target.text());
        out.println("basis:    " + b);
        out.println("epsilon:  " + fmt(epsilon));
        out.println("word:     " + word);
        StringJoiner circuit = new StringJoiner(" ");
        for (Letter l : word.circuitOrder()) {
            circuit.add(l.symbol());
        }
        out.println("circuit:  " + (word.length() == 0 ? "(none)" : circuit.toString())
                + (word.omegaPhase() == 0 ? "" : "; gphase(" + word.omegaPhase() + "*pi/4)"));
        out.println("length:   " + word.length());
        out.println("t-count:  " + word.tCount());
        out.println("h-count:  " + word.count(Letter.H));
        out.println("error:    " + fmt(error) + " (" + errorKind + ")");
        if (phase != null) {
            out.println("phase:    " + fmt(phase) + " (U = e^{i*phase} * word)");
        }
        out.println(String.format(Locale.ROOT, "time:     %.1f ms (including JVM warm-up; qtool bench synth measures warm calls)", ms));
        out.flush();
        return ExitCodes.OK;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3g", v);
    }
}
