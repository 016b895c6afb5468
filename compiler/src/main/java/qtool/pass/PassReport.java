package qtool.pass;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a pass wants its user to read after compilation: the pass name and an ordered list of
 * named values (numbers, strings, lists of those), printed by {@code qtool compile} as text or
 * JSON. Passes append their report to {@link #KEY} with {@link #add}; a pass run twice reports twice.
 */
public record PassReport(String pass, Map<String, Object> values) {
    /** All reports of one compilation, in the order the passes ran. */
    public static final PropertySet.Key<List<PassReport>> KEY = PropertySet.key("pass_reports");

    public PassReport {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** Appends a report to the property set. */
    public static void add(PropertySet props, PassReport report) {
        List<PassReport> list = new ArrayList<>(props.getOrDefault(KEY, List.of()));
        list.add(report);
        props.put(KEY, List.copyOf(list));
    }

    /** The reports in a property set (empty when no pass wrote one). */
    public static List<PassReport> all(PropertySet props) {
        return props.getOrDefault(KEY, List.of());
    }

    /** {@code pass:} then one indented {@code key: value} line per value. */
    public String toText() {
        StringBuilder sb = new StringBuilder(pass).append(":\n");
        int width = values.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Map.Entry<String, Object> e : values.entrySet()) {
            sb.append("  ").append(e.getKey()).append(':')
                    .append(" ".repeat(width - e.getKey().length() + 1)).append(text(e.getValue())).append('\n');
        }
        return sb.toString();
    }

    /** A JSON object with the pass name under {@code "pass"} and the values in order. */
    public String toJson() {
        StringBuilder sb = new StringBuilder("{\"pass\": ").append(json(pass));
        for (Map.Entry<String, Object> e : values.entrySet()) {
            sb.append(", ").append(json(e.getKey())).append(": ").append(json(e.getValue()));
        }
        return sb.append('}').toString();
    }

    private static String text(Object v) {
        if (v instanceof Double || v instanceof Float) {
            return String.format(Locale.ROOT, "%.6g", ((Number) v).doubleValue());
        }
        if (v instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object o : list) {
                parts.add(text(o));
            }
            return String.join(", ", parts);
        }
        return String.valueOf(v);
    }

    private static String json(Object v) {
        if (v == null) {
            return "null";
        }
        if (v instanceof Number n) {
            double d = n.doubleValue();
            if (v instanceof Double || v instanceof Float) {
                return Double.isFinite(d) ? Double.toString(d) : "null";
            }
            return n.toString();
        }
        if (v instanceof Boolean) {
            return v.toString();
        }
        if (v instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object o : list) {
                parts.add(json(o));
            }
            return "[" + String.join(", ", parts) + "]";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char c : v.toString().toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
