package qtool.target;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A YAML document as a small tree that remembers where every key and value starts. Jackson's
 * data binding drops locations once values are bound, and validation errors must name
 * {@code file:line:col}, so {@link TargetYamlReader} walks this tree instead of DTOs. Built from
 * Jackson's streaming {@code YAMLParser}, whose token locations are 1-based lines and columns.
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Seq, YamlNode.Mapping {
    int line();

    int column();

    /** What a value is called in "expected X, found Y" messages. */
    String kindName();

    /** A scalar; {@code number} is set for YAML ints and floats that parse, {@code text} is the source text. */
    record Scalar(JsonToken token, String text, Double number, int line, int column) implements YamlNode {
        boolean isNull() {
            return token == JsonToken.VALUE_NULL;
        }

        boolean isString() {
            return token == JsonToken.VALUE_STRING;
        }

        boolean isInteger() {
            return token == JsonToken.VALUE_NUMBER_INT && number != null;
        }

        @Override
        public String kindName() {
            if (number != null) {
                return "number " + text;
            }
            return token == JsonToken.VALUE_NULL ? "null" : token == JsonToken.VALUE_STRING ? "string '" + text + "'"
                    : "'" + text + "'";
        }
    }

    /** A sequence. */
    record Seq(List<YamlNode> items, int line, int column) implements YamlNode {
        @Override
        public String kindName() {
            return "a list";
        }
    }

    /** One {@code key: value} of a mapping, located at the key. */
    record Entry(String key, int line, int column, YamlNode value) {
    }

    /** A mapping, entries in document order (duplicates kept, so the reader can report them). */
    record Mapping(List<Entry> entries, int line, int column) implements YamlNode {
        @Override
        public String kindName() {
            return "a mapping";
        }
    }

    /** Parses one YAML document; null for an empty document. */
    static YamlNode parse(String text) throws IOException {
        try (JsonParser p = new YAMLFactory().createParser(text)) {
            JsonToken t = p.nextToken();
            return t == null ? null : read(p, t);
        }
    }

    private static YamlNode read(JsonParser p, JsonToken t) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int col = at.getColumnNr();
        if (t == JsonToken.START_OBJECT) {
            List<Entry> entries = new ArrayList<>();
            for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                JsonLocation kl = p.currentTokenLocation();
                String key = p.currentName();
                entries.add(new Entry(key, kl.getLineNr(), kl.getColumnNr(), read(p, p.nextToken())));
            }
            return new Mapping(List.copyOf(entries), line, col);
        }
        if (t == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            for (JsonToken i = p.nextToken(); i != JsonToken.END_ARRAY; i = p.nextToken()) {
                items.add(read(p, i));
            }
            return new Seq(List.copyOf(items), line, col);
        }
        Double number = null;
        if (t.isNumeric()) {
            try {
                number = p.getDoubleValue();
            } catch (IOException | NumberFormatException e) {
                // YAML 1.1 spellings such as .inf resolve as floats but do not parse; the reader
                // reports them as "not a number" at their location.
                number = null;
            }
        }
        return new Scalar(t, p.getText(), number, line, col);
    }
}
