package qtool.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import qtool.collect.CollectionStatus;

class ProgressPrinterTest {
    private static CollectionStatus status(long shots, long errors, double seconds, boolean finished) {
        return new CollectionStatus(0, 2, "{\"d\":3}", "mwpm", 2, shots, 1_000_000, errors, 100, 0, shots, errors,
                seconds, finished);
    }

    @Test
    void lineShowsBudgetsAndTheSmallerEta() {
        // 10% of the shots but 50% of the errors in 10 s: the error budget ends first, in 10 s.
        String line = ProgressPrinter.line(status(100_000, 50, 10, false));
        assertTrue(line.startsWith("[1/2] [############............] mwpm shots 100k/1.00M errors 50/100 eta 10s"), line);
        assertTrue(line.endsWith("{\"d\":3}"), line);
        assertTrue(ProgressPrinter.line(status(1_000_000, 50, 10, true)).contains(" done "));
    }

    @Test
    void countsAndDurationsAreCompact() {
        assertEquals("9999", ProgressPrinter.count(9999));
        assertEquals("12.3k", ProgressPrinter.count(12_345));
        assertEquals("1.00M", ProgressPrinter.count(1_000_000));
        assertEquals("inf", ProgressPrinter.count(Long.MAX_VALUE));
        assertEquals("59s", ProgressPrinter.duration(59.4));
        assertEquals("2m05s", ProgressPrinter.duration(125));
        assertEquals("3h00m", ProgressPrinter.duration(3 * 3600 + 20));
        assertEquals("?", ProgressPrinter.duration(Double.POSITIVE_INFINITY));
    }

    @Test
    void plainModeThrottlesButAlwaysPrintsTheEnd() {
        StringWriter out = new StringWriter();
        ProgressPrinter p = new ProgressPrinter(new PrintWriter(out), false);
        p.accept(status(1024, 1, 0.1, false));
        p.accept(status(2048, 2, 0.2, false));
        p.accept(status(3072, 3, 0.3, true));
        String[] lines = out.toString().split("\n");
        assertEquals(2, lines.length, out.toString());
        assertTrue(lines[1].contains("done"));
    }
}
