package qtool.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import qtool.decode.Decoder;
import qtool.decode.ShotEvents;
import qtool.decoders.Decoders;
import qtool.dem.CircuitToDem;
import qtool.dem.DetectorErrorModel;
import qtool.sim.DetectorSampler;
import qtool.sim.FrameSimulator;
import qtool.stim.StabilizerCircuit;

/**
 * {@code qtool bench decode}: decoder speed on surface-code memory shots (d rounds of
 * {@code rotated_memory_x} with uniform noise p, as in the reference table). Shots are sampled
 * first and kept as event lists, so only decoding is timed: one thread for µs/shot, then the same
 * shots split over {@code --threads} workers for the speed-up, best of three passes after at least
 * a second of warm-up. Also prints the logical error rate as a sanity check.
 */
@Command(name = "decode", description = "Time decoders on sampled surface-code shots; print µs/shot and thread scaling.")
final class BenchDecodeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--decoders", split = ",", defaultValue = "mwpm,uf", description = "Decoders (default: ${DEFAULT-VALUE}).")
    List<String> decoders;

    @picocli.CommandLine.Mixin
    SurfaceCodeSweep sweep = new SurfaceCodeSweep();

    @Option(names = "--shots", defaultValue = "100000", description = "Shots per row (default: ${DEFAULT-VALUE}).")
    int shots;

    @Option(names = "--threads", defaultValue = "2", description = "Workers for the scaling column (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--seed", defaultValue = "1", description = "Sampling seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (shots < 1 || threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--shots and --threads must be positive");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("| decoder | p | d | events/shot | µs/shot (1 thread) | shots/s (1 thread) | shots/s (" + threads
                + " threads) | speed-up | logical error rate |");
        out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|");
        out.flush();
        for (SurfaceCodeSweep.Point point : sweep.points()) {
            DetectorErrorModel dem = CircuitToDem.convert(point.circuit());
            Sample sample = sample(point.circuit(), shots, seed);
            for (String name : decoders) {
                Decoder decoder = Decoders.create(name, dem);
                warmUp(decoder, sample);
                int errors = 0;
                double one = Double.POSITIVE_INFINITY;
                double many = Double.POSITIVE_INFINITY;
                for (int run = 0; run < 3; run++) {
                    long t0 = System.nanoTime();
                    errors = decodeAll(decoder, sample, 0, sample.size());
                    one = Math.min(one, (System.nanoTime() - t0) / 1e9);
                    many = Math.min(many, parallel(decoder, sample));
                }
                out.println(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.2f | %.3g | %.3g | %.2f | %.3e |", name,
                        point.p(), point.d(), sample.meanEvents(), one / sample.size() * 1e6, sample.size() / one,
                        sample.size() / many, one / many, (double) errors / sample.size()));
                out.flush();
            }
        }
        return 0;
    }

    /** Sampled shots: events per shot and the true observable flips. */
    private record Sample(List<int[]> events, long[] observables) {
        int size() {
            return events.size();
        }

        double meanEvents() {
            long total = 0;
            for (int[] e : events) {
                total += e.length;
            }
            return (double) total / events.size();
        }
    }

    private static Sample sample(StabilizerCircuit c, int shots, long seed) {
        int words = 16;
        FrameSimulator sim = new FrameSimulator(c, words);
        ShotEvents ev = new ShotEvents((int) c.numDetectors(), words);
        List<int[]> events = new ArrayList<>(shots);
        long[] obs = new long[shots];
        int numObs = c.numObservables();
        for (long chunk = 0; events.size() < shots; chunk++) {
            sim.run(new SplittableRandom(DetectorSampler.batchSeed(seed, chunk)));
            int n = Math.min(64 * words, shots - events.size());
            ev.load(sim.detectorPlanes(), n);
            long[] planes = sim.observablePlanes();
            for (int s = 0; s < n; s++) {
                long flips = 0;
                for (int o = 0; o < numObs; o++) {
                    flips |= (planes[o * words + (s >>> 6)] >>> s & 1) << o;
                }
                obs[events.size()] = flips;
                events.add(java.util.Arrays.copyOf(ev.events(s), ev.count(s)));
            }
        }
        return new Sample(events, obs);
    }

    /** Decodes the sample until at least a second has passed, so that the JIT has compiled the hot loops. */
    private static void warmUp(Decoder decoder, Sample s) {
        long until = System.nanoTime() + 1_000_000_000L;
        do {
            decodeAll(decoder, s, 0, s.size());
        } while (System.nanoTime() < until);
    }

    private static int decodeAll(Decoder decoder, Sample s, int from, int to) {
        int errors = 0;
        for (int i = from; i < to; i++) {
            int[] e = s.events().get(i);
            if (decoder.decode(e, e.length).observables() != s.observables()[i]) {
                errors++;
            }
        }
        return errors;
    }

    /** Wall seconds to decode the sample split evenly over the workers. */
    private double parallel(Decoder decoder, Sample s) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> parts = new ArrayList<>();
            long t0 = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                int from = (int) ((long) s.size() * t / threads);
                int to = (int) ((long) s.size() * (t + 1) / threads);
                parts.add(pool.submit(() -> decodeAll(decoder, s, from, to)));
            }
            for (Future<Integer> f : parts) {
                f.get();
            }
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            pool.shutdownNow();
        }
    }
}
