package qtool.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import qtool.dense.CircuitMatrices;
import qtool.dense.Matrices;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.Instruction;

class TwoQubitSynthesizerTest {
    static Iterable<Gate> entanglers() {
        return TwoQubitSynthesizer.SUPPORTED;
    }

    private static int entanglers(Circuit c, Gate e) {
        int n = 0;
        for (Instruction in : c.instructions()) {
            if (in.numQubits() == 2) {
                assertEquals(e, in.gate());
                n++;
            }
        }
        return n;
    }

    private static void assertExact(Circuit c, ZMatrixRMaj u, EulerDecomposer.Basis family, Gate e) {
        for (Instruction in : c.instructions()) {
            assertTrue(in.gate() == e || in.gate() == Gate.GPHASE || family.gates().contains(in.gate()), in.toString());
        }
        double err = Matrices.maxAbsDiff(CircuitMatrices.inOperandOrder(c, Map.of()), u);
        assertTrue(err <= 1e-9, "error " + err);
    }

    @ParameterizedTest
    @MethodSource("entanglers")
    void randomUnitariesUseThreeEntanglersAtMost(Gate e) {
        Random rnd = new Random(99);
        for (EulerDecomposer.Basis family : EulerDecomposer.Basis.values()) {
            TwoQubitSynthesizer s = new TwoQubitSynthesizer(e, new EulerDecomposer(family));
            for (int t = 0; t < 15; t++) {
                ZMatrixRMaj u = RandomUnitaries.haar(rnd, 4);
                Circuit c = s.synthesize(u);
                assertExact(c, u, family, e);
                assertEquals(3, entanglers(c, e));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("entanglers")
    void knownGatesUseTheMinimalCount(Gate e) {
        TwoQubitSynthesizer s = new TwoQubitSynthesizer(e, new EulerDecomposer(EulerDecomposer.Basis.ZSXX));
        boolean continuous = TwoQubitSynthesizer.isContinuous(e);
        check(s, e, Matrices.identity(4), 0);
        check(s, e, Matrices.kron(Gate.H.matrix(), Gate.T.matrix()), 0);
        check(s, e, Gate.CX.matrix(), 1);
        check(s, e, Gate.CZ.matrix(), 1);
        check(s, e, Gate.ECR.matrix(), 1);
        check(s, e, Gate.ISWAP.matrix(), 2);
        check(s, e, Gate.SWAP.matrix(), 3);
        check(s, e, TwoQubitKakTest.sqrtSwap(), 3);
        // A continuous rotation needs one gate per interaction term; cx-like gates need two for rzz(θ).
        check(s, e, Gate.RZZ.matrix(0.3), continuous ? 1 : 2);
        check(s, e, Gate.CP.matrix(0.3), continuous ? 1 : 2);
    }

    private static void check(TwoQubitSynthesizer s, Gate e, ZMatrixRMaj u, int want) {
        Circuit c = s.synthesize(u);
        assertExact(c, u, EulerDecomposer.Basis.ZSXX, e);
        assertEquals(want, entanglers(c, e), Matrices.toString(u));
        assertEquals(want, s.entanglingCount(u));
    }

    @Test
    void entanglerChoiceFollowsTheBasis() {
        assertEquals(Optional.of(Gate.CX), TwoQubitSynthesizer.entanglerFor(EnumSet.of(Gate.CX, Gate.CZ)));
        assertEquals(Optional.of(Gate.ECR), TwoQubitSynthesizer.entanglerFor(EnumSet.of(Gate.RZ, Gate.ECR)));
        assertEquals(Optional.of(Gate.RZZ), TwoQubitSynthesizer.entanglerFor(EnumSet.of(Gate.RZZ, Gate.UGATE)));
        assertEquals(Optional.empty(), TwoQubitSynthesizer.entanglerFor(EnumSet.of(Gate.ISWAP)));
    }
}
