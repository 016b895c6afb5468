package qtool.qubo.io;

import qtool.qasm.Diagnostic;

/**
 * Whitespace-separated tokens of a numeric text file, each with its 1-based line and column, so
 * that the MDKP and QAPLIB readers can point at the offending number. Reaching the end of the file
 * early is reported at the end of the last token.
 */
final class TokenScanner {
    private final String file;
    private final String text;
    private final String[] lines;
    private int pos;
    private int line = 1;
    private int column = 1;
    private int lastLine = 1;
    private int lastEndColumn = 1;
    private int tokenLine;
    private int tokenColumn;

    TokenScanner(String file, String text) {
        this.file = file;
        this.text = text;
        this.lines = text.split("\r\n|\r|\n", -1);
    }

    /** Whether another token follows. */
    boolean hasNext() {
        skipSpace();
        return pos < text.length();
    }

    /** The next token, located by {@link #tokenLine()} and {@link #tokenColumn()}. */
    String next(String expected) {
        skipSpace();
        if (pos >= text.length()) {
            throw error(lastLine, lastEndColumn, "unexpected end of file, expected " + expected);
        }
        tokenLine = line;
        tokenColumn = column;
        int start = pos;
        while (pos < text.length() && !Character.isWhitespace(text.charAt(pos))) {
            pos++;
            column++;
        }
        lastLine = line;
        lastEndColumn = column;
        return text.substring(start, pos);
    }

    /** The next token as an integer within [min, max]. */
    long nextLong(String expected, long min, long max) {
        String t = next(expected);
        long v;
        try {
            v = Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw error(tokenLine, tokenColumn, "expected " + expected + " (an integer), found '" + t + "'");
        }
        if (v < min || v > max) {
            throw error(tokenLine, tokenColumn, expected + " must be in [" + min + ", " + max + "], found " + v);
        }
        return v;
    }

    int nextInt(String expected, int min, int max) {
        return (int) nextLong(expected, min, max);
    }

    /** The next token as a finite real number. */
    double nextDouble(String expected) {
        String t = next(expected);
        try {
            double v = Double.parseDouble(t);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw error(tokenLine, tokenColumn, "expected " + expected + " (a number), found '" + t + "'");
    }

    int tokenLine() {
        return tokenLine;
    }

    int tokenColumn() {
        return tokenColumn;
    }

    /** An error at the last token read. */
    ProblemFormatException errorAtToken(String message) {
        return error(tokenLine, tokenColumn, message);
    }

    ProblemFormatException error(int atLine, int atColumn, String message) {
        String src = atLine >= 1 && atLine <= lines.length ? lines[atLine - 1] : null;
        return new ProblemFormatException(Diagnostic.error(file, atLine, atColumn, message, src));
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n' || (c == '\r' && (pos + 1 >= text.length() || text.charAt(pos + 1) != '\n'))) {
                line++;
                column = 1;
            } else if (Character.isWhitespace(c)) {
                if (c != '\r') {
                    column++;
                }
            } else {
                return;
            }
            pos++;
        }
    }
}
