package qtool.stats;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON text exactly as Python's {@code json} module writes it, because sinter stores
 * {@code json_metadata} and {@code custom_counts} as {@code json.dumps(v, separators=(',', ':'),
 * sort_keys=True)} and hashes {@code json.dumps(v)} into the strong id: a byte-different spelling
 * would make rows that sinter considers equal look different.
 *
 * <p>Values are Java {@code Map} (string keys), {@code List}, {@code String}, integral numbers
 * ({@code Integer}, {@code Long}, {@code BigInteger}: written as integers), other numbers (written as
 * Python's {@code repr(float)}), {@code Boolean} and {@code null}. Strings are escaped with
 * {@code ensure_ascii=True}: every character outside printable ASCII becomes {@code \\uXXXX}
 * (lower-case hex, surrogate pairs for astral characters).
 */
public final class CanonicalJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private CanonicalJson() {
    }

    /** {@code json.dumps(value, separators=(',', ':'), sort_keys=True)}. */
    public static String write(Object value) {
        StringBuilder sb = new StringBuilder();
        append(sb, value, true, ",", ":");
        return sb.toString();
    }

    /**
     * {@code json.dumps(value)} with its default separators {@code ", "} and {@code ": "} and keys
     * in the map's own iteration order (Python keeps insertion order); used for the strong id.
     */
    public static String writePythonDefault(Object value) {
        StringBuilder sb = new StringBuilder();
        append(sb, value, false, ", ", ": ");
        return sb.toString();
    }

    /**
     * Parses JSON text into LinkedHashMap / ArrayList / Long (BigInteger when too large) / Double /
     * String / Boolean / null, keeping object key order.
     *
     * @throws IllegalArgumentException when the text is not one JSON value
     */
    public static Object parse(String json) {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new IllegalArgumentException("empty JSON text");
            }
            return convert(node);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getOriginalMessage(), e);
        }
    }

    /** Parses and rewrites text in canonical form, e.g. to normalise metadata read from a file. */
    public static String canonicalize(String json) {
        return write(parse(json));
    }

    private static Object convert(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                map.put(e.getKey(), convert(e.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(e -> list.add(convert(e)));
            return list;
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNull()) {
            return null;
        }
        throw new IllegalArgumentException("unsupported JSON value: " + node);
    }

    private static void append(StringBuilder sb, Object v, boolean sort, String comma, String colon) {
        if (v == null) {
            sb.append("null");
        } else if (v instanceof Boolean) {
            sb.append(((Boolean) v) ? "true" : "false");
        } else if (v instanceof String) {
            appendString(sb, (String) v);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger) {
            sb.append(v);
        } else if (v instanceof BigDecimal) {
            sb.append(PythonFloat.repr(((BigDecimal) v).doubleValue()));
        } else if (v instanceof Number) {
            sb.append(PythonFloat.repr(((Number) v).doubleValue()));
        } else if (v instanceof Map) {
            appendObject(sb, (Map<?, ?>) v, sort, comma, colon);
        } else if (v instanceof Iterable) {
            sb.append('[');
            boolean first = true;
            for (Object e : (Iterable<?>) v) {
                if (!first) {
                    sb.append(comma);
                }
                first = false;
                append(sb, e, sort, comma, colon);
            }
            sb.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + v.getClass().getName());
        }
    }

    private static void appendObject(StringBuilder sb, Map<?, ?> map, boolean sort, String comma, String colon) {
        List<String> keys = new ArrayList<>();
        for (Object k : map.keySet()) {
            if (!(k instanceof String)) {
                throw new IllegalArgumentException("JSON object keys must be strings, got " + k);
            }
            keys.add((String) k);
        }
        if (sort) {
            // Python compares str by code point; String.compareTo compares UTF-16 units, which
            // orders astral characters differently from U+E000..U+FFFF.
            keys.sort(CanonicalJson::compareCodePoints);
        }
        sb.append('{');
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                sb.append(comma);
            }
            appendString(sb, keys.get(i));
            sb.append(colon);
            append(sb, map.get(keys.get(i)), sort, comma, colon);
        }
        sb.append('}');
    }

    static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    private static void appendString(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"': sb.append("\\\""); break;
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                case '\b': sb.append("\\b"); break;
                case '\f': sb.append("\\f"); break;
                default:
                    if (c >= 0x20 && c <= 0x7e) {
                        sb.append(c);
                    } else {
                        // UTF-16 units are exactly the surrogate pairs Python writes for astral characters.
                        sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    }
            }
        }
        sb.append('"');
    }
}
