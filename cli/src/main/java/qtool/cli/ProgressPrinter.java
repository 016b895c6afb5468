package qtool.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;
import qtool.collect.CollectionStatus;

/**
 * Progress of a collection on stderr, following sinter's printer: on a terminal one redrawn bar
 * line at most every 0.1 s; otherwise (CI logs, files) a plain status line every few seconds, so
 * logs stay readable. Each line names the task, its shots and errors against their budgets, and
 * the ETA, the smaller of the shot-based and error-based estimates. A final line per task is
 * always printed. Data never goes here.
 */
final class ProgressPrinter implements Consumer<CollectionStatus> {
    private static final long BAR_INTERVAL_NANOS = 100_000_000L;
    private static final long PLAIN_INTERVAL_NANOS = 5_000_000_000L;
    private static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    private final boolean bar;
    private long lastPrint = Long.MIN_VALUE / 2;
    private int lastTask = -1;
    private int lastLength;
    private String lastLine = "";

    ProgressPrinter(PrintWriter err, boolean bar) {
        this.err = err;
        this.bar = bar;
    }

    /** A bar when stderr is a terminal or {@code --progress} asks for one. */
    static ProgressPrinter forStderr(PrintWriter err, boolean forceBar) {
        return new ProgressPrinter(err, forceBar || System.console() != null);
    }

    @Override
    public synchronized void accept(CollectionStatus s) {
        long now = System.nanoTime();
        boolean newTask = s.taskIndex() != lastTask;
        if (!s.finished() && !newTask && now - lastPrint < (bar ? BAR_INTERVAL_NANOS : PLAIN_INTERVAL_NANOS)) {
            return;
        }
        String line = line(s);
        if (line.equals(lastLine) || (s.shots() == 0 && !s.finished())) {
            return;
        }
        lastPrint = now;
        lastTask = s.taskIndex();
        lastLine = line;
        if (bar) {
            String pad = line.length() < lastLength ? " ".repeat(lastLength - line.length()) : "";
            err.print("\r" + line + pad);
            lastLength = line.length();
            if (s.finished()) {
                err.println();
                lastLength = 0;
            }
        } else {
            err.println(line);
        }
        err.flush();
    }

    static String line(CollectionStatus s) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "[%d/%d] ", s.taskIndex() + 1, s.taskCount()));
        int filled = (int) Math.round(s.fraction() * BAR_WIDTH);
        b.append('[').append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append("] ");
        b.append(String.format(Locale.ROOT, "%s shots %s/%s errors %s/%s", s.decoder(), count(s.shots()),
                count(s.maxShots()), count(s.errors()), count(s.maxErrors())));
        if (s.discards() > 0) {
            b.append(" discards ").append(count(s.discards()));
        }
        b.append(s.finished() ? " done" : " eta " + duration(s.etaSeconds()));
        b.append(' ').append(s.label());
        return b.toString();
    }

    /** Compact counts: 1234567 → 1.23M; "∞" for an unlimited budget. */
    static String count(long n) {
        if (n == Long.MAX_VALUE) {
            return "inf";
        }
        if (n < 10_000) {
            return Long.toString(n);
        }
        String[] units = {"k", "M", "G", "T", "P"};
        double v = n;
        int u = -1;
        while (v >= 1000 && u < units.length - 1) {
            v /= 1000;
            u++;
        }
        return String.format(Locale.ROOT, v < 10 ? "%.2f%s" : v < 100 ? "%.1f%s" : "%.0f%s", v, units[u]);
    }

    static String duration(double seconds) {
        if (Double.isInfinite(seconds) || Double.isNaN(seconds)) {
            return "?";
        }
        long s = Math.round(seconds);
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return (s / 60) + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s";
        }
        return (s / 3600) + "h" + String.format(Locale.ROOT, "%02d", (s % 3600) / 60) + "m";
    }
}
