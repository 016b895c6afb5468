package qtool.stim;

import java.util.List;
import java.util.stream.Collectors;
import qtool.qasm.Diagnostic;

/**
 * Thrown when Stim circuit text cannot be read; carries the located {@link Diagnostic}s
 * ({@code file:line:col: error: message}) in the same form as the OpenQASM reader's errors, so the
 * command line prints both alike and exits with the same code.
 */
public final class StimException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public StimException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::header).collect(Collectors.joining("\n")));
        if (diagnostics.isEmpty()) {
            throw new IllegalArgumentException("a StimException needs at least one diagnostic");
        }
        this.diagnostics = List.copyOf(diagnostics);
    }

    public StimException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** All diagnostics with source lines and carets, separated by newlines. */
    public String formatAll() {
        return diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    }
}
