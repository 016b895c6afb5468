package qtool.dem;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import qtool.gen.NoiseParams;
import qtool.gen.RotatedSurfaceCode;

class DetectorCoordinatesTest {
    @Test
    void shiftsApplyToLaterDetectorsAndRepeatsUnroll() {
        DetectorErrorModel dem = DemReader.parse("""
                detector(1, 2) D0
                repeat 2 {
                    detector(0, 0, 5) D1
                    shift_detectors(0, 10) 1
                }
                detector(7) D2
                """);
        double[][] c = DetectorCoordinates.of(dem);
        assertEquals(5, c.length);
        assertArrayEquals(new double[] {1, 2}, c[0]);
        assertArrayEquals(new double[] {0, 0, 5}, c[1]);
        assertArrayEquals(new double[] {0, 10, 5}, c[2]);
        assertArrayEquals(new double[0], c[3], "never declared");
        assertArrayEquals(new double[] {7}, c[4]);
    }

    @Test
    void surfaceCodeRoundsAreTheTimeCoordinate() {
        DetectorErrorModel dem = CircuitToDem.convert(RotatedSurfaceCode.memoryX(3, 3, NoiseParams.uniform(1e-3)));
        double[][] c = DetectorCoordinates.of(dem);
        assertEquals(24, c.length);
        int firstRound = 0;
        for (double[] xyz : c) {
            assertEquals(3, xyz.length);
            firstRound += xyz[2] == 0 ? 1 : 0;
        }
        assertEquals(4, firstRound, "memory X: the four X stabilisers are compared with the preparation");
    }
}
