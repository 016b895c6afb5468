package qtool.dense;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;
import qtool.ir.Gate;

class EquivalenceTest {
    @Test
    void globalPhaseIsIgnoredOnlyWhenAsked() {
        ZMatrixRMaj a = Gate.CU.matrix(0.3, 1.1, -0.4, 0.9);
        ZMatrixRMaj b = Matrices.phase(a, 1.7);
        assertTrue(Equivalence.equalUpToGlobalPhase(a, b, 1e-12));
        assertFalse(Equivalence.equal(a, b, 1e-12));
        assertTrue(Equivalence.equal(a, a.copy(), 0));
        assertEquals(0, Equivalence.phaseInvariantDistance(a, b), 1e-7);
        // A relative phase is not a global one.
        ZMatrixRMaj c = Gate.CU.matrix(0.3, 1.1, -0.4, 1.0);
        assertFalse(Equivalence.equalUpToGlobalPhase(a, c, 1e-6));
        assertTrue(Equivalence.phaseInvariantDistance(a, c) > 0.05);
        // Scaling is not a phase.
        assertFalse(Equivalence.equalUpToGlobalPhase(a, Matrices.scale(a, 2, 0), 1e-6));
        assertFalse(Equivalence.equalUpToGlobalPhase(a, Matrices.identity(2), 1e-6));
        assertEquals(Double.POSITIVE_INFINITY, Equivalence.phaseInvariantDistance(a, Matrices.identity(2)));
    }

    @Test
    void rzAndPDifferByAGlobalPhase() {
        assertTrue(Equivalence.equalUpToGlobalPhase(Gate.RZ.matrix(0.8), Gate.P.matrix(0.8), 1e-12));
        assertFalse(Equivalence.equalUpToGlobalPhase(Gate.CRZ.matrix(0.8), Gate.CP.matrix(0.8), 1e-6));
        double d = Equivalence.phaseInvariantDistance(Gate.X.matrix(), Gate.Y.matrix());
        assertEquals(2, d, 1e-12);
    }
}
