package qtool.qasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import qtool.dense.Equivalence;
import qtool.dense.Matrices;
import qtool.dense.UnitarySimulator;
import qtool.ir.Circuit;
import qtool.ir.Condition;
import qtool.ir.Gate;
import qtool.ir.Instruction;
import qtool.ir.Param;

/**
 * Semantics of the OpenQASM reader, checked on unitaries where possible: modifiers, user gates,
 * powers, version-dependent arithmetic, compile-time classical code, conditions and includes.
 */
class QasmReaderTest {
    private static final String OQ3 = "OPENQASM 3.0;\ninclude \"stdgates.inc\";\n";

    private static Circuit oq3(String body) {
        return QasmReader.parse(OQ3 + body);
    }

    private static ZMatrixRMaj unitary(Circuit c) {
        return UnitarySimulator.unitary(c);
    }

    /** The little-endian unitary of one table gate applied to qubits 0..n-1 in operand order. */
    private static ZMatrixRMaj gate(Gate g, double... params) {
        return Matrices.reverseQubits(g.matrix(params));
    }

    private static void assertSameUnitary(ZMatrixRMaj want, Circuit c) {
        ZMatrixRMaj got = unitary(c);
        assertTrue(Equivalence.equal(want, got, 1e-10), "unitary differs (phase-invariant distance "
                + Equivalence.phaseInvariantDistance(want, got) + "): " + c.instructions());
    }

    @Test
    void controlModifiersMatchTheControlledGates() {
        assertSameUnitary(gate(Gate.CH), oq3("qubit[2] q; ctrl @ h q[0], q[1];"));
        assertSameUnitary(gate(Gate.CCX), oq3("qubit[3] q; ctrl(2) @ x q[0], q[1], q[2];"));
        assertSameUnitary(gate(Gate.CCX), oq3("qubit[3] q; ctrl @ ctrl @ x q[0], q[1], q[2];"));
        assertSameUnitary(gate(Gate.P, 0.7), oq3("qubit q; ctrl @ gphase(0.7) q;"));
        assertSameUnitary(gate(Gate.CP, 0.7), oq3("qubit[2] q; ctrl(2) @ gphase(0.7) q[0], q[1];"));
        Circuit neg = oq3("qubit[2] q; negctrl @ x q[0], q[1];");
        assertSameUnitary(unitary(oq3("qubit[2] q; x q[0]; cx q[0], q[1]; x q[0];")), neg);
        // ctrl @ U keeps OpenQASM 3's global phase of U, which matters under control.
        Circuit cu = oq3("qubit[2] q; ctrl @ U(0.3, 0.2, 0.1) q[0], q[1];");
        ZMatrixRMaj want = Matrices.reverseQubits(Matrices.controlled(Gate.U.matrix(0.3, 0.2, 0.1), 1));
        assertSameUnitary(want, cu);
    }

    @Test
    void controlsThatNoTableGateAbsorbsStayOnTheInstruction() {
        Circuit c = oq3("qubit[4] q; ctrl(3) @ rz(0.5) q[0], q[1], q[2], q[3];");
        Instruction in = c.instructions().get(0);
        assertEquals(Gate.CRZ, in.gate());
        assertEquals(2, in.controls());
        ZMatrixRMaj want = Matrices.reverseQubits(Matrices.controlled(Gate.RZ.matrix(0.5), 3));
        assertSameUnitary(want, c);
    }

    @Test
    void inverseAndPowerModifiersAreExact() {
        assertSameUnitary(gate(Gate.T), oq3("qubit q; pow(0.5) @ s q;"));
        assertSameUnitary(gate(Gate.TDG), oq3("qubit q; pow(-1) @ t q;"));
        assertSameUnitary(gate(Gate.SX), oq3("qubit q; pow(0.5) @ x q;"));
        assertSameUnitary(gate(Gate.H), oq3("qubit q; pow(0.5) @ h q; pow(0.5) @ h q;"));
        String g = "gate g a { h a; t a; }\nqubit q;\n";
        assertSameUnitary(unitary(oq3(g + "g q; g q;")), oq3(g + "pow(1.0/3) @ pow(2) @ g q; pow(1.0/3) @ pow(2) @ g q;"
                + " pow(1.0/3) @ pow(2) @ g q;"));
        assertSameUnitary(Matrices.identity(4), oq3("gate k(t) a, b { ctrl @ ry(t) a, b; crz(t) a, b; }\n"
                + "qubit[2] q; k(0.4) q[0], q[1]; inv @ k(0.4) q[0], q[1];"));
    }

