package qtool.passes.optimization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.ejml.data.ZMatrixRMaj;
import org.junit.jupiter.api.Test;
import qtool.dense.Equivalence;
import qtool.dense.UnitarySimulator;
import qtool.ir.Circuit;
import qtool.ir.Gate;
import qtool.ir.GateFlag;
import qtool.ir.Instruction;
import qtool.ir.Param;
import qtool.pass.Pass;
import qtool.pass.PropertySet;
import qtool.qasm.QasmReader;
import qtool.synthesis.EulerDecomposer;

/**
 * The optimisation passes keep the unitary exactly (global phase included) on seeded random
 * circuits rich in cancelling and commuting patterns, and perform the reductions they promise.
 */
class OptimizationPassesTest {
    private static final List<Pass> PASSES = List.of(new RemoveIdentities(), new CancelInverses(),
            new CommutativeCancellation(), new Optimize1qRuns(new EulerDecomposer(EulerDecomposer.Basis.ZSXX)),
            new Optimize1qRuns(new EulerDecomposer(EulerDecomposer.Basis.U)));

    private static Circuit oq3(String body) {
        return QasmReader.parse("OPENQASM 3;\ninclude \"stdgates.inc\";\n" + body);
    }

    private static List<String> names(Circuit c) {
        return c.instructions().stream().map(i -> i.gate().canonicalName()).collect(Collectors.toList());
    }

    /** Random circuits over gates that often cancel or commute, with some zero and 2π angles. */
    static Circuit randomCircuit(SplittableRandom rng, int qubits, int size) {
        Gate[] pool = {Gate.H, Gate.X, Gate.S, Gate.SDG, Gate.T, Gate.TDG, Gate.SX, Gate.SXDG, Gate.RZ, Gate.RX, Gate.P,
            Gate.CX, Gate.CZ, Gate.CRZ, Gate.RZZ, Gate.RXX, Gate.SWAP, Gate.CP, Gate.Z, Gate.ID, Gate.CCX};
        double[] angles = {0, Math.PI, 2 * Math.PI, -Math.PI / 2, 0.3, -0.3, 4 * Math.PI};
        Circuit.Builder b = Circuit.builder(qubits, 0);
        for (int i = 0; i < size; i++) {
            Gate g = pool[rng.nextInt(pool.length)];
            if (g.numQubits() > qubits) {
                continue;
            }
            List<Param> ps = new ArrayList<>();
            for (int k = 0; k < g.numParams(); k++) {
                ps.add(Param.constant(angles[rng.nextInt(angles.length)]));
            }
            List<Integer> qs = new ArrayList<>();
            while (qs.size() < g.numQubits()) {
                int q = rng.nextInt(qubits);
                if (!qs.contains(q)) {
                    qs.add(q);
                }
            }
            b.add(Instruction.of(g, ps, qs.stream().mapToInt(Integer::intValue).toArray()));
        }
        return b.build();
    }

    @Test
    void everyPassKeepsTheUnitaryExactly() {
        for (long seed = 0; seed < 60; seed++) {
            SplittableRandom rng = new SplittableRandom(seed);
            Circuit c = randomCircuit(rng, 1 + rng.nextInt(4), 10 + rng.nextInt(60));
            ZMatrixRMaj want = UnitarySimulator.unitary(c);
            Circuit all = c;
            for (Pass p : PASSES) {
                Circuit out = p.run(c, new PropertySet());
                assertTrue(Equivalence.equal(want, UnitarySimulator.unitary(out), 1e-9),
                        p.name() + " changed the unitary, seed " + seed + ": " + c.instructions());
                if (!(p instanceof Optimize1qRuns)) {
                    assertTrue(out.size() <= c.size(), p.name() + " made the circuit longer");
                }
                all = p.run(all, new PropertySet());
            }
            assertTrue(Equivalence.equal(want, UnitarySimulator.unitary(all), 1e-9), "pipeline, seed " + seed);
        }
    }

