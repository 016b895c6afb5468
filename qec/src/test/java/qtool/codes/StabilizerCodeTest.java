package qtool.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StabilizerCodeTest {

    private static List<PauliString> parseAll(int n, String... ps) {
        List<PauliString> out = new ArrayList<>();
        for (String p : ps) {
            out.add(PauliString.parse(n, p));
        }
        return out;
    }

    /** The [[5,1,3]] perfect code: non-CSS, so it exercises Y letters in the distance search. */
    private static StabilizerCode fiveQubit() {
        List<PauliString> s = new ArrayList<>();
        String row = "XZZXI";
        for (int shift = 0; shift < 4; shift++) {
            StringBuilder sb = new StringBuilder();
            for (int q = 0; q < 5; q++) {
                sb.append(row.charAt(Math.floorMod(q - shift, 5)));
            }
            s.add(PauliString.parseDense(sb.toString()));
        }
        return new StabilizerCode("5-qubit", 5, s, PauliString.parseDense("XXXXX"), PauliString.parseDense("ZZZZZ"), null);
    }

    /** Steane [[7,1,3]]: self-dual with weight-4 checks, so H_XY-invariant even with signs. */
    private static StabilizerCode steane() {
        String[] sup = {"0 1 2 3", "1 2 4 5", "2 3 5 6"};
        List<PauliString> s = new ArrayList<>();
        for (char c : new char[] {'X', 'Z'}) {
            for (String t : sup) {
                s.add(PauliString.of(7, c, java.util.Arrays.stream(t.split(" ")).mapToInt(Integer::parseInt).toArray()));
            }
        }
        return new StabilizerCode("Steane", 7, s, PauliString.transversal(7, 'X'), PauliString.transversal(7, 'Z'), null);
    }

    @Test
    void knownSmallCodes() {
        StabilizerCode five = fiveQubit().verify();
        assertEquals(4, five.rank());
        assertEquals(1, five.k());
        assertEquals(3, five.distance(5));
        assertEquals(-1, five.distance(2));
        StabilizerCode st = steane().verify();
        assertEquals(3, st.distance(7));
        assertEquals(3, st.distanceX(7));
        assertEquals(3, st.distanceZ(7));
        assertTrue(st.isInvariantUnder(StabilizerCode.transversal(7, CliffordGate::hXY), true));
        assertTrue(st.isInvariantUnder(StabilizerCode.transversal(7, CliffordGate::h), true));
        assertFalse(five.isInvariantUnder(StabilizerCode.transversal(5, CliffordGate::h), false));
    }

    @Test
    void twoLogicalQubits() {
        // [[4,2,2]]: XXXX, ZZZZ with pairs (XXII, ZIZI) and (XIXI, ZZII).
        StabilizerCode c = new StabilizerCode("4-2-2", 4, parseAll(4, "X0 X1 X2 X3", "Z0 Z1 Z2 Z3"),
                parseAll(4, "X0 X1", "X0 X2"), parseAll(4, "Z0 Z2", "Z0 Z1"), null).verify();
        assertEquals(2, c.k());
        assertEquals(2, c.distance(4));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new StabilizerCode("swapped", 4,
                parseAll(4, "X0 X1 X2 X3", "Z0 Z1 Z2 Z3"), parseAll(4, "X0 X1", "X0 X2"), parseAll(4, "Z0 Z1", "Z0 Z2"), null)
                .verify());
        assertTrue(e.getMessage().contains("logical X0 and Z0 commute"), e.getMessage());
    }

    @Test
    void anticommutingCheckIsReported() {
        StabilizerCode good = Rp2Code.of(3);
        List<PauliString> s = new ArrayList<>(good.stabilizers());
        s.add(PauliString.parse(9, "Z0")); // anticommutes with X{0,1,3,4}
        StabilizerCode broken = new StabilizerCode("broken", 9, s, good.logicalX(), good.logicalZ(), null);
        IllegalStateException e = assertThrows(IllegalStateException.class, broken::verify);
        assertTrue(e.getMessage().contains("anticommute"), e.getMessage());
        assertTrue(e.getMessage().contains("Z0"), e.getMessage());
        assertTrue(e.getMessage().startsWith("broken:"), e.getMessage());
    }

    @Test
    void otherViolationsAreReported() {
        StabilizerCode rp = Rp2Code.of(3);
        List<PauliString> s = rp.stabilizers();
        // Logical that anticommutes with a check.
        assertMessage("anticommutes with stabilizer",
                new StabilizerCode("a", 9, s, PauliString.parse(9, "X0"), rp.logicalZ(), null));
        // "Z_L" equal to X_L: the pair commutes.
        assertMessage("logical X0 and Z0 commute",
                new StabilizerCode("b", 9, s, rp.logicalX(), rp.logicalX(), null));
        // Sign-inconsistent relation: flip one check of an over-complete set, the group contains −I.
        List<PauliString> signed = new ArrayList<>(s);
        signed.set(4, signed.get(4).withPhase(2));
        assertMessage("-I", new StabilizerCode("d", 9, signed, rp.logicalX(), rp.logicalZ(), null));
        // k mismatch: dropping two independent X checks leaves k = 3 with one logical pair given.
        List<PauliString> dropped = new ArrayList<>(s);
        dropped.remove(0);
        dropped.remove(0);
        assertMessage("k = n - rank", new StabilizerCode("e", 9, dropped, rp.logicalX(), rp.logicalZ(), null));
    }

    private static void assertMessage(String fragment, StabilizerCode code) {
        IllegalStateException e = assertThrows(IllegalStateException.class, code::verify);
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }

    @Test
    void signedMembership() {
        StabilizerCode rp = Rp2Code.of(3);
        PauliString xs = PauliString.parse(9, "X1 X3 X5 X7");
        assertTrue(rp.stabilizerGroupContains(xs));
        assertFalse(rp.stabilizerGroupContains(xs.withPhase(2)));
        assertTrue(rp.stabilizerGroupContainsUpToPhase(xs.withPhase(2)));
        assertTrue(rp.equivalent(rp.logicalX(), PauliString.parse(9, "X1 X4 X7")));
    }
}
