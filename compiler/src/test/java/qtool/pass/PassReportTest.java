package qtool.pass;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PassReportTest {
    @Test
    void textAndJsonKeepOrderAndTypes() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("start fidelity", 0.998123456);
        v.put("iterations", 42);
        v.put("bonds", List.of(2, 4));
        v.put("note", "a \"quoted\" word");
        PassReport r = new PassReport("aqc", v);
        assertEquals("aqc:\n  start fidelity: 0.998123\n  iterations:     42\n  bonds:          2, 4\n"
                + "  note:           a \"quoted\" word\n", r.toText());
        assertEquals("{\"pass\": \"aqc\", \"start fidelity\": 0.998123456, \"iterations\": 42, \"bonds\": [2, 4],"
                + " \"note\": \"a \\\"quoted\\\" word\"}", r.toJson());
    }

    @Test
    void reportsAccumulateInRunOrder() {
        PropertySet props = new PropertySet();
        PassReport.add(props, new PassReport("a", Map.of()));
        PassReport.add(props, new PassReport("b", Map.of()));
        assertEquals(List.of("a", "b"), PassReport.all(props).stream().map(PassReport::pass).toList());
    }
}
