package qtool.models;

import qtool.qasm.Diagnostic;
import qtool.qasm.InputException;

/** A spin-chain model file that cannot be used, located at file:line:col; the CLI exits with code 3. */
public final class ModelFileException extends InputException {
    private static final long serialVersionUID = 1L;

    public ModelFileException(Diagnostic diagnostic) {
        super(java.util.List.of(diagnostic));
    }
}
