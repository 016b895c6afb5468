package qtool.stats;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records the way Python's {@code csv.reader} (excel dialect) does, remembering
 * where each field starts so that errors can name {@code line:column}. Quoted fields may hold commas,
 * doubled quotes and line breaks; a quote inside an unquoted field is literal. Empty lines are not
 * records (Python's {@code DictReader} skips them too). Unlike Python's lenient default, an
 * unterminated quoted field is an error, because it means the file was cut off mid-row.
 */
final class CsvRecords {
    /** A field's text and 1-based start position. */
    record Field(String text, int line, int column) {
    }

    /** One record: its fields, the line it starts on, and that line's text for diagnostics. */
    record Record(List<Field> fields, int line, String sourceLine, int endColumn) {
    }

    /** Thrown for an unterminated quote; carries the position of the opening quote. */
    static final class UnterminatedQuote extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        UnterminatedQuote(int line, int column) {
            super("unterminated quoted field");
            this.line = line;
            this.column = column;
        }
    }

    private final String text;
    private final List<String> lines;
    private int pos;
    private int line = 1;
    private int lineStart;

    private CsvRecords(String text) {
        this.text = text;
        this.lines = text.lines().toList();
    }

    static List<Record> parse(String text) throws UnterminatedQuote {
        return new CsvRecords(text).all();
    }

    private List<Record> all() throws UnterminatedQuote {
        List<Record> out = new ArrayList<>();
        while (pos < text.length()) {
            if (atLineBreak()) {
                skipLineBreak();
                continue;
            }
            int startLine = line;
            List<Field> fields = new ArrayList<>();
            while (true) {
                fields.add(field());
                if (pos < text.length() && text.charAt(pos) == ',') {
                    pos++;
                    continue;
                }
                break;
            }
            int endColumn = pos - lineStart + 1;
            if (pos < text.length()) {
                skipLineBreak();
            }
            out.add(new Record(fields, startLine, startLine <= lines.size() ? lines.get(startLine - 1) : "", endColumn));
        }
        return out;
    }

    private Field field() throws UnterminatedQuote {
        int fLine = line;
        int fCol = pos - lineStart + 1;
        StringBuilder sb = new StringBuilder();
        if (pos < text.length() && text.charAt(pos) == '"') {
            pos++;
            while (true) {
                if (pos >= text.length()) {
                    throw new UnterminatedQuote(fLine, fCol);
                }
                char c = text.charAt(pos);
                if (c == '"') {
                    if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                        sb.append('"');
                        pos += 2;
                        continue;
                    }
                    pos++;
                    break;
                }
                if (atLineBreak()) {
                    int before = pos;
                    skipLineBreak();
                    sb.append(text, before, pos);
                    continue;
                }
                sb.append(c);
                pos++;
            }
        }
        // Unquoted text, or text after a closing quote (Python appends it literally).
        while (pos < text.length() && text.charAt(pos) != ',' && !atLineBreak()) {
            sb.append(text.charAt(pos));
            pos++;
        }
        return new Field(sb.toString(), fLine, fCol);
    }

    private boolean atLineBreak() {
        char c = text.charAt(pos);
        return c == '\n' || c == '\r';
    }

    private void skipLineBreak() {
        if (text.charAt(pos) == '\r' && pos + 1 < text.length() && text.charAt(pos + 1) == '\n') {
            pos++;
        }
        pos++;
        line++;
        lineStart = pos;
    }
}