    @Test
    void inversesAndRotationsCancel() {
        Circuit c = oq3("qubit[2] q; x q[0]; h q[0]; h q[0]; x q[0]; s q[1]; sdg q[1]; rz(0.25) q[1]; rz(-0.25) q[1];"
                + " cz q[0], q[1]; cz q[1], q[0]; crz(0.5) q[0], q[1]; crz(0.25) q[0], q[1];");
        Circuit out = new CancelInverses().run(c, new PropertySet());
        assertEquals(List.of("crz"), names(out));
        assertEquals(0.75, out.instructions().get(0).param(0).value(), 1e-15);
    }

    @Test
    void nothingCancelsAcrossMeasurementsOrConditions() {
        Circuit c = oq3("qubit[2] q; bit b; h q[0]; b = measure q[1]; h q[0]; x q[1]; if (b) y q[0]; x q[1];");
        assertEquals(c, new CancelInverses().run(c, new PropertySet()));
        Circuit d = oq3("qubit q; bit b; h q; b = measure q; h q;");
        assertEquals(d, new CancelInverses().run(d, new PropertySet()));
    }

    @Test
    void cxAndCzCancelThroughCommutingGates() {
        Circuit c = oq3("qubit[3] q; cx q[0], q[1]; rz(0.3) q[0]; x q[1]; cx q[2], q[1]; t q[0]; cx q[0], q[1];"
                + " cz q[1], q[2]; s q[1]; cx q[1], q[0]; cz q[2], q[1];");
        Circuit out = new CommutativeCancellation().run(c, new PropertySet());
        assertEquals(List.of("rz", "x", "cx", "t", "s", "cx"), names(out));
        assertTrue(Equivalence.equal(UnitarySimulator.unitary(c), UnitarySimulator.unitary(out), 1e-12));
        Circuit blocked = oq3("qubit[2] q; cx q[0], q[1]; h q[0]; cx q[0], q[1];");
        assertEquals(3, new CommutativeCancellation().run(blocked, new PropertySet()).size());
    }

    @Test
    void oneQubitRunsFuseIntoTheFamily() {
        Circuit c = oq3("qubit[2] q; h q[0]; t q[0]; h q[0]; s q[0]; cx q[0], q[1]; sx q[1]; sx q[1]; rz(0.5) q[0];");
        Circuit out = new Optimize1qRuns(new EulerDecomposer(EulerDecomposer.Basis.ZSXX)).run(c, new PropertySet());
        for (Instruction i : out.instructions()) {
            assertTrue(List.of("rz", "sx", "x", "cx", "gphase").contains(i.gate().canonicalName()), i.toString());
        }
        assertTrue(Equivalence.equal(UnitarySimulator.unitary(c), UnitarySimulator.unitary(out), 1e-10));
        Circuit already = oq3("qubit q; rz(0.5) q;");
        assertEquals(already, new Optimize1qRuns(new EulerDecomposer(EulerDecomposer.Basis.ZSXX)).run(already,
                new PropertySet()));
    }

    @Test
    void identityRotationsVanishAndPhaseIdentitiesBecomeGlobalPhase() {
        Circuit c = oq3("qubit[2] q; rz(0) q[0]; p(2*pi) q[1]; id q[0]; rz(2*pi) q[1]; crx(4*pi) q[0], q[1]; h q[0];");
        Circuit out = new RemoveIdentities().run(c, new PropertySet());
        assertEquals(List.of("gphase", "h"), names(out));
        assertEquals(Math.PI, Math.abs(out.instructions().get(0).param(0).value()), 1e-12);
        assertTrue(Equivalence.equal(UnitarySimulator.unitary(c), UnitarySimulator.unitary(out), 1e-12));
        for (Instruction i : out.instructions()) {
            assertTrue(i.gate().is(GateFlag.UNITARY));
        }
    }
}