    @Test
    void userGatesAreInlinedAndBroadcast() {
        Circuit c = QasmReader.parse("OPENQASM 2.0;\ninclude \"qelib1.inc\";\ngate bell a, b { h a; cx a, b; }\n"
                + "qreg x[2]; qreg y[2];\nbell x, y;\n");
        assertEquals(4, c.size());
        assertEquals(List.of(Gate.H, Gate.CX, Gate.H, Gate.CX),
                c.instructions().stream().map(Instruction::gate).collect(java.util.stream.Collectors.toList()));
        assertEquals(3, c.instructions().get(3).qubit(1));
    }

    @Test
    void aDefinitionWithATableNameIsRecognisedOnlyWhenItsUnitaryMatches() {
        Circuit same = QasmReader.parse("OPENQASM 3;\ninclude \"stdgates.inc\";\n"
                + "gate rzz(t) a, b { cx a, b; rz(t) b; cx a, b; }\nqubit[2] q; rzz(0.3) q[0], q[1];");
        assertEquals(List.of(Gate.RZZ), List.of(same.instructions().get(0).gate()));
        Circuit other = QasmReader.parse("OPENQASM 3;\ninclude \"stdgates.inc\";\n"
                + "gate rzz(t) a, b { cx a, b; rx(t) b; cx a, b; }\nqubit[2] q; rzz(0.3) q[0], q[1];");
        assertEquals(3, other.size());
    }

    @Test
    void arithmeticFollowsEachVersion() {
        List<Diagnostic> warnings = new ArrayList<>();
        QasmReader r = QasmReader.builder().warnings(warnings::add).build();
        Circuit c2 = r.read("OPENQASM 2.0;\nqreg q[1];\nU(2^3, 1/2, -2^2) q[0];\n", "a.qasm", null);
        assertEquals(List.of(Param.constant(8), Param.constant(0.5), Param.constant(-4)),
                c2.instructions().get(0).params());
        Circuit c3 = r.read(OQ3 + "qubit q; U(2**3, 1/2, 5 ^ 1) q;", "b.qasm", null);
        assertEquals(List.of(Param.constant(8), Param.constant(0), Param.constant(4)), c3.instructions().get(0).params());
        assertEquals(1, warnings.size(), "integer division warning: " + warnings);
        assertTrue(warnings.get(0).message().contains("integer division"));
    }

    @Test
    void compileTimeClassicalCodeIsEvaluated() {
        Circuit c = oq3("const int n = 5;\nqubit[n] q;\nint k = 0;\n"
                + "for int i in [0:2:n - 1] { x q[i]; k += 1; }\n"
                + "if (k == 3) { h q[-1]; } else { z q[0]; }\n"
                + "def twice(qubit a, angle t) { rz(t) a; rz(t) a; }\n"
                + "twice(q[1], pi / 8);\n"
                + "let pair = q[{3, 1}];\ncx pair[0], pair[1];\n"
                + "while (k > 0) { k -= 1; if (k == 1) { break; } s q[2]; }\n"
                + "switch (n) { case 4 { y q[0]; } default { t q[0]; } }\n");
        List<String> got = new ArrayList<>();
        for (Instruction in : c.instructions()) {
            got.add(in.gate().canonicalName() + java.util.Arrays.toString(in.qubits()));
        }
        assertEquals(List.of("x[0]", "x[2]", "x[4]", "h[4]", "rz[1]", "rz[1]", "cx[3, 1]", "s[2]", "t[0]"), got);
    }

    @Test
    void conditionsOnMeasuredBits() {
        Circuit c = oq3("qubit[2] q; bit[3] c; c = measure q[{0, 1, 0}];\n"
                + "if (c == 5) x q[0];\nif (!c[1]) x q[1];\nif (3 < int[3](c)) { z q[0]; } else { y q[0]; }\n");
        List<Condition> conds = new ArrayList<>();
        for (Instruction in : c.instructions()) {
            if (in.condition() != null) {
                conds.add(in.condition());
            }
        }
        assertEquals(new Condition(new int[] {0, 1, 2}, Condition.Relation.EQ, BigInteger.valueOf(5)), conds.get(0));
        assertEquals(new Condition(new int[] {1}, Condition.Relation.NE, BigInteger.ONE), conds.get(1));
        assertEquals(new Condition(new int[] {0, 1, 2}, Condition.Relation.GT, BigInteger.valueOf(3)), conds.get(2));
        assertEquals(new Condition(new int[] {0, 1, 2}, Condition.Relation.LE, BigInteger.valueOf(3)), conds.get(3));
    }

