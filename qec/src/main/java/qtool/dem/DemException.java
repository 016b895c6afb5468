package qtool.dem;

import java.util.List;
import qtool.qasm.Diagnostic;
import qtool.qasm.InputException;

/**
 * Thrown when detector error model text cannot be read; carries located {@link Diagnostic}s
 * ({@code file:line:col: error: message}) like {@code StimException}, so the command line reports
 * both formats alike.
 */
public final class DemException extends InputException {
    private static final long serialVersionUID = 1L;

    public DemException(List<Diagnostic> diagnostics) {
        super(diagnostics);
    }

    public DemException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }
}
