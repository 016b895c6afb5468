package qtool.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine;

/**
 * Writes a command's data output to stdout ({@code -}) or to a file. A file is written to a
 * temporary name beside it and renamed over it only when complete, so a failed or interrupted run
 * never leaves a half-written file. Shared by every command that writes one output.
 */
final class OutputFile {
    static final String STDOUT = "-";

    private OutputFile() {
    }

    static void write(CommandLine cl, String output, String text) {
        if (STDOUT.equals(output)) {
            PrintWriter out = cl.getOut();
            out.print(text);
            out.flush();
            return;
        }
        Path target = Path.of(output).toAbsolutePath();
        Path tmp = tempBeside(target);
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            moveIntoPlace(tmp, target);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // The original error is the one worth reporting.
            }
            throw new FileAccessException("write", output, e);
        }
    }

    /** Binary output (a PNG): to a file only, with the same temporary-file-and-rename guarantee. */
    static void writeBytes(CommandLine cl, String output, byte[] bytes) {
        if (STDOUT.equals(output)) {
            throw new CommandLine.ParameterException(cl, "binary output needs a file name, not '-'");
        }
        Path target = Path.of(output).toAbsolutePath();
        Path tmp = tempBeside(target);
        try {
            Files.write(tmp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            moveIntoPlace(tmp, target);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // The original error is the one worth reporting.
            }
            throw new FileAccessException("write", output, e);
        }
    }

    /**
     * A fresh name beside the target: the same file system, so the final rename is atomic. The
     * caller creates it with CREATE_NEW, which gives it the usual permissions rather than a temp
     * file's 0600.
     */
    static Path tempBeside(Path target) {
        return target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".tmp");
    }

    /** Renames a finished temporary file over the target, atomically where the file system can. */
    static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
