package qtool.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import qtool.plot.PlotModel;
import qtool.plot.PngPlotWriter;
import qtool.plot.StatsPlot;
import qtool.plot.SvgPlotWriter;
import qtool.stats.SinterCsv;
import qtool.stats.TaskStats;

/**
 * {@code qtool plot}: the logical error rate against physical error rate chart (log-log, one curve
 * per distance, likelihood bands) from sinter-compatible stats CSV files, as SVG or PNG. The chart
 * is what {@code sinter plot --x_func m.p --group_func m.d} shows, so the same CSV gives the same
 * picture in either tool.
 */
@Command(name = "plot", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class, sortOptions = false,
        description = "Plot logical error rate against physical error rate (log-log, one curve per distance d, "
                + "likelihood bands) from sinter stats CSV files, as SVG or PNG.",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.OK_LINE, ExitCodes.INTERNAL_LINE, ExitCodes.USAGE_LINE, ExitCodes.INVALID_INPUT_LINE})
final class PlotCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Where {@code -} reads from; tests replace it. */
    InputStream stdin = System.in;

    @Parameters(arity = "1..*", paramLabel = "STATS",
            description = "Stats CSV files (sinter's format; rows of the same task are combined); '-' reads stdin.")
    List<String> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT",
            description = "Output image; the format comes from the extension: .svg or .png. Written only on success.")
    String output;

    @Option(names = {"--per-round", "--per_round"},
            description = "Plot the error rate per round, using metadata r (or rounds), like sinter's "
                    + "--failure_units_per_shot_func m.r.")
    boolean perRound;

    @Option(names = "--title", paramLabel = "TEXT", description = "Chart title.")
    String title;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "800", description = "Image width in pixels (default: ${DEFAULT-VALUE}).")
    int width;

    @Option(names = "--height", paramLabel = "PX", defaultValue = "600", description = "Image height in pixels (default: ${DEFAULT-VALUE}).")
    int height;

    @Option(names = {"--highlight-max-likelihood-factor", "--highlight_max_likelihood_factor"}, paramLabel = "F",
            defaultValue = "1000",
            description = "Shade hypotheses within this likelihood factor of the best fit (default: ${DEFAULT-VALUE}, as sinter).")
    double factor;

    /** The image formats, chosen by the output's extension. */
    private enum Format { SVG, PNG }

    @Override
    public Integer call() {
        Format format = format();
        if (width < 250 || height < 150) {
            throw new ParameterException(spec.commandLine(), "--width/--height must be at least 250x150, got "
                    + width + "x" + height);
        }
        if (!(factor >= 1)) {
            throw new ParameterException(spec.commandLine(), "--highlight-max-likelihood-factor must be at least 1, got "
                    + factor);
        }
        List<TaskStats> rows = new ArrayList<>();
        for (String input : inputs) {
            rows.addAll(read(input));
        }
        List<String> warnings = new ArrayList<>();
        PlotModel model = StatsPlot.logicalErrorVsPhysical(rows, perRound, factor, warnings::add);
        if (title != null) {
            model = model.withTitle(title);
        }
        for (String w : warnings) {
            spec.commandLine().getErr().println("qtool plot: warning: " + w);
        }
        if (format == Format.SVG) {
            OutputFile.write(spec.commandLine(), output, SvgPlotWriter.write(model, width, height));
        } else {
            writePng(model);
        }
        int points = model.curves().stream().mapToInt(c -> c.points().size()).sum();
        spec.commandLine().getErr().printf("qtool plot: wrote %s (%d curves, %d points from %d rows)%n", output,
                model.curves().size(), points, rows.size());
        spec.commandLine().getErr().flush();
        return ExitCodes.OK;
    }

    private Format format() {
        String name = output.toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            return Format.SVG;
        }
        if (name.endsWith(".png")) {
            return Format.PNG;
        }
        throw new ParameterException(spec.commandLine(), "cannot tell the image format of '" + output
                + "': name the output *.svg or *.png");
    }

    private List<TaskStats> read(String input) {
        if ("-".equals(input)) {
            return SinterCsv.read(new InputStreamReader(stdin, StandardCharsets.UTF_8), "<stdin>");
        }
        Path file = Path.of(input);
        if (!Files.isRegularFile(file)) {
            throw new FileAccessException("read", input, Files.isDirectory(file) ? "is a directory"
                    : "no such file or directory");
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return SinterCsv.read(in, input);
        } catch (IOException | UncheckedIOException e) {
            throw new FileAccessException("read", input, e instanceof IOException ? (IOException) e
                    : ((UncheckedIOException) e).getCause());
        }
    }

    /** Renders fully in memory first, then uses OutputFile's temp-file-and-rename so failures leave nothing. */
    private void writePng(PlotModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            PngPlotWriter.write(model, width, height, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        OutputFile.writeBytes(spec.commandLine(), output, bytes.toByteArray());
    }

}
