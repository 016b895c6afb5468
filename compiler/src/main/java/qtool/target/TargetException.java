package qtool.target;

import java.util.List;
import qtool.qasm.Diagnostic;
import qtool.qasm.InputException;

/**
 * Thrown when a target description cannot be read: invalid YAML, a failed validation, an unknown
 * builtin name or an unreadable file. Carries every located {@link Diagnostic} that was collected
 * (at least one error), so a user fixes all problems in one round; the CLI prints them and exits 3.
 */
public final class TargetException extends InputException {
    private static final long serialVersionUID = 1L;

    public TargetException(List<Diagnostic> diagnostics) {
        super(diagnostics);
    }

    public TargetException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }
}
