package qtool.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;
import qtool.dense.CircuitMatrices;
import qtool.dense.Matrices;

/**
 * The gate table tested as data: every unitary row's matrix, inverse, control and powers, and
 * every library name. A new row is covered without a new test.
 */
class GateTableTest {
    static final double TOL = 1e-12;
    private static final int TRIALS = 6;

    /** Parameter sets for a gate: zeros, pi, and random angles in (-2pi, 2pi). */
    static List<double[]> parameterSets(Gate g, Random rnd) {
        List<double[]> sets = new ArrayList<>();
        int n = g.numParams();
        sets.add(new double[n]);
        if (n > 0) {
            double[] pi = new double[n];
            java.util.Arrays.fill(pi, Math.PI);
            sets.add(pi);
        }
        for (int t = 0; t < TRIALS; t++) {
            double[] v = new double[n];
            for (int i = 0; i < n; i++) {
                v[i] = (rnd.nextDouble() - 0.5) * 4 * Math.PI;
            }
            sets.add(v);
            if (n == 0) {
                break;
            }
        }
        return sets;
    }

    static List<Param> params(double[] v) {
        List<Param> out = new ArrayList<>();
        for (double x : v) {
            out.add(Param.constant(x));
        }
        return out;
    }

    static List<Gate> unitaryGates() {
        List<Gate> out = new ArrayList<>();
        for (Gate g : Gate.values()) {
            if (g.is(GateFlag.UNITARY)) {
                out.add(g);
            }
        }
        return out;
    }

    static void assertMatrixEquals(ZMatrixRMaj expected, ZMatrixRMaj actual, String what) {
        double d = Matrices.maxAbsDiff(expected, actual);
        if (!(d <= TOL)) {
            fail(what + ": differs by " + d + "\nexpected\n" + Matrices.toString(expected) + "\nactual\n"
                    + Matrices.toString(actual));
        }
    }

    private static String label(Gate g, double[] v) {
        return g.canonicalName() + java.util.Arrays.toString(v);
    }

    @Test
    void matricesAreUnitaryWithTheRightShape() {
        Random rnd = new Random(1);
        for (Gate g : unitaryGates()) {
            for (double[] v : parameterSets(g, rnd)) {
                ZMatrixRMaj m = g.matrix(v);
                int dim = 1 << g.numQubits();
                assertEquals(dim, m.numRows, g.toString());
                assertEquals(dim, m.numCols, g.toString());
                assertTrue(Matrices.isUnitary(m, TOL), () -> label(g, v) + " is not unitary");
            }
        }
    }

    @Test
    void inverseTimesGateIsIdentity() {
        Random rnd = new Random(2);
        for (Gate g : unitaryGates()) {
            for (double[] v : parameterSets(g, rnd)) {
                List<GateCall> inv = g.inverse(params(v));
                ZMatrixRMaj product = Matrices.multiply(CircuitMatrices.ofCalls(inv, g.numQubits(), Map.of()),
                        g.matrix(v));
                assertMatrixEquals(Matrices.identity(1 << g.numQubits()), product, "inverse of " + label(g, v));
            }
        }
    }

    @Test
    void inverseWorksOnSymbols() {
        for (Gate g : unitaryGates()) {
            List<Param> syms = new ArrayList<>();
            Map<String, Double> env = new java.util.HashMap<>();
            for (int i = 0; i < g.numParams(); i++) {
                syms.add(Param.symbol("p" + i));
                env.put("p" + i, 0.3 + 0.7 * i);
            }
            double[] v = new double[g.numParams()];
            for (int i = 0; i < v.length; i++) {
                v[i] = 0.3 + 0.7 * i;
            }
            ZMatrixRMaj inv = CircuitMatrices.ofCalls(g.inverse(syms), g.numQubits(), env);
            assertMatrixEquals(Matrices.dagger(g.matrix(v)), inv, "symbolic inverse of " + g);
        }
    }

    @Test
    void controlledIsTheControlledMatrix() {
        Random rnd = new Random(3);
        int found = 0;
        for (Gate g : unitaryGates()) {
            for (double[] v : parameterSets(g, rnd)) {
                Optional<GateCall> c = g.controlled(params(v));
                if (c.isEmpty()) {
                    continue;
                }
                found++;
                GateCall call = c.get();
                assertEquals(g.numQubits() + 1, call.gate().numQubits(), "controlled " + g + " -> " + call);
                ZMatrixRMaj expected = Matrices.controlled(g.matrix(v), 1);
                assertMatrixEquals(expected, CircuitMatrices.ofCalls(List.of(call), g.numQubits() + 1, Map.of()),
                        "controlled " + label(g, v) + " = " + call);
            }
        }
        assertTrue(found > 100);
        assertEquals(Gate.CX, Gate.X.controlled(List.of()).get().gate());
        assertEquals(Gate.CCX, Gate.CX.controlled(List.of()).get().gate());
        assertEquals(Gate.C3X, Gate.CCX.controlled(List.of()).get().gate());
        assertEquals(Gate.C4X, Gate.C3X.controlled(List.of()).get().gate());
        assertEquals(Gate.CSWAP, Gate.SWAP.controlled(List.of()).get().gate());
        assertEquals(Gate.P, Gate.GPHASE.controlled(List.of(Param.symbol("g"))).get().gate());
        assertTrue(Gate.C4X.controlled(List.of()).isEmpty());
    }

