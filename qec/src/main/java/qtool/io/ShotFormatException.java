package qtool.io;

import java.io.IOException;

/**
 * Shot data that does not parse in the expected format: a wrong line length, an index out of
 * range, a truncated binary record. The message names the shot (from 0) so the user can find it.
 */
public final class ShotFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public ShotFormatException(String message) {
        super(message);
    }
}
