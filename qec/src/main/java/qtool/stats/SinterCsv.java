package qtool.stats;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import qtool.qasm.Diagnostic;

/**
 * Reads sinter stats CSV files (from {@code sinter collect} or from qtool) and combines rows, like
 * sinter's {@code read_stats_from_csv_files} and {@code sinter combine}.
 *
 * <p>What is accepted, and how it relates to sinter's reader ({@code _existing_data.py}):
 * <ul>
 * <li>A header line is required; columns are found by their (stripped) names, so the padded header
 *     sinter writes and the plain {@link #HEADER} both work, in any column order. {@code custom_counts}
 *     is optional, as in sinter.</li>
 * <li>Numbers may carry the spaces sinter pads them with. Empty and blank lines are skipped.</li>
 * <li>A repeated header line (from concatenating files) is skipped. sinter's own reader would fail
 *     on it ({@code int("shots")}), so such a file is only readable by qtool.</li>
 * <li>{@code errors} must be an integer. sinter's writer can print a JSON object there, but its
 *     reader calls {@code int()} on the column and fails; qtool rejects it with a clear message
 *     rather than guessing how to collapse the object into one count.</li>
 * <li>{@code json_metadata} is stored re-written in canonical form; {@code custom_counts} must be a
 *     JSON object of integers (sinter's {@code TaskStats} asserts the same).</li>
 * </ul>
 * Every bad field is reported, located as {@code file:line:col}, in one {@link StatsFormatException}.
 */
public final class SinterCsv {
    /** The column names in sinter's order; sinter's own header line pads the first four to widths 10/10/10/8. */
    public static final String HEADER = "shots,errors,discards,seconds,decoder,strong_id,json_metadata,custom_counts";

    /** Exactly the header line sinter writes ({@code sinter.CSV_HEADER}). */
    public static final String SINTER_HEADER =
            "     shots,    errors,  discards, seconds,decoder,strong_id,json_metadata,custom_counts";

    private static final Set<String> REQUIRED =
            Set.of("shots", "errors", "discards", "seconds", "decoder", "strong_id", "json_metadata");
    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    private static final int MAX_DIAGNOSTICS = 20;

    private SinterCsv() {
    }

    /** Every data row of one file, in file order, not combined. */
    public static List<TaskStats> read(Reader in, String fileName) {
        String text;
        try {
            StringBuilder sb = new StringBuilder();
            char[] buf = new char[8192];
            for (int n; (n = in.read(buf)) >= 0; ) {
                sb.append(buf, 0, n);
            }
            text = sb.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return new RowReader(fileName).read(text);
    }

    /**
     * Sums rows with the same strong id, keyed by strong id in first-seen order (what
     * {@code sinter combine} does).
     *
     * @throws IllegalArgumentException when two rows share a strong id but not decoder and metadata
     */
    public static Map<String, TaskStats> combine(List<TaskStats> rows) {
        Map<String, TaskStats> out = new LinkedHashMap<>();
        for (TaskStats row : rows) {
            out.merge(row.strongId(), row, TaskStats::plus);
        }
        return out;
    }

    /** One file's parse; collects diagnostics instead of stopping at the first. */
    private static final class RowReader {
        private final String file;
        private final List<Diagnostic> diagnostics = new ArrayList<>();

        RowReader(String file) {
            this.file = file;
        }

        List<TaskStats> read(String text) {
            List<CsvRecords.Record> records;
            try {
                records = CsvRecords.parse(text);
            } catch (CsvRecords.UnterminatedQuote e) {
                throw new StatsFormatException(Diagnostic.error(file, e.line, e.column,
                        "unterminated quoted field", text.lines().skip(e.line - 1L).findFirst().orElse("")));
            }
            records.removeIf(RowReader::isBlank);
            if (records.isEmpty()) {
                throw new StatsFormatException(Diagnostic.error(file, 1, 0,
                        "empty file: expected the header line '" + HEADER + "'", null));
            }
            CsvRecords.Record header = records.get(0);
            Map<String, Integer> columns = columns(header);
            List<TaskStats> rows = new ArrayList<>();
            for (CsvRecords.Record r : records.subList(1, records.size())) {
                if (diagnostics.size() >= MAX_DIAGNOSTICS) {
                    break;
                }
                if (isHeader(r)) {
                    continue;
                }
                TaskStats row = row(r, columns, header.fields().size());
                if (row != null) {
                    rows.add(row);
                }
            }
            if (!diagnostics.isEmpty()) {
                throw new StatsFormatException(diagnostics);
            }
            return rows;
        }

        private static boolean isBlank(CsvRecords.Record r) {
            return r.fields().size() == 1 && r.fields().get(0).text().isBlank();
        }

        private static boolean isHeader(CsvRecords.Record r) {
            return r.fields().stream().anyMatch(f -> f.text().strip().equals("strong_id"))
                    && r.fields().stream().anyMatch(f -> f.text().strip().equals("shots"));
        }

        private Map<String, Integer> columns(CsvRecords.Record header) {
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.fields().size(); i++) {
                columns.putIfAbsent(header.fields().get(i).text().strip(), i);
            }
            List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).sorted().toList();
            if (!missing.isEmpty()) {
                throw new StatsFormatException(Diagnostic.error(file, header.line(), 1,
                        "not a sinter stats header: missing column(s) " + String.join(", ", missing)
                                + " (expected '" + HEADER + "')", header.sourceLine()));
            }
            return columns;
        }

