package qtool.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import qtool.stats.SinterCsv;
import qtool.stats.TaskStats;

/**
 * Appends sinter CSV rows to a file or stdout, one row per call, each written with a single write
 * and flushed at once: a run killed at any moment leaves only whole rows (and at most the row being
 * written is lost). A file that already ends in a partial line, from a run killed mid-write, is cut
 * back to its last complete line before appending. The header is written when the file is new or
 * empty.
 */
final class StatsCsvOutput implements Consumer<TaskStats>, AutoCloseable {
    private final String name;
    private final OutputStream stream;
    private final boolean closeStream;

    private StatsCsvOutput(String name, OutputStream stream, boolean closeStream) {
        this.name = name;
        this.stream = stream;
        this.closeStream = closeStream;
    }

    /** Rows to stdout, after the header. */
    static StatsCsvOutput stdout(OutputStream out) {
        StatsCsvOutput o = new StatsCsvOutput("stdout", out, false);
        o.writeLine(SinterCsv.SINTER_HEADER);
        return o;
    }

    /**
     * Rows to a file: {@code append} keeps existing rows (resume files), otherwise the file is
     * started afresh with only the header.
     */
    static StatsCsvOutput file(String target, boolean append) {
        Path path = Path.of(target);
        try {
            boolean fresh = !append || !Files.exists(path) || Files.size(path) == 0;
            if (!fresh) {
                cutPartialLastLine(path);
                fresh = Files.size(path) == 0;
            }
            OutputStream os = append
                    ? Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND)
                    : Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                            StandardOpenOption.WRITE);
            StatsCsvOutput o = new StatsCsvOutput(target, os, true);
            if (fresh) {
                o.writeLine(SinterCsv.SINTER_HEADER);
            }
            return o;
        } catch (IOException e) {
            throw new FileAccessException("write", target, e);
        }
    }

    /** Removes bytes after the last newline: the remains of a row whose write was interrupted. */
    private static void cutPartialLastLine(Path path) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(path.toFile(), "rw")) {
            long end = f.length();
            long keep = end;
            while (keep > 0) {
                f.seek(keep - 1);
                if (f.read() == '\n') {
                    break;
                }
                keep--;
            }
            if (keep < end) {
                f.setLength(keep);
            }
        }
    }

    @Override
    public void accept(TaskStats row) {
        writeLine(row.toCsvRow());
    }

    private void writeLine(String line) {
        try {
            stream.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            stream.flush();
        } catch (IOException e) {
            throw new FileAccessException("write", name, e);
        }
    }

    @Override
    public void close() {
        if (closeStream) {
            try {
                stream.close();
            } catch (IOException e) {
                throw new FileAccessException("write", name, e);
            }
        }
    }

    /** For messages. */
    String name() {
        return name;
    }
}
