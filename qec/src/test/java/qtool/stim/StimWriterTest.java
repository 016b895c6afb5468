package qtool.stim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import qtool.ir.Gate;

/** Canonical spelling of instructions, targets, tags, repeat blocks and numbers. */
class StimWriterTest {
    @Test
    void canonicalText() {
        String in = "cnot 0 1\nREPEAT 2 {\n  h 0\n  repeat 3 {\n m(0.01) !1\n detector(1, 2.5) rec[-1]\n }\n}\n"
                + "MPP X0*!Y1 Z2\nOBSERVABLE_INCLUDE(0) rec[-1]\nTICK\n";
        String want = "CX 0 1\nREPEAT 2 {\n    H 0\n    REPEAT 3 {\n        M(0.01) !1\n"
                + "        DETECTOR(1, 2.5) rec[-1]\n    }\n}\nMPP X0*!Y1 Z2\nOBSERVABLE_INCLUDE(0) rec[-1]\nTICK\n";
        assertEquals(want, StimWriter.write(StimReader.parse(in)));
    }

    @Test
    void numbersRoundTripAndReadWell() {
        assertEquals("0.001", StimWriter.number(0.001));
        assertEquals("2", StimWriter.number(2.0));
        assertEquals("-3", StimWriter.number(-3.0));
        assertEquals("-0", StimWriter.number(-0.0));
        assertEquals("0", StimWriter.number(0.0));
        assertEquals("-0.5", StimWriter.number(-0.5));
        assertEquals("1e-07", StimWriter.number(1e-7));
        assertEquals("1.5e+20", StimWriter.number(1.5e20));
        assertEquals("0.3333333333333333", StimWriter.number(1.0 / 3));
        Random rnd = new Random(7);
        for (int i = 0; i < 10_000; i++) {
            double v = Double.longBitsToDouble(rnd.nextLong());
            if (!Double.isFinite(v)) {
                continue;
            }
            String s = StimWriter.number(v);
            assertEquals(Double.doubleToLongBits(v), Double.doubleToLongBits(Double.parseDouble(s)), s);
        }
    }

    @Test
    void tagsAreEscaped() {
        Operation op = new Operation(Gate.H, new double[0], new int[] {StimTarget.qubit(0)}, "a]b\\c\nd\re");
        StabilizerCircuit c = StabilizerCircuit.builder().add(op).build();
        String text = StimWriter.write(c);
        assertEquals("H[a\\Cb\\Bc\\nd\\re] 0\n", text);
        assertEquals(c, StimReader.parse(text));
    }

    @Test
    void everyStimGateRoundTripsByName() {
        for (Gate g : Gate.values()) {
            if (g.stimName() == null) {
                continue;
            }
            assertEquals(g, Gate.byStimName(g.stimName()).orElseThrow(), g.stimName());
            assertEquals(g, Gate.byStimName(g.stimName().toLowerCase(java.util.Locale.ROOT)).orElseThrow());
            for (String a : g.stimAliases()) {
                assertEquals(g, Gate.byStimName(a).orElseThrow(), a);
            }
        }
    }
}
