package qtool.decoders;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.SplittableRandom;
import qtool.decode.Correction;
import qtool.decode.Decoder;
import qtool.decode.ShotEvents;
import qtool.dem.CircuitToDem;
import qtool.dem.DetectorErrorModel;
import qtool.gen.NoiseParams;
import qtool.gen.RotatedSurfaceCode;
import qtool.sim.FrameSimulator;
import qtool.stim.StabilizerCircuit;

/**
 * Not a unit test: a main that compares two or more builds of this package on the same shots in
 * one JVM, for a machine that other jobs keep busy. Each build's {@code qtool.decoders} classes
 * are loaded by their own class loader from a classes directory; passes over the same sampled
 * surface-code shots alternate between the builds, each timed with the thread's CPU clock, so
 * that changes in the machine's load hit every build alike. Prints each build's minimum and median
 * CPU µs/shot and the median per-round ratio of the first build's time to the last's, and checks
 * that every build gives the same corrections (observables and weights, hashed).
 *
 * <p>Run by hand, e.g.
 * {@code java -cp decoders/target/test-classes:cli/target/qtool.jar qtool.decoders.DecoderBuildComparison
 * /tmp/old-classes,decoders/target/classes 40000 7 5e-3 15 uf}.
 */
public final class DecoderBuildComparison {
    private DecoderBuildComparison() {
    }

    /** Loads {@code qtool.decoders} from its own directory first, everything else from the parent. */
    private static final class BuildLoader extends URLClassLoader {
        BuildLoader(URL classes, ClassLoader parent) {
            super(new URL[] {classes}, parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith("qtool.decoders.")) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                if (c == null) {
                    try {
                        c = findClass(name);
                    } catch (ClassNotFoundException notInBuild) {
                        c = super.loadClass(name, false);
                    }
                }
                return c;
            }
        }
    }

    public static void main(String[] args) throws Exception {
        String[] builds = args[0].split(",");
        int shots = Integer.parseInt(args[1]);
        String[] ds = args[2].split(",");
        String[] ps = args[3].split(",");
        int rounds = Integer.parseInt(args[4]);
        String name = args.length > 5 ? args[5] : Decoders.UNION_FIND;
        for (String p : ps) {
            for (String d : ds) {
                compare(builds, shots, Integer.parseInt(d), p, rounds, name);
            }
        }
    }

    private static void compare(String[] builds, int shots, int d, String p, int rounds, String name) throws Exception {
        StabilizerCircuit circuit = RotatedSurfaceCode.memoryX(d, d, NoiseParams.uniform(Double.parseDouble(p)));
        DetectorErrorModel dem = CircuitToDem.convert(circuit);
        int[][] events = sample(circuit, shots, new SplittableRandom(99 + d));
        Decoder[] decoders = new Decoder[builds.length];
        for (int k = 0; k < builds.length; k++) {
            ClassLoader loader = new BuildLoader(new File(builds[k]).toURI().toURL(),
                    DecoderBuildComparison.class.getClassLoader());
            Method create = loader.loadClass("qtool.decoders.Decoders").getMethod("create", String.class,
                    DetectorErrorModel.class);
            decoders[k] = (Decoder) create.invoke(null, name, dem);
        }
        long[] hashes = new long[builds.length];
        for (int k = 0; k < builds.length; k++) {
            long until = System.nanoTime() + 1_500_000_000L;
            do {
                hashes[k] = pass(decoders[k], events);
            } while (System.nanoTime() < until);
            if (hashes[k] != hashes[0]) {
                System.out.println("corrections differ: " + builds[k] + " vs " + builds[0]);
            }
        }
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        double[][] micros = new double[builds.length][rounds];
        for (int i = 0; i < rounds; i++) {
            for (int j = 0; j < builds.length; j++) {
                // Alternate the order too, so neither build always runs right after the other.
                int k = i % 2 == 0 ? j : builds.length - 1 - j;
                long c0 = bean.getCurrentThreadCpuTime();
                pass(decoders[k], events);
                micros[k][i] = (bean.getCurrentThreadCpuTime() - c0) / 1e3 / shots;
            }
        }
        StringBuilder line = new StringBuilder(String.format("d=%d p=%s", d, p));
        for (int k = 0; k < builds.length; k++) {
            double[] sorted = micros[k].clone();
            Arrays.sort(sorted);
            line.append(String.format("  [%d] min %.4f med %.4f", k, sorted[0], sorted[rounds / 2]));
        }
        double[] ratio = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            ratio[i] = micros[0][i] / micros[builds.length - 1][i];
        }
        Arrays.sort(ratio);
        line.append(String.format("  median ratio first/last %.3f", ratio[rounds / 2]));
        System.out.println(line);
    }

    private static int[][] sample(StabilizerCircuit circuit, int shots, SplittableRandom rnd) {
        int words = 16;
        FrameSimulator sim = new FrameSimulator(circuit, words);
        ShotEvents ev = new ShotEvents((int) circuit.numDetectors(), words);
        int[][] events = new int[shots][];
        int n = 0;
        while (n < shots) {
            sim.run(rnd);
            ev.load(sim.detectorPlanes(), 64 * words);
            for (int s = 0; s < 64 * words && n < shots; s++) {
                events[n++] = Arrays.copyOf(ev.events(s), ev.count(s));
            }
        }
        return events;
    }

    /** Decodes every shot; returns a hash of the corrections. */
    private static long pass(Decoder decoder, int[][] events) {
        long hash = 0;
        for (int[] e : events) {
            Correction c = decoder.decode(e, e.length);
            hash = hash * 31 + c.observables() * 1_000_003 + Double.doubleToLongBits(c.weight());
        }
        return hash;
    }
}
