package qtool.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One row of a sinter stats CSV: what was sampled ({@code strongId}, {@code decoder},
 * {@code jsonMetadata}) and what came out ({@code shots}, {@code errors}, {@code discards},
 * {@code seconds} of worker time, {@code customCounts}). Mirrors {@code sinter.TaskStats}, including
 * its invariants (non-negative counts, {@code shots >= errors + discards}).
 *
 * @param jsonMetadata canonical compact JSON text ({@link CanonicalJson#write}), {@code "null"} when absent
 */
public record TaskStats(long shots, long errors, long discards, double seconds, String decoder, String strongId,
        String jsonMetadata, SortedMap<String, Long> customCounts) {

    public TaskStats {
        Objects.requireNonNull(decoder, "decoder");
        Objects.requireNonNull(strongId, "strongId");
        Objects.requireNonNull(jsonMetadata, "jsonMetadata");
        if (errors < 0 || discards < 0 || shots < 0) {
            throw new IllegalArgumentException("counts must be non-negative: shots=" + shots + " errors=" + errors
                    + " discards=" + discards);
        }
        if (shots - discards < errors) {
            throw new IllegalArgumentException("shots=" + shots + " < errors + discards=" + (errors + discards));
        }
        if (!(seconds >= 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("seconds must be finite and non-negative: " + seconds);
        }
        TreeMap<String, Long> copy = new TreeMap<>();
        if (customCounts != null) {
            for (Map.Entry<String, Long> e : customCounts.entrySet()) {
                copy.put(Objects.requireNonNull(e.getKey()), Objects.requireNonNull(e.getValue()));
            }
        }
        customCounts = Collections.unmodifiableSortedMap(copy);
    }

    /** A row without custom counts. */
    public TaskStats(long shots, long errors, long discards, double seconds, String decoder, String strongId,
            String jsonMetadata) {
        this(shots, errors, discards, seconds, decoder, strongId, jsonMetadata, null);
    }

    /**
     * The sum of two rows of the same task, as sinter's {@code TaskStats.__add__}: counts and seconds
     * add up; custom counts add by key, and (as with Python's {@code Counter} addition) keys whose
     * total is not positive are dropped.
     */
    public TaskStats plus(TaskStats other) {
        if (!strongId.equals(other.strongId)) {
            throw new IllegalArgumentException("cannot add stats of different tasks: " + strongId + " != "
                    + other.strongId);
        }
        if (!decoder.equals(other.decoder) || !jsonMetadata.equals(other.jsonMetadata)) {
            throw new IllegalArgumentException("stats with strong id " + strongId
                    + " disagree on decoder or json_metadata; the strong id should identify the task");
        }
        TreeMap<String, Long> sum = new TreeMap<>(customCounts);
        other.customCounts.forEach((k, v) -> sum.merge(k, v, Long::sum));
        sum.values().removeIf(v -> v <= 0);
        return new TaskStats(shots + other.shots, errors + other.errors, discards + other.discards,
                seconds + other.seconds, decoder, strongId, jsonMetadata, sum);
    }

    /**
     * The row as sinter's {@code to_csv_line} writes it (no line terminator): counts right-justified
     * to width 10, seconds to width 8 with 3/2/1 decimals below 1 / below 10 / otherwise, text fields
     * CSV-quoted only when needed, and an empty {@code custom_counts} when there are none.
     */
    public String toCsvRow() {
        String counts = customCounts.isEmpty() ? "" : CsvField.escape(CanonicalJson.write(customCounts), 0);
        return CsvField.escape(Long.toString(shots), 10) + ','
                + CsvField.escape(Long.toString(errors), 10) + ','
                + CsvField.escape(Long.toString(discards), 10) + ','
                + CsvField.escape(formatSeconds(seconds), 8) + ','
                + CsvField.escape(decoder, 0) + ','
                + CsvField.escape(strongId, 0) + ','
                + CsvField.escape(jsonMetadata, 0) + ','
                + counts;
    }

    /**
     * Python's {@code f"{s:0.3f}"} and friends round the exact binary value half-to-even, which
     * {@code BigDecimal(double)} reproduces; {@code String.format} would round a decimal approximation.
     */
    static String formatSeconds(double seconds) {
        int decimals = seconds < 1 ? 3 : seconds < 10 ? 2 : 1;
        return new BigDecimal(seconds).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }
}
