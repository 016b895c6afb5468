package qtool.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import qtool.dense.CircuitMatrices;
import qtool.dense.Matrices;
import qtool.ir.Gate;
import qtool.ir.GateCall;
import qtool.ir.Param;

class EulerDecomposerTest {
    private static final double TOL = 1e-10;

    private static void assertRebuilds(List<GateCall> calls, ZMatrixRMaj want, EulerDecomposer.Basis basis,
            Map<String, Double> env) {
        for (GateCall c : calls) {
            assertTrue(c.gate() == Gate.GPHASE || basis.gates().contains(c.gate()), c + " not in " + basis);
        }
        ZMatrixRMaj got = CircuitMatrices.ofCalls(calls, 1, env);
        double err = Matrices.maxAbsDiff(got, want);
        assertTrue(err <= TOL, basis + " error " + err + " for " + calls);
    }

    @ParameterizedTest
    @EnumSource(EulerDecomposer.Basis.class)
    void randomUnitariesRebuildWithExactPhase(EulerDecomposer.Basis basis) {
        EulerDecomposer d = new EulerDecomposer(basis);
        Random rnd = new Random(11 + basis.ordinal());
        for (int t = 0; t < 200; t++) {
            ZMatrixRMaj u = RandomUnitaries.haar(rnd, 2);
            assertRebuilds(d.decompose(u), u, basis, Map.of());
        }
    }

    @ParameterizedTest
    @EnumSource(EulerDecomposer.Basis.class)
    void specialGatesUseShortForms(EulerDecomposer.Basis basis) {
        EulerDecomposer d = new EulerDecomposer(basis);
        for (Gate g : List.of(Gate.ID, Gate.X, Gate.Y, Gate.Z, Gate.H, Gate.S, Gate.SDG, Gate.T, Gate.TDG, Gate.SX,
                Gate.SXDG)) {
            List<GateCall> calls = d.decompose(g.matrix());
            assertRebuilds(calls, g.matrix(), basis, Map.of());
            long gates = calls.stream().filter(c -> c.gate() != Gate.GPHASE).count();
            assertTrue(gates <= 3 || (basis == EulerDecomposer.Basis.ZSX && gates <= 5), g + " in " + basis + ": " + calls);
        }
        // The identity is nothing but (at most) a phase; a Z rotation is one gate in the Z-based families.
        assertTrue(d.decompose(Matrices.identity(2)).isEmpty());
        ZMatrixRMaj rz = Gate.RZ.matrix(0.3);
        List<GateCall> calls = d.decompose(rz);
        if (basis.gates().contains(Gate.RZ)) {
            assertEquals(List.of(GateCall.of(Gate.RZ, Param.constant(0.3))), calls);
        }
        // θ = π/2 needs a single sx; θ = π a single x when x is available.
        if (basis == EulerDecomposer.Basis.ZSX || basis == EulerDecomposer.Basis.ZSXX) {
            assertEquals(1, d.decompose(Gate.H.matrix()).stream().filter(c -> c.gate() == Gate.SX).count());
        }
        if (basis == EulerDecomposer.Basis.ZSXX) {
            assertEquals(List.of(GateCall.of(Gate.X)), d.decompose(Gate.X.matrix()));
        }
    }

    @Test
    void nearIdentityAnglesAreDropped() {
        EulerDecomposer d = new EulerDecomposer(EulerDecomposer.Basis.ZYZ, 1e-9);
        List<GateCall> calls = d.decompose(Gate.RY.matrix(1e-11));
        assertTrue(calls.isEmpty(), calls.toString());
        // rz(2π) = -I: dropped, with the sign kept as an exact phase of π.
        calls = d.decompose(Gate.RZ.matrix(2 * Math.PI));
        assertEquals(1, calls.size());
        assertEquals(Gate.GPHASE, calls.get(0).gate());
        assertEquals(Math.PI, Math.abs(calls.get(0).params().get(0).value()), 1e-12);
    }

    @ParameterizedTest
    @EnumSource(EulerDecomposer.Basis.class)
    void symbolicRotationsStaySymbolicAndExact(EulerDecomposer.Basis basis) {
        EulerDecomposer d = new EulerDecomposer(basis);
        Random rnd = new Random(5);
        for (Gate g : List.of(Gate.RX, Gate.RY, Gate.RZ, Gate.P, Gate.U, Gate.UGATE, Gate.U3, Gate.U2)) {
            List<Param> syms = new ArrayList<>();
            for (int i = 0; i < g.numParams(); i++) {
                syms.add(Param.symbol("a" + i));
            }
            List<GateCall> calls = d.decompose(g, syms);
            for (int t = 0; t < 5; t++) {
                double[] v = new double[g.numParams()];
                java.util.HashMap<String, Double> env = new java.util.HashMap<>();
                for (int i = 0; i < v.length; i++) {
                    v[i] = (rnd.nextDouble() - 0.5) * 8 * Math.PI;
                    env.put("a" + i, v[i]);
                }
                assertRebuilds(calls, g.matrix(v), basis, env);
            }
        }
    }

    @Test
    void familyChoiceFollowsTheBasis() {
        assertEquals(Optional.of(EulerDecomposer.Basis.ZSXX),
                EulerDecomposer.Basis.forGates(EnumSet.of(Gate.RZ, Gate.SX, Gate.X, Gate.CX)));
        assertEquals(Optional.of(EulerDecomposer.Basis.ZSX),
                EulerDecomposer.Basis.forGates(EnumSet.of(Gate.RZ, Gate.SX, Gate.ECR)));
        assertEquals(Optional.of(EulerDecomposer.Basis.ZXZ),
                EulerDecomposer.Basis.forGates(EnumSet.of(Gate.RZ, Gate.RX, Gate.CZ)));
        assertEquals(Optional.of(EulerDecomposer.Basis.UGATE), EulerDecomposer.Basis.forGates(EnumSet.of(Gate.UGATE)));
        assertEquals(Optional.empty(), EulerDecomposer.Basis.forGates(EnumSet.of(Gate.H, Gate.T, Gate.CX)));
    }
}
