package qtool.msc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import qtool.dem.CircuitToDem;
import qtool.gen.CircuitNoiseModel;
import qtool.stim.StabilizerCircuit;
import qtool.stim.StimReader;
import qtool.stim.StimWriter;

/**
 * {@link CircuitNoiseModel#uniformBeforeMeasure} on small circuits, and the two placement details
 * of the published RP-3 circuit that the exact DEM match depends on.
 */
class Rp2CultivationNoiseTest {

    @Test
    void uniformBeforeMeasurePutsMeasurementErrorsFirstAndIdlesOnlyLiveQubits() {
        StabilizerCircuit c = StimReader.parse("""
                R 0 1
                RX 2
                TICK
                CX 0 1
                TICK
                M 0
                MX 2
                CX rec[-2] 1
                TICK
                H 1
                """);
        String noisy = StimWriter.write(CircuitNoiseModel.uniformBeforeMeasure(0.01).apply(c));
        String expected = """
                R 0 1
                X_ERROR(0.01) 0 1
                RX 2
                Z_ERROR(0.01) 2
                TICK
                CX 0 1
                DEPOLARIZE2(0.01) 0 1
                DEPOLARIZE1(0.01) 2
                TICK
                X_ERROR(0.01) 0
                M 0
                Z_ERROR(0.01) 2
                MX 2
                CX rec[-2] 1
                DEPOLARIZE1(0.01) 1
                TICK
                H 1
                DEPOLARIZE1(0.01) 1
                """;
        // Feedback leaves qubit 1 idle; after their measurements 0 and 2 are no longer live.
        assertEquals(expected, noisy);
    }

    @Test
    void theOldConstructorKeepsTheGenLibraryPlacement() {
        CircuitNoiseModel u = CircuitNoiseModel.uniform(0.001);
        assertEquals(new CircuitNoiseModel(0.001, 0.001, 0.001, 0, 0.001, 0.001, 0.001), u);
        assertTrue(!u.beforeMeasure());
    }

    @Test
    void feedbackAndSegmentNoiseAreWhatMakesTheModelsEqual() throws IOException {
        var published = Rp2Published.signature(CircuitToDem.convert(Rp2Published.circuit(), false), null);
        Rp2Cultivation gen = new Rp2Cultivation();
        // gen-library placement: the feedback targets of the sign correction would not idle.
        var genLibrary = Rp2Published.signature(CircuitToDem.convert(gen.noisy(CircuitNoiseModel.uniform(1e-3)), false), null);
        assertNotEquals(published, genLibrary);
        // One noise pass over the whole protocol would also idle the data in the last two moments.
        Rp2Cultivation.Segments s = gen.segments();
        CircuitNoiseModel m = CircuitNoiseModel.uniformBeforeMeasure(1e-3);
        StabilizerCircuit.Builder b = StabilizerCircuit.builder();
        m.apply(concat(s.protocol(), s.flagReadout())).items().forEach(b::add);
        s.finalReadout().items().forEach(b::add);
        var onePass = Rp2Published.signature(CircuitToDem.convert(b.build(), false), null);
        assertNotEquals(published, onePass);
    }

    private static StabilizerCircuit concat(StabilizerCircuit a, StabilizerCircuit b) {
        StabilizerCircuit.Builder out = StabilizerCircuit.builder();
        a.items().forEach(out::add);
        b.items().forEach(out::add);
        return out.build();
    }
}
