package qtool.qasm;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An input file that cannot be used, with every located {@link Diagnostic} collected for it (at
 * least one error). The OpenQASM, Stim, DEM and target-YAML readers each throw a subclass, so the
 * command line prints all of them the same way and exits with code 3.
 */
public abstract class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    protected InputException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::header).collect(Collectors.joining("\n")));
        if (diagnostics.isEmpty()) {
            throw new IllegalArgumentException("an input exception needs at least one diagnostic");
        }
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** All diagnostics, formatted with source lines and carets, separated by newlines. */
    public String formatAll() {
        return diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    }
}
