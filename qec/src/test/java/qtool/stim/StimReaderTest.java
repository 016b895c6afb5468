package qtool.stim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import qtool.ir.Gate;
import qtool.qasm.Diagnostic;

/** Names, arguments, targets, tags, blocks and located errors of the Stim reader. */
class StimReaderTest {
    private static Operation only(String text) {
        StabilizerCircuit c = StimReader.parse(text);
        assertEquals(1, c.items().size(), text);
        return (Operation) c.items().get(0);
    }

    private static Diagnostic error(String text) {
        StimException e = assertThrows(StimException.class, () -> StimReader.parse(text, "t.stim"), text);
        return e.diagnostics().get(0);
    }

    private static void assertError(String text, int line, int column, String fragment) {
        Diagnostic d = error(text);
        assertEquals("t.stim", d.file());
        assertEquals(line, d.line(), d.header());
        assertEquals(column, d.column(), d.header());
        assertTrue(d.message().contains(fragment), d.header());
    }

    @Test
    void namesAreCaseInsensitiveAndAliasesResolve() {
        assertEquals(Gate.CX, only("cnot 0 1").gate());
        assertEquals(Gate.CX, only("ZCX 0 1").gate());
        assertEquals(Gate.MEASURE, only("mz 0").gate());
        assertEquals(Gate.RESET, only("RZ 0").gate());
        assertEquals(Gate.RESET_X, only("RX 0").gate());
        assertEquals(Gate.MEASURE_RESET, only("MRZ 0").gate());
        assertEquals(Gate.H, only("H_XZ 0").gate());
        assertEquals(Gate.S, only("SQRT_Z 0").gate());
        assertEquals(Gate.CORRELATED_ERROR, only("CORRELATED_ERROR(0.1) X1 Y2").gate());
        assertEquals(Gate.C_XYZ, only("c_xyz 0").gate());
    }

    @Test
    void targetsOfEveryKind() {
        Operation m = only("M(0.125) 0 !3");
        assertArrayEquals(new double[] {0.125}, m.args());
        assertArrayEquals(new int[] {StimTarget.qubit(0), StimTarget.invertedQubit(3)}, m.targets());
        StabilizerCircuit c = StimReader.parse("M 0 1\nCX rec[-1] 2 sweep[4] 3\nMPP X0*!Y1*Z2 Z5\n"
                + "DETECTOR(1, 2, 3) rec[-1] rec[-3]\nOBSERVABLE_INCLUDE(2) rec[-2] X7\n");
        Operation cx = (Operation) c.items().get(1);
        assertEquals(StimTarget.rec(1), cx.target(0));
        assertEquals(StimTarget.sweep(4), cx.target(2));
        Operation mpp = (Operation) c.items().get(2);
        assertEquals(2, mpp.numMeasurements());
        assertEquals('Y', StimTarget.pauliBasis(mpp.target(2)));
        assertTrue(StimTarget.isInverted(mpp.target(2)));
        assertEquals(4, c.numMeasurements());
        assertEquals(1, c.numDetectors());
        assertEquals(3, c.numObservables());
        assertEquals(8, c.numQubits());
    }

    @Test
    void commentsBlankLinesAndSpacing() {
        StabilizerCircuit c = StimReader.parse("# header\n\n  H 0 # trailing\n\tX_ERROR (0.1) 1\r\nTICK#x\n");
        assertEquals(3, c.items().size());
        assertEquals(0.1, ((Operation) c.items().get(1)).arg(0));
    }

    @Test
    void tagsWithEscapes() {
        Operation op = only("H[my tag\\C\\B\\n#] 0");
        assertEquals("my tag]\\\n#", op.tag());
        assertNull(only("H[] 0").tag());
        StabilizerCircuit c = StimReader.parse("REPEAT[loop] 2 {\n  X_ERROR[n](0.5) 0\n}\n");
        RepeatBlock r = (RepeatBlock) c.items().get(0);
        assertEquals("loop", r.tag());
        assertEquals("n", ((Operation) r.body().items().get(0)).tag());
        assertEquals(c, StimReader.parse(StimWriter.write(c)));
    }

    @Test
    void repeatBlocksMultiplyCounts() {
        StabilizerCircuit c = StimReader.parse("R 0\nM 0\nREPEAT 10 {\n  MR 0 1\n  REPEAT 3 {\n    M 1\n"
                + "    DETECTOR rec[-1] rec[-4]\n  }\n}\n");
        assertEquals(1 + 10 * (2 + 3), c.numMeasurements());
        assertEquals(30, c.numDetectors());
        assertEquals(2, c.numQubits());
    }

