package qtool.stats;

import java.util.List;
import qtool.qasm.Diagnostic;
import qtool.qasm.InputException;

/**
 * A sinter stats CSV file that cannot be read, with located {@link Diagnostic}s
 * ({@code file:line:col: error: message}); like the Stim and DEM readers' exceptions, so the command
 * line reports it and exits with code 3.
 */
public final class StatsFormatException extends InputException {
    private static final long serialVersionUID = 1L;

    public StatsFormatException(List<Diagnostic> diagnostics) {
        super(diagnostics);
    }

    public StatsFormatException(Diagnostic diagnostic) {
        this(List.of(diagnostic));
    }
}
