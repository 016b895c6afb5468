package qtool.cli;

/**
 * The process exit codes of every qtool command, as named constants and as the help-text lines
 * that {@code --help} lists (conventions: picocli's OK/SOFTWARE/USAGE plus 3 for bad input).
 */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** Internal error: a bug in qtool; the stack trace is printed only with {@code --verbose}. */
    public static final int INTERNAL = 1;
    /** Usage error: unknown flag, bad flag value, missing argument. */
    public static final int USAGE = 2;
    /**
     * Invalid input: an unreadable input file, an unwritable output, an input that fails to parse or
     * validate, or one too large for the heap.
     */
    public static final int INVALID_INPUT = 3;

    static final String HEADING = "%nExit codes:%n";
    static final String OK_LINE = "0:success";
    static final String INTERNAL_LINE = "1:internal error (a bug in qtool; rerun with --verbose for the stack trace)";
    static final String USAGE_LINE = "2:usage error (unknown option, bad option value, missing argument)";
    static final String INVALID_INPUT_LINE = "3:invalid input: a file that cannot be read or written, an OpenQASM"
            + " or target YAML error (reported as file:line:col), or a circuit the requested output format cannot"
            + " express, or an input too large for the Java heap";

    private ExitCodes() {
    }
}
