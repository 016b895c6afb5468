package qtool.dense;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;
import qtool.ir.Gate;

class OneQubitEulerTest {
    private static final double TOL = 1e-13;

    private static void assertClose(ZMatrixRMaj expected, ZMatrixRMaj actual, String what) {
        double d = Matrices.maxAbsDiff(expected, actual);
        if (!(d <= TOL)) {
            fail(what + " differs by " + d + "\nexpected\n" + Matrices.toString(expected) + "\nactual\n"
                    + Matrices.toString(actual));
        }
    }

    static List<ZMatrixRMaj> samples(Random rnd, int count) {
        List<ZMatrixRMaj> out = new ArrayList<>();
        for (Gate g : Gate.values()) {
            if (g.is(qtool.ir.GateFlag.UNITARY) && g.numQubits() == 1 && g.numParams() == 0) {
                out.add(g.matrix());
                out.add(Matrices.phase(g.matrix(), 2.5));
            }
        }
        out.add(Matrices.phase(Matrices.identity(2), Math.PI));
        out.add(Gate.P.matrix(1e-17));
        out.add(Gate.RX.matrix(1e-9));
        out.add(Gate.RY.matrix(Math.PI - 1e-12));
        for (int i = 0; i < count; i++) {
            ZMatrixRMaj m = Gate.UGATE.matrix(rnd.nextDouble() * 7, rnd.nextDouble() * 7 - 3, rnd.nextDouble() * 9);
            m = Matrices.multiply(m, Gate.RX.matrix(rnd.nextGaussian()));
            out.add(Matrices.phase(m, rnd.nextGaussian() * 3));
        }
        return out;
    }

    @Test
    void decompositionReconstructsTheMatrix() {
        for (ZMatrixRMaj m : samples(new Random(1), 500)) {
            OneQubitEuler.Angles a = OneQubitEuler.decompose(m);
            assertClose(m, a.matrix(), "decompose " + a);
            assertClose(m, CircuitMatrices.ofCalls(a.toGateCalls(), 1, Map.of()), "calls " + a);
            assertClose(m, Matrices.phase(Gate.UGATE.matrix(a.theta(), a.phi(), a.lambda()), a.uGatePhase()), "u " + a);
            assertTrue(a.theta() >= 0 && a.theta() <= Math.PI, a.toString());
            assertTrue(Math.abs(a.phi()) <= Math.PI && Math.abs(a.lambda()) <= Math.PI, a.toString());
        }
    }

    @Test
    void knownAngles() {
        OneQubitEuler.Angles h = OneQubitEuler.decompose(Gate.H.matrix());
        assertEquals(Math.PI / 2, h.theta(), TOL);
        assertEquals(0, h.phi(), TOL);
        assertEquals(Math.PI, Math.abs(h.lambda()), TOL);
        assertEquals(-Math.PI / 4, h.phase(), TOL);
        OneQubitEuler.Angles id = OneQubitEuler.decompose(Matrices.identity(2));
        assertEquals(List.of(qtool.ir.GateCall.of(Gate.U, qtool.ir.Param.constant(0), qtool.ir.Param.constant(0),
                qtool.ir.Param.constant(0))), id.toGateCalls());
    }

    @Test
    void powersOnThePrincipalBranch() {
        assertClose(Gate.SX.matrix(), OneQubitEuler.power(Gate.X.matrix(), 0.5), "x^0.5");
        assertClose(Gate.S.matrix(), OneQubitEuler.power(Gate.Z.matrix(), 0.5), "z^0.5");
        assertClose(Gate.T.matrix(), OneQubitEuler.power(Gate.S.matrix(), 0.5), "s^0.5");
        assertClose(Gate.SDG.matrix(), OneQubitEuler.power(Gate.Z.matrix(), -0.5), "z^-0.5");
        for (ZMatrixRMaj m : samples(new Random(2), 300)) {
            assertClose(m, OneQubitEuler.power(m, 1), "m^1");
            assertClose(Matrices.dagger(m), OneQubitEuler.power(m, -1), "m^-1");
            assertClose(Matrices.multiply(m, Matrices.multiply(m, m)), OneQubitEuler.power(m, 3), "m^3");
            ZMatrixRMaj r = OneQubitEuler.power(m, 0.5);
            assertClose(m, Matrices.multiply(r, r), "sqrt squared");
            ZMatrixRMaj q = OneQubitEuler.power(m, 0.25);
            assertClose(m, Matrices.multiply(Matrices.multiply(q, q), Matrices.multiply(q, q)), "fourth root");
            assertClose(Matrices.identity(2), OneQubitEuler.power(m, 0), "m^0");
        }
    }

    @Test
    void rejectsNonUnitary() {
        assertThrows(IllegalArgumentException.class,
                () -> OneQubitEuler.decompose(Matrices.scale(Matrices.identity(2), 2, 0)));
        assertThrows(IllegalArgumentException.class, () -> OneQubitEuler.power(Matrices.identity(4), 0.5));
    }
}
