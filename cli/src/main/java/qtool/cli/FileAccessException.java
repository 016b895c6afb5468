package qtool.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/**
 * A file named on the command line that cannot be read or written. {@link Qtool} prints it as
 * {@code qtool: error: cannot read FILE: reason} and exits with {@link ExitCodes#INVALID_INPUT};
 * the reason is phrased for people rather than taken from the JDK's terse exception text.
 */
final class FileAccessException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    FileAccessException(String verb, String file, String reason) {
        super("cannot " + verb + " " + file + ": " + reason);
    }

    FileAccessException(String verb, String file, IOException cause) {
        super("cannot " + verb + " " + file + ": " + reason(cause), cause);
    }

    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
