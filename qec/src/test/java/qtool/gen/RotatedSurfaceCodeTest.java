package qtool.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import qtool.dem.CircuitToDem;
import qtool.dem.DemWriter;
import qtool.dem.DetectorErrorModel;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimReader;
import qtool.stim.StimWriter;
import qtool.testing.ReferenceData;

/** Generated rotated surface code circuits against Stim's {@code stim gen} output. */
class RotatedSurfaceCodeTest {
    private static final int[] DISTANCES = {3, 5, 7};
    private static final String[] PS = {"0.001", "0.005"};

    private static Path file(int d, String p) {
        return ReferenceData.dir("qec").resolve("surface").resolve("sc_d" + d + "_p" + p + ".stim");
    }

    @Test
    void circuitsEqualStimsGeneratorOutput() throws IOException {
        for (int d : DISTANCES) {
            for (String p : PS) {
                StabilizerCircuit reference = StimReader.read(file(d, p));
                StabilizerCircuit generated = RotatedSurfaceCode.memoryX(d, d, NoiseParams.uniform(Double.parseDouble(p)));
                assertEquals(StimWriter.write(reference), StimWriter.write(generated), "d=" + d + " p=" + p);
                assertEquals(reference, generated, "d=" + d + " p=" + p);
            }
        }
    }

    @Test
    void detectorErrorModelsEqualReference() throws IOException {
        for (int d : DISTANCES) {
            for (String p : PS) {
                DetectorErrorModel want = CircuitToDem.convert(StimReader.read(file(d, p)));
                DetectorErrorModel got = CircuitToDem.convert(
                        RotatedSurfaceCode.memoryX(d, d, NoiseParams.uniform(Double.parseDouble(p))));
                assertEquals(DemWriter.write(want), DemWriter.write(got), "d=" + d + " p=" + p);
                assertEquals(want, got, "d=" + d + " p=" + p);
            }
        }
    }

    @Test
    void memoryZHasDeterministicDetectorsAndTheZObservable() {
        for (int d : new int[] {2, 3, 4, 5}) {
            for (long r : new long[] {1, 2, 3, 6}) {
                StabilizerCircuit c = RotatedSurfaceCode.memoryZ(d, r, NoiseParams.NONE);
                if (d % 2 == 1) {
                    // Odd d: d² data and d² - 1 measure qubits (even d gets Stim's extra dependent stabiliser).
                    assertEquals(2L * d * d - 1, countQubits(c));
                    assertEquals((long) (d * d - 1) * r, c.numDetectors());
                }
                assertEquals(1, c.numObservables());
                GenTestSupport.assertDeterministic(c);
                GenTestSupport.assertDeterministic(RotatedSurfaceCode.memoryX(d, r, NoiseParams.NONE));
                DetectorErrorModel dem = CircuitToDem.convert(RotatedSurfaceCode.memoryZ(d, r, NoiseParams.uniform(1e-3)));
                GenTestSupport.assertGraphlike(dem);
            }
        }
    }

    @Test
    void zeroNoiseFusesLikeStim() {
        String text = StimWriter.write(RotatedSurfaceCode.memoryZ(3, 1, NoiseParams.NONE));
        assertTrue(text.contains("\nR 1 3 5 8 10 12 15 17 19 2 9 11 13 14 16 18 25\n"), text);
        assertTrue(!text.contains("ERROR") && !text.contains("DEPOLARIZE"), text);
    }

    @Test
    void rejectsBadParameters() {
        assertThrows(IllegalArgumentException.class, () -> RotatedSurfaceCode.memoryX(1, 3, NoiseParams.NONE));
        assertThrows(IllegalArgumentException.class, () -> RotatedSurfaceCode.memoryX(3, 0, NoiseParams.NONE));
        assertThrows(IllegalArgumentException.class, () -> RotatedSurfaceCode.memory(3, 3, 'Y', NoiseParams.NONE));
        assertThrows(IllegalArgumentException.class, () -> NoiseParams.uniform(1.5));
    }

    private static long countQubits(StabilizerCircuit c) {
        return c.items().stream().filter(i -> i instanceof qtool.stim.Operation o
                && o.gate() == qtool.ir.Gate.QUBIT_COORDS).count();
    }
}
