package qtool.synthesis.cliffordt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import qtool.testing.ReferenceData;

class GridSynthTest {
    private final GridSynth gridsynth = new GridSynth();

    private static double distanceInDoubles(CliffordTWord w, double theta) {
        org.ejml.data.ZMatrixRMaj target = qtool.dense.Matrices.of(2, 2, Math.cos(theta / 2), -Math.sin(theta / 2), 0, 0,
                0, 0, Math.cos(theta / 2), Math.sin(theta / 2));
        return GridSynth.operatorNormDistance(ExactSynthesizerTest.doubleProduct(w), target);
    }

    @Test
    void approximationsAreWithinEpsilonInNormalFormWithAboutThreeLog2TGates() {
        double[] thetas = {0.3, -1.2, 3.0, 5.5};
        double[] eps = {1e-3, 1e-8};
        for (double e : eps) {
            for (double t : thetas) {
                RzApproximation a = gridsynth.rz(t, e);
                assertTrue(a.error() <= e, () -> "error " + a.error());
                assertTrue(distanceInDoubles(a.word(), t) <= e + 1e-12);
                assertTrue(NormalForm.isNormal(a.word()));
                double bound = 3 * Math.log(1 / e) / Math.log(2) + 6;
                assertTrue(a.tCount() <= bound, () -> "T-count " + a.tCount() + " for θ=" + t + " ε=" + e);
            }
        }
    }

    @Test
    void exactlyRepresentableRotationsNeedNoTGates() {
        // Rz(π/2) = ω⁻¹·S and Rz(π) = −i·Z are Clifford up to an ω phase, so exact at k = 0.
        for (double theta : new double[] {0, Math.PI / 2, Math.PI, -Math.PI / 2, 2 * Math.PI}) {
            RzApproximation a = gridsynth.rz(theta, 1e-6);
            assertEquals(0, a.tCount(), () -> "θ=" + theta + ": " + a.word());
            assertTrue(a.error() < 1e-15);
        }
    }

    @Test
    void anglesWithinEpsilonOfMultiplesOfPiOver4StillSucceed() {
        // The ε-region is then tangent to a lattice direction; its points lie on lines and the T-count
        // rises towards Ross–Selinger's 4·log2(1/ε) worst case, but the search stays fast.
        for (double theta : new double[] {Math.PI / 4 + 1e-14, Math.PI, -7 * Math.PI / 4}) {
            RzApproximation a = gridsynth.rz(theta, 1e-10);
            assertTrue(a.error() <= 1e-10);
            assertTrue(a.tCount() <= 4 * Math.log(1e10) / Math.log(2) + 8, () -> "T-count " + a.tCount());
            assertEquals(0, a.truncatedLevels());
        }
    }

    @Test
    void reachesPrecisionsBeyondDoubleAccuracy() {
        for (double e : new double[] {1e-15, 1e-20}) {
            RzApproximation a = gridsynth.rz(Math.PI / 7, e);
            assertTrue(a.error() <= e);
            int bound = (int) Math.ceil(3 * Math.log(1 / e) / Math.log(2)) + 6;
            assertTrue(a.tCount() <= bound, () -> "T-count " + a.tCount());
        }
    }

    @Test
    void badArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> gridsynth.rz(0.1, 0));
        assertThrows(IllegalArgumentException.class, () -> gridsynth.rz(0.1, 0.7));
        assertThrows(IllegalArgumentException.class, () -> gridsynth.rz(Double.NaN, 1e-3));
    }

    /** Acceptance: every cell of the pygridsynth table, within ε and with no more T gates. */
    @Test
    void matchesOrBeatsTheGridsynthReferenceTable() throws Exception {
        Path dir = ReferenceData.dir("synth");
        ReferenceTable table = ReferenceTable.read(dir.resolve("README.md"));
        assertEquals(5, table.angles().size());
        assertEquals(4, table.rows().size());
        for (ReferenceTable.Row row : table.rows()) {
            for (int i = 0; i < table.angles().size(); i++) {
                double theta = table.angles().get(i);
                RzApproximation a = gridsynth.rz(theta, row.epsilon());
                int reference = row.tCounts().get(i);
                String cell = "θ=" + table.angleLabels().get(i) + " ε=" + row.epsilon();
                assertTrue(a.error() <= row.epsilon(), cell);
                assertTrue(distanceInDoubles(a.word(), theta) <= row.epsilon() + 1e-12, cell);
                assertTrue(a.tCount() <= reference, () -> cell + ": T-count " + a.tCount() + " > gridsynth " + reference);
                // pygridsynth accepts u with Re(u·e^{iθ/2}) ≥ √(1 − ε²/4), i.e. operator norm ≤ ε/2 (its
                // measured errors all stay below ε/2); at that precision the T-counts agree exactly.
                RzApproximation half = gridsynth.rz(theta, row.epsilon() / 2);
                assertEquals(reference, half.tCount(), () -> cell + " at ε/2");
            }
        }
    }
}
