package qtool.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qtool.stats.SinterCsv;
import qtool.stats.TaskStats;

class StatsCsvOutputTest {
    private static TaskStats row(long shots) {
        return new TaskStats(shots, 1, 0, 0.5, "mwpm", "abc", "null", new TreeMap<>());
    }

    @Test
    void appendingCutsAPartialLastLineAndKeepsOneHeader(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("resume.csv");
        Files.writeString(f, SinterCsv.SINTER_HEADER + "\n" + row(100).toCsvRow() + "\n" + "     2");
        try (StatsCsvOutput out = StatsCsvOutput.file(f.toString(), true)) {
            out.accept(row(200));
        }
        List<TaskStats> rows = SinterCsv.read(new StringReader(Files.readString(f)), "resume.csv");
        assertEquals(2, rows.size());
        assertEquals(300, SinterCsv.combine(rows).get("abc").shots());
        assertEquals(1, Files.readAllLines(f).stream().filter(l -> l.trim().startsWith("shots,")).count());
    }

    @Test
    void aFreshFileStartsWithSintersHeader(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("new.csv");
        Files.writeString(f, "old content\n");
        try (StatsCsvOutput out = StatsCsvOutput.file(f.toString(), false)) {
            out.accept(row(5));
        }
        assertEquals(List.of(SinterCsv.SINTER_HEADER, row(5).toCsvRow()), Files.readAllLines(f));
    }
}
