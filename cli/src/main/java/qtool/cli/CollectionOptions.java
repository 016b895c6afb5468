package qtool.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options of a Monte Carlo collection, shared by {@code simulate CIRCUIT --decoder ...} and
 * {@code simulate memory}: decoder, budgets, post-selection, where rows go, and progress.
 */
final class CollectionOptions {
    @Option(names = "--decoder", paramLabel = "NAME",
            description = "Decode and count logical errors: mwpm (exact minimum-weight perfect matching), uf (union-find),"
                    + " mwpm-gap or uf-gap (the same, plus a histogram of the complementary gap of observable 0 in"
                    + " custom_counts: C<dB> for correct and E<dB> for wrong predictions), or perfectionist (no decoding;"
                    + " discard every shot with a detection event).")
    String decoder;

    @Option(names = {"--max-shots", "--max_shots"}, paramLabel = "N", converter = CountConverter.class,
            description = "Stop after N shots in total (counting --existing-data and --save-resume rows). Accepts 1e6.")
    Long maxShots;

    @Option(names = {"--max-errors", "--max_errors"}, paramLabel = "N", converter = CountConverter.class,
            description = "Stop once N logical errors are seen in total, whichever budget runs out first.")
    Long maxErrors;

    @Option(names = "--postselect", paramLabel = "SPEC",
            description = "Discard shots where any of these detectors fires: comma-separated indices (5, D5), ranges"
                    + " (0-23), 'all', or coordinate tests coord:I=V, coord:I<V, coord:I<=V, coord:I>V, coord:I>=V"
                    + " (I = coordinate index). Discards are counted in the discards column.")
    String postselect;

    @Option(names = "--stage-coordinate", paramLabel = "I",
            description = "Also count discarded shots per stage in custom_counts (D0, D1, ...): a shot is counted at the"
                    + " lowest stage among its fired post-selected detectors, the stage being detector coordinate I"
                    + " (cultivation circuits put it in coordinate 3).")
    Integer stageCoordinate;

    @Option(names = "--csv", paramLabel = "FILE",
            description = "Write the sinter-format rows to FILE (started afresh), one row per batch, flushed as it goes."
                    + " Default: stdout, unless --save-resume is given.")
    String csv;

    @Option(names = {"--save-resume", "--save_resume_filepath"}, paramLabel = "FILE",
            description = "Read FILE's rows as finished work (when it exists) and append every new row to it, so an"
                    + " interrupted run continues where it stopped.")
    String saveResume;

    @Option(names = {"--existing-data", "--existing_data_filepaths"}, paramLabel = "FILE", arity = "1..*",
            description = "CSV files whose rows count as finished work (read only).")
    List<String> existingData = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "No progress on stderr.")
    boolean quiet;

    @Option(names = "--progress", description = "Draw a progress bar even when stderr is not a terminal.")
    boolean progressBar;

    /** Shot and error budgets, checked: at least one must be given. */
    long[] budgets(CommandLine cl) {
        if (maxShots == null && maxErrors == null) {
            throw new CommandLine.ParameterException(cl, "give --max-shots and/or --max-errors");
        }
        long shots = maxShots == null ? Long.MAX_VALUE : maxShots;
        long errors = maxErrors == null ? Long.MAX_VALUE : maxErrors;
        return new long[] {shots, errors};
    }

    /** Parses counts written as integers or in scientific notation ({@code 1e6}). */
    static final class CountConverter implements CommandLine.ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            String v = value.trim().replace("_", "");
            try {
                long n = Long.parseLong(v);
                if (n < 0) {
                    throw new CommandLine.TypeConversionException("'" + value + "' is negative");
                }
                return n;
            } catch (NumberFormatException ignored) {
                // Try the scientific form next.
            }
            try {
                java.math.BigDecimal d = new java.math.BigDecimal(v);
                if (d.signum() < 0) {
                    throw new CommandLine.TypeConversionException("'" + value + "' is negative");
                }
                return d.longValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a whole number of at most 2^63-1");
            }
        }
    }
}
