package qtool.qasm;

import java.util.List;

/**
 * Thrown when an OpenQASM source cannot be turned into a circuit; carries every located
 * {@link Diagnostic} that was collected (at least one error).
 */
public final class QasmException extends InputException {
    private static final long serialVersionUID = 1L;

    public QasmException(List<Diagnostic> diagnostics) {
        super(diagnostics);
    }

    public QasmException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }
}
