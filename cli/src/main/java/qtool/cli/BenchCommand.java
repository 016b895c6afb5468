package qtool.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import qtool.ir.Circuit;
import qtool.qasm.QasmReader;
import qtool.qasm.QasmWriter;

/**
 * {@code qtool bench qasm FILE...}: front-end throughput. Each file is read, lowered and written as
 * OpenQASM 3 to a discarding sink, after warm-up runs, and the median wall time and MB/s are
 * printed as a Markdown table (the form docs/benchmarks.md records). Benchmarks live here, not in
 * unit tests, so that the test suite never depends on machine speed.
 */
@Command(name = "bench", description = "Measure qtool's own speed (results as a Markdown table on stdout).",
        subcommands = {BenchCommand.Qasm.class, BenchCommand.Compile.class, BenchSampleCommand.class,
            BenchDecodeCommand.class, BenchQuboCommand.class, BenchAqcCommand.class, BenchSynthCommand.class})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing benchmark name (qasm, compile, sample, decode, qubo, aqc, synth)");
    }

    /** Parse + lower + write throughput of the OpenQASM front end. */
    @Command(name = "qasm", description = "Parse, lower and write OpenQASM files; print median time and MB/s.")
    static final class Qasm implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "OpenQASM files to read.")
        List<Path> files;

        @Option(names = "--warmup", defaultValue = "3", description = "Unmeasured runs per file (default: ${DEFAULT-VALUE}).")
        int warmup;

        @Option(names = "--runs", defaultValue = "5", description = "Measured runs per file (default: ${DEFAULT-VALUE}).")
        int runs;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            out.println("| file | bytes | instructions | median ms | MB/s |");
            out.println("|---|---:|---:|---:|---:|");
            for (Path f : files) {
                long bytes = Files.size(f);
                int size = 0;
                long[] nanos = new long[Math.max(1, runs)];
                for (int i = 0; i < warmup + nanos.length; i++) {
                    long t0 = System.nanoTime();
                    Circuit c = QasmReader.defaults().read(f);
                    QasmWriter.qasm3().write(c, Writer.nullWriter());
                    long t = System.nanoTime() - t0;
                    size = c.size();
                    if (i >= warmup) {
                        nanos[i - warmup] = t;
                    }
                }
                Arrays.sort(nanos);
                double ms = nanos[nanos.length / 2] / 1e6;
                out.println(String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.2f |", f.getFileName(), bytes, size, ms,
                        bytes / 1e6 / (ms / 1e3)));
                out.flush();
            }
            return 0;
        }
    }

    /** Compile corpus circuits for a target at an optimisation level; one Markdown row per file. */
    @Command(name = "compile", description = "Compile files for a target; print 2-qubit gates, depth, SWAPs and time.")
    static final class Compile implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(arity = "1..*", paramLabel = "FILE", description = "OpenQASM files to compile.")
        List<Path> files;

        @Option(names = {"-t", "--target"}, required = true, paramLabel = "NAME|FILE", description = "Hardware target.")
        String target;

        @Option(names = "-O", defaultValue = "3", description = "Optimisation level (default: ${DEFAULT-VALUE}).")
        int level;

        @Option(names = "--seed", defaultValue = "0", description = "Seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            qtool.target.Target device = TargetsCommand.load(target, spec.commandLine().getErr());
            out.println("| file | qubits | 2q in | 2q out | depth out | swaps | ms |");
            out.println("|---|---:|---:|---:|---:|---:|---:|");
            for (Path f : files) {
                Circuit c;
                try {
                    c = QasmReader.defaults().read(f);
                } catch (qtool.qasm.QasmException e) {
                    continue;
                }
                if (c.numQubits() > device.numQubits()) {
                    continue;
                }
                qtool.pass.PropertySet props = new qtool.pass.PropertySet();
                long t0 = System.nanoTime();
                Circuit o = qtool.passes.Presets.level(level, device, seed).run(c, props);
                double ms = (System.nanoTime() - t0) / 1e6;
                Integer swaps = props.get(qtool.passes.routing.SabreSwap.SWAPS_ADDED);
                out.println(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %.0f |", f.getFileName(),
                        c.numQubits(), qtool.ir.CircuitStats.of(c).twoQubitGates(), qtool.ir.CircuitStats.of(o).twoQubitGates(),
                        qtool.ir.CircuitStats.of(o).depth(), swaps == null ? 0 : swaps, ms));
                out.flush();
            }
            return 0;
        }
    }
}
