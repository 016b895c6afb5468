package qtool.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import qtool.dem.CircuitToDem;
import qtool.dem.DetectorErrorModel;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimReader;
import qtool.stim.StimWriter;

class CircuitNoiseModelTest {
    private static final String SMALL = """
            R 0 1 2
            TICK
            H 0
            CX 0 1
            TICK
            M 0 1
            DETECTOR rec[-1]
            TICK
            CX rec[-1] 2
            MRX 2
            """;

    @Test
    void si1000PutsEachRuleWhereTheModelSays() {
        StabilizerCircuit noisy = CircuitNoiseModel.si1000(0.01).apply(StimReader.parse(SMALL));
        String expected = """
                R 0 1 2
                X_ERROR(0.02) 0 1 2
                TICK
                H 0
                DEPOLARIZE1(0.001) 0
                CX 0 1
                DEPOLARIZE2(0.01) 0 1
                DEPOLARIZE1(0.001) 2
                TICK
                M(0.05) 0 1
                DEPOLARIZE1(0.01) 0 1
                DETECTOR rec[-1]
                DEPOLARIZE1(0.001) 2
                DEPOLARIZE1(0.02) 2
                TICK
                CX rec[-1] 2
                MRX(0.05) 2
                Z_ERROR(0.02) 2
                DEPOLARIZE1(0.001) 0 1
                DEPOLARIZE1(0.02) 0 1
                """;
        assertEquals(expected, StimWriter.write(noisy));
    }

    @Test
    void uniformUsesOneStrengthAndNoExtraIdleDuringMeasurement() {
        StabilizerCircuit noisy = CircuitNoiseModel.uniform(0.001).apply(StimReader.parse(SMALL));
        String text = StimWriter.write(noisy);
        assertTrue(text.contains("M(0.001) 0 1\nDEPOLARIZE1(0.001) 0 1\n"), text);
        assertTrue(text.contains("X_ERROR(0.001) 0 1 2"), text);
        assertEquals(2, text.split("DEPOLARIZE1\\(0.001\\) 2\n", -1).length - 1, "idle qubit 2 in two moments");
    }

    @Test
    void repeatBlocksAreNoisedInsideAndNoiselessCircuitStaysNoiselessAtZero() {
        StabilizerCircuit base = RotatedSurfaceCode.memoryX(3, 3, NoiseParams.NONE);
        assertEquals(base, CircuitNoiseModel.uniform(0).apply(base));
        StabilizerCircuit noisy = CircuitNoiseModel.si1000(1e-3).apply(base);
        DetectorErrorModel dem = CircuitToDem.convert(noisy);
        assertEquals(base.numDetectors(), noisy.numDetectors());
        assertTrue(dem.flattenedErrors().size() > 200, "every round is noisy");
        assertTrue(StimWriter.write(noisy).contains("REPEAT 2 {\n"));
    }
}
