package qtool.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class SrpCodeTest {

    /**
     * The SRP-3 stabilizers the authors measure after the morph (t_gadget.py,
     * {@code rp3_to_color_and_MPP}), each support measured as both X and Z, translated from their
     * coordinates: data (i,j) → 3(i+1)+(j+1), f(i,−1) → 9+2(i+1), f(i,+1) → 10+2(i+1).
     */
    private static final int[][] AUTHORS_SRP3 = {
        {0, 2, 9, 10}, {3, 5, 11, 12}, {6, 8, 13, 14},                 // the three Bell "faces"
        {0, 1, 2, 3, 4, 5}, {4, 5, 7, 8, 12, 14}, {2, 3, 6, 8, 10, 12}, // former RP-3 checks
        {1, 2, 6, 7, 8, 10}, {0, 2, 8, 14},
    };

    @Test
    void srp3EqualsTheAuthorsMeasuredStabilizers() {
        StabilizerCode c = SrpCode.of(3);
        List<PauliString> theirs = new ArrayList<>();
        for (int[] sup : AUTHORS_SRP3) {
            theirs.add(PauliString.of(15, 'X', sup));
            theirs.add(PauliString.of(15, 'Z', sup));
        }
        assertTrue(c.sameGroupUpToPhase(theirs));
        // Their observable is transversal Y on all 15 qubits.
        assertTrue(c.equivalentUpToPhase(PauliString.transversal(15, 'Y'), c.logicalY()));
        // The derived X checks are literally theirs (the Z generators differ by products).
        assertEquals(Rp2CodeTest.sets(AUTHORS_SRP3), Rp2CodeTest.supports(c.xStabilizers()));
    }

    @Test
    void parameters() {
        for (int d : new int[] {3, 5}) {
            StabilizerCode c = SrpCode.of(d).verify();
            int n = d * d + 2 * d;
            assertEquals(n, c.n());
            assertEquals(n - 1, c.rank());
            assertEquals(1, c.k());
            assertEquals(d, c.distance(d));
            assertEquals(d, c.distanceX(d));
            assertEquals(d, c.distanceZ(d));
            assertTrue(c.stabilizers().stream().allMatch(p -> p.isXType() || p.isZType()), "CSS");
            assertEquals(n + 1, c.stabilizers().size());
            assertEquals(d == 3 ? 15 : 35, n);
        }
    }

    @Test
    void selfDualSoTransversalHxyPreservesTheChecks() {
        for (int d : new int[] {3, 5}) {
            StabilizerCode c = SrpCode.of(d);
            UnaryOperator<PauliString> hxy = StabilizerCode.transversal(c.n(), CliffordGate::hXY);
            assertTrue(c.isInvariantUnder(hxy, false), "SRP-" + d + " X<->Y invariant up to signs");
            // Self-dual: the X-check span equals the Z-check span.
            for (PauliString s : c.xStabilizers()) {
                assertTrue(c.stabilizerGroupContainsUpToPhase(PauliString.of(c.n(), 'Z', toList(s.support()))));
            }
            // X^n and Z^n are logical X and Z, so transversal Y is logical Y: what the T-check measures.
            assertTrue(c.equivalentUpToPhase(PauliString.transversal(c.n(), 'X'), c.logicalX()));
            assertTrue(c.equivalentUpToPhase(PauliString.transversal(c.n(), 'Z'), c.logicalZ()));
            assertTrue(c.equivalentUpToPhase(PauliString.transversal(c.n(), 'Y'), c.logicalY()));
            // RP-d itself is not self-dual (its X and Z checks differ), which is why the morph exists.
            StabilizerCode rp = Rp2Code.of(d);
            assertFalse(rp.isInvariantUnder(StabilizerCode.transversal(rp.n(), CliffordGate::hXY), false));
        }
    }

    @Test
    void signsNeededForExactHxyInvariance() {
        for (int d : new int[] {3, 5}) {
            StabilizerCode c = SrpCode.of(d);
            UnaryOperator<PauliString> hxy = StabilizerCode.transversal(c.n(), CliffordGate::hXY);
            // With all RP-d checks +1 the weight-6 (≡ 2 mod 4) Z checks carry the wrong sign ...
            assertFalse(c.isInvariantUnder(hxy, true));
            List<PauliString> off = HxySigns.mismatches(c);
            System.out.println("SRP-" + d + " generators off the H_XY-compatible signs: " + off);
            assertTrue(off.stream().allMatch(p -> p.isZType() && p.weight() % 4 == 2));
            // ... and with X checks +1, Z checks (−1)^{w/2} the code space is exactly invariant.
            StabilizerCode fixed = HxySigns.apply(c).verify();
            assertTrue(fixed.isInvariantUnder(hxy, true));
        }
    }

    private static List<Integer> toList(int[] a) {
        List<Integer> out = new ArrayList<>();
        for (int v : a) {
            out.add(v);
        }
        return out;
    }
}
