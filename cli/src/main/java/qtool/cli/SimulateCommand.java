package qtool.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import qtool.io.ResultFormat;
import qtool.io.ShotLayout;
import qtool.io.ShotWriter;
import qtool.sim.BitTable;
import qtool.sim.DetectorSampler;
import qtool.stim.StabilizerCircuit;

/**
 * {@code qtool simulate}: detection events of a noisy Stim circuit, like {@code stim detect}, in
 * any of Stim's result formats, with observable flips appended or written to a second file.
 * Without a circuit it still prints the notice that the built-in default experiment comes later,
 * as the README documents.
 *
 * <p>Shots are sampled in chunks of a size fixed by the circuit alone, chunk {@code k} seeded from
 * ({@code seed}, {@code k}), so memory stays bounded by a chunk and a seeded run is identical for
 * any {@code --threads}. Files are written under a temporary name and renamed when complete.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = {"Sample detection events of a Stim circuit (like stim detect), or with --decoder decode them and"
                + " collect logical error statistics as sinter CSV rows (like sinter collect).",
            "Without arguments: the built-in default experiment, " + SimulateCommand.DEFAULT_EXPERIMENT_TEXT + "."},
        subcommands = {MemoryCommand.class, MscCommand.class},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INTERNAL_LINE, ExitCodes.USAGE_LINE, ExitCodes.INVALID_INPUT_LINE})
final class SimulateCommand implements Callable<Integer> {
    /** About 32 MiB of table per chunk: large enough to keep every thread busy on small circuits. */
    private static final long CHUNK_WORDS = 1L << 22;
    private static final int MAX_CHUNK_SHOTS = 1 << 20;

    /**
     * What {@code qtool simulate} with no arguments runs: RP² magic-state cultivation end to end at
     * the papers' noise, about a minute on two cores, ending with the gap-threshold report.
     */
    static final String[] DEFAULT_EXPERIMENT = {"--code", "rp2", "--d1", "3", "--stage", "end-to-end", "--target",
        "uniform-p1e-3"};
    static final String DEFAULT_SHOTS = "1e8";
    static final String DEFAULT_EXPERIMENT_TEXT = "qtool simulate msc --code rp2 --d1 3 --stage end-to-end --target"
            + " uniform-p1e-3 --max-shots " + DEFAULT_SHOTS + " (RP² cultivation, escape and gap report)";

    @Spec
    CommandSpec spec;

    /** Where {@code -} reads from and writes to; tests replace them. */
    InputStream stdin = System.in;
    OutputStream stdout = System.out;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CIRCUIT",
            description = "Stim circuit file; '-' reads stdin. Without it: the built-in default experiment (RP²"
                    + " cultivation, see qtool simulate msc), which takes --max-shots, --max-errors, --seed,"
                    + " --threads, --csv, --quiet and --progress.")
    String input;

    @Option(names = "--shots", paramLabel = "N", description = "Number of shots to sample (detection-event mode).")
    Long shots;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT", defaultValue = OutputFile.STDOUT,
            description = "Detection events file; '-' (the default) writes stdout.")
    String output;

    @Option(names = {"--out-format", "--out_format"}, paramLabel = "FORMAT", defaultValue = "01",
            converter = FormatConverter.class,
            description = "Format of --out: 01 (default), b8, r8, ptb64, hits or dets (Stim's result formats).")
    ResultFormat outFormat;

    @Option(names = {"--obs-out", "--obs_out"}, paramLabel = "FILE",
            description = "Also write the observable flips to FILE ('-' for stdout).")
    String obsOutput;

    @Option(names = {"--obs-out-format", "--obs_out_format"}, paramLabel = "FORMAT", defaultValue = "01",
            converter = FormatConverter.class, description = "Format of --obs-out (default 01).")
    ResultFormat obsFormat;

    @Option(names = {"--append-observables", "--append_observables"},
            description = "Append the observable flips to each shot of --out, after the detectors.")
    boolean appendObservables;

    @picocli.CommandLine.Mixin
    SeedAndThreads run = new SeedAndThreads();

    @Option(names = "--metadata", paramLabel = "JSON",
            description = "With --decoder: the json_metadata of the rows, a JSON object such as '{\"d\":5,\"p\":0.001}'.")
    String metadata;

    @picocli.CommandLine.Mixin
    CollectionOptions collection = new CollectionOptions();

    @Override
    public Integer call() throws IOException {
        if (input == null) {
            rejectCircuitOnlyOptions();
            return runDefaultExperiment();
        }
        if (collection.decoder != null) {
            return collect();
        }
        checkUsage();
        StabilizerCircuit circuit = read();
        long s = run.seedOrRandom();
        int t = run.threadCount(spec.commandLine());
        long chunk = chunkShots(circuit.numDetectors() + circuit.numObservables());
        InputTooLargeException.checkHeap(DetectorSampler.heapBytesNeeded(circuit, Math.min(chunk, shots), t),
                "sampling " + Math.min(chunk, shots) + " shots at a time of a circuit with " + circuit.numDetectors()
                + " detectors on " + circuit.numQubits() + " qubits with " + t + " thread(s)");
        int numDet = (int) circuit.numDetectors(); // below the array limit: checked above
        int numObs = circuit.numObservables();
        List<Sink> sinks = new ArrayList<>();
        try {
            sinks.add(open(output, outFormat, ShotLayout.detectors(numDet, appendObservables ? numObs : 0), 0));
            if (obsOutput != null) {
                sinks.add(open(obsOutput, obsFormat, ShotLayout.detectors(0, numObs), numDet));
            }
            for (long done = 0, k = 0; done < shots; done += chunk, k++) {
                BitTable table = DetectorSampler.sample(circuit, Math.min(chunk, shots - done), chunkSeed(s, k), t);
                for (Sink sink : sinks) {
                    sink.writer.writeTable(table, sink.firstBit);
                }
            }
            for (Sink sink : sinks) {
                sink.commit();
            }
        } catch (IOException e) {
            throw new FileAccessException("write", failedTarget(sinks), e);
        } finally {
            for (Sink sink : sinks) {
                sink.discard();
            }
        }
        return ExitCodes.OK;
    }

    /**
     * {@link #DEFAULT_EXPERIMENT} through the msc subcommand, with this command's seed, threads,
     * budget (--max-shots, default {@link #DEFAULT_SHOTS}) and outputs; the report goes to stdout.
     */
    private int runDefaultExperiment() {
        List<String> args = new ArrayList<>(List.of(DEFAULT_EXPERIMENT));
        args.addAll(List.of("--max-shots", collection.maxShots == null ? DEFAULT_SHOTS : Long.toString(collection.maxShots)));
        if (collection.maxErrors != null) {
            args.addAll(List.of("--max-errors", Long.toString(collection.maxErrors)));
        }
        if (run.seed != null) {
            args.addAll(List.of("--seed", Long.toString(run.seed)));
        }
        if (run.threads != null) {
            args.addAll(List.of("--threads", Integer.toString(run.threads)));
        }
        if (collection.csv != null) {
            args.addAll(List.of("--csv", collection.csv));
        }
        if (collection.quiet) {
            args.add("--quiet");
        }
        if (collection.progressBar) {
            args.add("--progress");
        }
        spec.commandLine().getErr().println("qtool simulate: no circuit given; running the built-in default experiment"
                + " (RP² cultivation, escape and gap report): qtool simulate msc " + String.join(" ", args));
        spec.commandLine().getErr().flush();
        CommandLine msc = spec.commandLine().getSubcommands().get("msc");
        MscCommand command = msc.getCommand();
        command.stdout = stdout;
        command.reportOnStdout = true;
        return msc.execute(args.toArray(new String[0]));
    }

    /** Options that only mean something with a CIRCUIT; the default experiment would silently ignore them. */
    static final List<String> CIRCUIT_ONLY_OPTIONS = List.of("--shots", "--out", "--out-format", "--obs-out",
            "--obs-out-format", "--append-observables", "--metadata", "--decoder", "--postselect", "--stage-coordinate",
            "--save-resume", "--existing-data");

    private void rejectCircuitOnlyOptions() {
        CommandLine cl = spec.commandLine();
        for (String name : CIRCUIT_ONLY_OPTIONS) {
            if (cl.getParseResult().hasMatchedOption(name)) {
                throw new CommandLine.ParameterException(cl, name + " needs a CIRCUIT; without one, simulate runs the"
                        + " built-in default experiment, which takes only --max-shots, --max-errors, --seed, --threads,"
                        + " --csv, --quiet and --progress (see qtool simulate msc for the rest)");
            }
        }
    }

    /** Decoding mode: one collection task for the circuit. */
    private int collect() {
        CommandLine cl = spec.commandLine();
        if (shots != null) {
            throw new CommandLine.ParameterException(cl, "--shots is for detection-event sampling; with --decoder use"
                    + " --max-shots and --max-errors");
        }
        int threadCount = run.threadCount(cl);
        String json = "null";
        if (metadata != null) {
            try {
                json = qtool.stats.CanonicalJson.write(qtool.stats.CanonicalJson.parse(metadata));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cl, "--metadata is not valid JSON: " + e.getMessage());
            }
        }
        CollectionRunner runner = new CollectionRunner(cl, collection, stdout);
        qtool.collect.CollectionTask task = runner.task(read(), json);
        runner.run(List.of(task), run.seedOrRandom(), threadCount);
        return ExitCodes.OK;
    }

    private void checkUsage() {
        CommandLine cl = spec.commandLine();
        if (shots == null) {
            throw new CommandLine.ParameterException(cl, "Missing required option: '--shots=N'");
        }
        if (shots < 0) {
            throw new CommandLine.ParameterException(cl, "--shots must not be negative");
        }
        if (OutputFile.STDOUT.equals(output) && OutputFile.STDOUT.equals(obsOutput)) {
            // Two buffered writers on one stream would interleave arbitrarily.
            throw new CommandLine.ParameterException(cl, "--out and --obs-out cannot both be stdout");
        }
        for (ResultFormat f : obsOutput == null ? List.of(outFormat) : List.of(outFormat, obsFormat)) {
            if (shots % f.shotGroup() != 0) {
                throw new CommandLine.ParameterException(cl, "format " + f + " needs --shots to be a multiple of "
                        + f.shotGroup() + " (got " + shots + ")");
            }
        }
    }

    /** Shots per chunk: a multiple of the sampler's batch and of 64, with a table of about {@link #CHUNK_WORDS}. */
    private static long chunkShots(long numBits) {
        long batch = 64L * DetectorSampler.WORDS_PER_BATCH;
        long perChunk = CHUNK_WORDS / Math.max(1, numBits) * 64;
        return Math.max(batch, Math.min(MAX_CHUNK_SHOTS, perChunk / batch * batch));
    }

    /** The sampler seed of chunk {@code k}: a SplitMix64 step, so chunks get unrelated streams. */
    private static long chunkSeed(long seed, long k) {
        long h = seed + (k + 1) * 0x9E3779B97F4A7C15L;
        h = (h ^ (h >>> 30)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 27)) * 0x94D049BB133111EBL;
        return h ^ (h >>> 31);
    }

    private Sink open(String target, ResultFormat format, ShotLayout layout, int firstBit) throws IOException {
        if (OutputFile.STDOUT.equals(target)) {
            spec.commandLine().getOut().flush();
            return new Sink(target, null, stdout, format, layout, firstBit);
        }
        Path file = Path.of(target).toAbsolutePath();
        Path tmp = OutputFile.tempBeside(file);
        try {
            OutputStream os = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return new Sink(target, tmp, os, format, layout, firstBit);
        } catch (IOException e) {
            throw new FileAccessException("write", target, e);
        }
    }

    private static String failedTarget(List<Sink> sinks) {
        return sinks.isEmpty() ? "output" : sinks.get(sinks.size() - 1).target;
    }

    private StabilizerCircuit read() {
        return StimInput.read(input, stdin);
    }

    /** One output: a writer over stdout or over a temporary file that {@link #commit()} renames into place. */
    private static final class Sink {
        final String target;
        final Path tmp;
        final OutputStream stream;
        final ShotWriter writer;
        final int firstBit;
        boolean committed;

        Sink(String target, Path tmp, OutputStream stream, ResultFormat format, ShotLayout layout, int firstBit) {
            this.target = target;
            this.tmp = tmp;
            this.stream = stream;
            this.writer = new ShotWriter(stream, format, layout);
            this.firstBit = firstBit;
        }

        void commit() throws IOException {
            writer.finish();
            if (tmp == null) {
                stream.flush();
                return;
            }
            stream.close();
            OutputFile.moveIntoPlace(tmp, Path.of(target).toAbsolutePath());
            committed = true;
        }

        /** Removes the temporary file of an output that was not committed. */
        void discard() {
            if (tmp == null || committed) {
                return;
            }
            try {
                stream.close();
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // The error that stopped the run is the one worth reporting.
            }
        }
    }

    /** Parses Stim's format names ({@code 01}, {@code b8}, ...), which are not Java enum constant names. */
    static final class FormatConverter implements CommandLine.ITypeConverter<ResultFormat> {
        @Override
        public ResultFormat convert(String value) {
            try {
                return ResultFormat.fromStimName(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
