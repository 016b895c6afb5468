package qtool.codes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import qtool.testing.ReferenceData;

/**
 * Cross-checks against the authors' published RP-3 cultivation circuit (rp2/rp_3_T_cult.stim):
 * its final noiseless MPP lists RP-3's 5 X checks, 5 Z checks and the Y observable; its ticks
 * 17–20 are the RP-3 → SRP-3 morph. Data qubits 0–8 there are ours; morph qubits 101–106 map to
 * 9–14. Skipped when the reference data is absent.
 */
class Rp3ReferenceCircuitTest {

    private static List<String> circuit() throws IOException {
        Path f = ReferenceData.dir("qec").resolve("rp2").resolve("rp_3_T_cult.stim");
        return Files.readAllLines(f).stream().map(String::trim).toList();
    }

    private static int map(int stimQubit) {
        return stimQubit >= 101 ? stimQubit - 101 + 9 : stimQubit;
    }

    @Test
    void finalMppMatchesRp3() throws IOException {
        List<String> mpp = circuit().stream().filter(l -> l.startsWith("MPP ")).toList();
        assertEquals(1, mpp.size());
        String[] products = mpp.get(0).substring(4).trim().split("\\s+");
        assertEquals(11, products.length);
        List<PauliString> checks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            checks.add(PauliString.parse(9, products[i]));
        }
        PauliString observable = PauliString.parse(9, products[10]);
        StabilizerCode rp3 = Rp2Code.of(3);
        assertEquals(Rp2CodeTest.supports(rp3.xStabilizers()),
                Rp2CodeTest.supports(checks.stream().filter(PauliString::isXType).toList()));
        assertEquals(Rp2CodeTest.supports(rp3.zStabilizers()),
                Rp2CodeTest.supports(checks.stream().filter(PauliString::isZType).toList()));
        assertTrue(rp3.sameGroupUpToPhase(checks));
        // Published: X on the middle column, Z on the middle row — ours uses the row for X and the
        // column for Z; they are the same logical Y up to (+1) stabilizers.
        assertEquals(PauliString.parse(9, "X1 Z3 Y4 Z5 X7"), observable);
        assertEquals(5, observable.weight());
        assertTrue(rp3.equivalent(rp3.logicalY(), observable));
    }

    @Test
    void morphSectionDerivesSrp3() throws IOException {
        List<String> lines = circuit();
        int start = lines.indexOf("RX 101 103 105");
        assertTrue(start >= 0, "morph section not found");
        int n = 15;
        List<PauliString> prepared = new ArrayList<>();
        List<CliffordGate> gates = new ArrayList<>();
        for (int i = start; !lines.get(i).startsWith("S "); i++) {
            String[] t = lines.get(i).split("\\s+");
            switch (t[0]) {
                case "RX", "R" -> {
                    for (int k = 1; k < t.length; k++) {
                        prepared.add(PauliString.of(n, t[0].equals("RX") ? 'X' : 'Z', map(Integer.parseInt(t[k]))));
                    }
                }
                case "CNOT", "CX" -> {
                    for (int k = 1; k + 1 < t.length; k += 2) {
                        gates.add(CliffordGate.cnot(n, map(Integer.parseInt(t[k])), map(Integer.parseInt(t[k + 1]))));
                    }
                }
                default -> { } // TICK and noise channels: no Clifford content
            }
        }
        assertEquals(6, prepared.size());
        assertEquals(12, gates.size());
        StabilizerCode fromFile = new Rp2Morph(3, n, prepared, gates, List.of()).apply(Rp2Code.of(3), "SRP-3 (from stim)")
                .verify();
        StabilizerCode srp3 = SrpCode.of(3);
        assertTrue(srp3.sameGroupUpToPhase(fromFile.stabilizers()));
        assertTrue(srp3.equivalent(srp3.logicalX(), fromFile.logicalX()));
        assertTrue(srp3.equivalent(srp3.logicalZ(), fromFile.logicalZ()));
    }
}
