package qtool.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import picocli.CommandLine;
import qtool.collect.CollectionStatus;
import qtool.collect.CollectionTask;
import qtool.collect.Collector;
import qtool.collect.Postselection;
import qtool.decode.Decoder;
import qtool.decoders.Decoders;
import qtool.dem.CircuitToDem;
import qtool.dem.DetectorCoordinates;
import qtool.dem.DetectorErrorModel;
import qtool.dem.DemWriter;
import qtool.stats.BinomialFit;
import qtool.stats.SinterCsv;
import qtool.stats.TaskStats;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimWriter;

/**
 * Turns circuits plus {@link CollectionOptions} into collection tasks and runs them: reads earlier
 * rows (so budgets count them and a run resumes), opens the row outputs, reports progress, and
 * prints a summary per task on stderr.
 */
final class CollectionRunner {
    private final CommandLine cl;
    private final CollectionOptions options;
    private final OutputStream stdout;

    CollectionRunner(CommandLine cl, CollectionOptions options, OutputStream stdout) {
        this.cl = cl;
        this.options = options;
        this.stdout = stdout;
    }

    /** A task for {@code circuit} with this run's decoder, budgets and post-selection. */
    CollectionTask task(StabilizerCircuit circuit, String jsonMetadata) {
        String name = options.decoder;
        if (name == null) {
            throw new CommandLine.ParameterException(cl, "give --decoder (" + String.join(", ", Decoders.NAMES) + ")");
        }
        if (!Decoders.NAMES.contains(name)) {
            throw new CommandLine.ParameterException(cl, "unknown decoder '" + name + "'; choose one of "
                    + String.join(", ", Decoders.NAMES));
        }
        long[] budgets = options.budgets(cl);
        if (circuit.numObservables() > 64) {
            throw new CircuitDoesNotFitException("the circuit has " + circuit.numObservables()
                    + " observables; collection compares at most 64 per shot", null);
        }
        boolean perfectionist = Decoders.PERFECTIONIST.equals(name);
        DetectorErrorModel dem;
        try {
            dem = CircuitToDem.convert(circuit, !perfectionist);
        } catch (IllegalArgumentException | IllegalStateException e) {
            if (!perfectionist) {
                throw new CircuitDoesNotFitException("cannot build the " + name + " decoder's error model: "
                        + e.getMessage(), e);
            }
            // Post-selection needs no model; the strong id then hashes an empty one.
            dem = new DetectorErrorModel(List.of());
        }
        Decoder decoder = Decoders.create(name, dem);
        boolean[] mask = null;
        int numDetectors = Math.toIntExact(circuit.numDetectors());
        if (perfectionist) {
            mask = new boolean[numDetectors];
            java.util.Arrays.fill(mask, true);
        }
        if (options.postselect != null) {
            boolean[] extra;
            try {
                extra = Postselection.parse(options.postselect, DetectorCoordinates.of(dem));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(cl, e.getMessage());
            }
            mask = mask == null ? new boolean[numDetectors] : mask;
            for (int d = 0; d < numDetectors; d++) {
                mask[d] |= d < extra.length && extra[d];
            }
        }
        int[] stages = null;
        if (options.stageCoordinate != null) {
            stages = stages(circuit, options.stageCoordinate);
        }
        return new CollectionTask(circuit, StimWriter.write(circuit), dem, DemWriter.write(dem), name, decoder,
                jsonMetadata, mask, budgets[0], budgets[1], stages);
    }

    /** Each detector's stage: its coordinate {@code axis}, which must be a small non-negative integer. */
    private int[] stages(StabilizerCircuit circuit, int axis) {
        double[][] coords = DetectorCoordinates.of(CircuitToDem.convert(circuit, false));
        int[] stages = new int[coords.length];
        for (int d = 0; d < coords.length; d++) {
            double v = axis >= 0 && axis < coords[d].length ? coords[d][axis] : -1;
            if (v != Math.rint(v) || v < 0 || v > 1000) {
                throw new CommandLine.ParameterException(cl, "--stage-coordinate " + axis + ": detector D" + d
                        + " has no whole-number coordinate " + axis + " in [0, 1000]");
            }
            stages[d] = (int) v;
        }
        return stages;
    }

    private boolean discardRows;

    /** Rows go only to --csv / --save-resume, never to stdout (for runs whose stdout is a report). */
    void discardRows() {
        discardRows = true;
    }

    /** Runs every task in order; returns the totals, earlier rows included. */
    List<TaskStats> run(List<CollectionTask> tasks, long seed, int threads) {
        Map<String, TaskStats> prior = readPrior();
        List<StatsCsvOutput> outputs = new ArrayList<>();
        List<TaskStats> totals = new ArrayList<>();
        try {
            if (options.csv != null) {
                outputs.add(StatsCsvOutput.file(options.csv, false));
            }
            if (options.saveResume != null) {
                outputs.add(StatsCsvOutput.file(options.saveResume, true));
            }
            if (outputs.isEmpty() && !discardRows) {
                cl.getOut().flush();
                outputs.add(StatsCsvOutput.stdout(stdout));
            }
            Consumer<TaskStats> rows = row -> outputs.forEach(o -> o.accept(row));
            Consumer<CollectionStatus> progress = options.quiet ? s -> { } : ProgressPrinter.forStderr(cl.getErr(), options.progressBar);
            Collector collector = new Collector(threads, seed, rows, progress);
            for (int i = 0; i < tasks.size(); i++) {
                CollectionTask task = tasks.get(i);
                totals.add(collector.collect(task, prior.get(task.strongId()), i, tasks.size()));
            }
        } finally {
            for (StatsCsvOutput o : outputs) {
                o.close();
            }
        }
        if (!options.quiet) {
            for (TaskStats t : totals) {
                cl.getErr().println(summary(t));
            }
            cl.getErr().flush();
        }
        return totals;
    }

    /** Earlier rows from --existing-data and the resume file, added up per strong id. */
    private Map<String, TaskStats> readPrior() {
        List<String> files = new ArrayList<>(options.existingData);
        if (options.saveResume != null && Files.exists(Path.of(options.saveResume))) {
            files.add(options.saveResume);
        }
        List<TaskStats> rows = new ArrayList<>();
        for (String f : files) {
            try (Reader r = Files.newBufferedReader(Path.of(f), StandardCharsets.UTF_8)) {
                rows.addAll(SinterCsv.read(r, f));
            } catch (IOException e) {
                throw new FileAccessException("read", f, e);
            }
        }
        return new LinkedHashMap<>(SinterCsv.combine(rows));
    }

    /**
     * "mwpm {"d":3,...}: 1000000 shots, 870 errors, 0 discards, error rate 8.70e-04 [8.1e-04, 9.3e-04]";
     * with discards also the keep rate and the expected attempts per kept shot, and the rate is
     * per kept shot, which is what post-selected protocols report.
     */
    static String summary(TaskStats t) {
        long kept = t.shots() - t.discards();
        BinomialFit.Fit fit = BinomialFit.fit(kept, t.errors(), 1000);
        String line = String.format(Locale.ROOT, "%s %s: %d shots, %d errors, %d discards, error rate %.3e [%.2e, %.2e]",
                t.decoder(), t.jsonMetadata(), t.shots(), t.errors(), t.discards(), fit.best(), fit.low(), fit.high());
        if (t.discards() > 0 && t.shots() > 0) {
            double keep = (double) kept / t.shots();
            line += String.format(Locale.ROOT, " per kept shot; keep rate %.5f, expected attempts %.3f", keep,
                    keep > 0 ? 1 / keep : Double.POSITIVE_INFINITY);
        }
        return line;
    }
}
