package qtool.target;

import java.util.List;
import java.util.stream.Collectors;
import qtool.qasm.Diagnostic;

/**
 * Thrown when a target description cannot be read: invalid YAML, a failed validation, an unknown
 * builtin name or an unreadable file. Carries every located {@link Diagnostic} that was collected
 * (at least one error), so a user fixes all problems in one round; the CLI prints them and exits 3.
 */
public final class TargetException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public TargetException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::header).collect(Collectors.joining("\n")));
        if (diagnostics.isEmpty()) {
            throw new IllegalArgumentException("a TargetException needs at least one diagnostic");
        }
        this.diagnostics = List.copyOf(diagnostics);
    }

    public TargetException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** All diagnostics, formatted with source lines and carets, one per line. */
    public String formatAll() {
        return diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    }
}
