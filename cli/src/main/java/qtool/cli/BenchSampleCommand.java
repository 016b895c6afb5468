package qtool.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import qtool.sim.DetectorSampler;
import qtool.stim.StabilizerCircuit;

/**
 * {@code qtool bench sample}: detection-event sampling speed on surface-code memory circuits (the
 * same circuits as {@code stim gen}), in memory without output, best of {@code --runs} after a
 * warm-up, for one thread and for {@code --threads}.
 */
@Command(name = "sample", description = "Time detection-event sampling of surface-code circuits; print shots/s.")
final class BenchSampleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    SurfaceCodeSweep sweep = new SurfaceCodeSweep();

    @Option(names = "--shots", defaultValue = "1000000", description = "Shots per run (default: ${DEFAULT-VALUE}).")
    long shots;

    @Option(names = "--threads", defaultValue = "2", description = "Threads for the second column (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--runs", defaultValue = "3", description = "Measured runs; the best is shown (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() {
        if (shots < 1 || threads < 1 || runs < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--shots, --threads and --runs must be positive");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("| p | d | shots/s (1 thread) | shots/s (" + threads + " threads) |");
        out.println("|---|---:|---:|---:|");
        out.flush();
        for (SurfaceCodeSweep.Point point : sweep.points(spec.commandLine())) {
            StabilizerCircuit c = point.circuit();
            DetectorSampler.sample(c, Math.min(shots, 100_000), 0, 1);
            out.println(String.format(Locale.ROOT, "| %s | %d | %.3g | %.3g |", point.p(), point.d(), best(c, 1),
                    best(c, threads)));
            out.flush();
        }
        return 0;
    }

    private double best(StabilizerCircuit c, int t) {
        double bestRate = 0;
        for (int r = 0; r < runs; r++) {
            long t0 = System.nanoTime();
            DetectorSampler.sample(c, shots, r + 1, t);
            bestRate = Math.max(bestRate, shots / ((System.nanoTime() - t0) / 1e9));
        }
        return bestRate;
    }
}
