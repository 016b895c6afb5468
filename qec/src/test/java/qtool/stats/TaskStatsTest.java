package qtool.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * CSV rows checked against lines derived by hand from sinter's {@code csv_line}: counts padded to 10,
 * seconds to 8 with 3/2/1 decimals, Python csv quoting, empty custom counts.
 */
class TaskStatsTest {
    @Test
    void rowMatchesSinterLayout() {
        TaskStats s = new TaskStats(100000, 12, 0, 1.23, "pymatching", "abc123", "{\"d\":3,\"p\":0.001}");
        assertEquals("    100000,        12,         0,    1.23,pymatching,abc123,\"{\"\"d\"\":3,\"\"p\"\":0.001}\",",
                s.toCsvRow());
    }

    @Test
    void sinterDocstringExample() {
        // sinter.TaskStats(strong_id='test', json_metadata={'a': [1, 2, 3]}, decoder='pymatching',
        // shots=22, errors=3, seconds=5).to_csv_line()
        TaskStats s = new TaskStats(22, 3, 0, 5, "pymatching", "test", "{\"a\":[1,2,3]}");
        assertEquals("        22,         3,         0,    5.00,pymatching,test,\"{\"\"a\"\":[1,2,3]}\",", s.toCsvRow());
    }

    @Test
    void customCountsAndNullMetadata() {
        TaskStats s = new TaskStats(1000, 7, 3, 12.25, "vacuous", "id", "null",
                new TreeMap<>(Map.of("obs_mistake_mask=E_", 3L, "det_shots", 5L)));
        assertEquals("      1000,         7,         3,    12.2,vacuous,id,null,"
                + "\"{\"\"det_shots\"\":5,\"\"obs_mistake_mask=E_\"\":3}\"", s.toCsvRow());
    }

    @Test
    void secondsRoundLikePythonFormat() {
        // Python: f"{0.0005:0.3f}" == '0.001', f"{2.125:0.2f}" == '2.12', f"{12.25:0.1f}" == '12.2',
        // f"{123456.75:0.1f}" == '123456.8' (exact binary value, ties to even).
        assertEquals("0.001", TaskStats.formatSeconds(0.0005));
        assertEquals("2.12", TaskStats.formatSeconds(2.125));
        assertEquals("12.2", TaskStats.formatSeconds(12.25));
        assertEquals("123456.8", TaskStats.formatSeconds(123456.75));
        assertEquals("0.000", TaskStats.formatSeconds(0));
    }

    @Test
    void csvFieldQuotingMatchesPythonCsvWriter() {
        assertEquals("\"\"", CsvField.escape("", 0));
        assertEquals("x", CsvField.escape(" x ", 0));
        assertEquals("\"a,b\"", CsvField.escape("a,b", 0));
        assertEquals("\"q\"\"q\"", CsvField.escape("q\"q", 0));
        assertEquals("   7", CsvField.escape("7", 4));
    }

    @Test
    void plusAddsCountsAndMergesCustomCounts() {
        TaskStats a = new TaskStats(100, 2, 1, 0.5, "pymatching", "id", "{\"d\":3}", new TreeMap<>(Map.of("x", 1L)));
        TaskStats b = new TaskStats(300, 4, 0, 1.25, "pymatching", "id", "{\"d\":3}",
                new TreeMap<>(Map.of("x", 2L, "y", 5L)));
        TaskStats sum = a.plus(b);
        assertEquals(400, sum.shots());
        assertEquals(6, sum.errors());
        assertEquals(1, sum.discards());
        assertEquals(1.75, sum.seconds());
        assertEquals(Map.of("x", 3L, "y", 5L), sum.customCounts());
    }

    @Test
    void plusRejectsOtherTasks() {
        TaskStats a = new TaskStats(1, 0, 0, 0, "pymatching", "a", "null");
        assertThrows(IllegalArgumentException.class, () -> a.plus(new TaskStats(1, 0, 0, 0, "pymatching", "b", "null")));
        assertThrows(IllegalArgumentException.class, () -> a.plus(new TaskStats(1, 0, 0, 0, "other", "a", "null")));
    }

    @Test
    void invariantsAsSinter() {
        assertThrows(IllegalArgumentException.class, () -> new TaskStats(5, 4, 2, 0, "d", "i", "null"));
        assertThrows(IllegalArgumentException.class, () -> new TaskStats(5, -1, 0, 0, "d", "i", "null"));
        assertThrows(IllegalArgumentException.class, () -> new TaskStats(5, 1, 0, -1, "d", "i", "null"));
    }

    @Test
    void customCountsAreCopiedAndUnmodifiable() {
        TreeMap<String, Long> counts = new TreeMap<>(Map.of("a", 1L));
        TaskStats s = new TaskStats(1, 0, 0, 0, "d", "i", "null", counts);
        counts.put("b", 2L);
        assertEquals(Map.of("a", 1L), s.customCounts());
        assertThrows(UnsupportedOperationException.class, () -> s.customCounts().put("c", 1L));
    }
}
