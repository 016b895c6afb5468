package qtool.codes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PauliStringTest {

    @Test
    void parseAndPrintRoundTrip() {
        PauliString p = PauliString.parse(5, "X0 Z3 Y4");
        assertEquals("X0 Z3 Y4", p.toString());
        assertEquals(3, p.weight());
        assertArrayEquals(new int[] {0, 3, 4}, p.support());
        assertEquals('I', p.letter(1));
        assertEquals('Y', p.letter(4));
        assertEquals(p, PauliString.parse(5, p.toString()));
        assertEquals("-X0 Z1", PauliString.parse(2, "-X0 Z1").toString());
        assertEquals("+i Y1", PauliString.parse(2, "+i Y1").toString());
        assertEquals("I", PauliString.identity(3).toString());
        // Stim MPP product syntax.
        assertEquals(PauliString.parse(9, "Z3 Y4 Z5 X1 X7"), PauliString.parse(9, "Z3*Y4*Z5*X1*X7"));
        assertEquals(PauliString.parse(4, "X0 Z2 Y3"), PauliString.parseDense("XIZY"));
    }

    @Test
    void rejectsMalformedInput() {
        assertThrows(IllegalArgumentException.class, () -> PauliString.parse(3, "X0 X0"));
        assertThrows(IllegalArgumentException.class, () -> PauliString.parse(3, "Q1"));
        assertThrows(IndexOutOfBoundsException.class, () -> PauliString.parse(3, "X3"));
    }

    @Test
    void productTracksPhase() {
        PauliString x = PauliString.parse(1, "X0");
        PauliString y = PauliString.parse(1, "Y0");
        PauliString z = PauliString.parse(1, "Z0");
        assertEquals(PauliString.parse(1, "+i Z0"), x.times(y));
        assertEquals(PauliString.parse(1, "-i Z0"), y.times(x));
        assertEquals(PauliString.parse(1, "+i X0"), y.times(z));
        assertEquals(PauliString.parse(1, "+i Y0"), z.times(x));
        assertEquals(PauliString.identity(1), y.times(y));
        // XX·ZZ = (XZ)(XZ) = (−iY)(−iY) = −YY
        assertEquals(PauliString.parse(2, "-Y0 Y1"), PauliString.parse(2, "X0 X1").times(PauliString.parse(2, "Z0 Z1")));
    }

    @Test
    void commutationAcrossWords() {
        // Qubits beyond 64 exercise the multi-word path.
        PauliString a = PauliString.parse(130, "X1 X70 Z129");
        PauliString b = PauliString.parse(130, "Z1 Z70");
        PauliString c = PauliString.parse(130, "Z70 Z129");
        assertTrue(a.commutes(b));
        assertFalse(a.commutes(c));
        assertEquals(PauliString.parse(130, "-i X1 Y70"), a.times(c)); // X·Z = −iY on qubit 70, Z·Z = I on 129
        assertTrue(a.commutes(PauliString.parse(130, "Z70 X129")), "two anticommuting sites commute");
        assertTrue(PauliString.parse(130, "X1 X70").isXType());
        assertEquals(a, PauliString.parse(130, a.toString()));
    }

    @Test
    void cliffordImages() {
        int n = 2;
        CliffordGate cx = CliffordGate.cnot(n, 0, 1);
        assertEquals(PauliString.parse(n, "X0 X1"), cx.conjugate(PauliString.parse(n, "X0")));
        assertEquals(PauliString.parse(n, "Z0 Z1"), cx.conjugate(PauliString.parse(n, "Z1")));
        assertEquals(PauliString.parse(n, "Y0 X1"), cx.conjugate(PauliString.parse(n, "Y0")));
        assertEquals(PauliString.parse(n, "Z0 Y1"), cx.conjugate(PauliString.parse(n, "Y1")));
        // CX·(Y⊗Y)·CX = −X⊗Z (a classic sign check)
        assertEquals(PauliString.parse(n, "-X0 Z1"), cx.conjugate(PauliString.parse(n, "Y0 Y1")));

        PauliString x = PauliString.parse(1, "X0");
        PauliString y = PauliString.parse(1, "Y0");
        PauliString z = PauliString.parse(1, "Z0");
        assertEquals(y, CliffordGate.s(1, 0).conjugate(x));
        assertEquals(x.withPhase(2), CliffordGate.s(1, 0).conjugate(y));
        assertEquals(y.withPhase(2), CliffordGate.sDag(1, 0).conjugate(x));
        assertEquals(z, CliffordGate.h(1, 0).conjugate(x));
        assertEquals(y, CliffordGate.hXY(1, 0).conjugate(x));
        assertEquals(x, CliffordGate.hXY(1, 0).conjugate(y));
        assertEquals(z.withPhase(2), CliffordGate.hXY(1, 0).conjugate(z));
        assertEquals(z.withPhase(2), CliffordGate.x(1, 0).conjugate(z));
    }
}
