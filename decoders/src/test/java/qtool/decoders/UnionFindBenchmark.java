package qtool.decoders;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.SplittableRandom;
import qtool.decode.Decoder;
import qtool.decode.ShotEvents;
import qtool.gen.NoiseParams;
import qtool.gen.RotatedSurfaceCode;
import qtool.sim.FrameSimulator;
import qtool.stim.StabilizerCircuit;

/**
 * Not a unit test: a main that measures a decoder's CPU µs/shot on the same sampled surface-code
 * shots, so that two builds of the decoder can be compared on a shared machine by running this
 * alternately against each build's classes. Shots are sampled first and kept in one flat array;
 * each pass decodes all of them on the calling thread and is timed with the thread's CPU clock;
 * the best of the passes is reported. Run by hand:
 * {@code java -cp ... qtool.decoders.UnionFindBenchmark 200000 3,5,7,11 1e-3,5e-3 [decoder] [passes]}.
 */
public final class UnionFindBenchmark {
    private UnionFindBenchmark() {
    }

    public static void main(String[] args) {
        int shots = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String[] ds = (args.length > 1 ? args[1] : "3,5,7,11").split(",");
        String[] ps = (args.length > 2 ? args[2] : "1e-3,5e-3").split(",");
        String name = args.length > 3 ? args[3] : Decoders.UNION_FIND;
        int passes = args.length > 4 ? Integer.parseInt(args[4]) : 5;
        for (String ptext : ps) {
            for (String dtext : ds) {
                run(Integer.parseInt(dtext), Double.parseDouble(ptext), shots, name, passes);
            }
        }
    }

    private static void run(int d, double p, int shots, String name, int passes) {
        StabilizerCircuit circuit = RotatedSurfaceCode.memoryX(d, d, NoiseParams.uniform(p));
        qtool.dem.DetectorErrorModel dem = qtool.dem.CircuitToDem.convert(circuit);
        Decoder dec = Decoders.create(name, dem);
        int words = 16;
        int perBatch = words * 64;
        FrameSimulator sim = new FrameSimulator(circuit, words);
        ShotEvents ev = new ShotEvents((int) circuit.numDetectors(), words);
        SplittableRandom rnd = new SplittableRandom(1234 + d);
        int[] start = new int[shots + 1];
        int[] flat = new int[1024];
        long[] actual = new long[shots];
        int n = 0;
        while (n < shots) {
            sim.run(rnd);
            ev.load(sim.detectorPlanes(), perBatch);
            long[] obs = sim.observablePlanes();
            for (int s = 0; s < perBatch && n < shots; s++, n++) {
                int c = ev.count(s);
                if (start[n] + c > flat.length) {
                    flat = Arrays.copyOf(flat, Math.max(2 * flat.length, start[n] + c));
                }
                System.arraycopy(ev.events(s), 0, flat, start[n], c);
                start[n + 1] = start[n] + c;
                long a = 0;
                for (int o = 0; o < circuit.numObservables(); o++) {
                    a |= ((obs[o * words + (s >>> 6)] >>> (s & 63)) & 1L) << o;
                }
                actual[n] = a;
            }
        }
        int maxCount = 0;
        for (int i = 0; i < shots; i++) {
            maxCount = Math.max(maxCount, start[i + 1] - start[i]);
        }
        int[] buf = new int[Math.max(1, maxCount)];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long warmUntil = System.nanoTime() + 1_500_000_000L;
        do {
            pass(dec, flat, start, actual, buf);
        } while (System.nanoTime() < warmUntil);
        long checksum = 0;
        for (int i = 0; i < shots; i++) {
            int c = start[i + 1] - start[i];
            System.arraycopy(flat, start[i], buf, 0, c);
            qtool.decode.Correction r = dec.decode(buf, c);
            checksum = checksum * 31 + r.observables() * 1_000_003 + Double.doubleToLongBits(r.weight());
        }
        long best = Long.MAX_VALUE;
        long errors = 0;
        for (int k = 0; k < passes; k++) {
            long c0 = threads.getCurrentThreadCpuTime();
            errors = pass(dec, flat, start, actual, buf);
            best = Math.min(best, threads.getCurrentThreadCpuTime() - c0);
        }
        System.out.printf("d=%d p=%.0e shots=%d events/shot=%.2f  cpu %.4f us/shot  errors %d (rate %.4e)  checksum %016x%n",
                d, p, shots, (double) start[shots] / shots, best / 1e3 / shots, errors, (double) errors / shots, checksum);
    }

    private static long pass(Decoder dec, int[] flat, int[] start, long[] actual, int[] buf) {
        long errors = 0;
        for (int i = 0; i < actual.length; i++) {
            int c = start[i + 1] - start[i];
            System.arraycopy(flat, start[i], buf, 0, c);
            if (dec.decode(buf, c).observables() != actual[i]) {
                errors++;
            }
        }
        return errors;
    }
}