    @Test
    void powersAreExact() {
        Random rnd = new Random(4);
        for (Gate g : unitaryGates()) {
            for (double[] v : parameterSets(g, rnd)) {
                ZMatrixRMaj m = g.matrix(v);
                int n = g.numQubits();
                String what = label(g, v);
                Optional<List<GateCall>> sq = g.power(params(v), 2);
                assertTrue(sq.isPresent(), "power 2 of " + what);
                assertMatrixEquals(Matrices.multiply(m, m), CircuitMatrices.ofCalls(sq.get(), n, Map.of()),
                        "square of " + what);
                Optional<List<GateCall>> cube = g.power(params(v), -3);
                assertTrue(cube.isPresent(), "power -3 of " + what);
                ZMatrixRMaj inv = Matrices.dagger(m);
                assertMatrixEquals(Matrices.multiply(inv, Matrices.multiply(inv, inv)),
                        CircuitMatrices.ofCalls(cube.get(), n, Map.of()), "power -3 of " + what);
                assertEquals(List.of(), g.power(params(v), 0).get());
                for (double k : new double[] {0.5, -0.25, 1.0 / 3}) {
                    Optional<List<GateCall>> root = g.power(params(v), k);
                    if (root.isPresent()) {
                        ZMatrixRMaj r = CircuitMatrices.ofCalls(root.get(), n, Map.of());
                        ZMatrixRMaj back = Matrices.identity(1 << n);
                        int times = (int) Math.round(Math.abs(1 / k));
                        for (int i = 0; i < times; i++) {
                            back = Matrices.multiply(r, back);
                        }
                        assertMatrixEquals(k > 0 ? m : inv, back, "power " + k + " of " + what + " = " + root.get());
                    }
                }
            }
        }
    }

    @Test
    void oneQubitAndControlledPowersAlwaysExist() {
        List<Gate> gates = new ArrayList<>(List.of(Gate.CX, Gate.CY, Gate.CZ, Gate.CH, Gate.CP, Gate.CRX, Gate.CRY,
                Gate.CRZ, Gate.CU, Gate.CU3, Gate.CS, Gate.CSDG, Gate.CSX, Gate.RXX, Gate.RYY, Gate.RZZ, Gate.RZX));
        for (Gate g : unitaryGates()) {
            if (g.numQubits() <= 1) {
                gates.add(g);
            }
        }
        for (Gate g : gates) {
            for (double k : new double[] {0.5, -0.3, 2.5}) {
                assertTrue(g.power(params(new double[g.numParams()]), k).isPresent(), g + " ^ " + k);
            }
        }
    }

    @Test
    void namedPowersFollowOpenQasm() {
        assertEquals(List.of(GateCall.of(Gate.SX)), Gate.X.power(List.of(), 0.5).get());
        assertEquals(List.of(GateCall.of(Gate.CSX)), Gate.CX.power(List.of(), 0.5).get());
        assertMatrixEquals(Gate.S.matrix(), CircuitMatrices.ofCalls(Gate.Z.power(List.of(), 0.5).get(), 1, Map.of()),
                "pow(0.5) @ z");
        assertMatrixEquals(Gate.T.matrix(), CircuitMatrices.ofCalls(Gate.S.power(List.of(), 0.5).get(), 1, Map.of()),
                "pow(0.5) @ s");
        Param theta = Param.symbol("theta");
        assertEquals(List.of(GateCall.of(Gate.RX, theta.times(Param.constant(0.5)))),
                Gate.RX.power(List.of(theta), 0.5).get());
        assertTrue(Gate.U.power(List.of(theta, theta, theta), 0.5).isEmpty());
        assertTrue(Gate.SWAP.power(List.of(), 0.5).isEmpty());
        assertTrue(Gate.MEASURE.power(List.of(), 2).isEmpty());
    }

