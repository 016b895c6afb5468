package qtool.msc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import qtool.gen.NoiseParams;
import qtool.gen.RotatedSurfaceCode;
import qtool.stim.StabilizerCircuit;
import qtool.target.Targets;

class ConnectivityCheckTest {
    private static final StabilizerCircuit RP2 = new Rp2Cultivation().noiseless();

    @Test
    void allToAllAndReconfigurableTargetsRunRp2() {
        assertEquals(Optional.empty(), ConnectivityCheck.problem(RP2, Targets.builtin("uniform-p1e-3")));
        assertEquals(Optional.empty(), ConnectivityCheck.problem(RP2, Targets.builtin("neutral-atom-256")));
    }

    @Test
    void gridsAndHeavyHexRejectRp2NamingTheGate() {
        String grid = ConnectivityCheck.problem(RP2, Targets.builtin("si1000-p1e-3")).orElseThrow();
        assertTrue(grid.startsWith("si1000-p1e-3 cannot run C"), grid);
        assertTrue(grid.contains("(after tick "), grid);
        String hex = ConnectivityCheck.problem(RP2, Targets.builtin("ibm-eagle-r3")).orElseThrow();
        assertTrue(hex.contains("ibm-eagle-r3 cannot run"), hex);
    }

    @Test
    void theSurfaceCodeFitsAGridAsFarAsTheChecksTell() {
        StabilizerCircuit sc = RotatedSurfaceCode.memoryX(3, 3, NoiseParams.NONE);
        assertEquals(Optional.empty(), ConnectivityCheck.problem(sc, Targets.builtin("google-grid-72")));
        assertTrue(ConnectivityCheck.problem(RotatedSurfaceCode.memoryX(9, 1, NoiseParams.NONE),
                Targets.grid(3, 3)).orElseThrow().contains("qubits"), "too many qubits");
    }
}
