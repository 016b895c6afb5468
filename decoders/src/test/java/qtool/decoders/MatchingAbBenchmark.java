package qtool.decoders;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Function;
import qtool.decode.ShotEvents;
import qtool.dem.CircuitToDem;
import qtool.dem.DetectorErrorModel;
import qtool.gen.NoiseParams;
import qtool.gen.RotatedSurfaceCode;
import qtool.sim.FrameSimulator;
import qtool.stim.StabilizerCircuit;

/**
 * Not a unit test: a main that compares builds of the matching decoder on the same shots, for a
 * fair before/after on a shared machine. Each build is a directory of compiled decoders classes
 * (e.g. a copy of decoders/target/classes taken before a change), loaded in its own class loader;
 * the builds decode the same sampled shots in turn, several times, and the thread CPU time of each
 * pass is recorded (other processes' time on the core does not count). Prints per build the
 * fastest and the median pass in µs/shot, the logical errors, the total matching weight and on
 * how many shots its observables differ from the first build's. The order alternates between
 * passes; still, below a microsecond per shot the build loaded first gains a few hundredths of a
 * microsecond (two copies of one build differ that much), so run such rows in both orders.
 *
 * <p>{@code java -cp <test classpath> qtool.decoders.MatchingAbBenchmark DIR1,DIR2 D P SHOTS PASSES [greedy]}
 *
 * <p>With {@code greedy}, each pass runs only the greedy ball growth of every shot ({@link
 * GreedyRunner}): at high error rates it is about 40% of the decoding time, and timing it alone
 * shows changes to it far above the noise of the whole decoder. Its "errors" column is then
 * meaningless; "weight" is the sum of the greedy dual bounds and "differ" compares the growth's
 * outcome and discovery count per shot.
 */