        private TaskStats row(CsvRecords.Record r, Map<String, Integer> columns, int width) {
            int before = diagnostics.size();
            if (r.fields().size() > width) {
                CsvRecords.Field extra = r.fields().get(width);
                error(r, extra.column(), "too many fields: expected " + width + " but found " + r.fields().size());
                return null;
            }
            long shots = integer(r, columns, "shots");
            long errors = integer(r, columns, "errors");
            long discards = integer(r, columns, "discards");
            double seconds = decimal(r, columns, "seconds");
            String decoder = text(r, columns, "decoder");
            String strongId = text(r, columns, "strong_id");
            String metadata = json(r, columns, "json_metadata");
            TreeMap<String, Long> counts = counts(r, columns);
            if (diagnostics.size() > before) {
                return null;
            }
            try {
                return new TaskStats(shots, errors, discards, seconds, decoder, strongId, metadata, counts);
            } catch (IllegalArgumentException e) {
                error(r, 1, e.getMessage());
                return null;
            }
        }

        /** The field of a column, or null (with a diagnostic) when the row is too short. */
        private CsvRecords.Field field(CsvRecords.Record r, Map<String, Integer> columns, String name) {
            Integer i = columns.get(name);
            if (i == null || i >= r.fields().size()) {
                if (i != null) {
                    error(r, r.endColumn(), "missing " + name + " field: the row has only " + r.fields().size()
                            + " fields");
                }
                return null;
            }
            return r.fields().get(i);
        }

        private long integer(CsvRecords.Record r, Map<String, Integer> columns, String name) {
            CsvRecords.Field f = field(r, columns, name);
            if (f == null) {
                return 0;
            }
            String s = f.text().strip();
            if (INTEGER.matcher(s).matches()) {
                try {
                    long v = Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
                    if (v >= 0) {
                        return v;
                    }
                    error(f, r, name + " must not be negative, got " + s);
                    return 0;
                } catch (NumberFormatException e) {
                    error(f, r, name + " is too large: " + s);
                    return 0;
                }
            }
            if ("errors".equals(name) && s.startsWith("{")) {
                error(f, r, "errors is a JSON object (" + s + "); expected an integer count, as sinter's reader does");
            } else {
                error(f, r, name + " must be an integer, got '" + s + "'");
            }
            return 0;
        }

        private double decimal(CsvRecords.Record r, Map<String, Integer> columns, String name) {
            CsvRecords.Field f = field(r, columns, name);
            if (f == null) {
                return 0;
            }
            String s = f.text().strip();
            if (DECIMAL.matcher(s).matches()) {
                double v = Double.parseDouble(s);
                if (v >= 0 && !Double.isInfinite(v)) {
                    return v;
                }
            }
            error(f, r, name + " must be a non-negative number, got '" + s + "'");
            return 0;
        }

        private String text(CsvRecords.Record r, Map<String, Integer> columns, String name) {
            CsvRecords.Field f = field(r, columns, name);
            return f == null ? "" : f.text();
        }

        private String json(CsvRecords.Record r, Map<String, Integer> columns, String name) {
            CsvRecords.Field f = field(r, columns, name);
            if (f == null) {
                return "null";
            }
            try {
                return CanonicalJson.canonicalize(f.text());
            } catch (IllegalArgumentException e) {
                error(f, r, name + " is not valid JSON: " + firstLine(e.getMessage()));
                return "null";
            }
        }

        private TreeMap<String, Long> counts(CsvRecords.Record r, Map<String, Integer> columns) {
            TreeMap<String, Long> counts = new TreeMap<>();
            Integer i = columns.get("custom_counts");
            if (i == null || i >= r.fields().size() || r.fields().get(i).text().isEmpty()) {
                return counts;
            }
            CsvRecords.Field f = r.fields().get(i);
            Object parsed;
            try {
                parsed = CanonicalJson.parse(f.text());
            } catch (IllegalArgumentException e) {
                error(f, r, "custom_counts is not valid JSON: " + firstLine(e.getMessage()));
                return counts;
            }
            if (!(parsed instanceof Map)) {
                error(f, r, "custom_counts must be a JSON object of integer counts");
                return counts;
            }
            for (Map.Entry<?, ?> e : ((Map<?, ?>) parsed).entrySet()) {
                if (!(e.getValue() instanceof Long)) {
                    error(f, r, "custom_counts value for '" + e.getKey() + "' is not an integer: " + e.getValue());
                    return counts;
                }
                counts.put((String) e.getKey(), (Long) e.getValue());
            }
            return counts;
        }

        private static String firstLine(String s) {
            if (s == null) {
                return "malformed";
            }
            int nl = s.indexOf('\n');
            return nl < 0 ? s : s.substring(0, nl);
        }

        private void error(CsvRecords.Field f, CsvRecords.Record r, String message) {
            String source = f.line() == r.line() ? r.sourceLine() : null;
            // Point at the value, not at the padding sinter puts before numbers.
            int pad = f.text().length() - f.text().stripLeading().length();
            diagnostics.add(Diagnostic.error(file, f.line(), f.column() + pad, message, source));
        }

        private void error(CsvRecords.Record r, int column, String message) {
            diagnostics.add(Diagnostic.error(file, r.line(), column, message, r.sourceLine()));
        }
    }
}
