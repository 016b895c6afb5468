package qtool.cli;

/**
 * The input is valid but cannot be compiled for the chosen target (for example it needs more
 * qubits than the device has). This is an input problem, exit code 3, not a bug in qtool.
 */
final class CircuitDoesNotFitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CircuitDoesNotFitException(String message, Throwable cause) {
        super(message, cause);
    }
}
