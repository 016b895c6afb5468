package qtool.stim;

import java.util.List;
import qtool.qasm.Diagnostic;
import qtool.qasm.InputException;

/**
 * Thrown when Stim circuit text cannot be read; carries the located {@link Diagnostic}s
 * ({@code file:line:col: error: message}) in the same form as the OpenQASM reader's errors, so the
 * command line prints both alike and exits with the same code.
 */
public final class StimException extends InputException {
    private static final long serialVersionUID = 1L;

    public StimException(List<Diagnostic> diagnostics) {
        super(diagnostics);
    }

    public StimException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }
}