    @Test
    void oq2ConditionsCompareWholeRegistersWithBigIntegers() {
        Circuit c = QasmReader.parse("OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[1];\ncreg c[100];\n"
                + "if (c == 1267650600228229401496703205376) x q[0];\n");
        assertEquals(BigInteger.TWO.pow(100), c.instructions().get(0).condition().value());
        assertEquals(100, c.instructions().get(0).condition().numClbits());
    }

    @Test
    void inputAnglesStaySymbolic() {
        Circuit c = oq3("input angle theta;\nqubit q;\nrx(theta / 2) q;\n");
        assertEquals(List.of("theta"), c.parameters());
        assertEquals(Param.symbol("theta").dividedBy(Param.constant(2)), c.instructions().get(0).param(0));
        ZMatrixRMaj u = UnitarySimulator.unitary(c, Map.of("theta", 1.0));
        assertTrue(Equivalence.equal(gate(Gate.RX, 0.5), u, 1e-12));
    }

    @Test
    void endStopsTheProgram() {
        assertEquals(1, oq3("qubit q; x q; end; y q;").size());
    }

    @Test
    void headerlessFileIncludingQelib1IsOpenQasm2WithAWarning() {
        List<Diagnostic> warnings = new ArrayList<>();
        Circuit c = QasmReader.builder().warnings(warnings::add).build()
                .read("include \"qelib1.inc\";\nqreg output[1];\nU(1^2, 0, 0) output[0];\n", "h.qasm", null);
        assertEquals(1, c.size());
        assertTrue(warnings.get(0).message().contains("OpenQASM 2.0"));
    }

    @Test
    void strictQelib1RejectsQiskitExtensionsWithAHint() {
        QasmException e = assertThrows(QasmException.class, () -> QasmReader.builder().strictQelib1(true).build()
                .read("OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[1];\nsx q[0];\n", "s.qasm", null));
        assertTrue(e.getMessage().contains("--strict-qelib1"), e.getMessage());
    }

    @Test
    void includesSearchTheIncludingDirectoryThenTheIncludePath(@TempDir Path dir) throws IOException {
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(lib.resolve("g.inc"), "gate g a { h a; }\n");
        Files.writeString(dir.resolve("main.qasm"), OQ3 + "include \"g.inc\";\nqubit q;\ng q;\n");
        QasmException missing = assertThrows(QasmException.class, () -> QasmReader.defaults().read(dir.resolve("main.qasm")));
        assertTrue(missing.getMessage().contains("include not found: \"g.inc\" (searched: " + dir), missing.getMessage());
        Circuit c = QasmReader.builder().includePaths(List.of(lib)).build().read(dir.resolve("main.qasm"));
        assertEquals(Gate.H, c.instructions().get(0).gate());
    }

    @Test
    void hardwareQubitsCannotMixWithDeclaredQubits() {
        QasmException e = assertThrows(QasmException.class, () -> oq3("qubit q; x $0;"));
        assertTrue(e.getMessage().contains("cannot mix hardware qubits"), e.getMessage());
    }

    @Test
    void errorsAreCollectedAndRepeatsCounted() {
        QasmException e = assertThrows(QasmException.class, () -> QasmReader.parse(
                "OPENQASM 2.0;\ninclude \"qelib1.inc\";\nqreg q[1];\nx r[0];\nx r[0];\nx r[0];\nh q[5];\n"));
        List<Diagnostic> d = e.diagnostics();
        assertEquals(3, d.size(), e.formatAll());
        assertEquals(4, d.get(0).line());
        assertEquals(7, d.get(1).line());
        assertTrue(d.get(2).message().startsWith("2 more errors like: undeclared quantum register 'r'"), d.get(2).message());
    }

    @Test
    void metadataRoundTripsThroughQtoolPragmas() {
        Circuit c = oq3("qubit[2] q; cx q[0], q[1];").withMetadata("final_layout", "1 0");
        String text = QasmWriter.qasm3().write(c);
        assertTrue(text.contains("pragma qtool final_layout 1 0\n"), text);
        assertEquals(Map.of("final_layout", "1 0"), QasmReader.parse(text).metadata());
        assertTrue(QasmWriter.qasm2().write(c).contains("// qtool final_layout 1 0\n"));
    }
}
