package qtool.decoders;

import java.util.SplittableRandom;
import qtool.decode.ShotEvents;
import qtool.gen.NoiseParams;
import qtool.gen.RotatedSurfaceCode;
import qtool.sim.FrameSimulator;
import qtool.stim.StabilizerCircuit;

/**
 * Not a unit test: a main that measures the matching decoder's µs/shot on sampled surface-code
 * shots (single thread, decode time only) and its logical error rate. Run it by hand, e.g.
 * {@code java -cp ... qtool.decoders.MatchingBenchmark 200000 3,5,7,11 1e-3,5e-3}; with
 * {@code -Doracle=1} it times the previous decoder ({@link GapSearchMatchingDecoder}) instead.
 */
public final class MatchingBenchmark {
    private MatchingBenchmark() {
    }

    public static void main(String[] args) {
        long shots = args.length > 0 ? Long.parseLong(args[0]) : 100_000;
        String[] ds = (args.length > 1 ? args[1] : "3,5,7,11").split(",");
        String[] ps = (args.length > 2 ? args[2] : "1e-3,5e-3").split(",");
        for (String ptext : ps) {
            double p = Double.parseDouble(ptext);
            for (String dtext : ds) {
                int d = Integer.parseInt(dtext);
                run(d, p, shots);
            }
        }
    }

    private static void run(int d, double p, long shots) {
        StabilizerCircuit circuit = RotatedSurfaceCode.memoryX(d, d, NoiseParams.uniform(p));
        DecodingGraph g = DecodingGraph.of(qtool.dem.CircuitToDem.convert(circuit));
        GraphDecoder dec = System.getProperty("oracle") != null ? new GapSearchMatchingDecoder(g) : new MatchingDecoder(g);
        FrameSimulator sim = new FrameSimulator(circuit, 16);
        int words = 16;
        int perBatch = words * 64;
        ShotEvents events = new ShotEvents(g.numDetectors(), words);
        SplittableRandom rnd = new SplittableRandom(1234 + d);
        // Warm-up: let the JIT compile the hot loops before timing.
        for (int b = 0; b < Math.max(20, 200_000 / perBatch / Math.max(1, d / 3)); b++) {
            sim.run(rnd);
            events.load(sim.detectorPlanes(), perBatch);
            for (int s = 0; s < perBatch; s++) {
                dec.decode(events.events(s), events.count(s));
            }
        }
        long nanos = 0;
        long cpuNanos = 0;
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long done = 0;
        long errors = 0;
        long totalEvents = 0;
        while (done < shots) {
            sim.run(rnd);
            long[] obs = sim.observablePlanes();
            events.load(sim.detectorPlanes(), perBatch);
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            long[] predicted = new long[perBatch];
            for (int s = 0; s < perBatch; s++) {
                predicted[s] = dec.decode(events.events(s), events.count(s)).observables();
            }
            nanos += System.nanoTime() - t0;
            cpuNanos += threads.getCurrentThreadCpuTime() - c0;
            for (int s = 0; s < perBatch; s++) {
                totalEvents += events.count(s);
                long actual = 0;
                for (int o = 0; o < g.numObservables(); o++) {
                    actual |= ((obs[o * words + (s >>> 6)] >>> (s & 63)) & 1L) << o;
                }
                if (actual != predicted[s]) {
                    errors++;
                }
            }
            done += perBatch;
        }
        double rate = (double) errors / done;
        double sigma = Math.sqrt(rate * (1 - rate) / done);
        // CPU time of this thread as well as wall time: on a shared machine the wall time also
        // counts the time other processes held the core.
        System.out.printf("d=%d p=%.0e detectors=%d shots=%d events/shot=%.2f  %.3f us/shot (cpu %.3f)  logical %.4e +- %.2e%n",
                d, p, g.numDetectors(), done, (double) totalEvents / done, nanos / 1e3 / done, cpuNanos / 1e3 / done,
                rate, sigma);
    }
}
