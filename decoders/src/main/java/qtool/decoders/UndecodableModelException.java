package qtool.decoders;

/**
 * A detector error model that a graph decoder cannot use, such as an error mechanism with a piece
 * of three or more detectors. The message names the mechanism as it appears in the model.
 */
public final class UndecodableModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UndecodableModelException(String message) {
        super(message);
    }
}
