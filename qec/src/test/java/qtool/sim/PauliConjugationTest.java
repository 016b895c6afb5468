package qtool.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;
import qtool.dense.Matrices;
import qtool.ir.Gate;
import qtool.ir.GateFlag;

/**
 * Every Clifford row of the gate table: its conjugation table agrees with its unitary
 * ({@code U·P = ±Q·U}, a different product from the one the table was derived with), is a
 * bijection on Paulis, and preserves commutation; a few tables are checked against known images.
 */
class PauliConjugationTest {
    @Test
    void everyCliffordGateHasATableMatchingItsUnitary() {
        int checked = 0;
        for (Gate g : Gate.values()) {
            if (!g.is(GateFlag.CLIFFORD)) {
                continue;
            }
            PauliConjugation t = PauliConjugation.of(g);
            int n = g.numQubits();
            int size = 1 << (2 * n);
            ZMatrixRMaj u = g.matrix();
            Set<Integer> images = new HashSet<>();
            for (int p = 0; p < size; p++) {
                ZMatrixRMaj left = Matrices.multiply(u, PauliConjugation.matrix(p, n));
                ZMatrixRMaj right = Matrices.multiply(PauliConjugation.matrix(t.image(p), n), u);
                if (t.negates(p)) {
                    right = Matrices.scale(right, -1, 0);
                }
                assertTrue(Matrices.maxAbsDiff(left, right) < 1e-12,
                        g + ": " + PauliConjugation.name(p, n) + " -> " + (t.negates(p) ? "-" : "+")
                                + PauliConjugation.name(t.image(p), n));
                images.add(t.image(p));
                for (int q = 0; q < size; q++) {
                    assertEquals(anticommute(p, q), anticommute(t.image(p), t.image(q)), g + " commutation");
                }
            }
            assertEquals(size, images.size(), g + " is not a bijection on Paulis");
            assertEquals(0, t.image(0));
            checked++;
        }
        assertEquals(PauliConjugation.all().size(), checked);
        assertTrue(checked >= 36, "only " + checked + " Clifford gates");
    }

    @Test
    void knownImages() {
        assertEquals("h: X -> +Z, Z -> +X", PauliConjugation.of(Gate.H).toString());
        assertEquals("s: X -> +Y, Z -> +Z", PauliConjugation.of(Gate.S).toString());
        assertEquals("sqrt_y: X -> -Z, Z -> +X", PauliConjugation.of(Gate.SQRT_Y).toString());
        assertEquals("c_xyz: X -> +Y, Z -> +X", PauliConjugation.of(Gate.C_XYZ).toString());
        assertEquals("cx: X_ -> +XX, Z_ -> +Z_, _X -> +_X, _Z -> +ZZ", PauliConjugation.of(Gate.CX).toString());
        assertEquals("swap: X_ -> +_X, Z_ -> +_Z, _X -> +X_, _Z -> +Z_", PauliConjugation.of(Gate.SWAP).toString());
    }

    private static boolean anticommute(int p, int q) {
        // Symplectic form: x-part of one against z-part of the other, summed over operands.
        int x1 = p & 0x55;
        int z1 = (p >>> 1) & 0x55;
        int x2 = q & 0x55;
        int z2 = (q >>> 1) & 0x55;
        return (Integer.bitCount((x1 & z2) ^ (z1 & x2)) & 1) != 0;
    }
}
