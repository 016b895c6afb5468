package qtool.qasm;

import java.util.Objects;

/**
 * One located message about an input file: {@code file:line:col: error: message}, followed by the
 * source line and a caret under the column. Lines and columns are 1-based; a column of 0 means the
 * message concerns the whole line (or the file, when the line is 0 too).
 */
public record Diagnostic(String file, int line, int column, Severity severity, String message, String sourceLine) {
    /** How serious a diagnostic is. */
    public enum Severity {
        ERROR("error"), WARNING("warning"), NOTE("note");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public Diagnostic {
        Objects.requireNonNull(file);
        Objects.requireNonNull(severity);
        Objects.requireNonNull(message);
    }

    public static Diagnostic error(String file, int line, int column, String message, String sourceLine) {
        return new Diagnostic(file, line, column, Severity.ERROR, message, sourceLine);
    }

    public static Diagnostic warning(String file, int line, int column, String message, String sourceLine) {
        return new Diagnostic(file, line, column, Severity.WARNING, message, sourceLine);
    }

    /** The first line only: {@code file:line:col: error: message}. */
    public String header() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.append(": ").append(severity.label()).append(": ").append(message).toString();
    }

    /** Header, source line and caret, as printed to stderr; no trailing newline. */
    public String format() {
        if (sourceLine == null || line <= 0) {
            return header();
        }
        String src = sourceLine.replace('\t', ' ');
        StringBuilder sb = new StringBuilder(header()).append('\n').append("    ").append(src);
        if (column > 0) {
            sb.append('\n').append("    ").append(" ".repeat(Math.min(column - 1, src.length()))).append('^');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return header();
    }
}
