package qtool.passes.basis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import qtool.dense.Matrices;
import qtool.dense.UnitarySimulator;
import qtool.ir.Circuit;
import qtool.ir.Condition;
import qtool.ir.Gate;
import qtool.ir.GateFlag;
import qtool.ir.Instruction;
import qtool.ir.Param;
import qtool.pass.Pass;
import qtool.pass.PassContractTest;
import qtool.pass.PropertySet;
import qtool.pass.RandomCircuits;

/**
 * The pass contract for the IBM-style basis {rz, sx, x, cx}, plus for several hardware bases:
 * only basis gates (and measure/reset/barrier/delay/gphase) come out, and the unitary is equal
 * including global phase.
 */
class BasisTranslatorTest extends PassContractTest {
    private static final double EXACT = 1e-9;
    private static final Set<Gate> IBM = EnumSet.of(Gate.RZ, Gate.SX, Gate.X, Gate.CX);
    private static final Set<Gate> PASS_THROUGH = EnumSet.of(Gate.MEASURE, Gate.RESET, Gate.BARRIER, Gate.DELAY,
            Gate.GPHASE);

    @Override
    protected Pass pass() {
        return new BasisTranslator(IBM);
    }

    @Override
    protected void checkOutput(Circuit in, Circuit out) {
        assertOnlyBasis(out, IBM);
        assertExactlyEqual(in, out, Map.of());
    }

    static Stream<Arguments> bases() {
        return Stream.of(
                Arguments.of("rz sx x cx", EnumSet.of(Gate.RZ, Gate.SX, Gate.X, Gate.CX)),
                Arguments.of("rz sx x ecr", EnumSet.of(Gate.RZ, Gate.SX, Gate.X, Gate.ECR)),
                Arguments.of("rz sx x cz", EnumSet.of(Gate.RZ, Gate.SX, Gate.X, Gate.CZ)),
                Arguments.of("u cx", EnumSet.of(Gate.UGATE, Gate.CX)),
                Arguments.of("U cz", EnumSet.of(Gate.U, Gate.CZ)),
                Arguments.of("rx rz cz", EnumSet.of(Gate.RX, Gate.RZ, Gate.CZ)),
                Arguments.of("rzz rx rz", EnumSet.of(Gate.RZZ, Gate.RX, Gate.RZ)),
                Arguments.of("rzz u", EnumSet.of(Gate.RZZ, Gate.UGATE)),
                Arguments.of("rxx ry rz", EnumSet.of(Gate.RXX, Gate.RY, Gate.RZ)));
    }

    static void assertOnlyBasis(Circuit c, Set<Gate> basis) {
        for (Instruction in : c.instructions()) {
            assertTrue(in.controls() == 0 && (basis.contains(in.gate()) || PASS_THROUGH.contains(in.gate())),
                    "not in basis " + basis + ": " + in);
        }
    }

