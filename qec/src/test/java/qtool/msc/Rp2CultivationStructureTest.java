package qtool.msc;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import qtool.dem.CircuitToDem;
import qtool.dem.DetectorErrorModel;
import qtool.stim.StabilizerCircuit;

class Rp2CultivationStructureTest {

    @Test
    void noisyCircuitHasThePublishedShape() throws IOException {
        StabilizerCircuit ours = new Rp2Cultivation().noisy(1e-3);
        StabilizerCircuit published = Rp2Published.circuit();
        assertEquals(Rp2Published.qubitsInUse(published), Rp2Published.qubitsInUse(ours));
        assertEquals(25, Rp2Published.qubitsInUse(ours).cardinality());
        assertEquals(44, ours.numDetectors());
        assertEquals(1, ours.numObservables());
        assertArrayEquals(new int[] {8, 10, 1, 9, 6, 10}, Rp2Published.perStage(ours, 6));
        assertArrayEquals(Rp2Published.perStage(published, 6), Rp2Published.perStage(ours, 6));
        // Deterministic detectors and observable: the conversion throws otherwise.
        DetectorErrorModel dem = CircuitToDem.convert(ours, false);
        assertEquals(44, dem.numDetectors());
    }

    @Test
    void roundCountIsConfigurable() {
        for (int rounds : new int[] {1, 3}) {
            Rp2Cultivation gen = new Rp2Cultivation(rounds);
            StabilizerCircuit c = gen.noisy(1e-3);
            int[] perStage = Rp2Published.perStage(c, gen.numStages());
            assertEquals(8, perStage[0]);
            for (int r = 1; r < rounds; r++) {
                assertEquals(10, perStage[r]);
            }
            assertArrayEquals(new int[] {1, 9, 6, 10},
                    java.util.Arrays.copyOfRange(perStage, rounds, rounds + 4));
            CircuitToDem.convert(c, false);
        }
        assertThrows(IllegalArgumentException.class, () -> new Rp2Cultivation(0));
    }
}
