package qtool.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
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
 * shots shared by {@code --threads} workers for the speed-up, best of three passes after at least
 * a second of warm-up (CPU time, on every thread). Also prints the logical error rate as a sanity check.
 *
 * <p>Each pass decodes the sample as many times as it takes to last about {@value #MIN_PASS_SECONDS}
 * s on one thread, so that short rows are not dominated by waking the workers. The workers are
 * started once, warmed up like the calling thread, and take blocks of {@value #BLOCK} shots from a
 * shared counter until the pass is done, so a slow block cannot leave one worker idle at the end.
 * Shots go to the decoder a block at a time ({@link Decoder#decodeShots}), which lets it set up its
 * per-thread scratch once per block. Beside the wall-clock figures, the table gives the calling
 * thread's CPU time per shot and the CPU speed-up:
 * {@code threads ×} one thread's CPU time over the workers' total CPU time, which is what the
 * wall-clock speed-up would be with each worker on an idle core (the shared counter balances the
 * work there) and shows any cost of running side by side (contended caches or memory, shared
 * state). On a machine that other jobs keep busy only that one is meaningful.
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

    /** Shortest timed pass on one thread, in seconds. */
    static final double MIN_PASS_SECONDS = 0.25;
    /** CPU time each thread spends warming up on a row. */
    static final long WARM_UP_CPU_NANOS = 1_000_000_000L;
    /** Shots a worker takes at a time. */
    static final int BLOCK = 2048;

    @Override
    public Integer call() throws Exception {
        if (shots < 1 || threads < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--shots and --threads must be positive");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("| decoder | p | d | events/shot | µs/shot (1 thread) | CPU µs/shot (1 thread) | shots/s (1 thread) | shots/s ("
                + threads + " threads) | speed-up | CPU speed-up | logical error rate |");
        out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        out.flush();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "qtool-bench-decode");
            t.setDaemon(true);
            return t;
        });
        try {
            for (SurfaceCodeSweep.Point point : sweep.points(spec.commandLine())) {
                DetectorErrorModel dem = CircuitToDem.convert(point.circuit());
                Sample sample = sample(point.circuit(), shots, seed);
                for (String name : decoders) {
                    Decoder decoder = Decoders.create(name, dem);
                    int reps = warmUp(decoder, sample, pool);
                    long total = (long) reps * sample.size();
                    long errors = 0;
                    double one = Double.POSITIVE_INFINITY;
                    double oneCpu = Double.POSITIVE_INFINITY;
                    double many = Double.POSITIVE_INFINITY;
                    double manyCpu = Double.POSITIVE_INFINITY;
                    for (int run = 0; run < 3; run++) {
                        Pass single = pass(decoder, sample, reps, null);
                        errors = single.errors() / reps;
                        one = Math.min(one, single.wall());
                        oneCpu = Math.min(oneCpu, single.cpu());
                        Pass shared = pass(decoder, sample, reps, pool);
                        many = Math.min(many, shared.wall());
                        manyCpu = Math.min(manyCpu, shared.cpu());
                    }
                    out.println(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.2f | %.2f | %.3g | %.3g | %.2f | %.2f | %.3e |",
                            name, point.p(), point.d(), sample.meanEvents(), one / total * 1e6, oneCpu / total * 1e6,
                            total / one, total / many,
                            one / many, threads * oneCpu / manyCpu, (double) errors / sample.size()));
                    out.flush();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return 0;
    }

    /** Sampled shots: events per shot (the first {@code counts[s]} of {@code events[s]}) and the true observable flips. */
    private record Sample(int[][] events, int[] counts, long[] observables) {
        int size() {
            return counts.length;
        }

        double meanEvents() {
            long total = 0;
            for (int c : counts) {
                total += c;
            }
            return (double) total / counts.length;
        }
    }

    private static Sample sample(StabilizerCircuit c, int shots, long seed) {
        int words = 16;
        FrameSimulator sim = new FrameSimulator(c, words);
        ShotEvents ev = new ShotEvents((int) c.numDetectors(), words);
        int[][] events = new int[shots][];
        int[] counts = new int[shots];
        long[] obs = new long[shots];
        int numObs = c.numObservables();
        int done = 0;
        for (long chunk = 0; done < shots; chunk++) {
            sim.run(new SplittableRandom(DetectorSampler.batchSeed(seed, chunk)));
            int n = Math.min(64 * words, shots - done);
            ev.load(sim.detectorPlanes(), n);
            long[] planes = sim.observablePlanes();
            for (int s = 0; s < n; s++) {
                long flips = 0;
                for (int o = 0; o < numObs; o++) {
                    flips |= (planes[o * words + (s >>> 6)] >>> s & 1) << o;
                }
                obs[done] = flips;
                counts[done] = ev.count(s);
                events[done] = Arrays.copyOf(ev.events(s), ev.count(s));
                done++;
            }
        }
        return new Sample(events, counts, obs);
    }

    /**
     * Decodes the sample on this thread and on every worker until each has spent at least a second
     * of CPU time on it (a second of wall time is much less on a busy machine), so that the JIT has
     * compiled the hot loops and every worker has its scratch; returns how many times a timed pass
     * decodes the sample.
     */
    private int warmUp(Decoder decoder, Sample s, ExecutorService pool) throws Exception {
        long[] predictions = new long[s.size()];
        long cpu = 0;
        int decoded = 0;
        while (cpu < WARM_UP_CPU_NANOS) {
            cpu += decodeBlocks(decoder, s, new AtomicLong(), s.size(), predictions)[1];
            decoded++;
        }
        double perSample = cpu / 1e9 / decoded;
        List<Future<?>> warm = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            warm.add(pool.submit(() -> {
                long[] own = new long[s.size()];
                long spent = 0;
                while (spent < WARM_UP_CPU_NANOS) {
                    spent += decodeBlocks(decoder, s, new AtomicLong(), s.size(), own)[1];
                }
                return null;
            }));
        }
        for (Future<?> f : warm) {
            f.get();
        }
        return (int) Math.max(1, Math.ceil(MIN_PASS_SECONDS / perSample));
    }

    /** One timed pass: wall seconds, the decoding threads' total CPU seconds, and the errors counted. */
    private record Pass(double wall, double cpu, long errors) {
    }

    /**
     * Decodes the sample {@code reps} times, on this thread when {@code pool} is null, else shared
     * by the workers.
     */
    private Pass pass(Decoder decoder, Sample s, int reps, ExecutorService pool) throws Exception {
        long total = (long) reps * s.size();
        AtomicLong next = new AtomicLong();
        if (pool == null) {
            long t0 = System.nanoTime();
            long[] r = decodeBlocks(decoder, s, next, total, new long[s.size()]);
            return new Pass((System.nanoTime() - t0) / 1e9, r[1] / 1e9, r[0]);
        }
        List<Future<long[]>> parts = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            parts.add(pool.submit(() -> decodeBlocks(decoder, s, next, total, new long[s.size()])));
        }
        long errors = 0;
        long cpu = 0;
        for (Future<long[]> f : parts) {
            long[] r = f.get();
            errors += r[0];
            cpu += r[1];
        }
        return new Pass((System.nanoTime() - t0) / 1e9, cpu / 1e9, errors);
    }

    /**
     * Takes blocks of shot positions {@code 0 .. total-1} (position i is shot {@code i mod size})
     * from {@code next} until none is left and decodes them; returns {errors, CPU nanoseconds of
     * this thread}.
     */
    private static long[] decodeBlocks(Decoder decoder, Sample s, AtomicLong next, long total, long[] predictions) {
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long cpu0 = bean.getCurrentThreadCpuTime();
        int size = s.size();
        long errors = 0;
        long at;
        while ((at = next.getAndAdd(BLOCK)) < total) {
            long end = Math.min(total, at + BLOCK);
            while (at < end) {
                // A block may wrap round the end of the sample: decode it in at most two pieces.
                int from = (int) (at % size);
                int to = (int) Math.min(size, from + (end - at));
                decoder.decodeShots(s.events(), s.counts(), from, to, predictions);
                long[] actual = s.observables();
                for (int i = from; i < to; i++) {
                    if (predictions[i] != actual[i]) {
                        errors++;
                    }
                }
                at += to - from;
            }
        }
        return new long[] {errors, bean.getCurrentThreadCpuTime() - cpu0};
    }
}
