package qtool.dem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimReader;
import qtool.testing.ReferenceData;

/** Error analysis of MPP products and measurement-controlled Paulis. */
class CircuitToDemFeedbackTest {
    private static String dem(String circuit) {
        return DemWriter.write(CircuitToDem.convert(StimReader.parse(circuit), false));
    }

    @Test
    void feedbackPassesARecordFlipOnToTheControlledQubit() {
        String text = dem("R 0 1\nX_ERROR(0.125) 0\nM 0\nCX rec[-1] 1\nM 1\nDETECTOR rec[-1]\n");
        assertEquals("error(0.125) D0\n", text);
        // The same Pauli written with the record on the other side (XCZ) and a Z feedback that commutes.
        assertEquals("error(0.125) D0\n", dem("R 0 1\nX_ERROR(0.125) 0\nM 0\nXCZ 1 rec[-1]\nM 1\nDETECTOR rec[-1]\n"));
        assertEquals("detector D0\n", dem("R 0 1\nX_ERROR(0.125) 0\nM 0\nCZ rec[-1] 1\nM 1\nDETECTOR rec[-1]\n"));
        // A sweep bit is 0 in error analysis: nothing happens.
        assertEquals("detector D0\n", dem("R 0 1\nX_ERROR(0.125) 0\nM 0\nCX sweep[0] 1\nM 1\nDETECTOR rec[-1]\n"));
    }

    @Test
    void pauliProductsAreFlippedByAnticommutingErrors() {
        String circuit = """
                R 0 1
                H 0
                CX 0 1
                Z_ERROR(0.25) 0
                X_ERROR(0.125) 1
                MPP(0.0625) X0*X1 Z0*Z1
                DETECTOR rec[-2]
                DETECTOR rec[-1]
                """;
        assertEquals("error(0.28125) D0\nerror(0.171875) D1\n", dem(circuit),
                "Z0 flips XX, X1 flips ZZ, each XORed with the measurement flip: 0.25 ⊕ 0.0625, 0.125 ⊕ 0.0625");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> dem("R 0\nMPP X0\nDETECTOR rec[-1]\n"));
        assertTrue(e.getMessage().contains("non-deterministic"), e.getMessage());
    }

    /**
     * The RP² cultivation circuit (MPP at the end, feedback in the sign correction): the firing
     * rate of every detector implied by the model, {@code (1 - Π(1 - 2p))/2} over the mechanisms
     * that flip it, agrees with Stim's measured rates within 4σ.
     */
    @Test
    void cultivationCircuitModelPredictsStimsDetectorRates() throws IOException {
        Path dir = ReferenceData.dir("qec");
        StabilizerCircuit c = StimReader.read(dir.resolve("rp2").resolve("rp_3_T_cult.stim"));
        JsonNode ref = new ObjectMapper().readTree(dir.resolve("detector-rates.json").toFile()).get("rp_3_T_cult");
        DetectorErrorModel model = CircuitToDem.convert(c, false);
        int n = (int) c.numDetectors();
        double[] evenProduct = new double[n];
        java.util.Arrays.fill(evenProduct, 1);
        for (DetectorErrorModel.Error e : model.flattenedErrors()) {
            for (long t : e.targets()) {
                if (DemTarget.isDetector(t)) {
                    evenProduct[(int) t] *= 1 - 2 * e.probability();
                }
            }
        }
        double shots = ref.get("shots").asDouble();
        double worst = 0;
        for (int d = 0; d < n; d++) {
            double predicted = (1 - evenProduct[d]) / 2;
            double measured = ref.get("detector_rates").get(d).asDouble();
            double z = Math.abs(predicted - measured) / Math.sqrt(predicted * (1 - predicted) / shots);
            worst = Math.max(worst, z);
            assertTrue(z < 4, String.format(Locale.ROOT, "D%d: model %.5f vs Stim %.5f (%.1fσ)", d, predicted, measured, z));
        }
        System.out.printf(Locale.ROOT, "[validation] rp_3_T_cult DEM: %d mechanisms, worst detector %.2fσ%n",
                model.flattenedErrors().size(), worst);
    }
}
