package qtool.msc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import qtool.codes.StabilizerCode;

class EscapeLayoutTest {
    @Test
    void escapeCodesAreVerifiedSurfaceCodesOfTheirDistance() {
        for (int d : new int[] {5, 7}) {
            EscapeLayout l = new EscapeLayout(d, new Rp3Layout());
            StabilizerCode code = l.code().verify();
            assertEquals(1, code.k());
            assertEquals(d * d - 1, l.checks().size());
            if (d == 5) {
                assertEquals(5, code.distance(5));
            }
        }
    }

    @Test
    void rp3QubitsKeepTheirIndicesAndChecksTheirType() {
        Rp3Layout rp3 = new Rp3Layout();
        EscapeLayout l = new EscapeLayout(7, rp3);
        for (int q = 0; q < Rp3Layout.N_DATA; q++) {
            assertEquals(q, l.dataAt(Rp3Layout.row(q), Rp3Layout.col(q)));
        }
        for (Rp3Layout.Check c : rp3.xThenZ()) {
            EscapeLayout.Check k = l.checkAt(c.x(), c.y());
            assertEquals(c.ancilla(), k.ancilla());
            assertEquals(c.isX(), k.isX());
        }
        Set<Integer> used = new HashSet<>();
        for (int q : l.dataQubits()) {
            assertTrue(used.add(q));
            assertTrue(q < Rp3Layout.FIRST_FLAG_INDEX || q >= Rp3Layout.FIRST_FLAG_INDEX + 6, "morph index " + q);
        }
        for (EscapeLayout.Check k : l.checks()) {
            assertTrue(used.add(k.ancilla()), "ancilla " + k.ancilla() + " reused");
        }
        assertEquals(97, used.size());
    }

    @Test
    void yObservableIsTheCodesLogicalY() {
        EscapeLayout l = new EscapeLayout(7, new Rp3Layout());
        assertEquals(13, l.yObservable().weight());
    }
}
