package qtool.qasm;

/**
 * A located error raised while lowering one statement; the reader catches it, records the
 * diagnostic and goes on with the next statement so that several errors can be reported at once.
 */
final class CompileError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Diagnostic diagnostic;

    CompileError(Diagnostic diagnostic) {
        super(diagnostic.header(), null, false, false);
        this.diagnostic = diagnostic;
    }

    Diagnostic diagnostic() {
        return diagnostic;
    }
}