    static void assertExactlyEqual(Circuit in, Circuit out, Map<String, Double> env) {
        ZMatrixRMaj a = UnitarySimulator.unitary(in, env);
        ZMatrixRMaj b = UnitarySimulator.unitary(out, env);
        double err = Matrices.maxAbsDiff(a, b);
        assertTrue(err <= EXACT, "unitary differs (global phase included) by " + err);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bases")
    void randomCircuitsTranslateExactly(String label, Set<Gate> basis) {
        BasisTranslator t = new BasisTranslator(basis);
        Random rnd = new Random(label.hashCode());
        for (int i = 0; i < 10; i++) {
            int n = 1 + i % 5;
            Circuit in = RandomCircuits.circuit(rnd, n, 8 + 2 * i);
            Circuit out = t.run(in, new PropertySet());
            assertOnlyBasis(out, basis);
            assertExactlyEqual(in, out, Map.of());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bases")
    void everyTableGateTranslatesExactly(String label, Set<Gate> basis) {
        BasisTranslator t = new BasisTranslator(basis);
        Random rnd = new Random(3);
        for (Gate g : RandomCircuits.unitaryGates(5)) {
            Circuit.Builder b = Circuit.builder(Math.max(1, g.numQubits()), 0);
            Object[] ps = new Object[g.numParams()];
            List<Param> params = new java.util.ArrayList<>();
            for (int i = 0; i < ps.length; i++) {
                params.add(Param.constant((rnd.nextDouble() - 0.5) * 4 * Math.PI));
            }
            int[] qs = new int[g.numQubits()];
            for (int i = 0; i < qs.length; i++) {
                qs[i] = qs.length - 1 - i; // reversed operands catch qubit-order mistakes
            }
            b.add(Instruction.of(g, params, qs));
            Circuit in = b.build();
            Circuit out = t.run(in, new PropertySet());
            assertOnlyBasis(out, basis);
            assertExactlyEqual(in, out, Map.of());
        }
    }

    @Test
    void minimalEntanglingCounts() {
        BasisTranslator t = new BasisTranslator(IBM);
        assertEquals(3, count(t, Instruction.of(Gate.SWAP, 0, 1), Gate.CX));
        assertEquals(1, count(t, Instruction.of(Gate.CZ, 0, 1), Gate.CX));
        assertEquals(1, count(t, Instruction.of(Gate.CX, 1, 0), Gate.CX));
        assertEquals(2, count(t, Instruction.of(Gate.ISWAP, 0, 1), Gate.CX));
        assertEquals(2, count(t, Instruction.of(Gate.CRZ, List.of(Param.constant(0.4)), 0, 1), Gate.CX));
        BasisTranslator ions = new BasisTranslator(EnumSet.of(Gate.RZZ, Gate.RX, Gate.RZ));
        assertEquals(1, count(ions, Instruction.of(Gate.CP, List.of(Param.constant(0.4)), 0, 1), Gate.RZZ));
        assertEquals(3, count(ions, Instruction.of(Gate.SWAP, 0, 1), Gate.RZZ));
    }

    private static int count(BasisTranslator t, Instruction in, Gate e) {
        Circuit out = t.run(Circuit.builder(2, 0).add(in).build(), new PropertySet());
        return (int) out.instructions().stream().filter(i -> i.gate() == e).count();
    }

    @Test
    void controlledInstructionsOfEveryShapeTranslateExactly() {
        Param a = Param.constant(0.37);
        List<Instruction> cases = List.of(
                ctrl(Gate.RZ, 1, List.of(a), 0, 1),
                ctrl(Gate.CRZ, 1, List.of(a), 2, 0, 1),
                ctrl(Gate.RZ, 2, List.of(a), 0, 1, 2),
                ctrl(Gate.H, 3, List.of(), 3, 1, 0, 2),
                ctrl(Gate.X, 4, List.of(), 0, 1, 2, 3, 4),
                ctrl(Gate.UGATE, 4, List.of(a, a, a), 4, 3, 2, 1, 0),
                ctrl(Gate.SWAP, 2, List.of(), 0, 1, 2, 3),
                ctrl(Gate.RZZ, 2, List.of(a), 3, 2, 1, 0),
                ctrl(Gate.CCX, 1, List.of(), 0, 1, 2, 3),
                ctrl(Gate.ISWAP, 1, List.of(), 1, 2, 0),
                ctrl(Gate.CU, 2, List.of(a, a, a, a), 0, 1, 2, 3),
                ctrl(Gate.GPHASE, 2, List.of(a), 0, 2),
                ctrl(Gate.ID, 2, List.of(), 0, 1, 2),
                ctrl(Gate.RC3X, 1, List.of(), 4, 0, 1, 2, 3));
        for (Set<Gate> basis : List.of(IBM, EnumSet.of(Gate.RZZ, Gate.UGATE))) {
            BasisTranslator t = new BasisTranslator(basis);
            for (Instruction in : cases) {
                Circuit c = Circuit.builder(5, 0).add(in).build();
                Circuit out = t.run(c, new PropertySet());
                assertOnlyBasis(out, basis);
                assertExactlyEqual(c, out, Map.of());
            }
        }
    }

    private static Instruction ctrl(Gate g, int controls, List<Param> params, int... qubits) {
        return new Instruction(g, controls, qubits, params, new int[0], null);
    }

    @Test
    void symbolicRotationsStaySymbolic() {
        Param th = Param.symbol("theta");
        Param ph = Param.symbol("phi");
        Circuit.Builder b = Circuit.builder(3, 0).addParameter("theta").addParameter("phi");
        b.add(Instruction.of(Gate.RZ, List.of(th), 0));
        b.add(Instruction.of(Gate.RX, List.of(th), 1));
        b.add(Instruction.of(Gate.P, List.of(ph), 2));
        b.add(Instruction.of(Gate.UGATE, List.of(th, ph, th.plus(ph)), 0));
        b.add(Instruction.of(Gate.CRZ, List.of(th), 0, 1));
        b.add(Instruction.of(Gate.RZZ, List.of(ph.times(Param.constant(2))), 1, 2));
        b.add(Instruction.of(Gate.CU, List.of(th, ph, th, ph), 2, 0));
        b.add(ctrl(Gate.RY, 2, List.of(th), 0, 1, 2));
        b.add(ctrl(Gate.U, 2, List.of(th, ph, th), 2, 1, 0));
        b.add(Instruction.of(Gate.GPHASE, List.of(ph)));
        Circuit in = b.build();
        for (Set<Gate> basis : List.of(IBM, EnumSet.of(Gate.RX, Gate.RZ, Gate.CZ), EnumSet.of(Gate.UGATE, Gate.CX))) {
            Circuit out = new BasisTranslator(basis).run(in, new PropertySet());
            assertOnlyBasis(out, basis);
            assertEquals(List.of("theta", "phi"), out.parameters());
            Random rnd = new Random(1);
            for (int t = 0; t < 4; t++) {
                Map<String, Double> env = new HashMap<>();
                env.put("theta", (rnd.nextDouble() - 0.5) * 10);
                env.put("phi", (rnd.nextDouble() - 0.5) * 10);
                assertExactlyEqual(in, out, env);
            }
        }
    }

    @Test
    void nonUnitaryOperationsPassThroughAndConditionsAreKept() {
        Condition cond = new Condition(new int[] {0}, Condition.Relation.EQ, BigInteger.ONE);
        Circuit.Builder b = Circuit.builder(2, 1);
        b.add(Instruction.of(Gate.H, 0));
        b.add(Instruction.of(Gate.BARRIER, 0, 1));
        b.add(new Instruction(Gate.MEASURE, 0, new int[] {0}, List.of(), new int[] {0}, null));
        b.add(new Instruction(Gate.SWAP, 0, new int[] {0, 1}, List.of(), new int[0], cond));
        b.add(new Instruction(Gate.DELAY, 0, new int[] {1}, List.of(Param.constant(10)), new int[0], null));
        b.add(Instruction.of(Gate.RESET, 1));
        Circuit out = new BasisTranslator(IBM).run(b.build(), new PropertySet());
        assertOnlyBasis(out, IBM);
        List<Instruction> ins = out.instructions();
        assertEquals(1, ins.stream().filter(i -> i.gate() == Gate.MEASURE).count());
        assertEquals(1, ins.stream().filter(i -> i.gate() == Gate.RESET).count());
        assertEquals(1, ins.stream().filter(i -> i.gate() == Gate.BARRIER).count());
        assertEquals(1, ins.stream().filter(i -> i.gate() == Gate.DELAY).count());
        // The swap's replacement: every gate (and its phase, if any) carries the condition.
        List<Instruction> conditioned = ins.stream().filter(i -> i.condition() != null).collect(
                java.util.stream.Collectors.toList());
        assertEquals(3, conditioned.stream().filter(i -> i.gate() == Gate.CX).count());
        Circuit.Builder replay = Circuit.builder(2, 0);
        for (Instruction i : conditioned) {
            assertEquals(cond, i.condition());
            replay.add(i.withCondition(null));
        }
        assertExactlyEqual(Circuit.builder(2, 0).add(Instruction.of(Gate.SWAP, 0, 1)).build(), replay.build(),
                Map.of());
        // Nothing else is conditioned: the measurement precedes the replacement.
        int firstConditioned = ins.indexOf(conditioned.get(0));
        assertTrue(ins.subList(0, firstConditioned).stream().anyMatch(i -> i.gate() == Gate.MEASURE));
    }

    @Test
    void gatesAlreadyInTheBasisAreUntouched() {
        Circuit in = Circuit.builder(2, 0).add(Instruction.of(Gate.CX, 1, 0)).add(Instruction.of(Gate.SX, 0))
                .add(Instruction.of(Gate.RZ, List.of(Param.symbol("t")), 1)).build();
        Circuit out = new BasisTranslator(IBM).run(in, new PropertySet());
        assertEquals(in.instructions(), out.instructions());
    }

    @Test
    void basesWithoutAUniversalFamilyAreRejectedClearly() {
        Circuit in = Circuit.builder(1, 0).add(Instruction.of(Gate.RY, List.of(Param.constant(0.1)), 0)).build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new BasisTranslator(EnumSet.of(Gate.H, Gate.T, Gate.CX)).run(in, new PropertySet()));
        assertTrue(e.getMessage().contains("one-qubit family"), e.getMessage());
        Circuit two = Circuit.builder(2, 0).add(Instruction.of(Gate.SWAP, 0, 1)).build();
        e = assertThrows(IllegalArgumentException.class,
                () -> new BasisTranslator(EnumSet.of(Gate.RZ, Gate.SX, Gate.ISWAP)).run(two, new PropertySet()));
        assertTrue(e.getMessage().contains("entangling"), e.getMessage());
    }

    @Test
    void everyUnitaryGateIsKnownToTheTranslator() {
        // Guards the rule list against a new table row without a definition or matrix.
        for (Gate g : Gate.values()) {
            if (g.is(GateFlag.UNITARY) && g.numQubits() >= 3) {
                assertTrue(DefinitionExpander.hasDefinition(g), g.toString());
            }
        }
    }
}
