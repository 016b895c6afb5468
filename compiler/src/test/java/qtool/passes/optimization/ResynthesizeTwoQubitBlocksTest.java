package qtool.passes.optimization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;
import qtool.dense.Equivalence;
import qtool.dense.Matrices;
import qtool.dense.UnitarySimulator;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.Instruction;
import qtool.ir.Param;
import qtool.pass.Pass;
import qtool.pass.PassContractTest;
import qtool.pass.PropertySet;
import qtool.qasm.QasmReader;
import qtool.synthesis.EulerDecomposer;
import qtool.synthesis.TwoQubitSynthesizer;

/**
 * The pass contract (unitary kept, here exactly including global phase) plus the promised
 * behaviour: blocks are rewritten only when the minimal entangling count is lower, with the
 * caller's entangler and one-qubit family, and never across other instructions on their qubits.
 */
class ResynthesizeTwoQubitBlocksTest extends PassContractTest {
    private static final double EXACT = 1e-9;
    private static final EulerDecomposer ZSXX = new EulerDecomposer(EulerDecomposer.Basis.ZSXX);
    private static final TwoQubitSynthesizer CX_SYNTH = new TwoQubitSynthesizer(Gate.CX, ZSXX);
    private static final TwoQubitSynthesizer CZ_SYNTH = new TwoQubitSynthesizer(Gate.CZ, ZSXX);

    @Override
    protected Pass pass() {
        return new ResynthesizeTwoQubitBlocks(CX_SYNTH);
    }

    @Override
    protected int randomCircuitCount() {
        return 30;
    }

    @Override
    protected void checkOutput(Circuit in, Circuit out) {
        assertExact(in, out, Map.of());
    }

    private static void assertExact(Circuit in, Circuit out, Map<String, Double> env) {
        ZMatrixRMaj a = UnitarySimulator.unitary(in, env);
        ZMatrixRMaj b = UnitarySimulator.unitary(out, env);
        assertTrue(Equivalence.equal(a, b, EXACT), "unitary differs (global phase included) by "
                + Matrices.maxAbsDiff(a, b) + "\nin:  " + in.instructions() + "\nout: " + out.instructions());
    }

    private static Circuit oq3(String body) {
        return QasmReader.parse("OPENQASM 3;\ninclude \"stdgates.inc\";\n" + body);
    }

    private static Circuit run(TwoQubitSynthesizer s, Circuit c) {
        return new ResynthesizeTwoQubitBlocks(s).run(c, new PropertySet());
    }

    private static long count(Circuit c, Gate g) {
        return c.instructions().stream().filter(i -> i.gate() == g).count();
    }

    private static List<String> names(Circuit c) {
        return c.instructions().stream().map(i -> i.gate().canonicalName()).collect(Collectors.toList());
    }

    private static void assertOnly(Circuit c, Set<Gate> gates) {
        for (Instruction i : c.instructions()) {
            assertTrue(i.controls() == 0 && gates.contains(i.gate()), "unexpected " + i);
        }
    }

    @Test
    void swapLikeBlockOfThreeCxStaysAsItIs() {
        Circuit c = oq3("qubit[2] q; cx q[0], q[1]; cx q[1], q[0]; cx q[0], q[1];");
        assertEquals(c, run(CX_SYNTH, c));
        Circuit withLocals = oq3("qubit[2] q; h q[0]; cx q[0], q[1]; rz(0.2) q[1]; cx q[1], q[0]; cx q[0], q[1]; t q[1];");
        assertEquals(withLocals, run(CX_SYNTH, withLocals));
    }

    @Test
    void fourCxBlockIsReducedToItsMinimalCount() {
        // On qubits 1 and 2 of three, with unrelated gates on qubit 0 in between and a closing cx.
        Circuit c = oq3("qubit[3] q; cx q[1], q[2]; h q[0]; rz(0.3) q[2]; cx q[1], q[2]; t q[0]; rz(0.7) q[2];"
                + " cx q[1], q[2]; ry(0.4) q[2]; cx q[1], q[2]; cx q[0], q[2];");
        Circuit block = oq3("qubit[2] q; cx q[0], q[1]; rz(0.3) q[1]; cx q[0], q[1]; rz(0.7) q[1];"
                + " cx q[0], q[1]; ry(0.4) q[1]; cx q[0], q[1];");
        int minimal = CX_SYNTH.entanglingCount(Matrices.reverseQubits(UnitarySimulator.unitary(block)));
        assertTrue(minimal <= 2, "the example block should be in a two-cx class, got " + minimal);
        Circuit out = run(CX_SYNTH, c);
        assertEquals(minimal + 1, count(out, Gate.CX), out.instructions().toString());
        assertOnly(out, EnumSet.of(Gate.RZ, Gate.SX, Gate.X, Gate.CX, Gate.H, Gate.T, Gate.GPHASE));
        assertExact(c, out, Map.of());
        // The block is emitted at its closing point, i.e. before the cx that ends it.
        Instruction last = out.instructions().get(out.size() - 1);
        assertEquals(Instruction.of(Gate.CX, 0, 2), last);
        Circuit alone = run(CX_SYNTH, block);
        assertEquals(minimal, count(alone, Gate.CX));
        assertExact(block, alone, Map.of());
    }

