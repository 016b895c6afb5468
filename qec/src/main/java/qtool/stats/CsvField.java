package qtool.stats;

/**
 * One CSV field as sinter's {@code escape_csv} produces it: Python's {@code csv.writer} with the
 * default (excel) dialect, i.e. minimal quoting, then {@code str.strip()} and an optional
 * {@code rjust}. Kept separate so the row layout in {@link TaskStats} reads as sinter's does.
 */
final class CsvField {
    private CsvField() {
    }

    /** The field text, quoted if needed; {@code width <= 0} means no padding. */
    static String escape(String text, int width) {
        String out;
        if (text.isEmpty()) {
            // A row holding one empty field is written as "" so that it is not an empty line.
            out = "\"\"";
        } else if (needsQuotes(text)) {
            out = "\"" + text.replace("\"", "\"\"") + "\"";
        } else {
            out = pythonStrip(text);
        }
        return width > 0 && out.length() < width ? " ".repeat(width - out.length()) + out : out;
    }

    /** QUOTE_MINIMAL quotes a field containing the delimiter, the quote character or a line break. */
    private static boolean needsQuotes(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Python's {@code str.strip()}: escape_csv strips the writer's output, so unquoted edges lose spaces. */
    static String pythonStrip(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && isPythonSpace(s.charAt(a))) {
            a++;
        }
        while (b > a && isPythonSpace(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(a, b);
    }

    private static boolean isPythonSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