    @Test
    void hugeRepeatCountsStayLong() {
        StabilizerCircuit c = StimReader.parse("REPEAT 1000000000000 {\n M 0\n DETECTOR rec[-1]\n}\n");
        assertEquals(1_000_000_000_000L, c.numDetectors());
    }

    @Test
    void unknownInstruction() {
        assertError("H 0\n  FOO 1\n", 2, 3, "unknown instruction 'FOO'");
    }

    @Test
    void wrongArgumentCounts() {
        assertError("X_ERROR 0", 1, 1, "X_ERROR takes 1 parens argument, got 0");
        assertError("H(0.1) 0", 1, 2, "H takes 0 parens arguments, got 1");
        assertError("PAULI_CHANNEL_1(0.1, 0.2) 0", 1, 16, "takes 3 parens arguments");
        assertError("M(0.1, 0.2) 0", 1, 2, "takes 0 to 1 parens arguments");
        assertError("TICK(1)", 1, 5, "TICK takes 0");
    }

    @Test
    void badArgumentValues() {
        assertError("X_ERROR(1.5) 0", 1, 9, "probability 1.5 is not in [0, 1]");
        assertError("PAULI_CHANNEL_1(0.5, 0.5, 0.5) 0", 1, 17, "sum to");
        assertError("OBSERVABLE_INCLUDE(0.5) rec[-1]", 1, 20, "non-negative integer");
        assertError("DEPOLARIZE1(NaN) 0", 1, 13, "bad number 'NaN'");
        assertError("DEPOLARIZE1(0.1 0", 1, 17, "expected ',' or ')'");
        assertError("DEPOLARIZE1(0.1", 1, 12, "'(' is not closed");
    }

    @Test
    void badTargets() {
        assertError("H 0 abc", 1, 5, "bad target 'abc'");
        assertError("H !0", 1, 3, "H cannot take the target '!0'");
        assertError("CX 0 1 2", 1, 8, "pairs of targets, got 3");
        assertError("CX 0 0", 1, 6, "names one target twice");
        assertError("M 0\nH rec[-1]", 2, 3, "H cannot take the target 'rec[-1]'");
        assertError("M 0\nCX 0 rec[-1]", 2, 6, "CX cannot take the target 'rec[-1]'");
        assertError("DETECTOR 0", 1, 10, "takes measurement records");
        assertError("MPP X0**Y1", 1, 8, "'*' must stand between two Pauli targets");
        assertError("MPP X0*", 1, 7, "'*' must stand between");
        assertError("MPP 0", 1, 5, "MPP cannot take the target '0'");
        assertError("H 0*1", 1, 4, "H cannot take the target '*'");
        assertError("M 0\nDETECTOR rec[-0]", 2, 10, "rec[-0]");
        assertError("H 99999999999", 1, 3, "exceeds the largest index");
    }

    @Test
    void recordLookBackBeforeTheFirstMeasurement() {
        assertError("M 0 1\nDETECTOR rec[-3]", 2, 10, "rec[-3] looks back before the first measurement (2 recorded");
        assertError("M 0\nREPEAT 2 {\n  DETECTOR rec[-2]\n  M 0\n}\n", 3, 12, "(1 recorded so far)");
        // Inside a block, measurements before the block count for the first iteration.
        assertEquals(2, StimReader.parse("M 0\nREPEAT 2 {\n  M 0\n  DETECTOR rec[-2]\n}\n").numDetectors());
    }

    @Test
    void repeatBlockErrors() {
        assertError("H 0\nREPEAT 3 {\n}\n", 2, 1, "empty REPEAT block");
        assertError("REPEAT 0 {\n H 0\n}", 1, 8, "at least 1");
        assertError("REPEAT 2 {\n H 0\n", 1, 1, "not closed");
        assertError("H 0\n}\n", 2, 1, "'}' without a matching REPEAT");
        assertError("REPEAT 2\nH 0", 1, 9, "expected '{'");
        assertError("REPEAT 2 { H 0\n}", 1, 12, "unexpected text after '{'");
        assertError("REPEAT(1) 2 {\nH 0\n}", 1, 8, "REPEAT takes no parens arguments");
    }

    @Test
    void tagErrors() {
        assertError("H[abc 0", 1, 2, "tag is not closed");
        assertError("H[a\\x] 0", 1, 4, "unknown escape");
    }

    @Test
    void diagnosticFormatsWithCaret() {
        StimException e = assertThrows(StimException.class, () -> StimReader.parse("H 0\nCX 0 q\n", "c.stim"));
        assertEquals(List.of("c.stim:2:6: error: bad target 'q'"),
                e.diagnostics().stream().map(Diagnostic::header).collect(java.util.stream.Collectors.toList()));
        assertTrue(e.formatAll().endsWith("    CX 0 q\n         ^"), e.formatAll());
    }
}
