package qtool.dem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Reader, writer and number format of the {@code .dem} text, including located errors. */
class DemFormatTest {
    @Test
    void numbersUseStimsPercent19g() {
        // 19 digits show the binary value: 1e-05 is printed as Stim prints it.
        assertEquals("1.000000000000000082e-05", DemNumberFormat.format(1e-05));
        assertEquals("0.00193118273431066201", DemNumberFormat.format(0.00193118273431066201));
        assertEquals("6.669779853440971351e-05", DemNumberFormat.format(6.669779853440971351e-05));
        assertEquals("2", DemNumberFormat.format(2.0));
        assertEquals("0", DemNumberFormat.format(0.0));
        assertEquals("0.5", DemNumberFormat.format(0.5));
        assertEquals("-1.5", DemNumberFormat.format(-1.5));
        assertEquals("1e+20", DemNumberFormat.format(1e20));
        Random r = new Random(5);
        for (int i = 0; i < 10000; i++) {
            double v = Double.longBitsToDouble(r.nextLong());
            if (Double.isFinite(v)) {
                assertEquals(v, Double.parseDouble(DemNumberFormat.format(v)));
            }
        }
    }

    @Test
    void roundTripsEveryInstruction() {
        String text = "error(0.125) D0 D1 ^ D2 L0\n"
                + "detector(1, 2.5, -3) D0\n"
                + "detector D7\n"
                + "logical_observable L3\n"
                + "shift_detectors(0, 0, 1) 4\n"
                + "repeat 3 {\n"
                + "    error(1.000000000000000082e-05) D0\n"
                + "    shift_detectors 2\n"
                + "}\n";
        DetectorErrorModel m = DemReader.parse(text);
        assertEquals(text, DemWriter.write(m));
        // D7 is the largest before the shift; the last repeat iteration's D0 sits at 4 + 2 * 2 = 8.
        assertEquals(9, m.numDetectors());
        assertEquals(4, m.numObservables());
        assertEquals(4, m.flattenedErrors().size());
        assertEquals(m, DemReader.parse("# comment\nERROR(0.125) D0 D1 ^ D2 L0  # x\r\n"
                + "detector(1,2.5,-3) D0\ndetector D7\nlogical_observable L3\nshift_detectors(0,0,1) 4\n"
                + "repeat 3 {\n error(0.00001) D0\n shift_detectors 2\n}\n"));
    }

    @Test
    void errorsAreLocated() {
        assertLocated("error(0.1) D0\nerror(0.1) D1 X2\n", 2, 15);
        assertLocated("oops D0\n", 1, 1);
        assertLocated("error(1.5) D0\n", 1, 1);
        assertLocated("error(0.1) ^ D0\n", 1, 12);
        assertLocated("error(0.1) D0 ^\n", 1, 15);
        assertLocated("repeat 2 {\nerror(0.1) D0\n", 1, 1);
        assertLocated("}\n", 1, 1);
        assertLocated("error(0.1,0.2) D0\n", 1, 1);
        assertLocated("error(abc) D0\n", 1, 7);
        assertLocated("shift_detectors x\n", 1, 17);
    }

    private static void assertLocated(String text, int line, int column) {
        DemException e = assertThrows(DemException.class, () -> DemReader.parse(text, "t.dem"));
        assertEquals(line, e.diagnostics().get(0).line(), e.getMessage());
        assertEquals(column, e.diagnostics().get(0).column(), e.getMessage());
    }
}
