package qtool.passes.synthesis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import qtool.dense.CircuitMatrices;
import qtool.dense.Equivalence;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.Instruction;
import qtool.pass.Pass;
import qtool.pass.PassReport;
import qtool.pass.PropertySet;
import qtool.passes.PassCatalog;
import qtool.qasm.QasmReader;

class SynthesizeCliffordTTest {
    private static final Set<Gate> OUTPUT = EnumSet.of(Gate.H, Gate.S, Gate.SDG, Gate.T, Gate.TDG, Gate.X, Gate.Y,
            Gate.Z, Gate.CX, Gate.CZ, Gate.SWAP, Gate.GPHASE, Gate.MEASURE);

    private static Circuit qasm(String text) throws Exception {
        return QasmReader.defaults().read(text, "test.qasm", Path.of("."));
    }

    private static Circuit run(Pass pass, Circuit c, PropertySet props) {
        return pass.run(c, props);
    }

    @Test
    void rewritesRotationsWithinTheBudgetUsingOnlyCliffordTGates() throws Exception {
        Circuit in = qasm("OPENQASM 3.0; include \"stdgates.inc\"; qubit[3] q;"
                + " rz(0.3) q[0]; rx(pi/7) q[1]; h q[2]; cx q[0], q[2]; U(0.1, 0.2, 0.3) q[0];"
                + " crz(0.5) q[0], q[1]; ccx q[0], q[1], q[2]; ry(pi/2) q[1]; p(pi/4) q[2]; rz(0.3) q[1];");
        double eps = 1e-4;
        Pass pass = PassCatalog.createConfigured("synth:basis=clifford+t,epsilon=1e-4", Path.of("."), null, 1);
        PropertySet props = new PropertySet();
        Circuit out = run(pass, in, props);
        int t = 0;
        for (Instruction ins : out.instructions()) {
            assertTrue(OUTPUT.contains(ins.gate()), () -> "unexpected " + ins);
            if (ins.gate() == Gate.T || ins.gate() == Gate.TDG) {
                t++;
            }
        }
        var a = CircuitMatrices.inOperandOrder(in, Map.of());
        var b = CircuitMatrices.inOperandOrder(out, Map.of());
        // Operator-norm error ≤ ε; the Frobenius distance is at most √8 times that.
        double frob = Equivalence.phaseInvariantDistance(a, b);
        assertTrue(frob <= Math.sqrt(8) * eps, () -> "distance " + frob);
        // The global phase is carried exactly by gphase: without phase freedom the distance is as small.
        double exact = Math.sqrt(qtool.dense.Matrices.maxAbsDiff(a, b));
        assertTrue(qtool.dense.Matrices.maxAbsDiff(a, b) <= 2 * eps, () -> "phase-exact entry error " + exact);
        PassReport report = PassReport.all(props).get(0);
        assertEquals("synth", report.pass());
        assertEquals(t, report.values().get("t_count"));
        double bound = (Double) report.values().get("error_bound");
        assertTrue(bound > 0 && bound <= eps);
        // rz(0.3) twice, rx, u (3 rotations), crz (2 after translation): repeated angles share work.
        assertTrue((Integer) report.values().get("approximated_rotations") >= 5);
    }

    @Test
    void cliffordAnglesAreExactAndNeedNoTGates() throws Exception {
        Circuit in = qasm("OPENQASM 3.0; include \"stdgates.inc\"; qubit[2] q;"
                + " rz(pi/2) q[0]; rx(pi) q[1]; U(pi/2, 0, pi) q[0]; sx q[1]; cy q[0], q[1]; ry(-pi/2) q[0];");
        PropertySet props = new PropertySet();
        Circuit out = run(new SynthesizeCliffordT(1e-10), in, props);
        var a = CircuitMatrices.inOperandOrder(in, Map.of());
        var b = CircuitMatrices.inOperandOrder(out, Map.of());
        assertTrue(qtool.dense.Matrices.maxAbsDiff(a, b) < 1e-12);
        assertEquals(0, PassReport.all(props).get(0).values().get("t_count"));
        assertEquals(0, PassReport.all(props).get(0).values().get("approximated_rotations"));
    }

    @Test
    void tGatesPassThroughAndPiOverFourAnglesBecomeT() throws Exception {
        Circuit in = qasm("OPENQASM 3.0; include \"stdgates.inc\"; qubit[1] q; t q[0]; rz(pi/4) q[0]; p(-pi/4) q[0];");
        PropertySet props = new PropertySet();
        Circuit out = run(new SynthesizeCliffordT(1e-10), in, props);
        assertEquals(3, PassReport.all(props).get(0).values().get("t_count"));
        var a = CircuitMatrices.inOperandOrder(in, Map.of());
        var b = CircuitMatrices.inOperandOrder(out, Map.of());
        assertTrue(qtool.dense.Matrices.maxAbsDiff(a, b) < 1e-12);
    }

    @Test
    void settingsAreCheckedWithClearMessages() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PassCatalog.createConfigured("synth:basis=hrc", Path.of("."), null, 1));
        assertTrue(e.getMessage().contains("bases: clifford+t"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> PassCatalog.createConfigured("synth:method=annealing", Path.of("."), null, 1));
        assertTrue(e.getMessage().contains("methods: gridsynth"), e.getMessage());
        assertEquals("synth-rl", PassCatalog.createConfigured("synth:method=rl", Path.of("."), null, 1).name(),
                "method=rl routes to the RL pass");
        assertThrows(IllegalArgumentException.class, () -> PassCatalog.createConfigured("synth:epsilon=0", Path.of("."), null, 1));
        assertThrows(IllegalArgumentException.class, () -> PassCatalog.createConfigured("synth:eps=0.1", Path.of("."), null, 1));
    }

    @Test
    void symbolicAnglesAreRejected() throws Exception {
        Circuit in = qasm("OPENQASM 3.0; include \"stdgates.inc\"; input angle a; qubit[1] q; rz(a) q[0];");
        assertThrows(IllegalArgumentException.class, () -> run(new SynthesizeCliffordT(1e-6), in, new PropertySet()));
    }

    @Test
    void listedAmongConfigurablePasses() {
        assertTrue(PassCatalog.configurable().containsKey("synth"));
        assertTrue(List.copyOf(PassCatalog.configurable().keySet()).contains("synth"));
    }
}
