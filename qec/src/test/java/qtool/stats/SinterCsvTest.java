package qtool.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import qtool.testing.Golden;

/** Reading sinter CSV written by sinter or qtool, combining rows, and located errors. */
class SinterCsvTest {
    private static final String SINTER_FILE = SinterCsv.SINTER_HEADER + "\n"
            + "      1000,        42,         0,   0.125,pymatching,9c31908e2b,\"{\"\"d\"\":9}\",\n"
            + "      3000,        24,         0,   0.125,pymatching,9c31908e2b,\"{\"\"d\"\":9}\",\n"
            + "      1000,       250,         5,   0.125,pymatching,deadbeef08,\"{\"\"d\"\":7}\","
            + "\"{\"\"det_shots\"\":3}\"\n\n";

    @Test
    void readsSinterOutputAndCombines() {
        List<TaskStats> rows = read(SINTER_FILE);
        assertEquals(3, rows.size());
        assertEquals(1000, rows.get(0).shots());
        assertEquals("{\"d\":9}", rows.get(0).jsonMetadata());
        assertEquals(Map.of("det_shots", 3L), rows.get(2).customCounts());
        Map<String, TaskStats> combined = SinterCsv.combine(rows);
        assertEquals(List.of("9c31908e2b", "deadbeef08"), List.copyOf(combined.keySet()));
        TaskStats d9 = combined.get("9c31908e2b");
        assertEquals(4000, d9.shots());
        assertEquals(66, d9.errors());
        assertEquals(0.25, d9.seconds());
    }

    @Test
    void readsUnpaddedHeaderOtherColumnOrderAndNoCustomCounts() {
        String text = "strong_id,decoder,shots,errors,discards,seconds,json_metadata\r\n"
                + "abc,pymatching,10,1,0,0.5,null\r\n";
        TaskStats s = read(text).get(0);
        assertEquals("abc", s.strongId());
        assertEquals(10, s.shots());
        assertEquals("null", s.jsonMetadata());
    }

    @Test
    void writtenRowsReadBack() {
        List<TaskStats> rows = golden();
        StringBuilder sb = new StringBuilder(SinterCsv.HEADER).append('\n');
        rows.forEach(r -> sb.append(r.toCsvRow()).append('\n'));
        assertEquals(rows, read(sb.toString()));
    }

    @Test
    void repeatedHeaderFromAppendedFilesIsSkipped() {
        String text = SINTER_FILE + SinterCsv.SINTER_HEADER + "\n"
                + "        10,         1,         0,   0.001,pymatching,9c31908e2b,\"{\"\"d\"\":9}\",\n";
        List<TaskStats> rows = read(text);
        assertEquals(4, rows.size());
        assertEquals(4010, SinterCsv.combine(rows).get("9c31908e2b").shots());
    }

    @Test
    void malformedNumberIsLocated() {
        String text = SinterCsv.SINTER_HEADER + "\n"
                + "      1000,        4x,         0,   0.125,pymatching,id,null,\n";
        StatsFormatException e = assertThrows(StatsFormatException.class, () -> read(text));
        assertEquals("stats.csv:2:20: error: errors must be an integer, got '4x'", e.diagnostics().get(0).header());
    }

    @Test
    void badJsonAndTooFewFieldsAreAllReported() {
        String text = SinterCsv.HEADER + "\n"
                + "10,1,0,0.1,pymatching,a,{bad,\n"
                + "10,1,0,0.1,pymatching\n";
        StatsFormatException e = assertThrows(StatsFormatException.class, () -> read(text));
        List<String> headers = new ArrayList<>();
        e.diagnostics().forEach(d -> headers.add(d.header()));
        assertTrue(headers.get(0).startsWith("stats.csv:2:25: error: json_metadata is not valid JSON"), headers.toString());
        assertTrue(headers.stream().anyMatch(h -> h.startsWith("stats.csv:3:") && h.contains("missing strong_id")),
                headers.toString());
    }

    @Test
    void errorsAsJsonObjectIsRejectedLikeSinter() {
        String text = SinterCsv.HEADER + "\n10,\"{\"\"E\"\":2}\",0,0.1,pymatching,a,null,\n";
        StatsFormatException e = assertThrows(StatsFormatException.class, () -> read(text));
        assertTrue(e.getMessage().contains("stats.csv:2:4: error: errors is a JSON object"), e.getMessage());
    }

    @Test
    void inconsistentCountsAndMissingHeader() {
        StatsFormatException a = assertThrows(StatsFormatException.class,
                () -> read(SinterCsv.HEADER + "\n10,8,5,0.1,pymatching,a,null,\n"));
        assertTrue(a.getMessage().startsWith("stats.csv:2:1: error: shots=10 < errors + discards=13"), a.getMessage());
        StatsFormatException b = assertThrows(StatsFormatException.class,
                () -> read("10,1,0,0.1,pymatching,a,null,\n"));
        assertTrue(b.getMessage().startsWith("stats.csv:1:1: error: not a sinter stats header"), b.getMessage());
        StatsFormatException c = assertThrows(StatsFormatException.class,
                () -> read(SinterCsv.HEADER + "\n10,1,0,0.1,pymatching,a,\"{\"\"d\"\":3}\n"));
        assertTrue(c.getMessage().startsWith("stats.csv:2:25: error: unterminated quoted field"), c.getMessage());
    }

    @Test
    void goldenFile() {
        StringBuilder sb = new StringBuilder(SinterCsv.SINTER_HEADER).append('\n');
        golden().forEach(r -> sb.append(r.toCsvRow()).append('\n'));
        Golden.assertMatches(sb.toString(), "stats/golden-stats.csv");
        assertEquals(golden(), read(sb.toString()));
    }

    /** Realistic rows: repetition-code memory experiments at three distances, strong ids computed. */
    static List<TaskStats> golden() {
        List<TaskStats> rows = new ArrayList<>();
        long[][] counts = {{100000, 812, 0}, {100000, 97, 0}, {1000000, 15, 0}, {250000, 0, 12}};
        // Seconds already at the precision the CSV keeps, so rows read back equal.
        double[] seconds = {0.812, 1.5, 22.8, 0.062};
        int[] distances = {3, 5, 7, 9};
        for (int i = 0; i < counts.length; i++) {
            int d = distances[i];
            String meta = "{\"b\":\"X\",\"d\":" + d + ",\"noise\":0.001,\"p\":0.001,\"r\":" + d + "}";
            String circuit = "R 0\nX_ERROR(0.001) 0\nM 0\nDETECTOR rec[-1]\n# d=" + d;
            String id = StrongId.of(circuit, "pymatching", "error(0.001) D0", null, meta, null);
            TreeMap<String, Long> custom = new TreeMap<>();
            if (i == 3) {
                custom.put("det_shots", 12L);
            }
            rows.add(new TaskStats(counts[i][0], counts[i][1], counts[i][2], seconds[i], "pymatching", id, meta, custom));
        }
        return rows;
    }

    private static List<TaskStats> read(String text) {
        return SinterCsv.read(new StringReader(text), "stats.csv");
    }
}
