package qtool.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import qtool.gen.NoiseParams;
import qtool.gen.RotatedSurfaceCode;
import qtool.stim.StabilizerCircuit;

/**
 * The benchmark circuits: {@code rotated_memory_x} with d rounds and all four noise settings = p,
 * over {@code -d} and {@code -p}, in the order of the reference tables (p outer, d inner).
 */
final class SurfaceCodeSweep {
    /** One benchmark row's circuit. */
    record Point(double p, int d, StabilizerCircuit circuit) {
    }

    @Option(names = {"-d", "--distance"}, split = ",", defaultValue = "3,5,7,11", description = "Distances (default: ${DEFAULT-VALUE}).")
    List<Integer> distances;

    @Option(names = {"-p", "--noise"}, split = ",", defaultValue = "1e-3,5e-3", description = "Noise strengths (default: ${DEFAULT-VALUE}).")
    List<Double> noises;

    /** The rows; a noise outside [0, 1] or a distance the generator refuses is a usage error of {@code cl}. */
    List<Point> points(CommandLine cl) {
        for (double p : noises) {
            if (!(p >= 0 && p <= 1)) {
                throw new CommandLine.ParameterException(cl, "-p must be in [0, 1], not " + p);
            }
        }
        List<Point> out = new ArrayList<>();
        for (double p : noises) {
            for (int d : distances) {
                StabilizerCircuit circuit;
                try {
                    circuit = RotatedSurfaceCode.memoryX(d, d, NoiseParams.uniform(p));
                } catch (IllegalArgumentException e) {
                    throw new CommandLine.ParameterException(cl, "-d " + d + ": " + e.getMessage());
                }
                out.add(new Point(p, d, circuit));
            }
        }
        return out;
    }
}
