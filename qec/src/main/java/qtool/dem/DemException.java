package qtool.dem;

import java.util.List;
import java.util.stream.Collectors;
import qtool.qasm.Diagnostic;

/**
 * Thrown when detector error model text cannot be read; carries located {@link Diagnostic}s
 * ({@code file:line:col: error: message}) like {@code StimException}, so the command line reports
 * both formats alike.
 */
public final class DemException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public DemException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::header).collect(Collectors.joining("\n")));
        if (diagnostics.isEmpty()) {
            throw new IllegalArgumentException("a DemException needs at least one diagnostic");
        }
        this.diagnostics = List.copyOf(diagnostics);
    }

    public DemException(Diagnostic diagnostic) {
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
