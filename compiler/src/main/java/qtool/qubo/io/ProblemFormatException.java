package qtool.qubo.io;

import java.util.List;
import qtool.qasm.Diagnostic;
import qtool.qasm.InputException;

/**
 * Thrown when a problem file (MDKP, MIS, QAP or sparse QUBO/Ising) cannot be read. Carries the
 * located diagnostic ({@code file:line:col}), so the command line prints it and exits with code 3.
 */
public final class ProblemFormatException extends InputException {
    private static final long serialVersionUID = 1L;

    public ProblemFormatException(Diagnostic diagnostic) {
        super(List.of(diagnostic));
    }
}