    @Test
    void builtinUAndCompatibilityGatesFollowStdgates() {
        double t = 0.7;
        double f = -1.3;
        double l = 2.9;
        double g = 0.4;
        ZMatrixRMaj std = GateMatrices.std(t, f, l);
        // U carries e^{iθ/2}; qelib1's u is the textbook matrix.
        assertMatrixEquals(Matrices.phase(std, t / 2), Gate.U.matrix(t, f, l), "U");
        assertMatrixEquals(std, Gate.UGATE.matrix(t, f, l), "u");
        // u3 is OpenQASM 2's U = rz(φ) ry(θ) rz(λ).
        ZMatrixRMaj zyz = Matrices.multiply(Gate.RZ.matrix(f), Matrices.multiply(Gate.RY.matrix(t), Gate.RZ.matrix(l)));
        assertMatrixEquals(zyz, Gate.U3.matrix(t, f, l), "u3");
        assertMatrixEquals(Gate.U3.matrix(Math.PI / 2, f, l), Gate.U2.matrix(f, l), "u2");
        // stdgates.inc: cu(θ,φ,λ,γ) a, b { p(γ-θ/2) a; ctrl @ U(θ,φ,λ) a, b; }, which is Qiskit's CU.
        ZMatrixRMaj body = Matrices.multiply(Matrices.controlled(Gate.U.matrix(t, f, l), 1),
                Matrices.kron(Gate.P.matrix(g - t / 2), Matrices.identity(2)));
        assertMatrixEquals(body, Gate.CU.matrix(t, f, l, g), "cu");
        assertMatrixEquals(Matrices.controlled(Matrices.phase(std, g), 1), Gate.CU.matrix(t, f, l, g), "cu (Qiskit)");
        assertMatrixEquals(Matrices.controlled(std, 1), Gate.CU3.matrix(t, f, l), "cu3");
        // Inverse of U per the spec: U(-θ, -λ, -φ).
        assertMatrixEquals(Matrices.dagger(Gate.U.matrix(t, f, l)), Gate.U.matrix(-t, -l, -f), "inv U");
    }

    @Test
    void qiskitMatricesForQelib1Gates() {
        // Rows of Qiskit's (little-endian) matrices, converted: RXX = exp(-iθ/2 XX) etc.
        double th = 0.9;
        double c = Math.cos(th / 2);
        double s = Math.sin(th / 2);
        ZMatrixRMaj rxx = GateMatrices.square(
                c, 0, 0, 0, 0, 0, 0, -s,
                0, 0, c, 0, 0, -s, 0, 0,
                0, 0, 0, -s, c, 0, 0, 0,
                0, -s, 0, 0, 0, 0, c, 0);
        assertMatrixEquals(rxx, Gate.RXX.matrix(th), "rxx");
        assertMatrixEquals(GateMatrices.diagPhases(-th / 2, th / 2, th / 2, -th / 2), Gate.RZZ.matrix(th), "rzz");
        assertMatrixEquals(Matrices.identity(2), Gate.U0.matrix(5), "u0");
        assertMatrixEquals(Matrices.dagger(Gate.SX.matrix()), Gate.SXDG.matrix(), "sxdg");
        // Qiskit's RC3X array has 1j at little-endian index 3 (= big-endian 12) and -1j at 11 (= 13).
        ZMatrixRMaj rc3x = Gate.RC3X.matrix();
        assertEquals(1.0, rc3x.getImag(12, 12));
        assertEquals(-1.0, rc3x.getImag(13, 13));
        assertEquals(1.0, rc3x.getReal(14, 15));
        assertEquals(-1.0, rc3x.getReal(15, 14));
        assertMatrixEquals(Matrices.controlled(Gate.SX.matrix(), 3), Gate.C3SQRTX.matrix(), "c3sqrtx");
    }

    @Test
    void namesRoundTrip() {
        for (Gate g : Gate.values()) {
            assertEquals(Optional.of(g), Gate.byName(g.canonicalName()), g.toString());
            for (String a : g.aliases()) {
                assertEquals(Optional.of(g), Gate.byName(a), a);
            }
            if (g.qasm3Name() != null && g.is(GateFlag.UNITARY)) {
                assertEquals(Optional.of(g), Gate.lookup(GateLibrary.STDGATES, g.qasm3Name())
                        .or(() -> Gate.lookup(GateLibrary.OQ3_BUILTIN, g.qasm3Name())), g.toString());
            }
            if (g.qasm2Name() != null && g.is(GateFlag.UNITARY)) {
                assertEquals(Optional.of(g), Gate.lookup(GateLibrary.QELIB1, g.qasm2Name())
                        .or(() -> Gate.lookup(GateLibrary.OQ2_BUILTIN, g.qasm2Name())), g.toString());
            }
            assertFalse(g.help().isBlank(), g + " needs help text");
        }
        assertTrue(Gate.byName("cnot").isPresent());
        assertTrue(Gate.byName("nonsense").isEmpty());
        assertEquals(Gate.U, Gate.byName("U").get());
        assertEquals(Gate.UGATE, Gate.byName("u").get());
        assertEquals("u1", Gate.P.qasm2Name());
        assertEquals("p", Gate.P.qasm3Name());
        assertEquals("cu1", Gate.CP.qasm2Name());
        assertEquals("U", Gate.U.qasm2Name());
        assertNull(Gate.GPHASE.qasm2Name());
        assertNull(Gate.ECR.qasm2Name());
        assertNull(Gate.RZZ.qasm3Name());
        assertEquals("rzz", Gate.RZZ.qasm2Name());
        assertEquals("measure", Gate.MEASURE.qasm2Name());
        assertEquals("barrier", Gate.BARRIER.qasm3Name());
    }