    @Test
    void czEntanglerRewritesBlocksInCz() {
        // cx(0,1) cx(1,0) cx(0,1) cx(0,1) = cx(0,1) cx(1,0): four cz-equivalents, class of two.
        Circuit c = oq3("qubit[2] q; cx q[0], q[1]; cx q[1], q[0]; cx q[0], q[1]; rz(0.5) q[0]; cx q[0], q[1];");
        Circuit out = run(CZ_SYNTH, c);
        assertEquals(2, count(out, Gate.CZ), out.instructions().toString());
        assertOnly(out, EnumSet.of(Gate.RZ, Gate.SX, Gate.X, Gate.CZ, Gate.GPHASE));
        assertExact(c, out, Map.of());
        // cz; h h; cz is the identity: no entangler left.
        Circuit id = oq3("qubit[2] q; cz q[0], q[1]; h q[1]; h q[1]; cz q[1], q[0];");
        Circuit none = run(CZ_SYNTH, id);
        assertEquals(0, count(none, Gate.CZ), none.instructions().toString());
        assertExact(id, none, Map.of());
        // One cz already minimal: unchanged.
        Circuit one = oq3("qubit[2] q; h q[0]; cz q[0], q[1]; sx q[1];");
        assertEquals(one, run(CZ_SYNTH, one));
    }

    @Test
    void blocksDoNotMergeAcrossOtherInstructionsOnTheirQubits() {
        Circuit barrier = oq3("qubit[2] q; cx q[0], q[1]; barrier q[0], q[1]; cx q[0], q[1];");
        assertEquals(barrier, run(CX_SYNTH, barrier));
        Circuit measured = oq3("qubit[2] q; bit b; cx q[0], q[1]; b = measure q[1]; cx q[0], q[1];");
        assertEquals(measured, run(CX_SYNTH, measured));
        Circuit conditioned = oq3("qubit[3] q; bit b; cx q[0], q[1]; if (b) x q[2]; cx q[0], q[1];");
        assertEquals(conditioned, run(CX_SYNTH, conditioned));
        Circuit third = oq3("qubit[3] q; cx q[0], q[1]; cx q[1], q[2]; cx q[0], q[1];");
        assertEquals(third, run(CX_SYNTH, third));
        Circuit symbolic = oq3("input angle theta; qubit[2] q; cx q[0], q[1]; rz(theta) q[1]; cx q[0], q[1];");
        Circuit out = run(CX_SYNTH, symbolic);
        assertEquals(symbolic, out);
        // Without the interruption the pair cancels to local gates.
        Circuit plain = oq3("qubit[2] q; cx q[0], q[1]; cx q[0], q[1];");
        assertEquals(0, count(run(CX_SYNTH, plain), Gate.CX));
    }

    @Test
    void neverIncreasesTheCxCountOfRandomIbmCircuits() {
        Gate[] pool = {Gate.RZ, Gate.SX, Gate.X, Gate.CX, Gate.CX, Gate.CX};
        long before = 0;
        long after = 0;
        for (long seed = 0; seed < 60; seed++) {
            SplittableRandom rng = new SplittableRandom(seed);
            int n = 2 + rng.nextInt(3);
            Circuit.Builder b = Circuit.builder(n, 0);
            int size = 10 + rng.nextInt(50);
            for (int i = 0; i < size; i++) {
                Gate g = pool[rng.nextInt(pool.length)];
                List<Param> ps = g == Gate.RZ ? List.of(Param.constant((rng.nextDouble() - 0.5) * 4 * Math.PI))
                        : List.of();
                int q0 = rng.nextInt(n);
                if (g == Gate.CX) {
                    int q1 = (q0 + 1 + rng.nextInt(n - 1)) % n;
                    b.add(Instruction.of(g, ps, q0, q1));
                } else {
                    b.add(Instruction.of(g, ps, q0));
                }
            }
            Circuit c = b.build();
            Circuit out = run(CX_SYNTH, c);
            assertTrue(count(out, Gate.CX) <= count(c, Gate.CX), "seed " + seed + " raised the cx count");
            assertOnly(out, EnumSet.of(Gate.RZ, Gate.SX, Gate.X, Gate.CX, Gate.GPHASE));
            assertExact(c, out, Map.of());
            before += count(c, Gate.CX);
            after += count(out, Gate.CX);
        }
        assertTrue(after < before, "no reduction at all: " + before + " -> " + after);
    }

    @Test
    void randomCircuitsRichInTwoQubitGatesStayExactWithEitherEntangler() {
        for (TwoQubitSynthesizer s : List.of(CX_SYNTH, CZ_SYNTH, new TwoQubitSynthesizer(Gate.RZZ,
                new EulerDecomposer(EulerDecomposer.Basis.U)))) {
            for (long seed = 0; seed < 20; seed++) {
                SplittableRandom rng = new SplittableRandom(seed);
                Circuit c = OptimizationPassesTest.randomCircuit(rng, 2 + rng.nextInt(3), 10 + rng.nextInt(50));
                Circuit out = run(s, c);
                assertExact(c, out, Map.of());
            }
        }
    }

    @Test
    void globalPhaseOfTheBlockIsKept() {
        Circuit c = oq3("qubit[2] q; gphase(0.4); cx q[0], q[1]; rx(0.9) q[0]; cx q[0], q[1]; cx q[0], q[1];"
                + " ry(1.1) q[1]; cx q[0], q[1];");
        Circuit out = run(CX_SYNTH, c);
        assertTrue(count(out, Gate.CX) < 4, names(out).toString());
        assertTrue(Equivalence.equal(UnitarySimulator.unitary(c), UnitarySimulator.unitary(out), EXACT));
    }
}
