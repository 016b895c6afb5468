package qtool.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;
import qtool.dense.Matrices;
import qtool.ir.Gate;

class TwoQubitKakTest {
    private static final double TOL = 1e-9;
    private static final double Q = Math.PI / 4;

    static ZMatrixRMaj sqrtSwap() {
        return Matrices.of(4, 4,
                1, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0.5, 0.5, 0.5, -0.5, 0, 0,
                0, 0, 0.5, -0.5, 0.5, 0.5, 0, 0,
                0, 0, 0, 0, 0, 0, 1, 0);
    }

    private static void assertInChamber(TwoQubitKak k) {
        double eps = 1e-12;
        assertTrue(k.a() <= Q + eps && k.a() >= k.b() - eps && k.b() >= Math.abs(k.c()) - eps, k.toString());
        if (Math.abs(k.a() - Q) < 1e-10) {
            assertTrue(k.c() >= -eps, k.toString());
        }
    }

    @Test
    void randomUnitariesRebuildExactly() {
        Random rnd = new Random(2024);
        for (int t = 0; t < 300; t++) {
            ZMatrixRMaj u = RandomUnitaries.haar(rnd, 4);
            TwoQubitKak k = TwoQubitKak.of(u);
            assertTrue(Matrices.maxAbsDiff(k.matrix(), u) <= TOL);
            assertInChamber(k);
            for (int q = 0; q < 2; q++) {
                assertTrue(Matrices.isUnitary(k.before(q), 1e-12));
                assertTrue(Matrices.isUnitary(k.after(q), 1e-12));
            }
        }
    }

    @Test
    void localProductsOfRandomGatesRebuild() {
        // Degenerate spectra (local gates, CX-class gates dressed with locals) stress the eigensolver.
        Random rnd = new Random(7);
        ZMatrixRMaj[] cores = {Matrices.identity(4), Gate.CX.matrix(), Gate.SWAP.matrix(), Gate.ISWAP.matrix(),
            sqrtSwap(), Gate.CP.matrix(0.3), Gate.RZZ.matrix(1e-7)};
        for (ZMatrixRMaj core : cores) {
            for (int t = 0; t < 20; t++) {
                ZMatrixRMaj l = Matrices.kron(RandomUnitaries.haar(rnd, 2), RandomUnitaries.haar(rnd, 2));
                ZMatrixRMaj r = Matrices.kron(RandomUnitaries.haar(rnd, 2), RandomUnitaries.haar(rnd, 2));
                ZMatrixRMaj u = Matrices.multiply(l, Matrices.multiply(core, r));
                TwoQubitKak k = TwoQubitKak.of(u);
                assertTrue(Matrices.maxAbsDiff(k.matrix(), u) <= TOL);
                assertInChamber(k);
            }
        }
    }

    @Test
    void knownClassesHaveTheirCoefficients() {
        assertCoeffs(Matrices.identity(4), 0, 0, 0);
        assertCoeffs(Matrices.kron(Gate.H.matrix(), Gate.T.matrix()), 0, 0, 0);
        assertCoeffs(Gate.CX.matrix(), Q, 0, 0);
        assertCoeffs(Gate.CZ.matrix(), Q, 0, 0);
        assertCoeffs(Gate.ECR.matrix(), Q, 0, 0);
        assertCoeffs(Gate.ISWAP.matrix(), Q, Q, 0);
        assertCoeffs(Gate.SWAP.matrix(), Q, Q, Q);
        // √SWAP = e^{iπ/8} exp(-iπ/8 (XX+YY+ZZ)) lies at (π/8, π/8, -π/8); its adjoint is the mirror image.
        assertCoeffs(sqrtSwap(), Q / 2, Q / 2, -Q / 2);
        assertCoeffs(Matrices.dagger(sqrtSwap()), Q / 2, Q / 2, Q / 2);
        assertCoeffs(Gate.RZZ.matrix(0.4), 0.2, 0, 0);
        assertCoeffs(Gate.CP.matrix(Math.PI / 2), Math.PI / 8, 0, 0);
    }

    private static void assertCoeffs(ZMatrixRMaj u, double a, double b, double c) {
        TwoQubitKak k = TwoQubitKak.of(u);
        assertEquals(a, k.a(), 1e-10, k.toString());
        assertEquals(b, k.b(), 1e-10, k.toString());
        assertEquals(c, k.c(), 1e-10, k.toString());
    }

    @Test
    void minimalCxCountsForKnownClasses() {
        assertEquals(0, count(Matrices.identity(4)));
        assertEquals(0, count(Matrices.kron(Gate.SX.matrix(), Gate.Y.matrix())));
        assertEquals(1, count(Gate.CX.matrix()));
        assertEquals(1, count(Gate.CZ.matrix()));
        assertEquals(1, count(Gate.ECR.matrix()));
        assertEquals(1, count(Gate.CH.matrix()));
        assertEquals(2, count(Gate.ISWAP.matrix()));
        assertEquals(2, count(Gate.CRZ.matrix(0.7)));
        assertEquals(2, count(Gate.RZZ.matrix(0.7)));
        assertEquals(3, count(Gate.SWAP.matrix()));
        assertEquals(3, count(sqrtSwap()));
        assertEquals(3, count(RandomUnitaries.haar(new Random(1), 4)));
    }

    private static int count(ZMatrixRMaj u) {
        return TwoQubitSynthesizer.cxCount(TwoQubitKak.of(u), 1e-10);
    }

    @Test
    void interactionMatchesItsDefinition() {
        // exp(i(aXX + bYY + cZZ)) for commuting terms: the product of the three rotations.
        double a = 0.3;
        double b = -0.2;
        double c = 0.1;
        ZMatrixRMaj want = Matrices.multiply(Gate.RXX.matrix(-2 * a),
                Matrices.multiply(Gate.RYY.matrix(-2 * b), Gate.RZZ.matrix(-2 * c)));
        assertTrue(Matrices.maxAbsDiff(TwoQubitKak.interaction(a, b, c), want) < 1e-14);
    }

    @Test
    void rejectsNonUnitaries() {
        assertThrows(IllegalArgumentException.class, () -> TwoQubitKak.of(Matrices.scale(Matrices.identity(4), 2, 0)));
        assertThrows(IllegalArgumentException.class, () -> TwoQubitKak.of(Matrices.identity(2)));
    }
}
