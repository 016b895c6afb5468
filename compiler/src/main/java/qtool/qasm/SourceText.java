package qtool.qasm;

import java.util.Arrays;

/**
 * The text of one source file with a lazily built line index, so that diagnostics can quote the
 * offending line without the reader keeping a second copy of the file as a list of strings.
 */
final class SourceText {
    private final String name;
    private final String text;
    private int[] lineStarts;

    SourceText(String name, String text) {
        this.name = name;
        this.text = text;
    }

    String name() {
        return name;
    }

    String text() {
        return text;
    }

    /** The 1-based line without its terminator, or null when out of range. */
    String line(int line) {
        if (lineStarts == null) {
            lineStarts = indexLines(text);
        }
        if (line < 1 || line > lineStarts.length) {
            return null;
        }
        int start = lineStarts[line - 1];
        int end = start;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return text.substring(start, end);
    }

    Diagnostic error(int line, int column, String message) {
        return Diagnostic.error(name, line, column, message, line(line));
    }

    Diagnostic warning(int line, int column, String message) {
        return Diagnostic.warning(name, line, column, message, line(line));
    }

    private static int[] indexLines(String text) {
        int[] starts = new int[64];
        int n = 0;
        starts[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, n);
    }
}
