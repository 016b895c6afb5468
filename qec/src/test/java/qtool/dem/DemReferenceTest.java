package qtool.dem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import qtool.stim.StimReader;
import qtool.testing.ReferenceData;

/**
 * Checks the {@code .dem} reader and writer and the circuit analysis against Stim's
 * {@code analyze_errors --decompose_errors} output for the shared surface-code circuits.
 */
class DemReferenceTest {
    private static final String[] NAMES = {"sc_d3_p0.001", "sc_d3_p0.005", "sc_d5_p0.001", "sc_d5_p0.005",
        "sc_d7_p0.001", "sc_d7_p0.005"};

    private static Path dir() {
        return ReferenceData.dir("qec").resolve("surface");
    }

    @Test
    void referenceModelsRoundTripByteForByte() throws IOException {
        for (String n : NAMES) {
            Path f = dir().resolve(n + ".dem");
            String text = Files.readString(f, StandardCharsets.UTF_8);
            DetectorErrorModel m = DemReader.parse(text, f.toString());
            String written = DemWriter.write(m);
            assertEquals(m, DemReader.parse(written), n);
            assertEquals(text, written, "Stim's layout and number format are reproduced: " + n);
        }
    }

    @Test
    void analysisMatchesStimIncludingDecomposition() throws IOException {
        for (String n : NAMES) {
            DetectorErrorModel expected = DemReader.read(dir().resolve(n + ".dem"));
            DetectorErrorModel actual = CircuitToDem.convert(StimReader.read(dir().resolve(n + ".stim")));
            Map<List<Long>, Double> want = byTargets(expected);
            Map<List<Long>, Double> got = byTargets(actual);
            assertEquals(want.keySet(), got.keySet(), n + ": mechanisms (with their decomposition)");
            for (Map.Entry<List<Long>, Double> e : want.entrySet()) {
                double g = got.get(e.getKey());
                assertTrue(Math.abs(g - e.getValue()) <= 1e-12 * e.getValue(),
                        n + " " + e.getKey() + ": " + g + " vs " + e.getValue());
            }
            assertEquals(expected.numDetectors(), actual.numDetectors(), n);
            assertEquals(expected.numObservables(), actual.numObservables(), n);
        }
    }

    private static Map<List<Long>, Double> byTargets(DetectorErrorModel m) {
        Map<List<Long>, Double> out = new HashMap<>();
        for (DetectorErrorModel.Error e : m.flattenedErrors()) {
            List<Long> key = java.util.Arrays.stream(e.targets()).boxed().toList();
            Double old = out.put(key, e.probability());
            assertTrue(old == null, "duplicate mechanism " + key);
        }
        return out;
    }
}
