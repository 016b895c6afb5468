package qtool.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import qtool.synthesis.rl.GateBasis;
import qtool.synthesis.rl.RlBenchmark;
import qtool.synthesis.rl.RlSynthesizer;

/**
 * {@code qtool synth-rl bench}: the acceptance measurement. Single-qubit bases: Haar-random targets
 * from {@code --seed}, optionally compared with the brute-force shortest word
 * ({@code --compare-depth K}: meet-in-the-middle over all words up to 2K letters). Two-qubit basis:
 * random words of {@code --word-length} letters, or with {@code --cnot} CNOT-equivalent targets
 * (a CX between random local HRC words). Prints one line per target with {@code --rows}, then the
 * summary.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Measure RL synthesis on random targets: success rate, mean length, mean search time, distance from"
                + " the brute-force optimum.")
final class SynthRlBenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RlSearchOptions search = new RlSearchOptions();

    @Option(names = "--epsilon", defaultValue = "1e-3", description = "Target Frobenius distance (default: ${DEFAULT-VALUE}).")
    double epsilon;

    @Option(names = "--targets", defaultValue = "100", description = "Number of targets (default: ${DEFAULT-VALUE}).")
    int targets;

    @Option(names = "--seed", defaultValue = "2024", description = "Seed of the targets (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--compare-depth", defaultValue = "0",
            description = "Brute-force shortest words up to 2*K letters for comparison; 0 = off (default: ${DEFAULT-VALUE}).")
    int compareDepth;

    @Option(names = "--word-length", defaultValue = "0",
            description = "Use random basis words of this length as targets instead of Haar-random unitaries.")
    int wordLength;

    @Option(names = "--cnot", description = "Two-qubit basis: CNOT-equivalent targets (local words of --word-length/2 letters around one CX).")
    boolean cnot;

    @Option(names = "--rows", description = "Print one line per target.")
    boolean rows;

    @Override
    public Integer call() {
        if (targets < 1 || compareDepth < 0 || compareDepth > 10 || wordLength < 0 || !(epsilon > 0) || epsilon >= 2) {
            throw new ParameterException(spec.commandLine(),
                    "--targets must be positive, --compare-depth in 0..10, --word-length >= 0, --epsilon in (0, 2)");
        }
        RlSynthesizer synth = search.synthesizer(spec.commandLine());
        GateBasis basis = synth.basis();
        if (basis.numQubits() == 2 && wordLength == 0) {
            throw new ParameterException(spec.commandLine(), "two-qubit bench needs --word-length L (random words or --cnot)");
        }
        List<double[][][]> list;
        String kind;
        if (cnot) {
            if (basis.numQubits() != 2) {
                throw new ParameterException(spec.commandLine(), "--cnot needs the two-qubit basis hrc2");
            }
            list = RlBenchmark.cnotEquivalentTargets(basis, targets, Math.max(1, wordLength / 2), seed);
            kind = "CNOT-equivalent (local words of " + Math.max(1, wordLength / 2) + " letters on each side of one CX)";
        } else if (wordLength > 0) {
            list = RlBenchmark.randomWordTargets(basis, targets, wordLength, seed);
            kind = "random words of " + wordLength + " letters";
        } else {
            list = RlBenchmark.haarTargets(targets, seed);
            kind = "Haar-random";
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(String.format(Locale.ROOT, "basis %s, %d %s targets (seed %d), epsilon %s Frobenius up to phase, %s",
                basis.name(), targets, kind, seed, epsilon, basis.numQubits() == 1 && search.finishDepth > 0
                        ? "finishing table depth " + search.finishDepth : "no finishing table"));
        out.flush();
        long t0 = System.nanoTime();
        RlBenchmark.Summary s = RlBenchmark.run(synth, list, epsilon, basis.numQubits() == 1 ? compareDepth : 0, row -> {
            if (rows) {
                RlSynthesizer.Result r = row.result();
                out.println(String.format(Locale.ROOT, "%3d %s len %3d err %.2e time %8.1f ms expanded %7d%s", row.index(),
                        r.success() ? "ok  " : "FAIL", r.length(), r.error(), r.nanos() / 1e6, r.expanded(),
                        row.optimal() < 0 ? "" : row.optimal() == 0 ? " optimal >" + 2 * compareDepth
                                : " optimal " + row.optimal() + String.format(Locale.ROOT, " (%.0f ms)", row.optimalNanos() / 1e6)));
                out.flush();
            }
        });
        out.println(String.format(Locale.ROOT, "success        %d/%d (%.1f%%)", s.successes(), s.targets(), 100 * s.successRate()));
        out.println(String.format(Locale.ROOT, "mean length    %.2f (successful targets)", s.meanLength()));
        out.println(String.format(Locale.ROOT, "max error      %.3e", s.maxError()));
        out.println(String.format(Locale.ROOT, "mean time      %.1f ms per target", s.meanMillis()));
        if (s.compared() > 0) {
            out.println(String.format(Locale.ROOT, "vs brute force %d targets with optimum <= %d: mean excess %.2f letters;"
                    + " %d targets need more than %d", s.comparedBothSolved(), 2 * compareDepth, s.meanExcessOverOptimal(),
                    s.optimalBeyondBound(), 2 * compareDepth));
        }
        out.println(String.format(Locale.ROOT, "wall time      %.1f s", (System.nanoTime() - t0) / 1e9));
        out.flush();
        return ExitCodes.OK;
    }
}