public final class MatchingAbBenchmark {
    private MatchingAbBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5 && !(args.length == 6 && args[5].equals("greedy"))) {
            System.err.println("usage: MatchingAbBenchmark DIR1,DIR2,... DISTANCE P SHOTS PASSES [greedy]");
            System.exit(2);
        }
        Class<?> runner = args.length == 6 ? GreedyRunner.class : Runner.class;
        String[] builds = args[0].split(",");
        int d = Integer.parseInt(args[1]);
        double p = Double.parseDouble(args[2]);
        int shots = Integer.parseInt(args[3]);
        int passes = Integer.parseInt(args[4]);
        StabilizerCircuit circuit = RotatedSurfaceCode.memoryX(d, d, NoiseParams.uniform(p));
        DetectorErrorModel dem = CircuitToDem.convert(circuit);
        int numObservables = (int) dem.numObservables();
        FrameSimulator sim = new FrameSimulator(circuit, 16);
        int words = 16;
        int perBatch = words * 64;
        ShotEvents events = new ShotEvents((int) dem.numDetectors(), words);
        SplittableRandom rnd = new SplittableRandom(1234 + d);
        int[][] shotEvents = new int[shots][];
        long[] actual = new long[shots];
        long totalEvents = 0;
        for (int done = 0; done < shots; ) {
            sim.run(rnd);
            long[] obs = sim.observablePlanes();
            events.load(sim.detectorPlanes(), perBatch);
            for (int s = 0; s < perBatch && done < shots; s++, done++) {
                shotEvents[done] = Arrays.copyOf(events.events(s), events.count(s));
                totalEvents += shotEvents[done].length;
                for (int o = 0; o < numObservables; o++) {
                    actual[done] |= ((obs[o * words + (s >>> 6)] >>> (s & 63)) & 1L) << o;
                }
            }
        }
        @SuppressWarnings("unchecked")
        Function<int[][], long[]>[] decoders = new Function[builds.length];
        for (int b = 0; b < builds.length; b++) {
            ClassLoader loader = new BuildLoader(Path.of(builds[b]), MatchingAbBenchmark.class.getClassLoader());
            decoders[b] = (Function<int[][], long[]>) loader.loadClass(runner.getName())
                    .getConstructor(DetectorErrorModel.class).newInstance(dem);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[][] predicted = new long[builds.length][];
        double[][] micros = new double[builds.length][passes];
        for (int b = 0; b < builds.length; b++) {
            predicted[b] = decoders[b].apply(shotEvents);
        }
        for (int pass = 0; pass < passes; pass++) {
            // Alternate the order, so that neither build always runs right after the other.
            for (int i = 0; i < builds.length; i++) {
                int b = pass % 2 == 0 ? i : builds.length - 1 - i;
                long c0 = threads.getCurrentThreadCpuTime();
                predicted[b] = decoders[b].apply(shotEvents);
                micros[b][pass] = (threads.getCurrentThreadCpuTime() - c0) / 1e3 / shots;
            }
        }
        System.out.printf("d=%d p=%s shots=%d events/shot=%.2f passes=%d%n", d, args[2], shots,
                (double) totalEvents / shots, passes);
        for (int b = 0; b < builds.length; b++) {
            double[] sorted = micros[b].clone();
            Arrays.sort(sorted);
            long errors = 0;
            long differ = 0;
            for (int s = 0; s < shots; s++) {
                errors += predicted[b][s] != actual[s] ? 1 : 0;
                differ += predicted[b][s] != predicted[0][s] ? 1 : 0;
            }
            System.out.printf("  %-30s cpu us/shot min %.3f median %.3f  errors %d  weight %.6f  differ %d%n",
                    builds[b], sorted[0], sorted[passes / 2], errors,
                    Double.longBitsToDouble(predicted[b][shots]), differ);
        }
    }

    /**
     * Loaded once per build, so each build's decoding loop is compiled on its own: decodes every
     * shot, returning the observables per shot and, last, the bits of the total matching weight.
     * It uses only API every build has (DecodingGraph.of, MatchingDecoder, decode).
     */
    public static final class Runner implements Function<int[][], long[]> {
        private final GraphDecoder decoder;

        public Runner(DetectorErrorModel dem) {
            decoder = new MatchingDecoder(DecodingGraph.of(dem));
        }

        @Override
        public long[] apply(int[][] shots) {
            long[] out = new long[shots.length + 1];
            double weight = 0;
            for (int s = 0; s < shots.length; s++) {
                qtool.decode.Correction c = decoder.decode(shots[s], shots[s].length);
                out[s] = c.observables();
                weight += c.weight();
            }
            out[shots.length] = Double.doubleToLongBits(weight);
            return out;
        }
    }

    /**
     * Like {@link Runner}, but only the greedy growth: per shot its outcome and number of
     * discoveries (packed in one long), and last the bits of the sum of the dual bounds.
     */
    public static final class GreedyRunner implements Function<int[][], long[]> {
        private final BallGrowth balls;

        public GreedyRunner(DetectorErrorModel dem) {
            FlatAdjacency g = new FlatAdjacency(DecodingGraph.of(dem));
            balls = new BallGrowth(g, new BoundaryDistances(g));
        }

        @Override
        public long[] apply(int[][] shots) {
            long[] out = new long[shots.length + 1];
            double bound = 0;
            for (int s = 0; s < shots.length; s++) {
                if (shots[s].length == 0) {
                    continue;
                }
                balls.load(shots[s], shots[s].length);
                out[s] = (long) balls.growGreedy() << 32 | balls.discoveries();
                bound += balls.dualSum();
            }
            out[shots.length] = Double.doubleToLongBits(bound);
            return out;
        }
    }

    /**
     * Loads the decoders package from a build directory first (the runners' bytecode from this
     * class's own location), everything else from the parent.
     */
    private static final class BuildLoader extends ClassLoader {
        private final Path build;

        BuildLoader(Path build, ClassLoader parent) {
            super(parent);
            this.build = build;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null && name.startsWith("qtool.decoders.")) {
                    byte[] bytes = bytes(name);
                    if (bytes != null) {
                        c = defineClass(name, bytes, 0, bytes.length);
                    }
                }
                if (c == null) {
                    return super.loadClass(name, resolve);
                }
                if (resolve) {
                    resolveClass(c);
                }
                return c;
            }
        }

        private byte[] bytes(String name) {
            String file = name.replace('.', '/') + ".class";
            try {
                Path p = build.resolve(file);
                if (Files.exists(p)) {
                    return Files.readAllBytes(p);
                }
                if (name.startsWith(Runner.class.getName()) || name.startsWith(GreedyRunner.class.getName())) {
                    try (InputStream in = getParent().getResourceAsStream(file)) {
                        return in == null ? null : in.readAllBytes();
                    }
                }
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
