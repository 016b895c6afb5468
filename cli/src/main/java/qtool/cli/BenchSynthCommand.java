package qtool.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import qtool.synthesis.cliffordt.CliffordTWord;
import qtool.synthesis.cliffordt.ExactSynthesizer;
import qtool.synthesis.cliffordt.GridSynth;
import qtool.synthesis.cliffordt.RandomWords;
import qtool.synthesis.cliffordt.NormalForm;
import qtool.synthesis.cliffordt.ReferenceTable;
import qtool.synthesis.cliffordt.RzApproximation;

/**
 * {@code qtool bench synth}: gridsynth Rz(θ) synthesis time and T-count against ε. Every cell is one
 * fresh call per run (no caching) after one unmeasured pass over all cells and per-cell warm-up runs;
 * the median wall time and the median CPU time of the calling thread (the fairer figure on a shared
 * machine) are reported with the T-count and the verified error, and, with {@code --reference}, the T-count of pygridsynth's table
 * (reference/synth/README.md) for the same cell.
 */
@Command(name = "synth", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Time gridsynth Rz(theta) synthesis against epsilon; print T-counts, errors and median ms as Markdown.")
final class BenchSynthCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--epsilons", split = ",", paramLabel = "EPS",
            defaultValue = "1e-2,1e-4,1e-6,1e-10,1e-15", description = "Precisions (default: ${DEFAULT-VALUE}).")
    List<Double> epsilons;

    @Option(names = "--angles", split = ",", paramLabel = "THETA", defaultValue = "0.1,1.0,pi/7,pi/128,2.5",
            description = "Angles, numbers or multiples of pi such as pi/7 (default: ${DEFAULT-VALUE}).")
    List<String> angles;

    @Option(names = "--warmup", defaultValue = "3", description = "Unmeasured runs per cell (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--runs", defaultValue = "5", description = "Measured runs per cell (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--reference", paramLabel = "DIR",
            description = "reference/synth directory: add pygridsynth's T-count and time per cell.")
    Path reference;

    @Option(names = "--exact-words", defaultValue = "0", paramLabel = "N",
            description = "Also re-synthesise N random Clifford+T words of T-count 1..100 exactly (default: ${DEFAULT-VALUE}).")
    int exactWords;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the random words (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() throws IOException {
        List<Double> thetas = new ArrayList<>();
        for (String a : angles) {
            try {
                thetas.add(ReferenceTable.angle(a));
            } catch (NumberFormatException e) {
                throw new ParameterException(spec.commandLine(), "--angles: cannot read '" + a + "'");
            }
        }
        for (double e : epsilons) {
            if (!(e > 0 && e < 0.5)) {
                throw new ParameterException(spec.commandLine(), "--epsilons must be in (0, 0.5), not " + e);
            }
        }
        ReferenceTable table = null;
        if (reference != null) {
            Path readme = Files.isDirectory(reference) ? reference.resolve("README.md") : reference;
            if (!Files.isReadable(readme)) {
                throw new FileAccessException("read", readme.toString(), "no such readable file");
            }
            table = ReferenceTable.read(readme);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.println(table == null ? "| ε | θ | T-count | error | median ms | median CPU ms |"
                : "| ε | θ | T-count | gridsynth T | error | median ms | median CPU ms | gridsynth ms |");
        out.println(table == null ? "|---|---|---:|---:|---:|---:|" : "|---|---|---:|---:|---:|---:|---:|---:|");
        GridSynth gridsynth = new GridSynth();
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        // One unmeasured pass over every cell lets the JIT compile the whole code path first.
        for (double eps : epsilons) {
            for (double theta : thetas) {
                gridsynth.rz(theta, eps);
            }
        }
        List<String> summary = new ArrayList<>();
        for (double eps : epsilons) {
            double sumT = 0;
            double sumMs = 0;
            double sumCpu = 0;
            for (int i = 0; i < thetas.size(); i++) {
                double theta = thetas.get(i);
                err.printf(Locale.ROOT, "bench synth: ε=%s θ=%s%n", eps, angles.get(i).strip());
                err.flush();
                RzApproximation result = null;
                long[] nanos = new long[Math.max(1, runs)];
                long[] cpuNanos = new long[nanos.length];
                for (int r = 0; r < warmup + nanos.length; r++) {
                    long c0 = cpu.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    result = gridsynth.rz(theta, eps);
                    long t = System.nanoTime() - t0;
                    long c = cpu.getCurrentThreadCpuTime() - c0;
                    if (r >= warmup) {
                        nanos[r - warmup] = t;
                        cpuNanos[r - warmup] = c;
                    }
                }
                Arrays.sort(nanos);
                Arrays.sort(cpuNanos);
                double ms = nanos[nanos.length / 2] / 1e6;
                double cpuMs = cpuNanos[cpuNanos.length / 2] / 1e6;
                sumT += result.tCount();
                sumMs += ms;
                sumCpu += cpuMs;
                String[] ref = table == null ? null : referenceCells(table, eps, theta);
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %s | %s | %d |", eps,
                        angles.get(i).strip(), result.tCount()));
                if (ref != null) {
                    line.append(' ').append(ref[0]).append(" |");
                }
                line.append(String.format(Locale.ROOT, " %.2e | %.2f | %.2f |", result.error(), ms, cpuMs));
                if (ref != null) {
                    line.append(' ').append(ref[1]).append(" |");
                }
                out.println(line);
                out.flush();
            }
            summary.add(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.2f | %.2f |", eps, sumT / thetas.size(),
                    3 * Math.log(1 / eps) / Math.log(2), sumMs / thetas.size(), sumCpu / thetas.size()));
        }
        out.println();
        out.println("| ε | mean T | 3·log2(1/ε) | mean ms | mean CPU ms |");
        out.println("|---|---:|---:|---:|---:|");
        summary.forEach(out::println);
        if (exactWords > 0) {
            exactSynthesis(out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * Exact re-synthesis of seeded random words of T-count 1..100: plain random words (their T gates
     * often cancel) and disguised normal forms, whose minimal T-count is known and must be met exactly.
     */
    private void exactSynthesis(PrintWriter out) {
        java.util.Random rnd = new java.util.Random(seed);
        out.println();
        out.println("| words | count | mean input T | mean output T | output = minimal | output > input | mean µs per word |");
        out.println("|---|---:|---:|---:|---:|---:|---:|");
        for (boolean disguised : new boolean[] {false, true}) {
            long inT = 0;
            long outT = 0;
            int minimal = 0;
            int worse = 0;
            long nanos = 0;
            for (int w = 0; w < exactWords; w++) {
                int n = 1 + rnd.nextInt(100);
                CliffordTWord input = disguised ? RandomWords.disguisedNormalForm(rnd, n) : RandomWords.random(rnd, n);
                long t0 = System.nanoTime();
                CliffordTWord result = ExactSynthesizer.synthesize(input.toExactUnitary());
                nanos += System.nanoTime() - t0;
                if (!NormalForm.isNormal(result)) {
                    throw new IllegalStateException("exact synthesis of " + input + " is not in normal form: " + result);
                }
                inT += input.tCount();
                outT += result.tCount();
                worse += result.tCount() > input.tCount() ? 1 : 0;
                minimal += !disguised || result.tCount() == n ? 1 : 0;
            }
            out.println(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %s | %d | %.0f |",
                    disguised ? "disguised normal forms" : "random", exactWords, (double) inT / exactWords,
                    (double) outT / exactWords, disguised ? Integer.toString(minimal) : "n/a", worse,
                    nanos / 1e3 / exactWords));
        }
    }

    /** {T-count, ms} of the reference cell with this ε and θ, or {"-", "-"}. */
    private static String[] referenceCells(ReferenceTable table, double eps, double theta) {
        for (ReferenceTable.Row row : table.rows()) {
            if (Math.abs(row.epsilon() - eps) <= 1e-9 * eps) {
                for (int i = 0; i < table.angles().size(); i++) {
                    if (Math.abs(table.angles().get(i) - theta) < 1e-12) {
                        return new String[] {Integer.toString(row.tCounts().get(i)),
                            String.format(Locale.ROOT, "%.0f", row.seconds().get(i) * 1000)};
                    }
                }
            }
        }
        return new String[] {"-", "-"};
    }
}
