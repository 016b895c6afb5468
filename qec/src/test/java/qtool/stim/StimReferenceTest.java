package qtool.stim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import qtool.testing.ReferenceData;

/**
 * Reads every Stim circuit of the shared reference data, checks that writing and reading it back
 * gives an equal circuit, and compares sizes with the figures counted from the files (detectors:
 * DETECTOR lines times repeats, as detector-rates.json lists them).
 */
class StimReferenceTest {
    private static List<Path> circuits() throws IOException {
        try (Stream<Path> s = Files.walk(ReferenceData.dir("qec"))) {
            return s.filter(p -> p.toString().endsWith(".stim")).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void everyReferenceCircuitRoundTrips() throws IOException {
        List<Path> files = circuits();
        assertFalse(files.isEmpty());
        for (Path f : files) {
            StabilizerCircuit c = StimReader.read(f);
            String text = StimWriter.write(c);
            assertEquals(c, StimReader.parse(text, f + " (rewritten)"), f.toString());
            assertEquals(text, StimWriter.write(StimReader.parse(text)), "writer output is a fixed point: " + f);
        }
    }

    @Test
    void surfaceCodeCounts() throws IOException {
        Path dir = ReferenceData.dir("qec").resolve("surface");
        // d, detectors, measurements, qubits (largest qubit index + 1), counted from the files.
        long[][] expected = {{3, 24, 33, 26}, {5, 120, 145, 64}, {7, 336, 385, 118}};
        for (long[] e : expected) {
            for (String p : new String[] {"0.001", "0.005"}) {
                StabilizerCircuit c = StimReader.read(dir.resolve("sc_d" + e[0] + "_p" + p + ".stim"));
                String what = "d=" + e[0] + " p=" + p;
                assertEquals(e[1], c.numDetectors(), what);
                assertEquals(e[2], c.numMeasurements(), what);
                assertEquals(e[3], c.numQubits(), what);
                assertEquals(1, c.numObservables(), what);
            }
        }
    }

    @Test
    void rp2CultivationCounts() throws IOException {
        StabilizerCircuit c = StimReader.read(ReferenceData.dir("qec").resolve("rp2/rp_3_T_cult.stim"));
        assertEquals(44, c.numDetectors());
        assertEquals(47, c.numMeasurements());
        assertEquals(1, c.numObservables());
    }
}