    @Test
    void libraryCounts() {
        assertEquals(32, distinct(GateLibrary.STDGATES));
        assertEquals(23, distinct(GateLibrary.QELIB1_STRICT));
        assertEquals(43, distinct(GateLibrary.QELIB1));
        assertEquals(List.of("U", "CX"), GateLibrary.OQ2_BUILTIN.names());
        assertEquals(List.of("U", "gphase"), GateLibrary.OQ3_BUILTIN.names());
        assertTrue(GateLibrary.QELIB1.names().containsAll(GateLibrary.QELIB1_STRICT.names()));
        assertTrue(GateLibrary.QELIB1.contains("delay"));
        for (GateLibrary lib : GateLibrary.values()) {
            for (String name : lib.names()) {
                Optional<Gate> g = Gate.lookup(lib, name);
                assertTrue(g.isPresent(), lib + " " + name);
                assertTrue(g.get().libraries().contains(lib), lib + " " + name);
            }
        }
        assertEquals(Optional.of(Gate.P), Gate.lookup(GateLibrary.STDGATES, "phase"));
        assertTrue(Gate.lookup(GateLibrary.QELIB1, "phase").isEmpty());
        assertTrue(Gate.lookup(GateLibrary.STDGATES, "cnot").isEmpty());
        assertEquals(Optional.of(Gate.CP), Gate.lookup(GateLibrary.QELIB1_STRICT, "cu1"));
        assertEquals(Optional.of(Gate.CX), Gate.lookup(GateLibrary.OQ2_BUILTIN, "CX"));
        assertEquals(Set.of(GateLibrary.OQ2_BUILTIN, GateLibrary.OQ3_BUILTIN), Gate.U.libraries());
        assertEquals(Set.of(), Gate.ECR.libraries());
    }

    private static int distinct(GateLibrary lib) {
        Set<String> names = new HashSet<>(lib.names());
        assertEquals(lib.names().size(), names.size(), "duplicate name in " + lib);
        return names.size();
    }

    @Test
    void flagsAndStimNames() {
        Map<Gate, String> stim = Map.ofEntries(Map.entry(Gate.H, "H"), Map.entry(Gate.S, "S"),
                Map.entry(Gate.SDG, "S_DAG"), Map.entry(Gate.SX, "SQRT_X"), Map.entry(Gate.SXDG, "SQRT_X_DAG"),
                Map.entry(Gate.X, "X"), Map.entry(Gate.Y, "Y"), Map.entry(Gate.Z, "Z"), Map.entry(Gate.ID, "I"),
                Map.entry(Gate.CX, "CX"), Map.entry(Gate.CY, "CY"), Map.entry(Gate.CZ, "CZ"),
                Map.entry(Gate.SWAP, "SWAP"), Map.entry(Gate.MEASURE, "M"), Map.entry(Gate.RESET, "R"));
        stim.forEach((g, name) -> assertEquals(name, g.stimName(), g.toString()));
        for (Gate g : Gate.values()) {
            if (g.is(GateFlag.CLIFFORD)) {
                assertTrue(g.is(GateFlag.UNITARY) && g.numParams() == 0, g.toString());
            }
            if (g.stimName() != null && g.is(GateFlag.UNITARY)) {
                assertTrue(g.is(GateFlag.CLIFFORD), g + " has a Stim name but is not Clifford");
            }
            if (!g.is(GateFlag.UNITARY)) {
                assertThrows(UnsupportedOperationException.class, () -> g.matrix(new double[g.numParams()]));
                assertNull(g.definition(), g.toString());
            }
        }
        assertTrue(Gate.GPHASE.is(GateFlag.PHASE));
        assertEquals(0, Gate.GPHASE.numQubits());
        assertEquals(-1, Gate.BARRIER.numQubits());
        assertEquals(1, Gate.DELAY.numParams());
        assertThrows(IllegalArgumentException.class, () -> Gate.RX.matrix());
        assertThrows(IllegalArgumentException.class, () -> Gate.RX.inverse(List.of()));
        assertThrows(UnsupportedOperationException.class, () -> Gate.MEASURE.inverse(List.of()));
        assertNotNull(Gate.X.definition());
        assertNull(Gate.U.definition());
        assertNull(Gate.GPHASE.definition());
    }
}
