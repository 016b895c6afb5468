package qtool.qasm;

/**
 * Thrown by {@link QasmWriter} when a circuit cannot be expressed in the requested OpenQASM
 * version (for example a controlled gate or a non-equality condition in OpenQASM 2). The message
 * names the offending instruction or gate and says what to do instead, so that the command line
 * can print it unchanged.
 */
public final class QasmWriteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public QasmWriteException(String message) {
        super(message);
    }
}
