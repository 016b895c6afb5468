package qtool.qasm;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when an OpenQASM source cannot be turned into a circuit; carries every located
 * {@link Diagnostic} that was collected (at least one error).
 */
public final class QasmException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public QasmException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::header).collect(Collectors.joining("\n")));
        if (diagnostics.isEmpty()) {
            throw new IllegalArgumentException("a QasmException needs at least one diagnostic");
        }
        this.diagnostics = List.copyOf(diagnostics);
    }

    public QasmException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** All diagnostics, formatted with source lines and carets, separated by newlines. */
    public String formatAll() {
        return diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    }
}
